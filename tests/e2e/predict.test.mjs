// Predict, then reveal (issue #15 §3), on the real page under the strict CSP: in the
// Classroom tab a class puts the items in the order it predicts — by keyboard alone (the move
// buttons, focus following the item) or by dragging a name with the mouse — and reveals; the
// distance shown equals the one worked by hand below (never by the code under test). Also:
// the projector view, the printable worksheet (print emulation shows the sheet alone), and axe
// in ko and en, before and after the reveal.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AXE_SOURCE, CLASSROOM_CITIES, launchBrowser, openPage, pasteTable, startServer,
  tableSetting, waitUntil } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const CITIES = CLASSROOM_CITIES;
const PR = '[data-step="predict"]';

async function openClassroom(opts = {}) {
  const p = await openPage(browser, server.url, opts);
  await p.page.click('.kai-ranking [role="tab"][data-tab="classroom"]');
  await p.page.locator('.kai-classroom').waitFor();
  await p.page.locator(`${PR} .kai-pr`).waitFor();
  return p;
}

/** Pastes `text` into the editor (helpers.mjs). */
const paste = (page, text) => pasteTable(page, text);

const select = tableSetting;

/**
 * The classroom fixture, commute lower is better, min–max for all, equal weights. Expected
 * order copied from tests/e2e/classroom.test.mjs (worked by hand there): 가람 20/3 ≈ 6.667,
 * 나래 665/108 ≈ 6.157, 다솜 100/27 ≈ 3.704, 라온 10/3 — no ties.
 */
async function useCities(page) {
  await paste(page, CITIES);
  await page.locator('.kai-tab-settings').waitFor();
  await page.selectOption(select(1, 'direction'), 'lower');
  await page.selectOption(select(2, 'scaling'), 'min-max');
  await page.click('button[data-data="apply"]');
  await page.waitForFunction(() => document.querySelectorAll('.kai-ranking input[type="range"]').length === 3);
  await waitUntil(async () => (await guessNames(page)).join() === '가람시,나래시,다솜시,라온시',
    'the game lists the cities');
}

/** The names in the guessed list, top first. */
function guessNames(page) {
  return page.$$eval(`${PR} .kai-pr-list .kai-pr-grip`, (g) => g.map((e) => e.textContent.replace('⠿', '').trim()));
}

/** Presses Enter `times` on the focused element, waiting for the list to re-render each time. */
async function enter(page, times) {
  for (let i = 0; i < times; i++) {
    const before = (await guessNames(page)).join();
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await guessNames(page)).join() !== before, 'the item moved');
  }
}

/** The accessible name of the focused element. */
const focusedLabel = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

/** Drags the row named `name` with the mouse until it is first in the list. */
async function dragToTop(page, name) {
  await page.locator(`${PR} .kai-pr-list`).evaluate((l) => l.scrollIntoView({ block: 'center' }));
  const grip = page.locator(`${PR} .kai-pr-grip`, { hasText: name });
  const from = await grip.boundingBox();
  const first = await page.locator(`${PR} .kai-pr-item`).first().boundingBox();
  await page.mouse.move(from.x + 20, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, first.y + 2, { steps: 8 });
  await page.mouse.up();
}

async function reveal(page) {
  await page.focus(`${PR} button[data-pr="reveal"]`);
  await page.keyboard.press('Enter');
  await page.locator(`${PR} .kai-pr-distance`).waitFor();
}

const distance = (page) => page.locator(`${PR} .kai-pr-distance`).evaluate((p) =>
  ({ d: Number(p.dataset.distance), moved: Number(p.dataset.moved), text: p.textContent }));

