// Embedding: the <kai-ranking> custom element (www/kai-ranking.js), the iframe page
// (www/embed.html + embed-parent.js) and the demo pages. Each test checks what a newsroom
// embedding the widget would notice: rows present and re-ranking as the golden file says, the host
// page's CSS not reaching in, instances not interfering, the iframe sized to its content, no
// CSP violation, clear errors for a bad data-src, attribute changes applied and announced.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, animationsDone, goldenRanking, launchBrowser, openPage, startServer, waitUntil }
  from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Team ids of the rows of the widget inside `scope` (a CSS selector; shadow roots pierced). */
function orderIn(page, scope) {
  return page.locator(`${scope} [data-team-id][data-rank]`).evaluateAll((rows) =>
    rows.map((r) => r.getAttribute('data-team-id')));
}

/** Waits (≤ 5 s) until the widget in `scope` shows `ids` in that order. */
async function waitForOrder(page, scope, ids, what) {
  let got;
  try {
    await waitUntil(async () => {
      got = await orderIn(page, scope);
      return JSON.stringify(got) === JSON.stringify(ids);
    }, what, { timeout: 5000 });
  } catch {
    assert.deepEqual(got, ids, what);
  }
}

/** Presses End on the performance slider of the widget in `scope`: importances 5,5,5,5 become
 * 10,5,5,5 (shares 40/20/20/20 %). */
async function pushPerformance(page, scope) {
  // Settled layout first (a narrow column gets the phone dock, which moves the sliders).
  await page.locator(`${scope} :is([data-layout="wide"], [data-layout="narrow"])`).first()
    .waitFor({ state: 'attached' });
  const slider = page.locator(`${scope} input[type="range"][data-criterion="performance"]`);
  await slider.focus();
  await slider.press('End');
}

/** Presses Home on the performance slider of the widget in `scope`: importance 0 (from 5,5,5,5
 * that is the golden `importance/performance-home`, where Upstage leads stage one). */
async function dropPerformance(page, scope) {
  // Settled layout first (a narrow column gets the phone dock, which moves the sliders).
  await page.locator(`${scope} :is([data-layout="wide"], [data-layout="narrow"])`).first()
    .waitFor({ state: 'attached' });
  const slider = page.locator(`${scope} input[type="range"][data-criterion="performance"]`);
  await slider.focus();
  await slider.press('Home');
}

/** The golden order (tests/golden/kai-rankings.json) for `weights`. */
const expected = (weights) => goldenRanking(weights).map((r) => r.id);

for (const [path, scope] of [['article-ko.html', 'kai-ranking'], ['article-en.html', 'kai-ranking'],
  ['csp.html', 'kai-ranking'], ['hostile.html', '#w1']]) {
  test(`${path}: the embedded widget shows stage one's five rows and re-ranks when a slider moves`, async () => {
    const p = await openPage(browser, server.url, { path });
    const { page } = p;
    assert.equal((await orderIn(page, scope)).length, 5, 'stage one\'s five teams (the default round)');
    const before = await orderIn(page, scope);
    const startWeights = await page.locator(`${scope} input[type="range"]`).evaluateAll((s) =>
      s.map((e) => Number(e.value)));
    await waitForOrder(page, scope, expected(startWeights), 'starts as the golden ranks');
    await dropPerformance(page, scope);
    const moved = [0, ...startWeights.slice(1)];
    await waitForOrder(page, scope, expected(moved), 'after Home on performance');
    assert.notDeepEqual(expected(moved), before, 'the move is one that reorders (test is meaningful)');
    assert.ok(await page.locator(`${scope} [data-rank]`).first().isVisible(), 'rows visible');
    p.assertClean();
    await p.close();
  });
}

