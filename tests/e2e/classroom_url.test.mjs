// A class's own data in the link (issue #15 §1, "the URL alone reproduces data and weights in
// a fresh browser context"): a teacher pastes tests/fixtures/classroom-cities.tsv in the
// Classroom tab, sets a weight, and the page URL and the copied link carry the table
// (`data=1.…`), the weights and the tab; opened in a NEW browser context (nothing stored) the
// link shows the same cities, the same ranking and the same sliders, and a reload keeps them.
// A damaged `data=` says so in the reader's language and shows the built-in data. The ranking
// view says the data's own words (도시, 기준선, 상위 3개), not 팀. "Download current data"
// saves JSON that the editor reads back to the same ranking.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AXE_SOURCE, CLASSROOM_CITIES, TEAM_IDS, launchBrowser, openPage, pasteTable, rowOrder,
  startServer, tableSetting, waitUntil } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const CITIES = CLASSROOM_CITIES;
const LIVE = '.kai-ranking:not(.kai-static)';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations inside `selector` (WCAG 2.2 AA). */
async function axe(page, selector) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ([sel, tags]) => {
    const r = await window.axe.run(sel, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, [selector, TAGS]);
}

// Ids by row: item-1 가람시, item-2 나래시, item-3 다솜시, item-4 라온시 (names with no ASCII
// letter get an id by position); criteria c1 녹지 비율(%), c2 통근 시간(분), c3 주민 만족도(10점).
// Min–max for all, commute lower is better (worked by hand, as in classroom.test.mjs):
//   green  (100, 30, 20, 10 → (v − 10)/90 × 10):  가람 10,   나래 20/9, 다솜 10/9, 라온 0
//   commute(30, 25, 20, 60 → (60 − v)/40 × 10):   가람 7.5,  나래 8.75, 다솜 10,   라온 0
//   satisfaction (6, 8, 5, 9 → (v − 5)/4 × 10):   가람 2.5,  나래 7.5,  다솜 0,    라온 10
// Importances 5, 5, 10 → shares 1/4, 1/4, 1/2:
//   가람 10/4 + 7.5/4 + 2.5/2          = 45/8    = 5.625
//   나래 (20/9)/4 + 8.75/4 + 7.5/2     = 935/144 ≈ 6.493
//   다솜 (10/9)/4 + 10/4 + 0           = 25/9    ≈ 2.778
//   라온 0 + 0 + 10/2                  = 5
const WEIGHTED_ORDER = ['item-2', 'item-1', 'item-4', 'item-3'];
const WEIGHTED_NAMES = ['나래시', '가람시', '라온시', '다솜시'];
// Equal weights (after loading a file, the sliders start equal): 가람 20/3, 나래 665/108,
// 다솜 100/27, 라온 10/3.
const EQUAL_ORDER = ['item-1', 'item-2', 'item-3', 'item-4'];

/** Pastes `text` into the editor (helpers.mjs). */
const paste = (page, text) => pasteTable(page, text);

const select = tableSetting;

async function openClassroom(page) {
  await page.click(`${LIVE} [role="tab"][data-tab="classroom"]`);
  await page.locator('.kai-classroom').waitFor();
}

/** The three sliders' values (the classroom's criteria c1–c3). */
function sliders(page) {
  return page.$$eval(`${LIVE} input[type="range"]`, (els) => els.map((e) => Number(e.value)));
}

/** Switches to the ranking view and waits until its rows are `want`. */
async function rankingIs(page, want) {
  await page.click(`${LIVE} [role="tab"][data-tab="article"]`);
  await page.waitForFunction((w) => {
    const rows = [...document.querySelectorAll('.kai-ranking:not(.kai-static) [data-team-id][data-rank]')];
    return rows.map((r) => r.getAttribute('data-team-id')).join() === w.join();
  }, want, { timeout: 10000 }).catch(() => {});
  assert.deepEqual(await rowOrder(page), want);
}

