// Hostile datasets render inert, and the widget survives abuse. The fixtures
// (tests/fixtures/hostile/, made by make.mjs there) carry <script>, <img onerror>, javascript:
// links, <svg onload>, an unclosed right-to-left override (U+202E), 10,000-character strings
// and 200 teams; every payload sets window.__pwned and calls alert() if it ever runs.
// The pages here are served WITHOUT the Content-Security-Policy header: the CSP would block
// inline scripts and handlers by itself and so hide an HTML-injection bug; the widget must be
// inert on its own (Yew creates text nodes; it has no innerHTML and no eval).
// Loaded both ways a dataset can come in: <kai-ranking data-src=…> and Explore's "own
// dataset" paste. Also: the data-src size limit, 10,000 rapid slider inputs and 1,000
// attribute changes end in the engine's order (random weights: the CLI is asked) with no
// console error and no panic, and afterwards still rank a golden weighting as the golden says.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, animationsDone, engineRanking, goldenRanking, launchBrowser, openPage,
  parseCliRanking, rowOrder, summaryFor, waitUntil } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'hostile');
const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');
const CLI = join(ROOT, 'target', 'release', 'kai-rank');

let server;
let url;
let browser;
before(async () => {
  server = await serve({ root: DIST, port: 0,
    rules: [{ test: () => true, headers: { 'Content-Security-Policy': null } }] });
  url = server.url;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.server.close();
  server?.server.closeAllConnections();
});

/** Opens a page that records dialogs and any payload run; fixtures served under test-data/. */
async function hostilePage(path, opts = {}) {
  const p = await openPage(browser, url, { path: null, ...opts });
  p.dialogs = [];
  p.page.on('dialog', (d) => { p.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await p.page.route('**/test-data/*.json', (r) => {
    const name = new URL(r.request().url()).pathname.split('/').pop();
    return r.fulfill({ contentType: 'application/json', body: fixture(name) });
  });
  await p.page.goto(url + path, { waitUntil: 'load' });
  return p;
}

/** Nothing ran, nothing loaded, and the payload text is shown as text. */
async function assertInert(p, scope) {
  const { page } = p;
  const r = await page.evaluate((sel) => {
    const hosts = [...document.querySelectorAll(sel)];
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    for (const h of hosts) { all.push(h); if (h.shadowRoot) walk(h.shadowRoot); walk(h); }
    return {
      pwned: window.__pwned ?? null,
      injected: all.filter((el) => ['SCRIPT', 'IMG', 'IFRAME', 'B'].includes(el.tagName)
        || (el.tagName === 'svg' && el.hasAttribute('onload'))).map((el) => el.outerHTML.slice(0, 80)),
      jsLinks: all.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? ''))
        .map((el) => el.outerHTML.slice(0, 80)),
      handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
        .map((el) => el.outerHTML.slice(0, 80)),
      text: hosts.map((h) => (h.shadowRoot ?? h).textContent).join(' '),
    };
  }, scope);
  assert.equal(r.pwned, null, 'a payload ran');
  assert.deepEqual(p.dialogs, [], 'a dialog opened');
  assert.deepEqual(r.injected, [], 'elements injected from data');
  assert.deepEqual(r.jsLinks, [], 'javascript: links');
  assert.deepEqual(r.handlers, [], 'inline event handlers');
  assert.ok(r.text.includes('<script>window.__pwned'), 'the payload is shown as text');
  // Nothing was fetched because of the data (the img payload would ask for /x).
  assert.deepEqual(p.problems.failed.filter((f) => !/favicon/.test(f)), []);
}

async function assertNoHorizontalScroll(page) {
  const { sw, cw } = await page.evaluate(() => ({ sw: document.scrollingElement.scrollWidth,
    cw: document.scrollingElement.clientWidth }));
  assert.ok(sw <= cw + 1, `page scrolls horizontally: ${sw} > ${cw}`);
}

