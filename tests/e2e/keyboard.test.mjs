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

test('ArrowRight, End and Home on a focused slider re-rank as the golden file says', async () => {
  const p = await openPage(browser, server.url, { path: '?weights=40,30,20,10' });
  const global = p.page.locator('input[type="range"][data-criterion="global"]');
  assert.equal(await global.getAttribute('step'), '1', 'ArrowRight moves by one');
  await global.focus();
  await p.page.keyboard.press('ArrowRight');
  await assertFollowsGolden(p.page, [40, 30, 20, 11]);

  await p.page.keyboard.press('End');
  assert.equal(await global.getAttribute('max'), '100', 'End goes to 100');
  await assertFollowsGolden(p.page, [40, 30, 20, 100]);

  const perf = p.page.locator('input[type="range"][data-criterion="performance"]');
  await perf.focus();
  await p.page.keyboard.press('Home');
  assert.equal(await perf.getAttribute('min'), '0', 'Home goes to 0');
  await assertFollowsGolden(p.page, [0, 30, 20, 100]);
  p.assertClean();
  await p.close();
});