/** Boxes of the rows relative to the widget host, at a fixed host width, once they hold still. */
async function rowBoxes(page, scope) {
  await page.locator(scope).evaluate((el) => { el.style.width = '760px'; });
  await animationsDone(page);
  const boxes = () => page.locator(scope).evaluate((host) => {
    const h = host.getBoundingClientRect();
    const root = host.shadowRoot;
    return [...root.querySelectorAll('[data-team-id][data-rank]')].map((r) => {
      const b = r.getBoundingClientRect();
      return [r.getAttribute('data-team-id'), Math.round(b.left - h.left), Math.round(b.top - h.top),
        Math.round(b.width), Math.round(b.height)];
    });
  });
  // Laid out at the new width: two reads one frame apart agree (a resize re-render is done).
  let last = '';
  return JSON.parse(await waitUntil(async () => {
    const now = JSON.stringify(await boxes());
    const still = now === last;
    last = now;
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
    return still && now;
  }, `stable row boxes in ${scope}`));
}

test('a hostile page stylesheet (* { all: unset }, 42px fonts) does not change the rows\' layout', async () => {
  const a = await openPage(browser, server.url, { path: 'article-ko.html' });
  const h = await openPage(browser, server.url, { path: 'hostile.html' });
  const calm = await rowBoxes(a.page, 'kai-ranking');
  const hostile = await rowBoxes(h.page, '#w1');
  assert.equal(calm.length, 5);
  assert.deepEqual(hostile, calm, 'same row boxes (team, x, y, width, height) relative to the host');
  const font = await h.page.locator('#w1 .kai-name').first().evaluate((e) => getComputedStyle(e).fontSize);
  assert.notEqual(font, '42px', 'the page font size did not leak in');
  a.assertClean();
  h.assertClean();
  await a.close();
  await h.close();
});

test('three instances on one page are independent and share one wasm download', async () => {
  const p = await openPage(browser, server.url, { path: null });
  const { page } = p;
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.goto(`${server.url}hostile.html`, { waitUntil: 'load' });
  for (const id of ['#w1', '#w2', '#w3']) await page.locator(`${id} [data-rank]`).first().waitFor();
  assert.equal(wasm.length, 1, `one wasm request for three instances: ${wasm}`);
  const w1 = await orderIn(page, '#w1');
  const w3 = await orderIn(page, '#w3');
  assert.equal(await page.locator('#w2 .kai-ranking').first().getAttribute('lang'), 'en');
  assert.equal(await page.locator('#w2 .kai-ranking').first().getAttribute('data-theme'), 'dark');
  assert.equal(await page.locator('#w3 .kai-ranking').first().getAttribute('data-theme'), 'light');
  const w2weights = await page.locator('#w2 input[type="range"]').evaluateAll((s) => s.map((e) => Number(e.value)));
  assert.deepEqual(w2weights, [8, 6, 4, 2], 'w2 took its weights attribute (importances)');
  await pushPerformance(page, '#w2');
  await waitForOrder(page, '#w2', expected([10, 6, 4, 2]), 'w2 re-ranked');
  assert.deepEqual(await orderIn(page, '#w1'), w1, 'w1 unchanged');
  assert.deepEqual(await orderIn(page, '#w3'), w3, 'w3 unchanged');
  // Element ids stay unique across the instances (labels point at their own sliders).
  const ids = await page.evaluate(() => [...document.querySelectorAll('kai-ranking')]
    .flatMap((k) => [...k.shadowRoot.querySelectorAll('[id]')].map((e) => e.id)));
  assert.equal(new Set(ids).size, ids.length, 'no duplicate ids across instances');
  p.assertClean();
  await p.close();
});

test('the iframe embed reports its height and the parent follows when details open', async () => {
  const p = await openPage(browser, server.url, { path: null });
  const { page } = p;
  await page.goto(`${server.url}iframe.html`, { waitUntil: 'load' });
  const frame = page.frameLocator('iframe[data-kai-ranking]');
  await frame.locator('[data-rank]').first().waitFor({ timeout: 15000 });
  const iframe = page.locator('iframe[data-kai-ranking]');
  const contentHeight = () => frame.locator('html').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
  const frameHeight = () => iframe.evaluate((e) => e.getBoundingClientRect().height);
  // Polls (≤ 5 s) until the parent has sized the iframe to its content.
  const settle = () => waitUntil(async () => Math.abs((await frameHeight()) - (await contentHeight())) <= 1,
    'the iframe height to match its content', { timeout: 5000 }).catch(() => {});
  await settle();
  const closed = await frameHeight();
  assert.ok(Math.abs(closed - (await contentHeight())) <= 1, `iframe ${closed}px = content height`);
  await frame.locator('[data-team-id="upstage"][data-rank] button.kai-row-btn').click();
  await frame.locator('[data-team-id="upstage"] button[aria-expanded="true"]').waitFor();
  await settle();
  const open = await frameHeight();
  assert.ok(open > closed + 50, `iframe grew with the details (${closed} → ${open})`);
  assert.ok(Math.abs(open - (await contentHeight())) <= 1, 'and matches the content again');
  p.assertClean();
  await p.close();
});