test('predict (classroom data): by keyboard alone, then reveal: the distance worked by hand', async () => {
  const p = await openClassroom();
  const { page } = p;
  await useCities(page);
  // While predicting, the panel does not show the ranking.
  assert.equal(await page.locator(`${PR} .kai-pr-reveal`).count(), 0);
  assert.match(await page.locator(`${PR} [data-pr="weights"]`).innerText(),
    /^가중치: 녹지 비율\(%\) 33% · 통근 시간\(분\) 33% · 주민 만족도\(10점\) 33%$/);
  // 라온시 to the top by keyboard: focus its "up" button and press Enter three times; focus
  // follows the item, and at the top (up disabled) moves to its "down" button.
  await page.focus(`${PR} button[aria-label="라온시 위로"]`);
  await enter(page, 3);
  assert.deepEqual(await guessNames(page), ['라온시', '가람시', '나래시', '다솜시']);
  assert.equal(await focusedLabel(page), '라온시 아래로');
  await reveal(page);
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('kai-pr-distance')),
    'focus moves to the answer (the reveal button is gone)');
  // Truth 가람 나래 다솜 라온; guess 라온 가람 나래 다솜.
  // Wrong pairs: (라온,가람) (라온,나래) (라온,다솜) = 3 of 6; right 3; tau (3 − 3)/6 = 0.
  // Places: 라온 1 vs 4 → 3; 가람 2 vs 1, 나래 3 vs 2, 다솜 4 vs 3 → 1 each; Σ = 6.
  const got = await distance(page);
  assert.equal(got.d, 3);
  assert.equal(got.moved, 6);
  assert.equal(got.text, '비교할 수 있는 6쌍 중 3쌍의 순서가 틀렸습니다(켄달 타우 거리 3, 타우 0.00). '
    + '예측한 자리와 실제 자리의 차이를 모두 더하면 6칸입니다.');
  assert.equal(await page.locator(`${PR} [data-pr="most"]`).innerText(),
    '가장 크게 빗나간 항목(3칸 차이): 라온시(예측 1위, 실제 4위).');
  // The true ranking beside the guess.
  assert.deepEqual(await page.locator(`${PR} td[data-pr="truth"]`).allInnerTexts(), ['가람시', '나래시', '다솜시', '라온시']);
  assert.deepEqual(await page.locator(`${PR} td[data-pr="guess"]`).allInnerTexts(), ['라온시', '가람시', '나래시', '다솜시']);
  // Try again (keyboard): back to the neutral order, nothing revealed, focus on "reveal".
  await page.focus(`${PR} button[data-pr="again"]`);
  await page.keyboard.press('Enter');
  await waitUntil(async () => (await guessNames(page)).join() === '가람시,나래시,다솜시,라온시', 'reset');
  assert.equal(await page.locator(`${PR} .kai-pr-reveal`).count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.pr), 'reveal');
  p.assertClean();
  await p.close();
});

test('predict (classroom data): by mouse drag, then reveal', async () => {
  const p = await openClassroom();
  const { page } = p;
  await useCities(page);
  await dragToTop(page, '다솜시');
  await waitUntil(async () => (await guessNames(page))[0] === '다솜시', 'dropped at the top');
  assert.deepEqual(await guessNames(page), ['다솜시', '가람시', '나래시', '라온시']);
  await reveal(page);
  // Guess 다솜 가람 나래 라온: wrong (다솜,가람) (다솜,나래) = 2; places 다솜 1 vs 3 → 2,
  // 가람 1, 나래 1, 라온 0 → 4.
  const got = await distance(page);
  assert.deepEqual([got.d, got.moved], [2, 4]);
  assert.equal(await page.locator(`${PR} [data-pr="most"]`).innerText(),
    '가장 크게 빗나간 항목(2칸 차이): 다솜시(예측 1위, 실제 3위).');
  p.assertClean();
  await p.close();
});

