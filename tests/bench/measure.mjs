// Browser measurements of the built site (dist/) in headless Chromium on localhost, written to
// target/bench/report.json and printed as a markdown table (issue 13's goals; compare.mjs, run
// after this, adds LineUp.js and the plain-DOM floor and prints the final goal table):
//   1. first view: every file a reader downloads before touching the widget (HTML, CSS, JS,
//      wasm, data), raw and gzip -9, without any interaction; then what each on-demand part
//      costs on top: the Explore tab, a team's details, the language switch — each clicked
//      first in a fresh page ("alone"), and one after the other in one page ("in sequence");
//   2. navigation → first ranking row ([data-rank]) painted (the browser's first contentful
//      paint after the row is inserted, and at least rAF + next task), median of LOADS reloads
//      in one tab, and median of LOADS loads each in a fresh browser context;
//   3. weight change → DOM updated (rows reordered), p50/p95 over INPUTS input events, at 1×
//      and with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), in the built page
//      (index.html) and in the <kai-ranking> element (article-ko.html, open shadow root);
//      requests the page sends while the inputs run (goal: none);
//   4. the same at 1× under prefers-reduced-motion, and in Explore.
// The live widget is `.kai-ranking:not(.kai-static)` (the pre-rendered copy until the island
// or the Yew app takes over); both keep `input[data-criterion]` and `[data-team-id][data-rank]`.
// Also folds in criterion's engine estimates (target/criterion/**/new/estimates.json) when
// `cargo bench` has run.
// Usage: node tests/bench/measure.mjs   (LOADS=10 INPUTS=300 to change)

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { ROOT, launchBrowser, openPage, startServer } from '../e2e/helpers.mjs';

const LOADS = Number(process.env.LOADS ?? 10);
const INPUTS = Number(process.env.INPUTS ?? 300);
/** Issue 13's goals this script can judge alone (compare.mjs judges the ratios). */
const GOALS = { firstViewGzipBytes: 120 * 1024, reorderP95Ms: 4, reorderP95Ms4x: 16,
  requestsDuringInputs: 0, exploreInputToDomP95Ms: 16 };
/** The page with a <kai-ranking> element (its live widget renders in an open shadow root). */
const ELEMENT_PAGE = 'article-ko.html';

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

// Runs in the page before any of its scripts. Records, for the first ranking row of any kind
// (`any`: the pre-rendered static copy if the page has one, else the live widget) and for the
// first row of the live widget (`live`: `.kai-ranking:not(.kai-static)`), when it was inserted
// and when the frame after it was done (rAF, then the next task), plus the browser's own paint
// times (Paint Timing: first-paint / first-contentful-paint).
const FIRST_ROW_PROBE = () => {
  const probes = { any: '.kai-ranking [data-rank]', live: '.kai-ranking:not(.kai-static) [data-rank]' };
  window.__rows = {};
  const check = () => {
    for (const [key, sel] of Object.entries(probes)) {
      if (window.__rows[key] || !document.querySelector(sel)) continue;
      const rec = { inserted: performance.now() };
      window.__rows[key] = rec;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { rec.frame = performance.now(); };
        ch.port2.postMessage(0);
      });
    }
    return Object.keys(window.__rows).length === Object.keys(probes).length;
  };
  // `class` too: the island makes the pre-rendered copy live by dropping `kai-static`.
  new MutationObserver((_, obs) => { if (check()) obs.disconnect(); })
    .observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  window.__paints = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__paints.push(e.startTime);
  }).observe({ type: 'paint', buffered: true });
};

const LIVE = '.kai-ranking:not(.kai-static)';

/**
 * Records every response of `page` (body, gzip -9) and the requests in flight. `quiet()` waits
 * until no request has been in flight for `ms`; `take()` returns the files recorded since the
 * last `take()`, one entry per URL (Chromium may fetch the favicon twice; a reader's cache
 * would not).
 */
