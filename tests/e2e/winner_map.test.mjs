// The classroom's "who can win, and where" (issue #15 §2), on the real page under the strict
// CSP: the winner map of the pasted cities (tests/fixtures/classroom-cities.tsv) shows one
// region per city that can win, with the hand-worked winner at each corner; the keyboard moves
// its cursor and the live line names the winner there; Enter and a click use that weighting
// (sliders and ranking move); the contribution table sorts and shows two decimals; axe finds
// nothing in ko/light at 1280 px and en/dark at 375 px. The K-AI data (4 criteria) gets a
// section with a pair chooser.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AXE_SOURCE, CLASSROOM_CITIES, launchBrowser, openPage, pasteTable, startServer,
  tableSetting, waitUntil } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const CITIES = CLASSROOM_CITIES;

// Worked by hand (min–max (v − min)/(max − min) × 10 on every column, commute lower is better,
// reversed: (max − v)/(max − min) × 10). Ids by row: item-1 가람시, item-2 나래시, item-3 다솜시,
// item-4 라온시.
//   green 100,30,20,10 (range 90):  가람 10,  나래 20/90·10 = 2.22, 다솜 1.11, 라온 0
//   commute 30,25,20,60 (range 40): 가람 30/40·10 = 7.5, 나래 8.75, 다솜 10, 라온 0
//   satisfaction 6,8,5,9 (range 4): 가람 2.5, 나래 7.5, 다솜 0, 라온 10
// Corners (one criterion counts): green → 가람 (10); commute → 다솜 (10 > 8.75); satisfaction →
// 라온 (10 > 7.5). 나래 wins inside, e.g. at (0, ½, ½): 8.125 against 5, 5, 5 — four regions.
const CORNER_WINNERS = ['item-1', 'item-3', 'item-4'];
// Equal weights (⅓ each): 가람 20/3 = 6.67, 나래 18.47/3 = 6.16, 다솜 11.11/3 = 3.70, 라온 10/3 = 3.33.
// The commute column (⅓ × score): 가람 2.50, 나래 2.92, 다솜 3.33, 라온 0.00.
const COMMUTE_DESC = ['item-3', 'item-2', 'item-1', 'item-4'];
const TOTALS_ONE = ['6.7', '6.2', '3.7', '3.3'];
const TOTALS_TWO = ['6.67', '6.16', '3.70', '3.33'];
// The cursor starts at the grid point nearest ⅓ each: 7, 7, 6 steps of 5 % (35 %, 35 %, 30 %).
// Seven presses of → move 5 points each from green to commute: 0 %, 70 %, 30 %. There:
// 가람 0.7·7.5 + 0.3·2.5 = 6.0; 나래 0.7·8.75 + 0.3·7.5 = 8.375; 다솜 7.0; 라온 3.0 → 나래 first,
// order 나래, 다솜, 가람, 라온. Enter sets the sliders to 0, 7, 3 (70 : 30 in whole steps).
const AFTER_KEYS = ['item-2', 'item-3', 'item-1', 'item-4'];
// A click at 50 % green, 50 % satisfaction (the left edge, half way up): 가람 5 + 1.25 = 6.25;
// 라온 5; 나래 1.11 + 3.75 = 4.86; 다솜 0.56 → order 가람, 라온, 나래, 다솜; sliders 10, 0, 10.
const AFTER_CLICK = ['item-1', 'item-4', 'item-2', 'item-3'];
// The drawing (crates/engine/src/map_view.rs): viewBox 400 × (40 + 150√3 + 44); corners at
// (50, 299.81) green, (350, 299.81) commute, (200, 40) satisfaction.
const CORNERS = [[50, 299.81], [350, 299.81], [200, 40]];
const VIEW = [400, 40 + 150 * Math.sqrt(3) + 44];

async function openClassroom(opts = {}) {
  const p = await openPage(browser, server.url, opts);
  await p.page.click('.kai-ranking [role="tab"][data-tab="classroom"]');
  await p.page.locator('.kai-classroom').waitFor();
  return p;
}

/** Pastes `text` into the editor (helpers.mjs). */
const paste = (page, text) => pasteTable(page, text, '.kai-classroom');

const select = tableSetting;

/** Pastes the cities, commute lower is better, min–max everywhere, and uses the data. */
async function useCities(page) {
  await paste(page, CITIES);
  await page.locator('.kai-tab-settings').waitFor();
  await page.selectOption(select(1, 'direction'), 'lower');
  for (const c of [0, 1, 2]) await page.selectOption(select(c, 'scaling'), 'min-max');
  await page.click('button[data-data="apply"]');
  await page.waitForFunction(() => document.querySelectorAll('.kai-classroom .kai-wm-region').length === 4
    && document.querySelectorAll('.kai-classroom input[type="range"]').length === 3);
}

