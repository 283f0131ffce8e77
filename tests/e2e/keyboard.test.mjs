// A keyboard reader moves a slider (focus, ArrowRight, End) and the ranking re-orders exactly as
// the engine ranks the new weights.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { engineRanking, launchBrowser, openPage, rowOrder, rowRanks, sliderWeights,
  startServer } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Waits (≤ 3 s) until the rows match the engine's ranking for the sliders now shown. */
async function assertFollowsEngine(page) {
  let weights = [];
  let expected = [];
  let got = [];
  for (let i = 0; i < 30; i++) {
    weights = await sliderWeights(page);
    expected = engineRanking(weights);
    got = await rowOrder(page);
    if (JSON.stringify(got) === JSON.stringify(expected.map((r) => r.id))) break;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(got, expected.map((r) => r.id), `order for weights ${weights}`);
  assert.deepEqual(await rowRanks(page), expected.map((r) => r.rank), `ranks for weights ${weights}`);
  return weights;
}

test('ArrowRight and End on a focused slider re-rank as the engine does', async () => {
  const p = await openPage(browser, server.url, { path: '?weights=40,30,20,10' });
  const global = p.page.locator('input[type="range"][data-criterion="global"]');
  await global.focus();
  await p.page.keyboard.press('ArrowRight');
  const afterRight = await assertFollowsEngine(p.page);
  assert.ok(afterRight[3] > 10, `ArrowRight raised the global weight (now ${afterRight[3]})`);

  await p.page.keyboard.press('End');
  const max = Number(await global.getAttribute('max') ?? 100);
  const afterEnd = await assertFollowsEngine(p.page);
  assert.equal(afterEnd[3], max, 'End moved the global weight to its maximum');

  const perf = p.page.locator('input[type="range"][data-criterion="performance"]');
  await perf.focus();
  await p.page.keyboard.press('Home');
  const afterHome = await assertFollowsEngine(p.page);
  assert.equal(afterHome[0], Number(await perf.getAttribute('min') ?? 0));
  p.assertClean();
  await p.close();
});
