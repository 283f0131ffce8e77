// The rough edges a Korean or English reader noticed (issue #14 §5), checked where they were
// seen: at 320, 375 and 1280 px, in both languages. Expected words are written here by hand (a
// Korean reader's reading of each name), the heat map's order comes from the golden file
// (tests/golden/kai-rankings.json, computed without the crate).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { goldenRanking, launchBrowser, openPage, sliderWeights, startServer, waitUntil }
  from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const WIDTHS = [320, 375, 1280];
const LIVE = '.kai-ranking:not(.kai-static)';

/** The text a reader sees in the live widget (innerText: hidden parts left out). */
function widgetText(page) {
  return page.locator(LIVE).first().evaluate((el) => el.innerText);
}

/** Opens the Explore tab and waits for the heat map (drawn after the first paint). */
async function openExplore(page) {
  await page.locator(`${LIVE} [data-tab="explore"]`).click();
  await page.locator(`${LIVE} table.kai-heat tbody tr`).first().waitFor({ timeout: 20000 });
}

/**
 * Hand-read particles: for each name, whether Korean reads it ending in a consonant (받침).
 * "NC AI" is 엔씨 에이아이, "LG" 엘지, "SKT" 에스케이티 (no 받침); 컨소시엄, 연구원, 텔레콤 have one.
 */
const PARTICLE_AFTER = [
  ['같은 가중치', false], ['실제 선정', true], ['컨소시엄', true], ['LG AI연구원', true],
  ['업스테이지', false], ['네이버클라우드', false], ['NC AI', false], ['SK텔레콤', true],
  ['KT', false], ['카카오', false], ['모티프테크놀로지스', false],
];
const PAIRS = [['이', '가'], ['은', '는'], ['을', '를'], ['과', '와']];