/** Opens `url` in a page of its own context and waits for the full widget's Classroom tab. */
async function openLink(url, opts = {}) {
  const p = await openPage(browser, server.url, { path: null, ...opts });
  await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await p.page.goto(url, { waitUntil: 'load' });
  await p.page.locator(`${LIVE} .kai-classroom`).waitFor({ timeout: 15000 });
  return p;
}

/** The teacher's page: the cities pasted (commute lower is better, min–max for all) and the
 * satisfaction slider set to 10 from the keyboard. */
async function teacher() {
  const p = await openPage(browser, server.url);
  await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page } = p;
  await openClassroom(page);
  await paste(page, CITIES);
  await page.locator('.kai-tab-settings').waitFor();
  await page.selectOption(select(1, 'direction'), 'lower');
  await page.selectOption(select(2, 'scaling'), 'min-max');
  await page.click('button[data-data="apply"]');
  await page.waitForFunction(() => document.querySelectorAll('.kai-ranking input[type="range"]').length === 3);
  await page.focus(`${LIVE} input[type="range"][data-criterion="c3"]`);
  await page.keyboard.press('End');
  await waitUntil(async () => (await sliders(page)).join() === '5,5,10', 'satisfaction at 10');
  return p;
}

test('classroom link: the URL and the copied link reproduce the data, weights and tab in a fresh context', async () => {
  const t = await teacher();
  // The page URL (syncUrl) carries the table, the weights and the tab.
  await waitUntil(() => t.page.evaluate(() => {
    const q = new URLSearchParams(location.search);
    return q.get('weights') === '5,5,10' && q.get('tab') === 'classroom' && /^1\.[\w-]+$/.test(q.get('data') ?? '');
  }), 'data, weights and tab in the page URL');
  const url = t.page.url();
  const data = new URL(url).searchParams.get('data');
  assert.ok(data.length < 300, `the 4-city table is a short link (${data.length} characters)`);
  // "Copy link" gives the same view.
  await t.page.click(`${LIVE} button[data-share="link"]`);
  await t.page.locator(`${LIVE} .kai-share-status`, { hasText: '링크를 복사했습니다' }).waitFor();
  const copied = await t.page.evaluate(() => navigator.clipboard.readText());
  const c = new URL(copied).searchParams;
  assert.equal(c.get('data'), data);
  assert.equal(c.get('weights'), '5,5,10');
  assert.equal(c.get('tab'), 'classroom');
  t.assertClean();
  await t.close();

  for (const link of [url, copied]) {
    // A new context: no storage, no history; only the link.
    const p = await openLink(link);
    const { page } = p;
    assert.equal(await page.evaluate(() => document.querySelector('#app').dataset.kaiPhase), 'full',
      'a data link starts the full widget directly');
    assert.deepEqual(await sliders(page), [5, 5, 10]);
    assert.equal(await page.locator('.kai-tab-settings').count(), 1, 'the table and its settings in the editor');
    assert.equal(await page.locator(select(1, 'direction')).inputValue(), 'lower');
    await rankingIs(page, WEIGHTED_ORDER);
    const names = await page.$$eval(`${LIVE} [data-team-id][data-rank] .kai-name`, (els) => els.map((e) => e.textContent));
    assert.deepEqual(names.map((n, i) => n.startsWith(WEIGHTED_NAMES[i])), [true, true, true, true], String(names));
    // A reload keeps data and weights.
    await page.reload({ waitUntil: 'load' });
    await page.locator(`${LIVE} .kai-classroom`).waitFor({ timeout: 15000 });
    assert.deepEqual(await sliders(page), [5, 5, 10]);
    await rankingIs(page, WEIGHTED_ORDER);
    p.assertClean();
    await p.close();
  }
});