function recordResponses(page) {
  let files = [];
  let pending = [];
  let inflight = 0;
  let changed = performance.now();
  page.on('request', () => { inflight++; changed = performance.now(); });
  const done = () => { inflight--; changed = performance.now(); };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (res) => {
    pending.push(res.body().then((body) => {
      files.push({ url: res.url(), type: res.headers()['content-type'] ?? '', raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length });
    }, () => { /* redirects have no body */ }));
  });
  return {
    async quiet(ms = 500, timeout = 20000) {
      const t0 = performance.now();
      while ((inflight > 0 || performance.now() - changed < ms) && performance.now() - t0 < timeout) {
        await new Promise((ok) => { setTimeout(ok, 50); });
      }
    },
    async take() {
      await Promise.all(pending);
      const got = files;
      files = [];
      pending = [];
      const seen = new Set();
      const out = [];
      for (let i = got.length - 1; i >= 0; i--) {
        if (!seen.has(got[i].url)) out.push(got[i]);
        seen.add(got[i].url);
      }
      out.sort((a, b) => b.raw - a.raw);
      return {
        files: out.map((f) => ({ path: new URL(f.url).pathname, type: f.type, raw: f.raw, gzip: f.gzip })),
        raw: out.reduce((n, f) => n + f.raw, 0),
        gzip: out.reduce((n, f) => n + f.gzip, 0),
      };
    },
  };
}

/** Opens the page, waits for the live widget and a quiet network: the first view's bytes. */
async function firstView(browser, url) {
  const p = await openPage(browser, url, { path: null });
  const rec = recordResponses(p.page);
  await p.page.goto(url, { waitUntil: 'load' });
  await p.page.locator(`${LIVE} [data-rank]`).first().waitFor({ state: 'visible', timeout: 30000 });
  await rec.quiet();
  return { p, rec, bytes: await rec.take() };
}

/**
 * The parts a reader gets on demand: what to click in the live widget, and the state that says
 * the part is there (the island imports the full app on such a click; Yew alone has it already).
 */
const ON_DEMAND = [
  { key: 'explore', label: 'Explore tab', click: '[role="tab"][data-tab="explore"]',
    ready: '.kai-explore', idle: true },
  { key: 'article', label: 'back to the ranking tab', click: '[role="tab"][data-tab="article"]',
    ready: '[role="tab"][data-tab="article"][aria-selected="true"]', sequenceOnly: true },
  { key: 'details', label: "a team's details", click: '.kai-row-btn',
    ready: '.kai-row-btn[aria-expanded="true"]' },
  { key: 'language', label: 'language switch (English)', click: '[data-lang="en"]',
    ready: '[data-lang="en"][aria-pressed="true"]' },
];

async function clickPart(p, rec, part) {
  try {
    return await clickPartOrThrow(p, rec, part);
  } catch (e) {
    // Reported in the table (and report.json) instead of losing the whole run.
    return { error: String(e.message ?? e).split('\n')[0], files: [], raw: NaN, gzip: NaN };
  }
}

async function clickPartOrThrow(p, rec, part) {
  await p.page.locator(`${LIVE} ${part.click}`).first().click({ timeout: 30000 });
  await p.page.locator(`${LIVE} ${part.ready}`).first().waitFor({ state: 'visible', timeout: 30000 });
  if (part.idle) {
    // Explore's rank acceptability is drawn in a task after the tab paints.
    await p.page.waitForFunction((sel) => !document.querySelector(sel), `${LIVE} [aria-busy="true"]`,
      { timeout: 30000 });
  }
  await rec.quiet();
  return rec.take();
}

/**
 * First view without any interaction, then each on-demand part clicked first in a fresh page
 * (`alone`: what that part costs a reader whose first click it is) and all of them one after
 * the other in one page (`sequence`).
 */
async function measureBytes(browser, url) {
  const first = await firstView(browser, url);
  first.p.assertClean();
  await first.p.close();
  const alone = {};
  for (const part of ON_DEMAND.filter((x) => !x.sequenceOnly)) {
    const { p, rec } = await firstView(browser, url);
    const extra = await clickPart(p, rec, part);
    alone[part.key] = { label: part.label, ...extra };
    p.assertClean();
    await p.close();
  }
  const sequence = [];
  const { p, rec } = await firstView(browser, url);
  for (const part of ON_DEMAND) sequence.push({ key: part.key, label: part.label, ...await clickPart(p, rec, part) });
  p.assertClean();
  await p.close();
  return { ...first.bytes, onDemand: { alone, sequence } };
}

/**
 * Navigation → ranking painted. `cold`: every load in a fresh browser context (new renderer
 * process, nothing cached: a first visit). Warm: reloads in one tab (renderer, fonts and V8
 * already up; HTTP caching is off either way, so every byte is fetched again).
 */
