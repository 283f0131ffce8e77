// Typing a table into the grid (issue #15 §1: "… or type into a small grid"): in the Classroom
// tab, "표에 직접 입력" shows a starter grid; a teacher types the four cities from the keyboard
// (Tab between cells), adds the missing row and column with the buttons, and the settings,
// the problems (named by the grid's row and column) and "use this data" work as for a paste.
// Expected order: min–max for all, commute lower is better, worked by hand in
// crates/engine/tests/classroom.rs (가람, 나래, 다솜, 라온).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AXE_SOURCE, launchBrowser, openPage, rowOrder, startServer } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const CELLS = [
  ['도시', '녹지 비율(%)', '통근 시간(분)', '주민 만족도(10점)'],
  ['가람시', '100', '30', '6'],
  ['나래시', '30', '25', '8'],
  ['다솜시', '20', '20', '5'],
  ['라온시', '10', '60', '9'],
];
const cell = (r, c) => `.kai-classroom .kai-grid-cell[data-row="${r}"][data-col="${c}"]`;

async function openGrid(opts = {}) {
  const p = await openPage(browser, server.url, opts);
  await p.page.click('.kai-ranking [role="tab"][data-tab="classroom"]');
  await p.page.locator('.kai-classroom').waitFor();
  await p.page.focus('.kai-classroom button[data-data="grid"]');
  await p.page.keyboard.press('Enter');
  await p.page.locator('.kai-classroom .kai-grid').waitFor();
  return p;
}

test('classroom grid: typed from the keyboard, rows and columns added, then ranked', async () => {
  const p = await openGrid();
  const { page } = p;
  assert.equal(await page.getAttribute('.kai-classroom button[data-data="grid"]', 'aria-pressed'), 'true');
  // The starter: a header and three blank rows, three columns.
  assert.equal(await page.locator('.kai-classroom .kai-grid-cell').count(), 12);
  assert.equal(await page.inputValue(cell(1, 1)), '항목');
  await page.click('.kai-classroom [data-grid-edit="add-row"]');
  await page.click('.kai-classroom [data-grid-edit="add-column"]');
  await page.locator(cell(5, 4)).waitFor();
  // Type every cell, moving with Tab as in a spreadsheet form.
  await page.focus(cell(1, 1));
  for (const [r, row] of CELLS.entries()) {
    for (const [c, text] of row.entries()) {
      await page.waitForFunction((s) => document.activeElement?.matches(s), cell(r + 1, c + 1));
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
      if (r < CELLS.length - 1 || c < row.length - 1) await page.keyboard.press('Tab');
    }
  }
  // The grid wrote the paste box's text, and the settings for its three criteria show.
  await page.waitForFunction(() =>
    document.querySelector('.kai-classroom textarea.kai-data-text')?.value.startsWith('도시\t녹지 비율(%)'));
  assert.deepEqual(await page.locator('.kai-classroom .kai-tab-crit legend').allInnerTexts(),
    ['녹지 비율(%)', '통근 시간(분)', '주민 만족도(10점)']);
  assert.equal(await page.getAttribute(cell(3, 3), 'aria-label'), '3행 3열: 통근 시간(분)');
  const sel = (c, what) => `.kai-classroom .kai-tab-crit[data-criterion="${c}"] select[data-set="${what}"]`;
  await page.selectOption(sel(1, 'direction'), 'lower');
  await page.selectOption(sel(2, 'scaling'), 'min-max');
  await page.click('.kai-classroom button[data-data="apply"]');
  await page.waitForFunction(() => document.querySelectorAll('.kai-classroom input[type="range"]').length === 3);
  await page.click('.kai-ranking [role="tab"][data-tab="article"]');
  await page.waitForFunction(() =>
    document.querySelectorAll('.kai-ranking:not(.kai-static) [data-team-id][data-rank]').length === 4);
  assert.deepEqual(await rowOrder(page), ['item-1', 'item-2', 'item-3', 'item-4']);
  p.assertClean();
  await p.close();
});

test('classroom grid: a word in a number cell is named by the grid row and column', async () => {
  const p = await openGrid({ path: '?lang=en' });
  const { page } = p;
  for (const [r, c, text] of [[1, 1, 'City'], [1, 2, 'Price'], [1, 3, 'Rating'],
    [2, 1, 'Lyon'], [2, 2, '3'], [2, 3, '7'], [3, 1, 'Porto'], [3, 2, 'cheap'], [3, 3, '8']]) {
    await page.fill(cell(r, c), text);
  }
  await page.click('.kai-classroom button[data-data="apply"]');
  const msg = await page.locator('.kai-classroom .kai-data-errors li').first().innerText();
  assert.equal(msg, 'row 3, column 2 (“Price”): “cheap” is not a number');
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run('.kai-classroom',
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  p.assertClean();
  await p.close();
});
