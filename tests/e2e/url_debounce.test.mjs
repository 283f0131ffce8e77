// The standalone page writes the reader's weights into its URL once the reader pauses (300 ms,
// trailing), not on every slider step: replaceState on every input cost ~1.2 ms and made
// Chromium re-fetch the favicon each time (issue 13). Counted with a replaceState spy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gotoWidget, launchBrowser, openPage, startServer, waitUntil } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('ten quick slider steps: one URL write after the pause, with the final weights; no favicon request per step', async () => {
  const p = await openPage(browser, server.url, { path: null });
  await p.context.addInitScript(() => {
    window.__writes = 0;
    const replace = History.prototype.replaceState;
    History.prototype.replaceState = function (...args) { window.__writes++; return replace.apply(this, args); };
  });
  const favicons = [];
  p.page.on('request', (r) => { if (/favicon/.test(r.url())) favicons.push(r.url()); });
  await gotoWidget(p.page, server.url);
  // The first render writes the starting weights once.
  await waitUntil(() => p.page.evaluate(() => new URLSearchParams(location.search).get('weights') === '5,5,5,5'),
    'the starting weights in the URL');
  const before = await p.page.evaluate(() => window.__writes);
  const faviconsBefore = favicons.length;
  const slider = p.page.locator('.kai-ranking input[data-criterion="performance"]');
  await slider.focus();
  // Default importance 5; ten steps right end at 10 (the slider's maximum).
  for (let i = 0; i < 10; i++) await p.page.keyboard.press('ArrowRight');
  const weights = await waitUntil(() => p.page.evaluate(() =>
    new URLSearchParams(location.search).get('weights')), 'weights in the URL');
  await waitUntil(() => p.page.evaluate(() => new URLSearchParams(location.search).get('weights') === '10,5,5,5'),
    'the final weights 10,5,5,5 in the URL');
  const writes = (await p.page.evaluate(() => window.__writes)) - before;
  assert.ok(writes >= 1 && writes <= 2, `one write after the pause, not one per step (${writes}, weights ${weights})`);
  // Chromium may re-fetch the favicon once per URL write (and the page load's own request can
  // land just after the baseline), never once per step: ten steps must not give ten requests.
  const fetched = favicons.length - faviconsBefore;
  assert.ok(fetched <= writes + 1, `favicon requests during the steps: ${fetched} for ${writes} URL write(s)`);
  p.assertClean();
  await p.close();
});