async function measureLoads(browser, url, { cold }) {
  const samples = [];
  let p = null;
  for (let i = 0; i < LOADS + 1; i++) {
    if (!p) {
      p = await openPage(browser, url, { path: null });
      await p.page.addInitScript(FIRST_ROW_PROBE);
    }
    await p.page.goto(url, { waitUntil: 'load' });
    await p.page.waitForFunction(() => window.__rows.any?.frame !== undefined
      && window.__rows.live?.frame !== undefined
      && window.__paints.some((t) => t >= window.__rows.any.inserted), null, { timeout: 15000 });
    const t = await p.page.evaluate(() => {
      const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const { any, live } = window.__rows;
      // The page shows nothing before the ranking (or its static copy), so the first paint
      // after the row was inserted is the frame that shows it.
      const paintAfter = (ins) => Math.min(...window.__paints.filter((x) => x >= ins));
      return { visible: Math.max(any.frame, paintAfter(any.inserted)),
        liveInserted: live.inserted,
        live: live.inserted === any.inserted ? Math.max(live.frame, paintAfter(live.inserted)) : live.frame,
        wasmFetched: wasm?.responseEnd ?? NaN, initStart: mark('kai:init-start'),
        initEnd: mark('kai:init-end'), mountEnd: mark('kai:mount-end') };
    });
    // Let the favicon and any late request finish, or the next reload aborts them.
    await p.page.waitForLoadState('networkidle');
    p.assertClean();
    if (cold) {
      await p.close();
      p = null;
    }
    if (i > 0) samples.push(t); // the first load warms the OS file cache and Chromium
  }
  await p?.close();
  const med = (k) => round(median(samples.map((s) => s[k])));
  const visible = samples.map((s) => s.visible);
  return { samples: visible.map((x) => round(x)), median: round(median(visible)),
    max: round(Math.max(...visible)),
    // Where the time goes (medians, ms since navigation start): main.js starts init(), the wasm
    // has arrived, init() (compile + instantiate) is done, mount() returned, the live widget's
    // first row inserted and its frame done (interactive), the first ranking (static or live)
    // painted.
    phases: { initStart: med('initStart'), wasmFetched: med('wasmFetched'), initEnd: med('initEnd'),
      mountEnd: med('mountEnd'), liveRowInserted: med('liveInserted'), liveReady: med('live'),
      rankingVisible: med('visible') } };
}

/**
 * Weight change → DOM updated: sets a slider's value, dispatches `input`, and takes the time to
 * the last DOM mutation seen before the next task and frame; p50/p95 over all INPUTS changes and
 * over those that reordered the rows. `path`: the page (and query); `host`: the element whose
 * open shadow root holds the widget (none: the page itself); `throttle`: CPU slow-down (CDP
 * Emulation.setCPUThrottlingRate) applied once the page is loaded. Every request the page sends
 * while the inputs run is counted (nothing excluded), and in the second after them.
 */
async function measureInputs(browser, url, { path = '?weights=40,30,20,10', host = null,
  reducedMotion = 'no-preference', explore = false, throttle = 1 } = {}) {
  const p = await openPage(browser, url, { path, reducedMotion });
  if (explore) {
    // The teacher's view: formula, slope chart, stability bands and what-it-takes all follow
    // the sliders (rank acceptability does not: it is drawn once per dataset, awaited here).
    await p.page.click(`${LIVE} [role="tab"][data-tab="explore"]`);
    await p.page.locator(`${LIVE} .kai-explore`).waitFor();
    await p.page.waitForFunction(() => !document.querySelector('.kai-explore [aria-busy="true"]'),
      null, { timeout: 30000 });
  }
  if (throttle !== 1) {
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  const requests = [];
  const onRequest = (req) => requests.push(req.url());
  p.page.on('request', onRequest);
  const samples = await p.page.evaluate(async ({ n, host, live }) => {
    const scopes = host ? [...document.querySelectorAll(host)].flatMap((h) => [h.shadowRoot, h])
      .filter(Boolean) : [document];
    const root = scopes.map((s) => s.querySelector(live)).find(Boolean);
    const sliders = [...root.querySelectorAll('input[type="range"][data-criterion]')];
    const order = () => [...root.querySelectorAll('[data-team-id][data-rank]')]
      .map((r) => r.getAttribute('data-team-id')).join();
    let lastMutation = 0;
    let mutations = 0;
    new MutationObserver(() => { lastMutation = performance.now(); mutations++; })
      .observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const nextTask = () => new Promise((ok) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = ok;
      ch.port2.postMessage(0);
    });
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const out = [];
    for (let i = 0; i < n; i++) {
      const s = sliders[i % sliders.length];
      const min = Number(s.min || 0);
      const max = Number(s.max || 100);
      // Walk each slider up and down through its range so most inputs re-order the ranking.
      const step = Math.floor(i / sliders.length);
      const span = max - min;
      const pos = (step * 7) % (2 * span);
      const next = String(min + (pos <= span ? pos : 2 * span - pos));
      s.value = next === s.value ? String(next === String(max) ? min : max) : next;
      const before = mutations;
      const orderBefore = order();
      const t0 = performance.now();
      s.dispatchEvent(new Event('input', { bubbles: true }));
      await nextTask();
      await frame();
      out.push({ ms: mutations > before ? lastMutation - t0 : NaN, reordered: order() !== orderBefore });
    }
    return out;
  }, { n: INPUTS, host, live: LIVE });
  const during = requests.length;
  // A debounced write (the URL, 300 ms after the last change) may still send something.
  await new Promise((ok) => { setTimeout(ok, 1000); });
  p.page.off('request', onRequest);
  p.assertClean();
  await p.close();
  const stats = (xs) => {
    const ok = xs.filter((x) => Number.isFinite(x));
    return { n: ok.length, p50: round(quantile(ok, 0.5), 3), p95: round(quantile(ok, 0.95), 3),
      max: round(Math.max(...ok), 3) };
  };
  return { events: samples.length, throttle, all: stats(samples.map((x) => x.ms)),
    reorders: stats(samples.filter((x) => x.reordered).map((x) => x.ms)),
    requestsDuring: during, requestsAfter: requests.length - during,
    requestUrls: [...new Set(requests.map((u) => new URL(u).pathname))] };
}