/** Adds <kai-ranking id=hostile data-src=…> to the article page; waits for its rows. */
async function addRemote(page, src, attrs = {}) {
  await page.evaluate(([s, a]) => {
    const el = document.createElement('kai-ranking');
    el.id = 'hostile';
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    el.setAttribute('data-src', s);
    document.querySelector('main').append(el);
  }, [src, attrs]);
}

/**
 * Pastes a dataset into Explore's "own dataset" box and applies it (the value is set directly
 * and `change` fired, as a paste does: typing 300 kB through fill() would take minutes).
 */
async function pasteDataset(page, text) {
  await page.locator('textarea.kai-data-text').evaluate((a, t) => {
    a.value = t;
    a.dispatchEvent(new Event('input', { bubbles: true }));
    a.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
  await page.click('button[data-data="apply"]');
}

/**
 * Opens every team's details in turn (rationales are the longest strings; one is open at a
 * time) and waits until the last one is open and drawn.
 */
async function openAllDetails(page, scope) {
  const buttons = page.locator(`${scope} [data-team-id][data-rank] button.kai-row-btn`);
  const n = Math.min(await buttons.count(), 10);
  for (let i = 0; i < n; i++) await buttons.nth(i).click();
  const last = await buttons.nth(n - 1).evaluate((b) => b.closest('[data-team-id]').getAttribute('data-team-id'));
  await page.locator(`${scope} [data-team-id="${last}"] button.kai-row-btn[aria-expanded="true"]`).waitFor();
  await animationsDone(page);
}

/** Waits (≤ 10 s) until `order()` gives `want`; then asserts it (with the diff if not). */
async function assertOrderBecomes(order, want, what) {
  let got;
  await waitUntil(async () => JSON.stringify(got = await order()) === JSON.stringify(want), what)
    .catch(() => {});
  assert.deepEqual(got, want, what);
}

for (const name of ['payloads.json', 'many-teams.json']) {
  test(`hostile data via data-src (${name}): inert, fits 375 px`, async () => {
    const p = await hostilePage('article-ko.html', { viewport: { width: 375, height: 800 } });
    const { page } = p;
    await addRemote(page, `test-data/${name}`);
    await page.locator('#hostile [data-rank]').first().waitFor({ timeout: 20000 });
    await openAllDetails(page, '#hostile');
    await page.click('#hostile [role="tab"][data-tab="explore"]');
    await page.locator('#hostile .kai-heat').waitFor({ timeout: 20000 });
    await animationsDone(page);
    await assertInert(p, '#hostile');
    await assertNoHorizontalScroll(page);
    p.assertClean();
    await p.close();
  });

  test(`hostile data via Explore's own-dataset paste (${name}): inert, fits 375 px, engine order`, async () => {
    const p = await hostilePage('', { viewport: { width: 375, height: 800 } });
    const { page } = p;
    await page.locator('.kai-ranking:not(.kai-static) [data-rank]').first().waitFor();
    await page.click('.kai-ranking [role="tab"][data-tab="explore"]');
    const text = fixture(name);
    await pasteDataset(page, text);
    const teams = JSON.parse(text).teams.length;
    await page.waitForFunction((n) => document.querySelectorAll('.kai-slope-team').length === n
      || document.querySelectorAll('.kai-ranking [data-team-id]').length >= n, teams, { timeout: 20000 });
    await page.click('.kai-ranking [role="tab"][data-tab="article"]');
    await page.locator('.kai-ranking:not(.kai-static) [data-rank]').first().waitFor();
    await openAllDetails(page, '.kai-ranking:not(.kai-static)');
    await assertInert(p, '.kai-ranking:not(.kai-static)');
    await assertNoHorizontalScroll(page);
    // The order is the engine's for this dataset at equal weights.
    const want = parseCliRanking(JSON.parse(execFileSync(CLI, ['rank', join(FIXTURES, name), '--json'],
      { encoding: 'utf8', maxBuffer: 64 << 20 }))).map((r) => r.id);
    assert.deepEqual(await rowOrder(page), want);
    p.assertClean();
    await p.close();
  });
}

// Names are plain text inside larger inline runs (the row's " ▸" marker, sentences such as the
// live summary), so an unclosed U+202E would reverse what follows it. validate::check wraps
// every text holding a bidi opener in FSI…PDI, once, at the data boundary.
test('a right-to-left override in a name stays inside the name (bidi isolated)', async () => {
  const p = await hostilePage('');
  const { page } = p;
  await page.locator('.kai-ranking:not(.kai-static) [data-rank]').first().waitFor();
  await page.click('.kai-ranking [role="tab"][data-tab="explore"]');
  await pasteDataset(page, fixture('payloads.json'));
  await page.click('.kai-ranking [role="tab"][data-tab="article"]');
  const row = page.locator('.kai-ranking:not(.kai-static) [data-team-id="t5"][data-rank]');
  await row.waitFor();
  // The rank number and score beside the name must not be pulled into the override: the
  // element holding the name is isolated, or the name is wrapped in FSI…PDI.
  const isolated = await row.evaluate((r) => {
    const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.includes('\u202E')) continue;
      if (/\u2068[^\u2069]*\u202E/.test(n.textContent)) return true;
      for (let e = n.parentElement; e && e !== r; e = e.parentElement) {
        if (e.tagName === 'BDI' || /isolate|plaintext/.test(getComputedStyle(e).unicodeBidi)) return true;
      }
      return false;
    }
    return 'no name with U+202E found';
  });
  assert.equal(isolated, true);
  p.assertClean();
  await p.close();
});