// The built-in K-AI data, default round (stage one: Naver Cloud, Upstage, SKT, NC AI, LG AI),
// equal weights: LG (9 + 7 + 8 + 7.5)/4 = 7.875, SKT (8 + 9 + 8.5 + 5)/4 = 7.625, Upstage
// (7 + 7 + 7.5 + 8.5)/4 = 7.5, Naver (7.5 + 4 + 6.5 + 8)/4 = 6.5 = NC AI (6 + 8 + 8 + 4)/4 = 6.5
// (tied for 4th). Neutral start (alphabetical, ko): LG, NC AI, SK텔레콤, 네이버클라우드, 업스테이지.
const K = { lg: 'LG AI연구원 컨소시엄', nc: 'NC AI 컨소시엄', skt: 'SK텔레콤 컨소시엄',
  naver: '네이버클라우드 컨소시엄', up: '업스테이지 컨소시엄' };

test('predict (K-AI data): keyboard moves, a tie that counts either way, the reveal', async () => {
  const p = await openClassroom();
  const { page } = p;
  assert.deepEqual(await guessNames(page), [K.lg, K.nc, K.skt, K.naver, K.up]);
  await page.focus(`${PR} button[aria-label="${K.up} 위로"]`);
  await enter(page, 2);
  assert.equal(await focusedLabel(page), `${K.up} 위로`, 'focus follows the item');
  await page.focus(`${PR} button[aria-label="${K.nc} 아래로"]`);
  await enter(page, 1);
  assert.deepEqual(await guessNames(page), [K.lg, K.up, K.nc, K.skt, K.naver]);
  await reveal(page);
  // Groups: LG | SKT | Upstage | Naver = NC. Guess LG, Upstage, NC, SKT, Naver.
  // LG before all four: 4 right. Upstage–NC right, Upstage–SKT wrong, Upstage–Naver right.
  // NC–SKT wrong, NC–Naver tied. SKT–Naver right. Right 7, wrong 2, tied 1 (10 pairs);
  // tau (7 − 2)/9 = 0.56.
  // Places: LG 1 → 0; Upstage 2 vs 3 → 1; NC 3 vs 4–5 → 1; SKT 4 vs 2 → 2; Naver 5 in 4–5 → 0;
  // Σ = 4.
  const got = await distance(page);
  assert.deepEqual([got.d, got.moved], [2, 4]);
  assert.equal(got.text, '비교할 수 있는 9쌍 중 2쌍의 순서가 틀렸습니다(켄달 타우 거리 2, 타우 0.56). '
    + '예측한 자리와 실제 자리의 차이를 모두 더하면 4칸입니다. 점수가 같은 1쌍은 어느 쪽 순서로 두어도 맞는 것으로 셉니다.');
  assert.equal(await page.locator(`${PR} [data-pr="most"]`).innerText(),
    `가장 크게 빗나간 항목(2칸 차이): ${K.skt}(예측 4위, 실제 2위).`);
  p.assertClean();
  await p.close();
});

