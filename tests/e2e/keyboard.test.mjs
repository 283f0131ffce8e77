// A keyboard reader moves a slider (focus, ArrowRight, End) and the ranking re-orders exactly as
// the golden file (tests/golden/kai-rankings.json, computed without the crate) ranks the new
// weights.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { goldenRanking, launchBrowser, openPage, rowOrder, rowRanks, sliderWeights,
  startServer, waitUntil } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Waits (≤ 5 s) until the sliders show `want` and the rows the golden ranking for them. */
async function assertFollowsGolden(page, want) {
  let weights = [];
  let got = [];
  const expected = goldenRanking(want);
  await waitUntil(async () => {
    weights = await sliderWeights(page);
    got = await rowOrder(page);
    return JSON.stringify(weights) === JSON.stringify(want)
      && JSON.stringify(got) === JSON.stringify(expected.map((r) => r.id));
  }, `weights ${want} and their golden order`, { timeout: 5000 }).catch(() => {});
  assert.deepEqual(weights, want, 'slider values');
  assert.deepEqual(got, expected.map((r) => r.id), `order for weights ${weights}`);
  assert.deepEqual(await rowRanks(page), expected.map((r) => r.rank), `ranks for weights ${weights}`);
  return weights;
}

/** The number beside a slider and the share shown with it ("3/10", "비중 14%"). */
async function sliderTexts(page, id) {
  const box = page.locator(`input[type="range"][data-criterion="${id}"]`).locator('xpath=..');
  return [await box.locator('.kai-imp').textContent(), await box.locator('.kai-wshare').textContent()];
}

test('ArrowRight, End and Home on a focused slider re-rank as the golden file says', async () => {
  // An old share-style link: 40,30,20,10 loads as the importances 8,6,4,2 (same shares).
  const p = await openPage(browser, server.url, { path: '?weights=40,30,20,10' });
  const global = p.page.locator('input[type="range"][data-criterion="global"]');
  assert.equal(await global.getAttribute('step'), '1', 'ArrowRight moves by one');
  await assertFollowsGolden(p.page, [8, 6, 4, 2]);
  assert.deepEqual(await sliderTexts(p.page, 'performance'), ['8/10', '비중 40%']);
  await global.focus();
  await p.page.keyboard.press('ArrowRight');
  await assertFollowsGolden(p.page, [8, 6, 4, 3]);
  // 3 of 8 + 6 + 4 + 3 = 21: 14.3 %.
  assert.deepEqual(await sliderTexts(p.page, 'global'), ['3/10', '비중 14%']);

  await p.page.keyboard.press('End');
  assert.equal(await global.getAttribute('max'), '10', 'End goes to 10');
  await assertFollowsGolden(p.page, [8, 6, 4, 10]);
  // 10 of 28: 35.7 %.
  assert.deepEqual(await sliderTexts(p.page, 'global'), ['10/10', '비중 36%']);

  const perf = p.page.locator('input[type="range"][data-criterion="performance"]');
  await perf.focus();
  await p.page.keyboard.press('Home');
  assert.equal(await perf.getAttribute('min'), '0', 'Home goes to 0');
  await assertFollowsGolden(p.page, [0, 6, 4, 10]);
  assert.deepEqual(await sliderTexts(p.page, 'performance'), ['0/10', '비중 0%']);
  assert.deepEqual(await sliderTexts(p.page, 'global'), ['10/10', '비중 50%']);
  p.assertClean();
  await p.close();
});