/** Every particle after a known name in `text` that is the wrong one of its pair. */
function wrongParticles(text) {
  const bad = [];
  for (const [name, consonant] of PARTICLE_AFTER) {
    for (const [after, afterVowel] of PAIRS) {
      const wrong = consonant ? afterVowel : after;
      // The particle is followed by a space or punctuation (not the start of a longer word).
      const re = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${wrong}(?=[\\s.,)])`, 'g');
      for (const m of text.matchAll(re)) bad.push(m[0]);
    }
  }
  return bad;
}

test('the particle check itself flags the mistakes seen and passes correct Korean', () => {
  assert.deepEqual(wrongParticles('같은 가중치과 비교해 순위가 그대로입니다.'), ['같은 가중치과']);
  assert.deepEqual(wrongParticles('NC AI이 탈락합니다.'), ['NC AI이']);
  assert.deepEqual(wrongParticles('실제 선정과 비교해 LG AI연구원이 1위. NC AI가 통과.'), []);
});

for (const lang of ['ko', 'en']) {
  for (const width of WIDTHS) {
    describe(`${lang} at ${width} px`, () => {
      test('the ▸ and dates never wrap alone, the formula result stays with its term', async () => {
        const p = await openPage(browser, server.url, {
          viewport: { width, height: 900 }, path: `?lang=${lang}&round=selection-2025`,
        });
        const { page } = p;
        // Every row's arrow sits with the last glyph of the name: one line box for the pair.
        const ends = await page.$$eval(`${LIVE} .kai-row-btn .kai-name`, (names) => names.map((n) => {
          const end = n.querySelector('.kai-name-end');
          // Lines, not boxes: the ::after adds a box on the same line.
          const lines = end ? new Set([...end.getClientRects()].map((r) => Math.round(r.top))).size : 0;
          return { name: n.textContent, end: end?.textContent ?? '', lines,
            arrow: end ? getComputedStyle(end, '::after').content : '' };
        }));
        assert.ok(ends.length >= 10, 'the selection round lists ten teams');
        for (const e of ends) {
          assert.equal(e.end.length, 1, `${e.name}: the last glyph is wrapped with the arrow`);
          assert.equal(e.lines, 1, `${e.name}: its last glyph and ▸ are on one line`);
          assert.match(e.arrow, /▸/, `${e.name}: the arrow is drawn after the last glyph`);
        }
        // Dates: each in one piece, and none outside a nowrap span (options excepted).
        const dates = await page.$$eval(`${LIVE} .kai-date`, (ds) => ds.map((d) => ({
          text: d.textContent, lines: new Set([...d.getClientRects()].map((r) => Math.round(r.top))).size,
          ws: getComputedStyle(d).whiteSpace })));
        assert.ok(dates.length >= 5, `dates found: ${dates.length}`);
        for (const d of dates) {
          assert.match(d.text, /^\d{4}-\d{2}(-\d{2})?$/);
          assert.equal(d.lines, 1, `${d.text} is on one line`);
          assert.equal(d.ws, 'nowrap');
        }
        const loose = await page.locator(LIVE).first().evaluate((root) => {
          const out = [];
          const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const el = n.parentElement;
            if (!/\d{4}-\d{2}/.test(n.data) || el.closest('option, script, style')) continue;
            // Any nowrap element around the date keeps it whole (.kai-date or another).
            let kept = false;
            for (let e = el; e && e !== root.parentElement; e = e.parentElement) {
              if (getComputedStyle(e).whiteSpace === 'nowrap') { kept = true; break; }
            }
            if (!kept && el.getClientRects().length) out.push(n.data.trim());
          }
          return out;
        });
        assert.deepEqual(loose, [], 'every visible date is in a nowrap span');

        // The formula: its result shares a line with the last term.
        await openExplore(page);
        const tail = await page.$eval(`${LIVE} .kai-eq-tail`, (t) => {
          const term = t.querySelector('.kai-term').getBoundingClientRect();
          const total = t.querySelector('.kai-eq-total').getBoundingClientRect();
          return { lines: t.getClientRects().length, termBottom: term.bottom, totalTop: total.top,
            text: t.textContent };
        });
        assert.equal(tail.lines, 1, `"${tail.text}" is one unit`);
        assert.ok(tail.totalTop < tail.termBottom, `the result is beside the last term: ${JSON.stringify(tail)}`);
        p.assertClean();
        await p.close();
      });
    });
  }
}

for (const lang of ['ko', 'en']) {
  test(`${lang}: the words (no 당신의 / "your weights", 상위 N팀, particles, one "Data as of", one equal button)`, async () => {
    const p = await openPage(browser, server.url, { path: `?lang=${lang}&round=selection-2025` });
    const { page } = p;
    const article = await widgetText(page);
    await openExplore(page);
    const explore = await widgetText(page);
    for (const text of [article, explore]) {
      assert.doesNotMatch(text, /당신의|your weights/i);
      assert.doesNotMatch(text, /상위 \d+위/);
      assert.deepEqual(wrongParticles(text), []);
      if (lang === 'en') {
        assert.doesNotMatch(text, /\d %/, 'no breakable space before %');
        assert.doesNotMatch(text, /no (Performance|Sovereignty|Industry|Global)/, 'criteria lower-case mid-sentence');
      }
    }
    // Kakao has no industry score in the 2025 selection: the flag says so in lower case.
    if (lang === 'en') assert.match(article, /no industry impact score/);
    if (lang === 'ko') {
      assert.doesNotMatch(explore, /막대를|막대 아래/, 'sliders are 슬라이더; 막대 is only a bar');
      assert.match(explore, /슬라이더/);
    }
    const asOf = lang === 'ko' ? /자료 기준일/g : /Data as of/g;
    assert.equal((article.match(asOf) ?? []).length, 1, '"Data as of" once');
    assert.equal(await page.locator(`${LIVE} [data-preset="equal"]`).count(), 1, 'the equal preset');
    assert.equal(await page.locator(`${LIVE} [data-reset]`).count(), 0, 'no separate reset doing the same');
    p.assertClean();
    await p.close();
  });
}

test('ko: the slope chart compares "같은 가중치와", never "같은 가중치과"', async () => {
  const p = await openPage(browser, server.url, { path: '?lang=ko&reference=equal' });
  await openExplore(p.page);
  const desc = await p.page.locator(`${LIVE} .kai-slope-svg desc`).first().textContent();
  assert.match(desc, /^같은 가중치와 비교해 /);
  assert.doesNotMatch(await widgetText(p.page), /가중치과/);
  p.assertClean();
  await p.close();
});

test('no synthetic italic on Hangul anywhere in the Korean widget', async () => {
  const p = await openPage(browser, server.url, { path: '?lang=ko&round=selection-2025' });
  const slanted = await p.page.locator(LIVE).first().evaluate((root) => {
    const out = [];
    for (const el of root.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('');
      if (/[\uAC00-\uD7A3]/.test(own) && getComputedStyle(el).fontStyle !== 'normal') out.push(own.trim());
    }
    return out;
  });
  assert.deepEqual(slanted, []);
  p.assertClean();
  await p.close();
});

test('the heat map lists teams in rank order (golden)', async () => {
  const p = await openPage(browser, server.url, { path: '?lang=en' });
  const weights = await sliderWeights(p.page);
  const expected = goldenRanking(weights).map((r) => r.id);
  await openExplore(p.page);
  const rows = await p.page.$$eval(`${LIVE} table.kai-heat tbody tr`, (trs) =>
    trs.map((tr) => tr.getAttribute('data-team-id')));
  assert.deepEqual(rows, expected);
  p.assertClean();
  await p.close();
});

test('Tab (not only the arrow keys) reaches the Explore tab', async () => {
  const p = await openPage(browser, server.url, { path: '?lang=ko' });
  const { page } = p;
  await page.locator(`${LIVE} [data-tab="article"]`).focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-tab'));
  assert.equal(focused, 'explore');
  await page.keyboard.press('Enter');
  await waitUntil(async () => (await page.locator(`${LIVE} [data-tab="explore"]`)
    .getAttribute('aria-selected')) === 'true', 'Explore selected');
  p.assertClean();
  await p.close();
});

for (const [file, lang] of [['noscript.html', 'ko'], ['noscript-en.html', 'en'], ['', 'ko']]) {
  test(`no-JS copy ${file || 'index.html'} does not speak of "your weights" above disabled sliders`, async () => {
    const p = await openPage(browser, server.url, { path: null, javaScriptEnabled: false });
    await p.page.goto(`${server.url}${file}`, { waitUntil: 'load' });
    const text = await p.page.locator('.kai-static').first().evaluate((el) => el.innerText);
    assert.ok(text.length > 200, 'the static copy is there');
    assert.doesNotMatch(text, /당신의|your weights/i);
    assert.match(text, lang === 'ko' ? /자바스크립트/ : /JavaScript/);
    await p.close();
  });
}

test('Korean demo article: the headline never breaks inside a word; teams named as in the widget', async () => {
  const p = await openPage(browser, server.url, { viewport: { width: 320, height: 800 }, path: null });
  const { page } = p;
  await page.goto(`${server.url}article-ko.html`, { waitUntil: 'load' });
  const h1 = await page.$eval('h1', (h) => {
    const text = h.firstChild;
    const i = text.data.indexOf('바뀐다');
    const r = document.createRange();
    r.setStart(text, i);
    r.setEnd(text, i + 3);
    const tops = [...r.getClientRects()].map((x) => Math.round(x.top));
    return { wb: getComputedStyle(h).wordBreak, lines: new Set(tops).size };
  });
  assert.equal(h1.wb, 'keep-all');
  assert.equal(h1.lines, 1, '"바뀐다" on one line');
  const body = await page.locator('main').evaluate((m) => m.innerText);
  assert.doesNotMatch(body, /엔씨에이아이/);
  assert.match(body, /NC AI/);
  // Facts as in the data: stage one (2026-01-15) kept three, Motif added on 2026-02-20.
  assert.match(body, /1월\s*15일[^.]*3개 팀/);
  assert.match(body, /모티프테크놀로지스를 네 번째 팀/);
  await p.close();
});