test('classroom link: the ranking view says the data\'s words (도시, 기준선, 상위 3개), in Korean and English', async () => {
  const t = await teacher();
  await waitUntil(() => t.page.evaluate(() => new URLSearchParams(location.search).get('weights') === '5,5,10'),
    'weights in the URL');
  const url = new URL(t.page.url());
  await t.close();
  for (const [lang, sentence, cut] of [
    ['ko', '이 가중치라면 기준선 위의 도시는 나래시·가람시·라온시입니다.', '기준선 (상위 3개)'],
    ['en', 'Under these weights the items above the cut line are 나래시, 가람시 and 라온시.', 'Cut line (top 3)'],
  ]) {
    url.searchParams.set('lang', lang);
    url.searchParams.delete('tab');
    const p = await openPage(browser, server.url, { path: url.search });
    const { page } = p;
    assert.deepEqual(await rowOrder(page), WEIGHTED_ORDER);
    await page.locator(`${LIVE} .kai-summary`, { hasText: sentence }).waitFor({ timeout: 5000 });
    const results = await page.locator(`${LIVE} .kai-results`).innerText();
    assert.ok(results.includes(sentence), `${lang}: ${results}`);
    assert.equal((await page.locator(`${LIVE} .kai-cut`).innerText()).trim(), cut);
    if (lang === 'ko') {
      assert.doesNotMatch(results, /팀/, 'no 팀 in the ranking view');
      // The requirements beside it say the items too.
      const all = await page.locator(LIVE).innerText();
      assert.ok(all.includes('최소 점수에 못 미치는 도시는 총점과 상관없이 빠집니다.'), all);
    }
    else assert.doesNotMatch(results, /\bteams?\b|selection line/i, 'no teams in the ranking view');
    p.assertClean();
    await p.close();
  }
});

test('classroom link: a damaged data= says so (ko, en) and shows the built-in data', async () => {
  const t = await teacher();
  await waitUntil(() => t.page.evaluate(() => new URLSearchParams(location.search).has('data')), 'data in the URL');
  const data = new URL(t.page.url()).searchParams.get('data');
  await t.close();
  const cut = data.slice(0, Math.floor(data.length / 2)); // as a chat app may cut it
  for (const [lang, words] of [
    ['ko', '링크에 담긴 데이터를 쓸 수 없습니다: 링크 속 데이터가 손상되었습니다. 링크가 잘리지 않았는지 확인하세요. 기본 데이터로 보여 줍니다.'],
    ['en', 'Cannot use the data in the link: The data in the link is damaged; check that the link was not cut short. Showing the built-in data.'],
  ]) {
    const p = await openPage(browser, server.url, { path: `?lang=${lang}&data=${cut}` });
    const { page } = p;
    const notice = page.locator(`${LIVE} .kai-notices li`);
    await notice.first().waitFor();
    assert.deepEqual(await notice.allInnerTexts(), [words]);
    const order = await rowOrder(page);
    assert.ok(order.length > 4 && order.every((id) => TEAM_IDS.includes(id)), `the K-AI teams: ${order}`);
    assert.deepEqual(await axe(page, `${LIVE} .kai-notices`), []);
    p.assertClean();
    await p.close();
  }
});

test('classroom: "download current data" saves JSON that the editor reads back to the same ranking', async () => {
  const t = await teacher();
  await openClassroom(t.page);
  const [download] = await Promise.all([
    t.page.waitForEvent('download'),
    t.page.click('button[data-data="current"]'),
  ]);
  assert.equal(download.suggestedFilename(), 'kai-classroom.json');
  const json = readFileSync(await download.path(), 'utf8');
  const parsed = JSON.parse(json);
  assert.equal(parsed.mode, 'classroom');
  assert.deepEqual(parsed.criteria.map((c) => c.scale.direction), ['higher', 'lower', 'higher']);
  t.assertClean();
  await t.close();
  // Another browser: the file pasted into the editor is the same data (equal weights now).
  const p = await openPage(browser, server.url);
  const { page } = p;
  await openClassroom(page);
  await paste(page, json);
  await page.click('button[data-data="apply"]');
  await page.waitForFunction(() => document.querySelectorAll('.kai-ranking input[type="range"]').length === 3);
  await rankingIs(page, EQUAL_ORDER);
  // And weighted as before, the same order as the link's.
  await openClassroom(page);
  await page.focus(`${LIVE} input[type="range"][data-criterion="c3"]`);
  await page.keyboard.press('End');
  await rankingIs(page, WEIGHTED_ORDER);
  p.assertClean();
  await p.close();
});