const sliders = (page) => page.$$eval('.kai-classroom input[type="range"]', (xs) => xs.map((x) => Number(x.value)));
const tableOrder = (page) => page.$$eval('.kai-contrib-table tbody tr', (rs) => rs.map((r) => r.getAttribute('data-team-id')));
const totals = (page) => page.$$eval('.kai-contrib-table tbody td[data-total]', (ts) => ts.map((t) => t.textContent));

/** Waits until the contribution table (total descending: the ranking's order) is `want`. */
async function orderIs(page, want) {
  await waitUntil(async () => (await tableOrder(page)).join() === want.join(), `order ${want}`)
    .catch(() => {});
  assert.deepEqual(await tableOrder(page), want);
}

test('winner map: one region per city that can win, the hand-worked winner at each corner', async () => {
  const p = await openClassroom();
  const { page } = p;
  await useCities(page);
  const regions = await page.$$eval('.kai-wm-region', (gs) => gs.map((g) => ({
    id: g.getAttribute('data-item'),
    text: g.querySelector('text').textContent,
    points: g.querySelector('polygon').getAttribute('points').split(' ').map((xy) => xy.split(',').map(Number)),
  })));
  assert.deepEqual(regions.map((r) => r.id), ['item-1', 'item-2', 'item-3', 'item-4']);
  const atCorner = CORNERS.map(([cx, cy]) => regions.filter((r) => r.points.some(([x, y]) => Math.hypot(x - cx, y - cy) < 0.05)).map((r) => r.id));
  assert.deepEqual(atCorner, CORNER_WINNERS.map((id) => [id]), 'each corner lies in its winner\'s region only');
  // Each region names its city (number and name), not colour alone.
  assert.match(regions[0].text, /가람시/);
  const corners = await page.$$eval('.kai-wm-corner', (ts) => ts.map((t) => t.textContent));
  assert.deepEqual(corners, ['녹지 비율(%)', '통근 시간(분)', '주민 만족도(10점)']);
  // The text alternative: one sentence per city, the exact-not-sampled caption.
  const words = await page.locator('[data-wm="text"] li').allInnerTexts();
  assert.equal(words.length, 4);
  assert.ok(words.every((w) => /지도의 \d+%에서 1위입니다/.test(w)), words.join('\n'));
  await page.locator('.kai-wm', { hasText: '선형대수로 정확히' }).waitFor();
  assert.match(await page.locator('[data-wm="here"]').innerText(), /가람시가 1위인 곳/);
  p.assertClean();
  await p.close();
});

test('winner map: arrow keys move the cursor, the live line names the winner, Enter uses it; a click does too', async () => {
  const p = await openClassroom();
  const { page } = p;
  await useCities(page);
  await orderIs(page, ['item-1', 'item-2', 'item-3', 'item-4']);
  await page.focus('.kai-wm-svg');
  for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowRight');
  await waitUntil(async () => (await page.locator('.kai-wm-svg').getAttribute('data-cursor')) === '0,70,30', 'cursor at 0,70,30');
  const live = page.locator('[data-wm="live"]');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  assert.equal(await live.innerText(), '녹지 비율(%) 0%, 통근 시간(분) 70%, 주민 만족도(10점) 30%에서 나래시가 1위입니다.');
  assert.deepEqual(await sliders(page), [5, 5, 5], 'moving the cursor alone changes nothing');
  await page.keyboard.press('Enter');
  await waitUntil(async () => (await sliders(page)).join() === '0,7,3', 'sliders 0, 7, 3');
  await orderIs(page, AFTER_KEYS);
  assert.match(await page.locator('[data-wm="here"]').innerText(), /나래시가 1위인 곳/);
  // The mouse: a click half way up the left edge (50 % green, 50 % satisfaction).
  const box = await page.locator('.kai-wm-svg').boundingBox();
  const [x, y] = [125, 40 + 150 * Math.sqrt(3) - 75 * Math.sqrt(3)];
  await page.mouse.click(box.x + (x / VIEW[0]) * box.width, box.y + (y / VIEW[1]) * box.height);
  await waitUntil(async () => (await sliders(page)).join() === '10,0,10', 'sliders 10, 0, 10');
  await orderIs(page, AFTER_CLICK);
  assert.match(await live.innerText(), /50%, 통근 시간\(분\) 0%, .* 50%에서 가람시가 1위입니다/);
  p.assertClean();
  await p.close();
});