/** criterion's mean estimates, if `cargo bench` has written them. */
function engineEstimates() {
  const dir = join(ROOT, 'target', 'criterion');
  const out = {};
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name === 'new' && existsSync(join(p, 'estimates.json'))) {
          const est = JSON.parse(readFileSync(join(p, 'estimates.json'), 'utf8'));
          out[relative(dir, d)] = { mean_ns: round(est.mean.point_estimate, 1),
            median_ns: round(est.median.point_estimate, 1) };
        } else if (e.name !== 'report') walk(p);
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const server = await startServer();
const browser = await launchBrowser();
let report;
try {
  const bytes = await measureBytes(browser, server.url);
  const loads = await measureLoads(browser, server.url, { cold: false });
  const coldLoads = await measureLoads(browser, server.url, { cold: true });
  const page = { path: '?weights=40,30,20,10' };
  const element = { path: ELEMENT_PAGE, host: 'kai-ranking' };
  const inputs = {
    page: { '1x': await measureInputs(browser, server.url, page),
      '4x': await measureInputs(browser, server.url, { ...page, throttle: 4 }) },
    element: { '1x': await measureInputs(browser, server.url, element),
      '4x': await measureInputs(browser, server.url, { ...element, throttle: 4 }) },
    // prefers-reduced-motion: no FLIP animation at all (its cost, by difference).
    reducedMotion: await measureInputs(browser, server.url, { ...page, reducedMotion: 'reduce' }),
    explore: await measureInputs(browser, server.url, { ...page, explore: true }),
  };
  report = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    // Other processes compete for the 2 cores: the load average says how much to trust times.
    loadAverage: os.loadavg().map((x) => round(x)),
    goals: GOALS,
    settings: { LOADS, INPUTS, elementPage: ELEMENT_PAGE },
    firstView: bytes,
    navToRankingMs: loads,
    navToRankingMsColdContext: coldLoads,
    inputs,
    engine: engineEstimates(),
  };
} finally {
  await browser.close();
  await server.close();
}

const outDir = join(ROOT, 'target', 'bench');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);

const kb = (b) => `${round(b / 1024, 1)} KB`;
const mark = (ok) => (ok ? '✅' : '❌');
const fv = report.firstView;
const inp = report.inputs;
const reorderRow = (where, x, goal) => [
  `Weight change → rows reordered, ${where}, CPU ${x.throttle}×: p95 / p50 (${x.reorders.n} reorders of ${x.events})`,
  `${x.reorders.p95} / ${x.reorders.p50} ms`, `p95 ≤ ${goal} ms`, mark(x.reorders.p95 <= goal)];
const requests = ['page', 'element'].flatMap((w) => ['1x', '4x'].map((t) => inp[w][t].requestsDuring))
  .reduce((a, b) => a + b, 0);