test('predict (K-AI data, en): mouse drag, then reveal; the reveal follows the sliders', async () => {
  const p = await openClassroom({ path: '?lang=en' });
  const { page } = p;
  // English alphabetical start: LG AI Research, Naver Cloud, NC AI, SK Telecom, Upstage.
  assert.deepEqual(await guessNames(page), ['LG AI Research consortium', 'Naver Cloud consortium',
    'NC AI consortium', 'SK Telecom consortium', 'Upstage consortium']);
  await dragToTop(page, 'Upstage consortium');
  await waitUntil(async () => (await guessNames(page))[0] === 'Upstage consortium', 'dropped at the top');
  assert.deepEqual(await guessNames(page), ['Upstage consortium', 'LG AI Research consortium',
    'Naver Cloud consortium', 'NC AI consortium', 'SK Telecom consortium']);
  await reveal(page);
  // Guess Upstage, LG, Naver, NC, SKT against LG | SKT | Upstage | Naver = NC.
  // Upstage–LG wrong, Upstage–Naver right, Upstage–NC right, Upstage–SKT wrong; LG before
  // the other three: 3 right; Naver–NC tied, Naver–SKT wrong; NC–SKT wrong.
  // Right 5, wrong 4, tied 1; tau (5 − 4)/9 = 0.11.
  // Places: Upstage 1 vs 3 → 2; LG 2 vs 1 → 1; Naver 3 vs 4–5 → 1; NC 4 in 4–5 → 0; SKT 5 vs 2
  // → 3; Σ = 7.
  const got = await distance(page);
  assert.deepEqual([got.d, got.moved], [4, 7]);
  assert.equal(got.text, '4 of 9 pairs are in the wrong order (Kendall tau distance 4, tau 0.11). '
    + 'The places the prediction is off by add up to 7. 1 tied pair with equal totals counts as right either way.');
  assert.equal(await page.locator(`${PR} [data-pr="most"]`).innerText(),
    'Moved most (3 places): SK Telecom consortium (predicted 5th, really 2nd).');
  // Sovereignty to 0 (keyboard: Home): LG (9 + 8 + 7.5)/3 = 8.17, Upstage 23/3 = 7.67, Naver
  // 22/3 = 7.33, SKT 21.5/3 = 7.17, NC 18/3 = 6 → LG, Upstage, Naver, SKT, NC (no ties).
  // Guess Upstage, LG, Naver, NC, SKT: wrong (Upstage, LG) and (NC, SKT) = 2 of 10.
  await page.focus('.kai-ranking input[type="range"][data-criterion="sovereignty"]');
  await page.keyboard.press('Home');
  await waitUntil(async () => (await distance(page)).d === 2, 'the reveal follows the weights');
  // Places: Upstage 1 vs 2, LG 2 vs 1, Naver 3 vs 3, NC 4 vs 5, SKT 5 vs 4 → 1 + 1 + 0 + 1 + 1.
  assert.equal((await distance(page)).moved, 4);
  p.assertClean();
  await p.close();
});

test('predict (K-AI data): a finger drags a name on a phone (touch pointer events, no scrolling)', async () => {
  const p = await openClassroom({ viewport: { width: 390, height: 844 } });
  const { page } = p;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  await page.locator(`${PR} .kai-pr-list`).evaluate((l) => l.scrollIntoView({ block: 'center' }));
  const overflow = await page.locator(`${PR} .kai-pr`).evaluate((e) => e.scrollWidth - e.clientWidth);
  assert.ok(overflow <= 0, `the game fits a phone (${overflow}px sideways)`);
  const grip = await page.locator(`${PR} .kai-pr-grip`, { hasText: K.up }).boundingBox();
  const first = await page.locator(`${PR} .kai-pr-item`).first().boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY);
  const at = (y) => [{ x: grip.x + 30, y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(grip.y + grip.height / 2) });
  for (let k = 1; k <= 8; k++) {
    const y = grip.y + grip.height / 2 + (first.y + 2 - grip.y - grip.height / 2) * (k / 8);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(y) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await waitUntil(async () => (await guessNames(page))[0] === K.up, 'dropped at the top');
  assert.deepEqual(await guessNames(page), [K.up, K.lg, K.nc, K.skt, K.naver]);
  assert.equal(await page.evaluate(() => window.scrollY), scrollY, 'the drag did not scroll the page');
  p.assertClean();
  await p.close();
});

test('predict: the projector view is large and still fits 1280×720', async () => {
  const p = await openClassroom({ viewport: { width: 1280, height: 720 }, colorScheme: 'dark' });
  const { page } = p;
  const size = () => page.locator(`${PR} .kai-pr-grip`).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const normal = await size();
  const toggle = page.locator(`${PR} button[data-pr="projector"]`);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  await page.locator(`${PR} .kai-pr.kai-pr-projector`).waitFor();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const large = await size();
  assert.ok(large >= normal * 1.4, `projector type ${large}px vs ${normal}px`);
  const fit = await page.locator(`${PR} .kai-pr`).evaluate((e) => ({
    overflow: e.scrollWidth - e.clientWidth,
    page: document.documentElement.scrollWidth,
    list: e.querySelector('.kai-pr-list').getBoundingClientRect().height,
  }));
  assert.ok(fit.overflow <= 0, `no sideways overflow in the panel (${fit.overflow}px)`);
  assert.ok(fit.page <= 1280, `the page does not scroll sideways (${fit.page}px)`);
  assert.ok(fit.list <= 720, `the list fits the projector's height (${fit.list}px)`);
  await reveal(page);
  const table = await page.locator(`${PR} .kai-pr-table`).evaluate((t) => t.getBoundingClientRect().right);
  assert.ok(table <= 1280, `the reveal table fits (${table}px)`);
  await toggle.click();
  await waitUntil(async () => (await page.locator(`${PR} .kai-pr-projector`).count()) === 0, 'off again');
  p.assertClean();
  await p.close();
});