test('a javascript: source link is refused by validation and never becomes a link', async () => {
  const p = await hostilePage('article-en.html');
  const { page } = p;
  await addRemote(page, 'test-data/javascript-url.json', { lang: 'en' });
  const box = page.locator('#hostile .kai-load-error');
  await box.waitFor({ timeout: 10000 });
  const text = await box.innerText();
  assert.match(text, /sources\[0\]\.url/);
  assert.match(text, /is not an http:\/\/ or https:\/\/ address/);
  await assertNoJsLinks(page);
  p.assertClean();
  await p.close();
});

async function assertNoJsLinks(page) {
  const links = await page.evaluate(() => {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (/^\s*javascript:/i.test(el.getAttribute('href') ?? '')) out.push(el.outerHTML);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  });
  assert.deepEqual(links, []);
}

test('data-src over 1 MiB is refused with a clear message naming the size and the limit', async () => {
  // Served for real, from a second loopback origin that allows CORS (a newsroom's data host),
  // so the whole body goes through fetch() as it would in production.
  const dir = mkdtempSync(join(tmpdir(), 'kai-oversize-'));
  writeFileSync(join(dir, 'oversize.json'),
    JSON.stringify({ title: { ko: 'x'.repeat(1024 * 1024), en: 'x' } }));
  writeFileSync(join(dir, 'index.html'), '');
  const data = await serve({ root: dir, port: 0,
    rules: [{ test: () => true, headers: { 'Access-Control-Allow-Origin': '*' } }] });
  try {
    const p = await openPage(browser, url, { path: null });
    const { page } = p;
    // The second origin is on 127.0.0.1 too: let it through the off-host guard.
    await page.route(`${data.url}**`, (r) => r.continue());
    await page.goto(`${url}article-en.html`, { waitUntil: 'load' });
    await addRemote(page, `${data.url}oversize.json`, { lang: 'en' });
    const box = page.locator('#hostile .kai-load-error');
    await box.waitFor({ timeout: 10000 });
    assert.equal(await box.getAttribute('role'), 'alert');
    const text = await box.innerText();
    assert.match(text, /oversize\.json/, 'names the file');
    assert.match(text, /the input is \d+ bytes; the limit is 1048576 bytes/);
    // Chromium then reports this one fetch as net::ERR_ABORTED although the body was read whole
    // (the message gives its exact size); seen with and without request interception.
    p.problems.failed = p.problems.failed.filter((f) => !/oversize\.json: net::ERR_ABORTED/.test(f));
    p.assertClean();
    await p.close();
  } finally {
    data.server.close();
    data.server.closeAllConnections();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stress: 10,000 rapid slider inputs end in the engine\'s order, no error, no panic', async () => {
  const p = await openPage(browser, url);
  const { page } = p;
  const final = await page.evaluate(async () => {
    const root = document.querySelector('.kai-ranking:not(.kai-static)');
    const sliders = [...root.querySelectorAll('input[type="range"][data-criterion]')];
    let x = 12345;
    const rnd = () => { x = (x * 1103515245 + 12345) % 2147483648; return x; };
    for (let i = 0; i < 10000; i++) {
      const s = sliders[rnd() % sliders.length];
      s.value = String(rnd() % 11);
      s.dispatchEvent(new Event('input', { bubbles: true }));
      if (i % 500 === 0) await new Promise((ok) => setTimeout(ok, 0)); // yield to the renderer
    }
    return sliders.map((s) => Number(s.value));
  });
  // Random weights: only the engine can say; the CLI checks itself against the golden first.
  await assertOrderBecomes(() => rowOrder(page), engineRanking(final).map((r) => r.id),
    `the engine's order for ${final}`);
  // Settled: the debounced live sentence is the one a fresh page shows for these weights.
  const sentence = await summaryFor(browser, url, `?weights=${final.join(',')}`);
  const live = page.locator('.kai-ranking:not(.kai-static) .kai-summary');
  await assertOrderBecomes(async () => (await live.textContent()).trim(), sentence, 'the final sentence');
  assert.equal(await page.locator('.kai-fatal').count(), 0, 'no error box');
  // And it still ranks a golden weighting as the oracle says.
  await page.evaluate(() => {
    const root = document.querySelector('.kai-ranking:not(.kai-static)');
    for (const [i, s] of [...root.querySelectorAll('input[type="range"][data-criterion]')].entries()) {
      s.value = String([8, 6, 4, 2][i]); // importances: shares 40/30/20/10 %
      s.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await assertOrderBecomes(() => rowOrder(page), goldenRanking([8, 6, 4, 2]).map((r) => r.id),
    'the golden order for 8,6,4,2 after the stress');
  p.assertClean();
  await p.close();
});

test('stress: 1,000 attribute changes on <kai-ranking> end in the engine\'s order, no error', async () => {
  const p = await openPage(browser, url, { path: 'article-en.html' });
  const { page } = p;
  await page.locator('kai-ranking .kai-ranking:not(.kai-static) [data-rank]').first().waitFor({ timeout: 15000 });
  const { w: last, lang, cut } = await page.evaluate(async () => {
    const el = document.querySelector('kai-ranking');
    const langs = ['ko', 'en'];
    const themes = ['auto', 'light', 'dark'];
    let w = [];
    let lang;
    let cut;
    for (let i = 0; i < 1000; i++) {
      w = [(i * 7) % 101, (i * 13) % 101, (i * 29) % 101, (i * 31) % 101];
      el.setAttribute('weights', w.join(','));
      if (i % 10 === 0) el.setAttribute('lang', lang = langs[(i / 10) % 2]);
      if (i % 7 === 0) el.setAttribute('theme', themes[i % 3]);
      if (i % 50 === 0) el.setAttribute('cut', cut = String(1 + (i % 9)));
      if (i % 100 === 0) await new Promise((ok) => setTimeout(ok, 0)); // yield to the renderer
    }
    return { w, lang, cut };
  });
  const order = () => page.$$eval('kai-ranking [data-team-id][data-rank]', (rs) => rs.map((r) => r.getAttribute('data-team-id')));
  await assertOrderBecomes(order, engineRanking(last).map((r) => r.id), `the engine's order for ${last}`);
  // Settled: the live sentence is the one a fresh page shows for the last weights, language, cut.
  const sentence = await summaryFor(browser, url, `?weights=${last.join(',')}&lang=${lang}&cut=${cut}`);
  const live = page.locator('kai-ranking .kai-ranking .kai-summary');
  await assertOrderBecomes(async () => (await live.textContent()).trim(), sentence, 'the final sentence');
  // And it still ranks a golden weighting as the oracle says.
  await page.locator('kai-ranking').evaluate((el) => el.setAttribute('weights', '0,50,50,0'));
  await assertOrderBecomes(order, goldenRanking([0, 50, 50, 0]).map((r) => r.id),
    'the golden order for 0,50,50,0 after the stress');
  p.assertClean();
  await p.close();
});

test('data-src is fetched without credentials (no cookie goes with it)', async () => {
  const p = await openPage(browser, url, { path: null });
  const { page, context } = p;
  await context.addCookies([{ name: 'session', value: 'secret', url }]);
  const sent = [];
  await page.route('**/test-data/*.json', async (r) => {
    sent.push(await r.request().allHeaders());
    return r.fulfill({ contentType: 'application/json', body: fixture('many-teams.json') });
  });
  await page.goto(`${url}article-en.html`, { waitUntil: 'load' });
  const pageHeaders = await page.evaluate(() => document.cookie);
  assert.match(pageHeaders, /session=secret/, 'the cookie is set for this origin');
  await addRemote(page, 'test-data/many-teams.json', { lang: 'en' });
  await page.locator('#hostile [data-rank]').first().waitFor({ timeout: 20000 });
  assert.equal(sent.length, 1);
  assert.equal(sent[0].cookie, undefined, 'no cookie sent with data-src');
  p.assertClean();
  await p.close();
});

test('the clipboard is written only when the reader clicks a copy button', async () => {
  const p = await openPage(browser, url, { path: null });
  const { page } = p;
  await page.addInitScript(() => {
    window.__copies = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
      writeText: (t) => { window.__copies.push(t); return Promise.resolve(); } } });
  });
  await page.goto(url, { waitUntil: 'load' });
  const live = '.kai-ranking:not(.kai-static)';
  await page.locator(`${live} [data-rank]`).first().waitFor();
  const slider = page.locator(`${live} input[data-criterion="global"]`);
  await slider.focus();
  await page.keyboard.press('End');
  await page.locator(`${live} [data-team-id][data-rank] button`).first().click();
  // Positive signal first: the move and the open team have reached the URL (the effect that runs
  // after the render), so the widget has done all it does for them.
  await page.waitForFunction(() => {
    const q = new URLSearchParams(location.search);
    return q.get('weights') === '5,5,5,10' && q.get('team');
  });
  assert.deepEqual(await page.evaluate(() => window.__copies), [], 'nothing copied without a click');
  await page.locator(`${live} button[data-share]`).first().click();
  await page.waitForFunction(() => window.__copies.length === 1);
  assert.match(await page.evaluate(() => window.__copies[0]), /weights=/);
  p.assertClean();
  await p.close();
});

test('embed-parent.js sizes only its own iframes, from sane heights', async () => {
  const p = await openPage(browser, url, { path: null });
  const { page } = p;
  await page.goto(`${url}iframe.html`, { waitUntil: 'load' });
  const frame = page.locator('iframe[data-kai-ranking]').first();
  await page.waitForFunction(() => parseFloat(document.querySelector('iframe[data-kai-ranking]').style.height) > 200,
    null, { timeout: 20000 });
  const before = await frame.evaluate((f) => f.style.height);
  // Messages from the page itself (not the iframe), and absurd heights from anyone, are ignored.
  await page.evaluate(() => {
    window.postMessage({ type: 'kai-ranking:height', height: 5 }, '*');
    window.postMessage({ type: 'kai-ranking:height', height: 1e9 }, '*');
    window.postMessage('pymxPYMxgraphic-1xPYMxheightxPYMx5', '*');
    // A sentinel after them, seen by a listener added after embed-parent.js's: messages arrive
    // in order and listeners run in order, so once it is seen the three have been handled.
    window.__sentinel = false;
    window.addEventListener('message', (e) => { if (e.data === 'test:sentinel') window.__sentinel = true; });
    window.postMessage('test:sentinel', '*');
  });
  await page.waitForFunction(() => window.__sentinel);
  assert.equal(await frame.evaluate((f) => f.style.height), before);
  p.assertClean();
  await p.close();
});
