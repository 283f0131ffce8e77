// Loading the built site: the widget paints stage one's five teams (the default round) in the
// golden order, for the default weights, for weights given in the URL, and in English; under the strict CSP, with a
// clean console and no request leaving 127.0.0.1.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { CRITERIA, STAGE_ONE_IDS, builtNames, goldenRanking, launchBrowser, openPage, rowOrder, rowRanks,
  sliderWeights, startServer } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The rows and ranks are the golden file's (computed without the crate) for `weights`. */
async function assertMatchesGolden(page, weights) {
  const expected = goldenRanking(weights);
  assert.deepEqual(await rowOrder(page), expected.map((r) => r.id), `order for weights ${weights}`);
  assert.deepEqual(await rowRanks(page), expected.map((r) => r.rank), `ranks for weights ${weights}`);
}

test('default load shows every stage-one team once, in the golden order for the sliders shown', async () => {
  const p = await openPage(browser, server.url);
  const order = await rowOrder(p.page);
  assert.deepEqual([...order].sort(), [...STAGE_ONE_IDS].sort());
  assert.equal(await p.page.locator('.kai-ranking input[type="range"][data-criterion]').count(), CRITERIA.length);
  await assertMatchesGolden(p.page, await sliderWeights(p.page));
  p.assertClean();
  await p.close();
});

test('?weights=8,6,4,2 sets the sliders (importances) and ranks as the golden file says', async () => {
  const p = await openPage(browser, server.url, { path: '?weights=8,6,4,2' });
  assert.deepEqual(await sliderWeights(p.page), [8, 6, 4, 2]);
  // Shares 40/30/20/10 %: the golden case 40-30-20-10.
  await assertMatchesGolden(p.page, [8, 6, 4, 2]);
  p.assertClean();
  await p.close();
});

test('?lang=en shows English labels (ko by default shows Korean)', async () => {
  const hangul = /[\uac00-\ud7a3]/;
  const label = (page) => page.locator('input[type="range"][data-criterion="performance"]')
    .evaluate((el) => (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '').trim());
  const ko = await openPage(browser, server.url);
  assert.match(await label(ko.page), hangul, 'Korean slider label by default');
  ko.assertClean();
  await ko.close();

  const en = await openPage(browser, server.url, { path: '?lang=en' });
  const enLabel = await label(en.page);
  assert.match(enLabel, /[A-Za-z]/);
  assert.doesNotMatch(enLabel, hangul, `English slider label, got "${enLabel}"`);
  assert.equal(await en.page.evaluate(() => document.documentElement.lang), 'en');
  await assertMatchesGolden(en.page, await sliderWeights(en.page));
  en.assertClean();
  await en.close();
});

test('every response carries the strict CSP; the hashed wasm is application/wasm, cached a year', async () => {
  const res = await fetch(server.url);
  assert.equal(res.headers.get('content-security-policy'),
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  assert.equal(res.headers.get('cache-control'), 'no-cache');
  const wasm = await fetch(new URL(builtNames().wasm, server.url));
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal(wasm.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  // An encoded ../ must not escape dist/ (raw request: fetch would normalise the path).
  const status = await new Promise((ok, fail) => {
    get(new URL(server.url), { path: '/..%2f..%2fetc%2fpasswd' }, (r) => { r.resume(); ok(r.statusCode); })
      .on('error', fail);
  });
  assert.equal(status, 403);
});