test('embed.html posts pym.js and typed height messages with the childId', async () => {
  const p = await openPage(browser, server.url, { path: null });
  const { page } = p;
  await page.goto(`${server.url}csp.html`, { waitUntil: 'load' });
  await page.evaluate(() => {
    window.__got = [];
    window.addEventListener('message', (e) => window.__got.push(e.data));
    const f = document.createElement('iframe');
    f.src = 'embed.html?lang=en&childId=graphic-1';
    document.body.append(f);
  });
  // Both kinds of message have arrived (or 15 s passed: the assertions below then say which not).
  await page.waitForFunction(() => window.__got.some((m) => typeof m === 'string' && m.startsWith('pym'))
    && window.__got.some((m) => m?.type === 'kai-ranking:height' && m.height > 200), null, { timeout: 15000 })
    .catch(() => {});
  const messages = await page.evaluate(() => window.__got);
  assert.ok(messages.some((m) => typeof m === 'string' && /^pymxPYMxgraphic-1xPYMxheightxPYMx\d+$/.test(m)),
    `pym message: ${JSON.stringify(messages)}`);
  assert.ok(messages.some((m) => m?.type === 'kai-ranking:height' && m.height > 200), 'typed message');
  p.assertClean();
  await p.close();
});

test('the strict-CSP page runs with zero securitypolicyviolation events', async () => {
  const p = await openPage(browser, server.url, { path: null });
  const { page } = p;
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.url}csp.html`, { waitUntil: 'load' });
  await page.locator('kai-ranking .kai-ranking:not(.kai-static) [data-rank]').first().waitFor({ timeout: 15000 });
  await pushPerformance(page, 'kai-ranking');
  // csp.html's widget starts at 8,6,4,2: End on performance gives the golden 10,6,4,2.
  await waitForOrder(page, 'kai-ranking', expected([10, 6, 4, 2]), 're-ranked under the CSP');
  await page.locator('kai-ranking [data-team-id="upstage"] button.kai-row-btn').click();
  // Positive signal first: the details are open and drawn, so their styles have been applied
  // (a violation event is queued then, and the frames of animationsDone let it be dispatched).
  await page.locator('kai-ranking [data-team-id="upstage"] button[aria-expanded="true"]').waitFor();
  await animationsDone(page);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(meta, /style-src 'self'/);
  p.assertClean();
  await p.close();
});

/** Adds <kai-ranking data-src=src lang=lang> to csp.html and returns the widget's text. */
async function dataSrcText(page, src, lang) {
  await page.evaluate(([s, l]) => {
    const el = document.createElement('kai-ranking');
    el.id = 'remote';
    el.setAttribute('lang', l);
    el.setAttribute('data-src', s);
    document.querySelector('main').append(el);
  }, [src, lang]);
  const box = page.locator('#remote .kai-load-error');
  await box.waitFor({ timeout: 10000 });
  assert.equal(await box.getAttribute('role'), 'alert');
  assert.ok(await box.isVisible(), 'the error is visible');
  return box.innerText();
}

for (const [what, src, lang, expectText] of [
  ['a 404', 'no-such-data.json', 'ko', /HTTP 404/],
  ['an HTML page', 'index.html', 'en', /web page \(HTML\), not JSON/],
  ['invalid JSON', 'test-data/broken.json', 'en', /JSON|Unexpected/],
  ['JSON that is not a dataset', 'test-data/not-a-dataset.json', 'ko', /문제가 \d+개/],
  ['a file over 1 MiB', 'test-data/huge.json', 'en', /1200000 bytes; the limit is 1048576 bytes/],
]) {
  test(`data-src pointing to ${what} shows a clear error inside the widget`, async () => {
    const p = await openPage(browser, server.url, { path: 'csp.html' });
    const { page } = p;
    await page.route('**/test-data/broken.json', (r) => r.fulfill({
      contentType: 'application/json', body: '{"title": {"ko": "x", ' }));
    await page.route('**/test-data/not-a-dataset.json', (r) => r.fulfill({
      contentType: 'application/json', body: '{"title": 3}' }));
    await page.route('**/test-data/huge.json', (r) => r.fulfill({
      contentType: 'application/json', body: ' '.repeat(1200000) }));
    const text = await dataSrcText(page, src, lang);
    assert.match(text, expectText);
    assert.match(text, new RegExp(src.replace(/[.]/g, '\\.')), 'names the file');
    if (lang === 'ko') assert.match(text, /자료 파일/, 'in Korean');
    else assert.match(text, /data file/, 'in English');
    // The browser itself logs a 404; that is the point of this test, not a widget fault.
    p.problems.console = p.problems.console.filter((m) => !/404/.test(m));
    // Chromium at times reports a streamed body it delivered whole as net::ERR_ABORTED (seen
    // for the ~100 kB index.html; hostile_data and hostile_input note the same): the message
    // checked above was made from the whole body, so for this one URL it is not a failure.
    const quirk = new RegExp(`/${src.replace(/[.]/g, '\\.')}: net::ERR_ABORTED$`);
    p.problems.failed = p.problems.failed.filter((f) => !quirk.test(f));
    p.assertClean();
    await p.close();
  });
}

test('data-src pointing to a valid dataset renders it', async () => {
  const p = await openPage(browser, server.url, { path: 'csp.html' });
  const { page } = p;
  const body = readFileSync(join(ROOT, 'data', 'kai-2025.json'), 'utf8');
  await page.route('**/test-data/kai.json', (r) => r.fulfill({ contentType: 'application/json', body }));
  await page.evaluate(() => {
    const el = document.createElement('kai-ranking');
    el.id = 'remote';
    el.setAttribute('data-src', 'test-data/kai.json');
    document.querySelector('main').append(el);
  });
  await page.locator('#remote [data-rank]').first().waitFor({ timeout: 10000 });
  assert.equal((await orderIn(page, '#remote')).length, 5);
  p.assertClean();
  await p.close();
});

test('setAttribute("weights") reorders the rows and fires kai-ranking:change; other reader choices stay', async () => {
  const p = await openPage(browser, server.url, { path: 'article-en.html' });
  const { page } = p;
  await page.evaluate(() => {
    window.__changes = [];
    document.querySelector('kai-ranking').addEventListener('kai-ranking:change', (e) =>
      window.__changes.push({ target: e.target.tagName, detail: e.detail }));
  });
  // The reader switches the theme; a later weights attribute must not undo that.
  await page.locator('kai-ranking button[data-theme-choice="dark"]').click();
  await page.locator('kai-ranking').evaluate((el) => el.setAttribute('weights', '0,0,10,0'));
  const want = expected([0, 0, 10, 0]);
  await waitForOrder(page, 'kai-ranking', want, 'rows follow the new weights attribute');
  assert.equal(await page.locator('kai-ranking .kai-ranking').first().getAttribute('data-theme'), 'dark',
    'the reader\'s theme stayed');
  const changes = await page.evaluate(() => window.__changes);
  const last = changes.at(-1);
  assert.ok(last, 'an event was dispatched');
  assert.equal(last.target, 'KAI-RANKING', 'on the host element');
  // The event speaks importances, as the attribute and the sliders do.
  assert.deepEqual(last.detail.weights, { performance: 0, sovereignty: 0, industry: 10, global: 0 });
  assert.deepEqual(last.detail.order, want);
  assert.equal(last.detail.lang, 'en');
  // A reader's slider move is announced too.
  await pushPerformance(page, 'kai-ranking');
  await page.waitForFunction(() => window.__changes.at(-1)?.detail.weights.performance === 10);
  p.assertClean();
  await p.close();
});

test('removing the element unmounts it; re-adding mounts again', async () => {
  const p = await openPage(browser, server.url, { path: 'article-ko.html' });
  const { page } = p;
  const rowsAfter = await page.evaluate(async () => {
    const el = document.querySelector('kai-ranking');
    const parent = el.parentNode;
    el.remove();
    const emptied = el.shadowRoot.querySelectorAll('[data-rank]').length;
    parent.append(el);
    // Polls every frame (≤ 5 s) until the re-mounted widget has painted its rows.
    const t0 = performance.now();
    while (el.shadowRoot.querySelectorAll('[data-rank]').length < 10 && performance.now() - t0 < 5000) {
      await new Promise((r) => { requestAnimationFrame(r); });
    }
    return [emptied, el.shadowRoot.querySelectorAll('[data-rank]').length];
  });
  assert.deepEqual(rowsAfter, [0, 5]);
  p.assertClean();
  await p.close();
});

test('index page: the reader\'s weights, language, round and open team go into the URL and come back', async () => {
  const p = await openPage(browser, server.url, { path: '?weights=40,30,20,10' });
  const { page } = p;
  await pushPerformance(page, '.kai-ranking');
  await page.locator('.kai-ranking button[data-lang="en"]').click();
  await page.locator('[data-team-id="upstage"][data-rank] button.kai-row-btn').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('team') === 'upstage');
  const params = new URLSearchParams(new URL(page.url()).search);
  // The old share link 40,30,20,10 loaded as 8,6,4,2; End on performance: 10,6,4,2.
  assert.equal(params.get('weights'), '10,6,4,2');
  assert.equal(params.get('lang'), 'en');
  assert.equal(params.get('round'), 'stage-1', 'the round shown is in the URL');
  assert.equal(params.get('gates'), null, 'no requirement, no gates=');
  await page.reload({ waitUntil: 'load' });
  // The live widget, not the pre-rendered copy (Korean, default view) that shows meanwhile.
  await page.locator('.kai-ranking:not(.kai-static) [data-rank]').first().waitFor();
  assert.equal(await page.locator('.kai-ranking').first().getAttribute('lang'), 'en');
  assert.equal(await page.locator('[data-team-id="upstage"][data-rank] button.kai-row-btn')
    .getAttribute('aria-expanded'), 'true', 'the shared team is open again');
  p.assertClean();
  await p.close();
});

test('the custom element never writes the host page\'s URL', async () => {
  const p = await openPage(browser, server.url, { path: 'article-en.html' });
  await p.page.evaluate(() => {
    window.__changes = [];
    document.querySelector('kai-ranking').addEventListener('kai-ranking:change', (e) =>
      window.__changes.push(e.detail));
  });
  await pushPerformance(p.page, 'kai-ranking');
  // The widget writes the URL (when it may) in the same effect that dispatches
  // kai-ranking:change, just before it: once the event is here, the write would have happened.
  await p.page.waitForFunction(() => window.__changes.at(-1)?.weights.performance === 10);
  assert.deepEqual(await orderIn(p.page, 'kai-ranking'), expected([10, 5, 5, 5]));
  assert.equal(new URL(p.page.url()).search, '');
  p.assertClean();
  await p.close();
});

test('"Copy link" (keyboard) copies a link with the current weights and says so', async () => {
  const p = await openPage(browser, server.url, { path: null });
  await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page } = p;
  await page.goto(`${server.url}article-ko.html`, { waitUntil: 'load' });
  await page.locator('kai-ranking .kai-ranking:not(.kai-static) [data-rank]').first().waitFor({ timeout: 15000 });
  await pushPerformance(page, 'kai-ranking');
  const button = page.locator('kai-ranking button[data-share="link"]');
  assert.equal(await button.innerText(), '링크 복사');
  await button.focus();
  await page.keyboard.press('Enter');
  const status = page.locator('kai-ranking .kai-share-status');
  await page.waitForFunction(() => document.querySelector('kai-ranking').shadowRoot
    .querySelector('.kai-share-status')?.textContent.length > 0);
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.equal(await status.innerText(), '링크를 복사했습니다.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${server.url}?lang=ko&weights=10,5,5,5&round=stage-1`);
  p.assertClean();
  await p.close();
});