const rows = [
  ['First view download, gzip -9 (every file, no interaction)', kb(fv.gzip),
    `≤ ${kb(GOALS.firstViewGzipBytes)}`, mark(fv.gzip <= GOALS.firstViewGzipBytes)],
  ['First view download, raw', kb(fv.raw), '', ''],
  ...Object.values(fv.onDemand.alone).map((x) => [`On demand, first click = ${x.label}: extra download, gzip`,
    x.error ? `failed: ${x.error}` : `+${kb(x.gzip)} (${x.files.length} files)`, '', '']),
  [`On demand, in sequence (${fv.onDemand.sequence.map((x) => x.key).join(' → ')})`,
    fv.onDemand.sequence.map((x) => `+${kb(x.gzip)}`).join(' → '), '', ''],
  [`Navigation → ranking painted (median of ${LOADS})`, `${report.navToRankingMs.median} ms`,
    'vs the plain-DOM floor: compare.mjs', ''],
  [`Navigation → ranking painted, fresh browser context each (median of ${LOADS})`,
    `${report.navToRankingMsColdContext.median} ms`, '', ''],
  ['Navigation → live widget ready (reloads / fresh contexts)',
    `${report.navToRankingMs.phases.liveReady} / ${report.navToRankingMsColdContext.phases.liveReady} ms`, '', ''],
  reorderRow('index.html', inp.page['1x'], GOALS.reorderP95Ms),
  reorderRow('index.html', inp.page['4x'], GOALS.reorderP95Ms4x),
  reorderRow(`<kai-ranking> (${ELEMENT_PAGE})`, inp.element['1x'], GOALS.reorderP95Ms),
  reorderRow(`<kai-ranking> (${ELEMENT_PAGE})`, inp.element['4x'], GOALS.reorderP95Ms4x),
  ['Weight change → DOM updated, every change, index.html 1× / 4×: p95',
    `${inp.page['1x'].all.p95} / ${inp.page['4x'].all.p95} ms`, '', ''],
  [`Requests sent while ${4 * INPUTS} weight changes ran (4 runs above; nothing excluded)`, String(requests),
    `${GOALS.requestsDuringInputs}`, mark(requests <= GOALS.requestsDuringInputs)],
  ['Requests in the second after the changes (debounced URL write: favicon)',
    String(['page', 'element'].flatMap((w) => ['1x', '4x'].map((t) => inp[w][t].requestsAfter)).reduce((a, b) => a + b, 0)), '', ''],
  ['Weight change → DOM updated, reduced motion, index.html 1×: p95 / p50',
    `${inp.reducedMotion.all.p95} / ${inp.reducedMotion.all.p50} ms`, '', ''],
  [`Weight change → Explore view updated: p95 / p50 (${inp.explore.all.n}/${INPUTS})`,
    `${inp.explore.all.p95} / ${inp.explore.all.p50} ms`, `p95 ≤ ${GOALS.exploreInputToDomP95Ms} ms`,
    mark(inp.explore.all.p95 <= GOALS.exploreInputToDomP95Ms)],
];
const phase = (p) => `main.js init() ${p.initStart} · wasm fetched ${p.wasmFetched} · init done ${p.initEnd} · mount() returned ${p.mountEnd} · live row inserted ${p.liveRowInserted} · live row frame ${p.liveReady} · ranking visible ${p.rankingVisible}`;
const phaseLine = `load phases, median ms since navigation:\n- reloads in one tab: ${phase(report.navToRankingMs.phases)}\n- fresh contexts: ${phase(report.navToRankingMsColdContext.phases)}`;
console.log(`\n${report.date} · load average ${report.loadAverage.join(' ')} · Chromium ${report.chromium}`);
console.log('\n| measure | value | goal | |\n| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\n${phaseLine}`);
console.log('\n| first view: file | raw | gzip |\n| --- | --- | --- |');
for (const f of fv.files) console.log(`| ${f.path} | ${f.raw} | ${f.gzip} |`);
for (const x of fv.onDemand.sequence) {
  for (const f of x.files) console.log(`| on demand (${x.key}): ${f.path} | ${f.raw} | ${f.gzip} |`);
}
if (Object.keys(report.engine).length) {
  console.log('\n| engine bench (criterion) | mean | median |\n| --- | --- | --- |');
  for (const [k, v] of Object.entries(report.engine)) {
    console.log(`| ${k} | ${round(v.mean_ns / 1000, 3)} µs | ${round(v.median_ns / 1000, 3)} µs |`);
  }
}
console.log(`\nwritten: ${relative(ROOT, join(outDir, 'report.json'))}`);