test('contribution table: sorts by a column (aria-sort) and shows two decimals on request', async () => {
  const p = await openClassroom();
  const { page } = p;
  await useCities(page);
  assert.deepEqual(await totals(page), TOTALS_ONE);
  const commute = page.locator('.kai-contrib-table th[data-col="2"]');
  assert.match(await commute.innerText(), /통근 시간\(분\) \(33%\)/);
  await commute.locator('button').click();
  await waitUntil(async () => (await commute.getAttribute('aria-sort')) === 'descending', 'aria-sort descending');
  assert.deepEqual(await tableOrder(page), COMMUTE_DESC);
  assert.equal(await page.locator('.kai-contrib-table th[data-col="4"]').getAttribute('aria-sort'), null);
  await commute.locator('button').press('Enter');
  await waitUntil(async () => (await commute.getAttribute('aria-sort')) === 'ascending', 'aria-sort ascending');
  assert.deepEqual(await tableOrder(page), [...COMMUTE_DESC].reverse());
  // Back to the totals, then two decimals.
  await page.locator('.kai-contrib-table th[data-col="4"] button').click();
  await page.locator('.kai-contrib input[data-contrib="two"]').check();
  await waitUntil(async () => (await totals(page)).join() === TOTALS_TWO.join(), 'two decimals');
  const ties = await page.locator('[data-contrib="ties"]').innerText();
  assert.match(ties, /둘째 자리에서 다를 수 있고/);
  assert.match(ties, /같아 보이는 합계는 없습니다/);
  p.assertClean();
  await p.close();
});

test('winner map: the K-AI data (4 criteria) draws a section with a pair chooser', async () => {
  const p = await openClassroom({ path: '?lang=en' });
  const { page } = p;
  const pair = page.locator('.kai-wm select[data-wm="pair"]');
  await pair.waitFor();
  assert.equal(await pair.locator('option').count(), 6);
  assert.ok(await page.locator('.kai-wm-region').count() >= 2);
  const caption = page.locator('[data-wm="section"]');
  assert.equal(await caption.innerText(), 'Performance and sovereignty vary; the other criteria keep their current proportion.');
  assert.match(await page.locator('.kai-wm-corner[data-corner="2"]').textContent(), /^the rest \(/);
  await pair.selectOption('5');
  await waitUntil(async () => /^Industry impact and global reach vary/i.test(await caption.innerText()), 'caption of the new pair');
  assert.ok(await page.locator('.kai-wm-region').count() >= 1);
  p.assertClean();
  await p.close();
});

test('winner map: long criterion names stay inside the drawing and apart', async () => {
  const p = await openClassroom({ viewport: { width: 375, height: 900 } });
  const { page } = p;
  const long = '도시\t우리 동네 공원과 숲과 강변 녹지의 비율\t아침 출근길 대중교통 평균 통근 시간\t주민 만족도\n'
    + '가\t1\t2\t3\n나\t3\t2\t1\n다\t2\t3\t1\n';
  await paste(page, long);
  await page.locator('.kai-tab-settings').waitFor();
  await page.click('button[data-data="apply"]');
  await page.locator('.kai-wm-corner[data-corner="0"]', { hasText: '우리 동네' }).waitFor();
  const boxes = await page.$$eval('.kai-wm-corner', (ts) => ts.map((t) => {
    const b = t.getBBox();
    return [b.x, b.x + b.width];
  }));
  for (const [x0, x1] of boxes) assert.ok(x0 >= -1 && x1 <= 401, `label from ${x0} to ${x1} leaves the 400-unit drawing`);
  assert.ok(boxes[0][1] <= boxes[1][0], `the bottom labels overlap: ${boxes[0]} and ${boxes[1]}`);
  p.assertClean();
  await p.close();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
for (const [lang, colorScheme, width] of [['ko', 'light', 1280], ['en', 'dark', 375]]) {
  test(`who can win: axe finds no violations on the Classroom tab (${lang}, ${colorScheme}, ${width} px)`, async () => {
    const p = await openClassroom({ colorScheme, viewport: { width, height: 900 }, path: lang === 'en' ? '?lang=en' : '' });
    const { page } = p;
    await useCities(page);
    await page.focus('.kai-wm-svg');
    await page.keyboard.press('ArrowUp');
    await page.locator('[data-wm="live"]:not(:empty)').waitFor();
    await page.locator('.kai-contrib input[data-contrib="two"]').check();
    await page.locator('[data-contrib="ties"]').waitFor();
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async (tags) => {
      const r = await window.axe.run('.kai-classroom', { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }, TAGS);
    assert.deepEqual(violations, []);
    // Nothing wider than the phone: the map scales, the table scrolls in its own region.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page overflows by ${overflow} px`);
    p.assertClean();
    await p.close();
  });
}