test('predict: the printable worksheet shows the weights and n empty lines, nothing else', async () => {
  const p = await openClassroom();
  const { page } = p;
  await useCities(page);
  // window.print() opens a dialog; count the calls instead.
  await page.evaluate(() => { window.__prints = 0; window.print = () => { window.__prints += 1; }; });
  await page.click(`${PR} button[data-pr="print"]`);
  assert.equal(await page.evaluate(() => window.__prints), 1);
  assert.equal(await page.locator('html').getAttribute('data-kai-print'), 'worksheet');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator(`${PR} .kai-pr-sheet`);
  assert.ok(await sheet.isVisible(), 'the sheet prints');
  assert.deepEqual(await sheet.locator('.kai-pr-sheet-weights tbody tr').allInnerTexts(),
    ['녹지 비율(%)\t33%', '통근 시간(분)\t33%', '주민 만족도(10점)\t33%']);
  const lines = sheet.locator('.kai-pr-sheet-ranking tbody tr');
  assert.equal(await lines.count(), 4, 'one line per city');
  assert.deepEqual(await lines.locator('th').allInnerTexts(), ['1위', '2위', '3위', '4위']);
  assert.deepEqual(await lines.locator('td').allInnerTexts(), ['', '', '', ''], 'blank to fill in');
  assert.equal(await sheet.locator('.kai-pr-sheet-ranking thead th').nth(1).innerText(), '도시');
  assert.match(await sheet.locator('.kai-pr-sheet-items').innerText(), /가람시 · 나래시 · 다솜시 · 라온시/);
  // Nothing else prints: the page's text is the sheet's.
  const text = await page.evaluate(() => ({
    body: document.body.innerText.trim(),
    sheet: document.querySelector('[data-step="predict"] .kai-pr-sheet').innerText.trim(),
  }));
  assert.equal(text.body, text.sheet);
  for (const other of ['.kai-pr-list', 'input[type="range"]', '[role="tab"]', 'textarea.kai-data-text']) {
    assert.equal(await page.locator(`.kai-ranking ${other}`).first().isVisible(), false, `${other} hidden`);
  }
  // After printing, the marks come off: a later print of the page shows the widget, no sheet.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.locator('html').getAttribute('data-kai-print'), null);
  assert.equal(await sheet.isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await sheet.isVisible(), false, 'never on screen');
  p.assertClean();
  await p.close();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axe(page) {
  return page.evaluate(async ([tags, sel]) => {
    const r = await window.axe.run(sel, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, [TAGS, PR]);
}
for (const [lang, colorScheme, projector] of [['ko', 'light', false], ['en', 'dark', true], ['ko', 'dark', true]]) {
  test(`predict: axe finds no violations before and after the reveal (${lang}, ${colorScheme}${projector ? ', projector' : ''})`, async () => {
    const p = await openClassroom({ colorScheme, path: lang === 'en' ? '?lang=en' : '' });
    const { page } = p;
    if (projector) await page.click(`${PR} button[data-pr="projector"]`);
    await page.evaluate(AXE_SOURCE);
    assert.deepEqual(await axe(page), [], 'before');
    await reveal(page);
    assert.deepEqual(await axe(page), [], 'after');
    p.assertClean();
    await p.close();
  });
}