test('without a clipboard, "Copy embed code" shows the code selected in a read-only textarea', async () => {
  const p = await openPage(browser, server.url, { path: null });
  const { page } = p;
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  await page.goto(`${server.url}article-en.html`, { waitUntil: 'load' });
  await page.locator('kai-ranking .kai-ranking:not(.kai-static) [data-rank]').first().waitFor({ timeout: 15000 });
  await page.locator('kai-ranking button[data-share="script"]').click();
  const area = page.locator('kai-ranking textarea.kai-share-text');
  await area.waitFor();
  assert.notEqual(await area.getAttribute('readonly'), null, 'read-only');
  const code = await area.inputValue();
  // The element carries a static fallback (share::script_embed; its rows are checked against
  // the golden file in cross_origin.test.mjs).
  const head = `<script type="module" src="${server.url}kai-ranking.js"></script>\n`
    + '<kai-ranking lang="en" weights="5,5,5,5" round="stage-1"><ol class="kai-static"><li>';
  assert.ok(code.startsWith(head), code);
  assert.ok(code.endsWith('The interactive version could not load. '
    + `<a href="${server.url}?lang=en&amp;weights=5,5,5,5&amp;round=stage-1">Open the full page</a></p></kai-ranking>`), code);
  const selected = await page.locator('kai-ranking').evaluate((host) => {
    const t = host.shadowRoot.querySelector('textarea');
    return [host.shadowRoot.activeElement === t, t.selectionEnd - t.selectionStart];
  });
  assert.deepEqual(selected, [true, code.length], 'focused and fully selected');
  assert.match(await page.locator('kai-ranking .kai-share-status').innerText(), /Ctrl\+C/);
  p.assertClean();
  await p.close();
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core violations in `page` (shadow roots included), injected without touching the CSP. */
async function axeViolations(page) {
  const { AXE_SOURCE } = await import('./helpers.mjs');
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
}

for (const [path, colorScheme] of [['article-ko.html', 'light'], ['article-en.html', 'dark'],
  ['csp.html', 'dark'], ['embed.html?lang=en', 'light'], ['iframe.html', 'light']]) {
  test(`axe: no WCAG A/AA violation on ${path} (${colorScheme})`, async () => {
    const p = await openPage(browser, server.url, { path: null, colorScheme });
    await p.page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    if (path.startsWith('iframe')) {
      await p.page.frameLocator('iframe').locator('[data-rank]').first().waitFor({ timeout: 15000 });
    } else {
      await p.page.locator('[data-rank]').first().waitFor({ timeout: 15000 });
    }
    assert.deepEqual(await axeViolations(p.page), []);
    // axe itself tries an inline style when it scans shadow roots; the strict CSP blocks it
    // (and says so). The widget's own cleanliness is checked by the tests above.
    p.problems.console = p.problems.console.filter((m) => !m.includes('Applying inline style'));
    p.assertClean();
    await p.close();
  });
}

test('index page: a round and a requirement from the URL are applied and written back', async () => {
  const p = await openPage(browser, server.url, { path: '?round=selection-2025&gates=sovereignty%3D5' });
  const { page } = p;
  // The 2025 selection with sovereignty at least 5: Naver Cloud (4), KT (3.5) and Kakao (3)
  // are out by the requirement, listed apart without a rank.
  assert.equal(await page.locator('[data-team-id="naver-cloud"]').getAttribute('data-rank'), '');
  assert.equal(await page.locator('[data-team-id="kt"]').getAttribute('data-rank'), '');
  assert.equal(await page.locator('input[data-gate-on="sovereignty"]').isChecked(), true);
  await page.locator('input[type="radio"][value="stage-1"]').check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('round') === 'stage-1');
  const params = new URLSearchParams(new URL(page.url()).search);
  assert.equal(params.get('gates'), 'sovereignty=5');
  p.assertClean();
  await p.close();
});