/** A table too large for a link: 200 rows × 8 criteria of 9-digit numbers from a fixed
 * sequence (a linear congruential generator), which deflate cannot shrink under 8,000
 * base64url characters (about 3.3 bits of entropy per digit: 200 × 8 × 9 digits ≈ 6 kB packed,
 * 8 kB as base64url, before the names). */
function bigTable() {
  let x = 12345;
  const next = () => { x = (x * 1103515245 + 12345) % 2147483648; return x; };
  const rows = ['name\t' + Array.from({ length: 8 }, (_, c) => `k${c + 1}`).join('\t')];
  for (let r = 0; r < 200; r++) {
    const cells = Array.from({ length: 8 }, () => String(100000000 + (next() % 900000000)));
    rows.push(`Row ${r + 1} ${next().toString(36)}\t${cells.join('\t')}`);
  }
  return rows.join('\n');
}

test('classroom link: a table too large for a link says so (limit given) and the link carries no data', async () => {
  const p = await openPage(browser, server.url);
  await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page } = p;
  await openClassroom(page);
  await paste(page, bigTable());
  await page.locator('.kai-tab-settings').waitFor();
  await page.click('button[data-data="apply"]');
  await page.waitForFunction(() => document.querySelectorAll('.kai-ranking input[type="range"]').length === 8);
  const note = page.locator(`${LIVE} [data-link-too-large]`);
  await note.waitFor();
  assert.match(await note.innerText(),
    /^이 표는 링크에 담기에 너무 큽니다\(압축해도 [\d,]+자, 링크에는 최대 8,000자\)\. .*‘지금 자료 내려받기’로/);
  // The page URL keeps only the language (the weights would not fit the built-in data).
  await waitUntil(() => page.evaluate(() => {
    const q = new URLSearchParams(location.search);
    return q.get('lang') === 'ko' && !q.has('weights') && !q.has('data');
  }), 'no data and no weights in the page URL');
  await page.click(`${LIVE} button[data-share="link"]`);
  await page.locator(`${LIVE} .kai-share-status`, { hasText: '링크를 복사했습니다' }).waitFor();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.searchParams.get('data'), null);
  assert.equal(copied.searchParams.get('weights'), '');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await axe(page, `${LIVE} .kai-share`), [], scheme);
  }
  p.assertClean();
  await p.close();
});

test('classroom link: <kai-ranking data="…"> shows the class\'s data; removing the attribute brings the built-in data back', async () => {
  const t = await teacher();
  await waitUntil(() => t.page.evaluate(() => new URLSearchParams(location.search).get('weights') === '5,5,10'),
    'weights in the URL');
  const data = new URL(t.page.url()).searchParams.get('data');
  await t.close();
  const p = await openPage(browser, server.url, { path: null });
  const { page } = p;
  await page.goto(`${server.url}article-ko.html`, { waitUntil: 'load' });
  await page.evaluate((d) => {
    const el = document.createElement('kai-ranking');
    el.id = 'class';
    el.setAttribute('data', d);
    el.setAttribute('weights', '5,5,10');
    document.body.append(el);
  }, data);
  const rows = () => page.$$eval('#class', ([el]) =>
    [...(el.shadowRoot?.querySelectorAll('.kai-ranking:not(.kai-static) [data-team-id][data-rank]') ?? [])]
      .map((r) => r.getAttribute('data-team-id')));
  await waitUntil(async () => (await rows()).join() === WEIGHTED_ORDER.join(), 'the class\'s ranking in the element');
  await page.evaluate(() => document.getElementById('class').removeAttribute('data'));
  await waitUntil(async () => {
    const r = await rows();
    return r.length > 4 && r.every((id) => TEAM_IDS.includes(id));
  }, 'the built-in teams again');
  p.assertClean();
  await p.close();
});
