// Side-by-side measurements of our widget (dist/) and LineUp.js (npm lineupjs, page in
// tests/bench/lineup/) rendering the same ten teams × four weighted criteria (the 2025
// selection's: both pages get `?round=selection-2025`), in one headless Chromium, all served
// from 127.0.0.1 by scripts/serve.mjs, measured alternately (A/B), with a plain-DOM floor (the
// same ten rows as static HTML, tests/bench/plain/) for the bytes and the first paint:
//   1. bytes transferred for the first view, raw and gzip -9 (every response body, no click);
//   2. navigation → first ranking painted: first paint after the first ranking row is in the
//      DOM, median of LOADS reloads per side, loads alternating ours / LineUp / plain;
//   3. re-weighting latency over INPUTS weight changes (same weight sequence for both, run in
//      alternating blocks of BLOCK): ours = slider value + `input` event, LineUp = the stack
//      column's setWeights(); measured to "rows in their new order" and to "DOM settled" (the
//      last mutation before QUIET_MS of silence) and the frame after it; p50/p95;
//   4. memory after 100 and after CHANGES weight changes (forced GC first): JS heap (CDP
//      Runtime.getHeapUsage), DOM nodes / listeners (CDP Memory.getDOMCounters) and, for ours,
//      the byteLength of every wasm Memory the page instantiated (WebAssembly.instantiate* are
//      wrapped by an init script: the island's module and the full app's alike; no test hook).
//   0. first, an assertion: both sides rank like the golden file (tests/golden/kai-rankings.json)
//      for every golden weighting LineUp.js can rank like us, in stage one (both pages with
//      `?round=stage-1`) and in the 2025 selection: every criterion weighs > 0 (LineUp leaves a
//      missing score missing even where its criterion weighs 0) and no requirement.
//      Ours must show the golden order; LineUp, which orders ties its own way and puts teams
//      without a score last in its own order, an order the golden ranks allow (ranked teams by
//      rank, then the unranked). The equal-weights cases must be among them. Exit 1 otherwise.
// Writes a `comparison` section and the `goals` table of issue 13 (with measure.mjs's figures)
// into target/bench/report.json (merged: measure.mjs writes the rest, run it first) and prints
// markdown tables, the goal table last.
// Usage: node tests/bench/compare.mjs   (needs `make dist cli`; LOADS=10 INPUTS=300 CHANGES=10000;
//        AGREEMENT_ONLY=1 runs step 0 alone)

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { CRITERIA, GOLDEN, ROOT, engineRanking, launchBrowser, openPage, startServer, waitUntil }
  from '../e2e/helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

const LOADS = Number(process.env.LOADS ?? 10);
const INPUTS = Number(process.env.INPUTS ?? 300);
const BLOCK = Number(process.env.BLOCK ?? 50);
const CHANGES = Number(process.env.CHANGES ?? 10000);
const QUIET_MS = Number(process.env.QUIET_MS ?? 200);
const AGREEMENT_ONLY = process.env.AGREEMENT_ONLY === '1';
/** Goals: ours vs LineUp.js and vs the plain-DOM floor (issue 13), and flat memory. */
const GOALS = { downloadRatio: 1.5, firstRankingRatio: 2, reweightRatio: 2, memoryGrowthMax: 0.1,
  floorRatioMax: 1.5, domGrowthMax: 0.01 };
/** The round both sides rank in the measurements: its ten teams. */
const ROUND = 'selection-2025';

const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const quantile = (xs, q) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => quantile(xs, 0.5);

/** Copies the LineUp page, lineupjs's UMD bundle + CSS and the reduced data into one folder. */
function stageLineup() {
  const site = join(ROOT, 'target', 'bench', 'lineup-site');
  mkdirSync(site, { recursive: true });
  for (const f of ['index.html', 'lineup-bench.js', 'lineup-bench.css']) {
    copyFileSync(join(ROOT, 'tests', 'bench', 'lineup', f), join(site, f));
  }
  const build = join(ROOT, 'node_modules', 'lineupjs', 'build');
  if (!existsSync(join(build, 'LineUpJS.js'))) throw new Error('lineupjs missing: run npm ci');
  for (const f of ['LineUpJS.js', 'LineUpJS.css']) copyFileSync(join(build, f), join(site, f));
  const data = JSON.parse(readFileSync(join(ROOT, 'data', 'kai-2025.json'), 'utf8'));
  const teams = data.teams.map((t) => ({ id: t.id, name: t.name.ko,
    ...Object.fromEntries(CRITERIA.map((c) => [c, t.scores?.[c]?.value ?? null])) }));
  const labels = Object.fromEntries(data.criteria.map((c) => [c.id, c.label.ko]));
  const rounds = Object.fromEntries(data.rounds.map((r) => [r.id, r.participants]));
  writeFileSync(join(site, 'teams.json'), JSON.stringify({ teams, labels, rounds }));
  return site;
}

/**
 * The plain-DOM floor: tests/bench/plain/ with the ten rows of the golden case
 * `selection-2025/equal` written in as static HTML (rank, name, score, an SVG bar).
 */
function stagePlain() {
  const site = join(ROOT, 'target', 'bench', 'plain-site');
  mkdirSync(site, { recursive: true });
  copyFileSync(join(ROOT, 'tests', 'bench', 'plain', 'plain.css'), join(site, 'plain.css'));
  const data = JSON.parse(readFileSync(join(ROOT, 'data', 'kai-2025.json'), 'utf8'));
  const name = Object.fromEntries(data.teams.map((t) => [t.id, t.name.ko]));
  const c = GOLDEN.cases.find((x) => x.name === `${ROUND}/equal`);
  const esc = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const rows = c.order.map((id, i) => {
    const score = c.scores[i];
    return `<li data-team-id="${esc(id)}" data-rank="${c.ranks[i] ?? ''}"><span>${c.ranks[i] ?? '–'}</span>`
      + `<span>${esc(name[id])}</span><span>${score ?? '–'}</span>`
      + `<svg class="bar" aria-hidden="true" width="100%" height="18"><rect height="100%" width="${(score ?? 0) * 10}%"></rect></svg></li>`;
  }).join('\n');
  const html = readFileSync(join(ROOT, 'tests', 'bench', 'plain', 'index.html'), 'utf8').replace('<!--rows-->', rows);
  writeFileSync(join(site, 'index.html'), html);
  return site;
}

/** The two sides: how to find their ranking rows and how to change their weights. */
const SIDES = {
  ours: { name: 'kai-ranking (ours)', any: '.kai-ranking [data-rank]',
    rows: '.kai-ranking:not(.kai-static) [data-team-id][data-rank]',
    ready: '.kai-ranking:not(.kai-static) [data-rank]' },
  lineup: { name: 'LineUp.js 4.16.0', any: '#lineup .le-tr', rows: '#lineup .le-tr[data-i]',
    ready: '#lineup .le-tr' },
  plain: { name: 'plain DOM (static HTML)', any: '#plain [data-rank]', rows: '#plain [data-rank]',
    ready: '#plain [data-rank]' },
};
/** The two sides that re-rank (the plain page is only the floor for bytes and first paint). */
const LIVE_SIDES = ['ours', 'lineup'];

/**
 * The weight vectors both sides go through: one slider at a time, walking up and down in whole
 * importances 0–10 (what our sliders take; LineUp normalises the same numbers to shares).
 */
function weightSequence(n) {
  const w = [5, 5, 5, 5];
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = i % 4;
    const pos = (Math.floor(i / 4) * 7 + k * 13) % 20;
    let v = pos <= 10 ? pos : 20 - pos;
    if (v === w[k]) v = v === 10 ? 0 : 10;
    w[k] = v;
    out.push({ k, w: [...w] });
  }
  return out;
}

async function open(browser, url, side, init = null) {
  const p = await openPage(browser, url, { path: null });
  if (init) await p.page.addInitScript(init);
  await p.page.goto(url, { waitUntil: 'load' });
  await p.page.locator(SIDES[side].ready).first().waitFor({ state: 'visible', timeout: 30000 });
  if (side === 'lineup') await p.page.waitForFunction(() => !!window.__lineup);
  return p;
}

async function measureBytes(browser, url, side) {
  const p = await openPage(browser, url, { path: null });
  const files = [];
  const pending = [];
  p.page.on('response', (res) => {
    pending.push(res.body().then((body) => {
      files.push({ path: new URL(res.url()).pathname, raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length });
    }, () => {}));
  });
  await p.page.goto(url, { waitUntil: 'load' });
  await p.page.locator(SIDES[side].ready).first().waitFor({ state: 'visible', timeout: 30000 });
  await p.page.waitForLoadState('networkidle');
  await Promise.all(pending);
  p.assertClean();
  await p.close();
  // One entry per URL (Chromium may fetch the favicon twice; a reader's cache would not).
  for (let i = files.length - 1; i >= 0; i--) {
    if (files.findIndex((f) => f.path === files[i].path) !== i) files.splice(i, 1);
  }
  files.sort((a, b) => b.raw - a.raw);
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

// Runs in the page before its scripts: when the first ranking row (selector) is inserted, the
// end of the frame after it (rAF, then the next task) and the browser's paint times. The ranking
// counts as painted at the later of that frame and the first paint after the insertion (pages
// whose first paint came before the rows have no later paint entry: the frame is the measure).
const FIRST_ROW_PROBE = (sel) => {
  window.__row = null;
  new MutationObserver((_, obs) => {
    if (!window.__row && document.querySelector(sel)) {
      const rec = { inserted: performance.now() };
      window.__row = rec;
      obs.disconnect();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { rec.frame = performance.now(); };
        ch.port2.postMessage(0);
      });
    }
  }).observe(document, { childList: true, subtree: true });
  window.__paints = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__paints.push(e.startTime);
  }).observe({ type: 'paint', buffered: true });
};

/** One tab per side; loads alternate ours, LineUp, plain, ours, … (first load of each discarded). */
async function measureLoads(browser, urls) {
  const tabs = {};
  const samples = Object.fromEntries(Object.keys(SIDES).map((k) => [k, []]));
  for (const side of Object.keys(SIDES)) {
    tabs[side] = await openPage(browser, urls[side], { path: null });
    await tabs[side].page.addInitScript(FIRST_ROW_PROBE, SIDES[side].any);
  }
  for (let i = 0; i < LOADS + 1; i++) {
    for (const side of Object.keys(SIDES)) {
      const { page } = tabs[side];
      await page.bringToFront();
      await page.goto(urls[side], { waitUntil: 'load' });
      await page.waitForFunction(() => window.__row?.frame !== undefined, null, { timeout: 30000 });
      const t = await page.evaluate(() => {
        const after = window.__paints.filter((x) => x >= window.__row.inserted);
        return after.length ? Math.max(window.__row.frame, Math.min(...after)) : window.__row.frame;
      });
      if (i > 0) samples[side].push(round(t));
    }
  }
  for (const side of Object.keys(SIDES)) {
    tabs[side].assertClean();
    await tabs[side].close();
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, { median: median(v),
    max: Math.max(...v), samples: v }]));
}

/**
 * In the page: applies `steps` weight changes one at a time; for each, the time from the change
 * to (a) the rows standing in their final order, (b) the last DOM mutation before `quiet` ms of
 * silence, (c) the first animation frame after that mutation. Mutations inside the polite live
 * region (our debounced summary sentence, updated 500 ms after the last change on purpose) are
 * not counted.
 */
const REWEIGHT = async ({ side, steps, quiet, rowsSel }) => {
  const root = side === 'ours' ? document.querySelector('.kai-ranking:not(.kai-static)')
    : document.getElementById('lineup');
  const order = () => [...document.querySelectorAll(rowsSel)].map((r) =>
    r.getAttribute('data-team-id') ?? r.getAttribute('data-i'));
  let last = 0;
  let snaps = [];
  const obs = new MutationObserver((list) => {
    if (list.every((m) => m.target.closest?.('[aria-live]') ?? m.target.parentElement?.closest('[aria-live]'))) return;
    last = performance.now();
    snaps.push({ t: last, order: order().join() });
  });
  obs.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  const frames = [];
  let running = true;
  const tick = (t) => { frames.push(performance.now()); if (running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
  const sliders = side === 'ours'
    ? [...root.querySelectorAll('input[type="range"][data-criterion]')] : null;
  const out = [];
  for (const { k, w } of steps) {
    last = 0;
    snaps = [];
    const before = order().join();
    const t0 = performance.now();
    if (side === 'ours') {
      sliders[k].value = String(w[k]);
      sliders[k].dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      window.__lineup.setWeights(w);
    }
    // Wait until nothing has changed for `quiet` ms (3 s at most).
    for (;;) {
      await sleep(quiet / 4);
      const now = performance.now();
      if (now - Math.max(last, t0) >= quiet || now - t0 > 3000) break;
    }
    const final = order().join();
    let inOrder = final === before ? 0 : NaN;
    for (let i = snaps.length - 1; i >= 0 && snaps[i].order === final; i--) inOrder = snaps[i].t - t0;
    const frame = last ? frames.find((f) => f > last) : undefined;
    out.push({ inOrder, settled: last ? last - t0 : NaN, frame: frame ? frame - t0 : NaN,
      reordered: final !== before });
  }
  running = false;
  obs.disconnect();
  return out;
};

async function measureReweight(browser, urls) {
  const seq = weightSequence(INPUTS);
  const tabs = {};
  for (const side of LIVE_SIDES) tabs[side] = await open(browser, urls[side], side);
  const res = { ours: [], lineup: [] };
  for (let i = 0; i < seq.length; i += BLOCK) {
    for (const side of LIVE_SIDES) {
      await tabs[side].page.bringToFront();
      res[side].push(...await tabs[side].page.evaluate(REWEIGHT, { side, steps: seq.slice(i, i + BLOCK),
        quiet: QUIET_MS, rowsSel: SIDES[side].rows }));
    }
  }
  // Final order of each side vs the engine's answer for the last weights.
  const lastW = seq[seq.length - 1].w;
  const engine = engineRanking(lastW, ROUND).map((r) => r.id);
  const finalOrders = {
    ours: await tabs.ours.page.$$eval(SIDES.ours.rows, (rs) => rs.map((r) => r.getAttribute('data-team-id'))),
    lineup: await tabs.lineup.page.evaluate(() => window.__lineup.order()),
  };
  for (const side of LIVE_SIDES) {
    tabs[side].assertClean();
    await tabs[side].close();
  }
  const stats = (xs) => ({ p50: round(quantile(xs, 0.5), 2), p95: round(quantile(xs, 0.95), 2),
    max: round(Math.max(...xs.filter(Number.isFinite)), 2), n: xs.filter(Number.isFinite).length });
  const out = { changes: seq.length, lastWeights: lastW, engineOrder: engine };
  for (const side of LIVE_SIDES) {
    const r = res[side];
    out[side] = { inOrder: stats(r.filter((x) => x.reordered).map((x) => x.inOrder)),
      settled: stats(r.map((x) => x.settled)), frame: stats(r.map((x) => x.frame)),
      reorders: r.filter((x) => x.reordered).length, finalOrder: finalOrders[side],
      finalOrderEqualsEngine: finalOrders[side].join() === engine.join() };
  }
  return out;
}

/**
 * Whether `order` (team ids) is one the golden case allows: the same teams, the ranked ones by
 * non-decreasing golden rank (ties in any order), then the unranked ones (any order).
 */
function allowedByGolden(c, order) {
  const rank = Object.fromEntries(c.order.map((id, i) => [id, c.ranks[i]]));
  if ([...order].sort().join() !== [...c.order].sort().join()) return false;
  let prev = 0;
  let apart = false;
  for (const id of order) {
    const r = rank[id];
    if (r === null) { apart = true; continue; }
    if (apart || r < prev) return false;
    prev = r;
  }
  return true;
}

/**
 * Step 0: both sides, set to each golden weighting LineUp can rank like us (in that case's
 * round), must rank as the golden file says (polled ≤ 5 s per case): ours in the golden order,
 * LineUp in an order the golden ranks allow. Ours loads each case from its link (`?round=…&
 * weights=…`: share-style weights such as 40,30,20,10 load with the same shares, which whole
 * slider steps could not always hold). Returns [{ name, round, weights, golden, ours, lineup,
 * oursOk, lineupOk }].
 */
async function checkAgreement(browser, bases) {
  const cases = GOLDEN.cases.filter((c) => [GOLDEN.default_round, ROUND].includes(c.round)
    && !Object.keys(c.gates ?? {}).length && !c.no_ranking && c.weights.every((w) => w > 0));
  for (const need of ['equal', `${ROUND}/equal`]) {
    if (!cases.some((c) => c.name === need)) throw new Error(`the golden case ${need} must be LineUp-comparable`);
  }
  const out = [];
  for (const round of [...new Set(cases.map((c) => c.round))]) {
    const tabs = { ours: await open(browser, `${bases.ours}?round=${round}`, 'ours'),
      lineup: await open(browser, `${bases.lineup}?round=${round}`, 'lineup') };
    const order = {
      ours: () => tabs.ours.page.$$eval(SIDES.ours.rows, (rs) => rs.map((r) => r.getAttribute('data-team-id'))),
      lineup: () => tabs.lineup.page.evaluate(() => window.__lineup.order()),
    };
    const set = {
      ours: async (w) => {
        await tabs.ours.page.goto(`${bases.ours}?round=${round}&weights=${w.join(',')}`, { waitUntil: 'load' });
        await tabs.ours.page.locator(SIDES.ours.ready).first().waitFor({ state: 'visible', timeout: 30000 });
      },
      lineup: (w) => tabs.lineup.page.evaluate((weights) => window.__lineup.setWeights(weights), w),
    };
    const ok = { ours: (c, o) => o.join() === c.order.join(), lineup: allowedByGolden };
    for (const c of cases.filter((x) => x.round === round)) {
      const row = { name: c.name, round, weights: c.weights, golden: c.order };
      for (const side of LIVE_SIDES) {
        await tabs[side].page.bringToFront();
        await set[side](c.weights);
        await waitUntil(async () => ok[side](c, row[side] = await order[side]()),
          `${side}: golden order for ${c.name}`, { timeout: 5000 }).catch(() => {});
        row[`${side}Ok`] = ok[side](c, row[side]);
      }
      out.push(row);
    }
    for (const side of LIVE_SIDES) {
      tabs[side].assertClean();
      await tabs[side].close();
    }
  }
  return out;
}

/**
 * Runs in the page before its scripts: keeps every wasm Memory the page instantiates (the
 * island's module and the full app's alike), for the memory step.
 */
const WASM_HOOK = () => {
  window.__wasmMemories = [];
  const keep = (r) => {
    const m = (r?.instance ?? r)?.exports?.memory;
    if (m instanceof WebAssembly.Memory && !window.__wasmMemories.includes(m)) window.__wasmMemories.push(m);
    return r;
  };
  for (const k of ['instantiate', 'instantiateStreaming']) {
    const f = WebAssembly[k];
    if (f) WebAssembly[k] = function hooked(...args) { return f.apply(this, args).then(keep); };
  }
  const Instance = WebAssembly.Instance;
  WebAssembly.Instance = function hookedInstance(module, imports) { return keep(new Instance(module, imports)); };
  WebAssembly.Instance.prototype = Instance.prototype;
};

/** Memory after 100 and after CHANGES changes (each change runs to completion; a frame every 10). */
async function measureMemory(browser, url, side) {
  const p = await open(browser, url, side, side === 'ours' ? WASM_HOOK : null);
  const cdp = await p.context.newCDPSession(p.page);
  await cdp.send('HeapProfiler.enable');
  const seq = weightSequence(CHANGES);
  const run = (steps) => p.page.evaluate(async ({ side, steps }) => {
    const root = document.querySelector('.kai-ranking:not(.kai-static)');
    const sliders = side === 'ours' ? [...root.querySelectorAll('input[type="range"][data-criterion]')] : null;
    const task = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); });
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    let i = 0;
    for (const { k, w } of steps) {
      if (side === 'ours') {
        sliders[k].value = String(w[k]);
        sliders[k].dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        window.__lineup.setWeights(w);
      }
      await task();
      if (++i % 10 === 0) await frame();
    }
    // Let debounced work (LineUp's renders, our 500 ms live summary) finish.
    await new Promise((ok) => setTimeout(ok, 800));
  }, { side, steps });
  const snapshot = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const wasm = side === 'ours' ? await p.page.evaluate(() => window.__wasmMemories
      .reduce((n, m) => n + m.buffer.byteLength, 0)) : 0;
    return { jsHeapUsed: heap.usedSize, wasmMemory: wasm, total: heap.usedSize + wasm,
      domNodes: dom.nodes, listeners: dom.jsEventListeners };
  };
  await run(seq.slice(0, 100));
  const after100 = await snapshot();
  const t0 = Date.now();
  for (let i = 100; i < seq.length; i += 1000) await run(seq.slice(i, Math.min(seq.length, i + 1000)));
  const seconds = (Date.now() - t0) / 1000;
  const afterAll = await snapshot();
  p.assertClean();
  await p.close();
  return { after100, [`after${CHANGES}`]: afterAll, growth: round(afterAll.total / after100.total - 1, 4),
    domGrowth: round(afterAll.domNodes / after100.domNodes - 1, 4), seconds: round(seconds, 1) };
}

const ourServer = await startServer();
const site = stageLineup();
// LineUp.js writes inline style attributes, which the strict CSP our site runs under forbids:
// its page is served without a CSP (otherwise same headers, same server).
const lineupServer = await serve({ root: site, port: 0,
  rules: [{ test: () => true, headers: { 'Content-Security-Policy': null } }] });
// The plain page runs under the same strict CSP as ours (it needs no exception).
const plainServer = await serve({ root: stagePlain(), port: 0 });
const bases = { ours: ourServer.url, lineup: lineupServer.url };
const urls = { ours: `${ourServer.url}?round=${ROUND}`, lineup: `${lineupServer.url}?round=${ROUND}`,
  plain: plainServer.url,
  // What a reader downloads before touching the widget: the page as linked, no query. Its
  // pre-rendered copy shows stage one (the island makes it live); `?round=` asks for another
  // view than the copy, so that page starts the full widget at once (measured too).
  oursFirstView: ourServer.url };
const browser = await launchBrowser();
let comparison;
let agreement;
try {
  agreement = await checkAgreement(browser, bases);
  const wrong = agreement.filter((a) => !a.oursOk || !a.lineupOk);
  console.log('\n| golden case (LineUp-comparable) | round | weights | ours = golden | LineUp.js as golden ranks allow |\n| --- | --- | --- | --- | --- |');
  for (const a of agreement) {
    console.log(`| ${a.name} | ${a.round} | ${a.weights.join(',')} | ${a.oursOk} | ${a.lineupOk} |`);
  }
  if (wrong.length) {
    for (const a of wrong) {
      console.error(`${a.name} (${a.round}, ${a.weights}):\n  golden ${a.golden.join(' ')}\n  ours   ${a.ours.join(' ')}\n  LineUp ${a.lineup.join(' ')}`);
    }
    throw new Error(`the rankings disagree with the golden file on ${wrong.length} case(s)`);
  }
  if (!AGREEMENT_ONLY) comparison = await measureAll(browser, urls, agreement);
} finally {
  await browser.close();
  for (const srv of [lineupServer, plainServer]) {
    srv.server.close();
    srv.server.closeAllConnections();
  }
  await ourServer.close();
}
console.log(`\nok: ours and LineUp.js rank as the golden file says for ${agreement.length} weightings`);
if (AGREEMENT_ONLY) process.exit(0);

/** Steps 1–4. */
async function measureAll(browser, urls, agreement) {
  const bytes = { oursFirstView: await measureBytes(browser, urls.oursFirstView, 'ours'),
    ours: await measureBytes(browser, urls.ours, 'ours'),
    lineup: await measureBytes(browser, urls.lineup, 'lineup'),
    plain: await measureBytes(browser, urls.plain, 'plain') };
  const loads = await measureLoads(browser, urls);
  const reweight = await measureReweight(browser, urls);
  const memory = { ours: await measureMemory(browser, urls.ours, 'ours'),
    lineup: await measureMemory(browser, urls.lineup, 'lineup') };
  return { date: new Date().toISOString(), chromium: browser.version(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${round(os.totalmem() / 2 ** 30, 1)} GiB`,
    loadAverage: os.loadavg().map((x) => round(x)), goals: GOALS,
    settings: { LOADS, INPUTS, BLOCK, CHANGES, QUIET_MS, round: ROUND },
    lineupData: `names + the four score values only (teams.json, reduced from data/kai-2025.json), ${ROUND}'s participants`,
    plainPage: 'tests/bench/plain/: the same ten rows (golden selection-2025/equal) as static HTML + CSS',
    agreement, bytes, navToFirstRankingMs: loads, reweightMs: reweight, memory };
}

const outDir = join(ROOT, 'target', 'bench');
const reportPath = join(outDir, 'report.json');
let report = {};
try { report = JSON.parse(readFileSync(reportPath, 'utf8')); } catch { /* measure.mjs not run */ }
report.comparison = comparison;

const c = comparison;
const kb = (b) => `${round(b / 1024, 1)} KB`;
const mb = (b) => `${round(b / 2 ** 20, 2)} MB`;
const ratio = (lineup, ours) => `${round(lineup / ours, 2)}×`;
const mark = (ok) => (ok === null ? '' : ok ? '✅' : '❌');
const rw = c.reweightMs;
const mem = c.memory;
const key = `after${CHANGES}`;
const nav = c.navToFirstRankingMs;
const rows = [
  ['Download for first view (ours: index.html as linked, the island), gzip -9', kb(c.bytes.oursFirstView.gzip),
    kb(c.bytes.lineup.gzip), kb(c.bytes.plain.gzip),
    ratio(c.bytes.lineup.gzip, c.bytes.oursFirstView.gzip), `≥ ${GOALS.downloadRatio}× smaller`,
    mark(c.bytes.lineup.gzip / c.bytes.oursFirstView.gzip >= GOALS.downloadRatio)],
  [`Download, ours at ?round=${ROUND} (the full widget at once), gzip -9`, kb(c.bytes.ours.gzip),
    kb(c.bytes.lineup.gzip), '', ratio(c.bytes.lineup.gzip, c.bytes.ours.gzip), '', ''],
  ['Download for first view, raw', kb(c.bytes.oursFirstView.raw), kb(c.bytes.lineup.raw), kb(c.bytes.plain.raw),
    ratio(c.bytes.lineup.raw, c.bytes.oursFirstView.raw), '', ''],
  [`Navigation → first ranking painted (median of ${LOADS})`, `${nav.ours.median} ms`,
    `${nav.lineup.median} ms`, `${nav.plain.median} ms`, ratio(nav.lineup.median, nav.ours.median),
    `≥ ${GOALS.firstRankingRatio}× faster`, mark(nav.lineup.median / nav.ours.median >= GOALS.firstRankingRatio)],
  [`Re-weight → rows in new order, p50 / p95 (${rw.ours.reorders} / ${rw.lineup.reorders} re-orders of ${rw.changes})`,
    `${rw.ours.inOrder.p50} / ${rw.ours.inOrder.p95} ms`, `${rw.lineup.inOrder.p50} / ${rw.lineup.inOrder.p95} ms`, '',
    `${ratio(rw.lineup.inOrder.p50, rw.ours.inOrder.p50)} / ${ratio(rw.lineup.inOrder.p95, rw.ours.inOrder.p95)}`,
    `≥ ${GOALS.reweightRatio}× faster`,
    mark(rw.lineup.inOrder.p95 / rw.ours.inOrder.p95 >= GOALS.reweightRatio
      && rw.lineup.inOrder.p50 / rw.ours.inOrder.p50 >= GOALS.reweightRatio)],
  [`Re-weight → DOM settled, p50 / p95 (${rw.changes} changes)`,
    `${rw.ours.settled.p50} / ${rw.ours.settled.p95} ms`, `${rw.lineup.settled.p50} / ${rw.lineup.settled.p95} ms`, '',
    `${ratio(rw.lineup.settled.p50, rw.ours.settled.p50)} / ${ratio(rw.lineup.settled.p95, rw.ours.settled.p95)}`,
    `≥ ${GOALS.reweightRatio}× faster`,
    mark(rw.lineup.settled.p95 / rw.ours.settled.p95 >= GOALS.reweightRatio
      && rw.lineup.settled.p50 / rw.ours.settled.p50 >= GOALS.reweightRatio)],
  ['Re-weight → next frame after the DOM settled, p50 / p95',
    `${rw.ours.frame.p50} / ${rw.ours.frame.p95} ms`, `${rw.lineup.frame.p50} / ${rw.lineup.frame.p95} ms`, '',
    `${ratio(rw.lineup.frame.p50, rw.ours.frame.p50)} / ${ratio(rw.lineup.frame.p95, rw.ours.frame.p95)}`, '', ''],
  ['Final order = engine (kai-rank) after the last change', String(rw.ours.finalOrderEqualsEngine),
    String(rw.lineup.finalOrderEqualsEngine), '', '', '', ''],
  ['JS heap after 100 changes (after GC)', mb(mem.ours.after100.jsHeapUsed), mb(mem.lineup.after100.jsHeapUsed), '', '', '', ''],
  [`JS heap after ${CHANGES} changes (after GC)`, mb(mem.ours[key].jsHeapUsed), mb(mem.lineup[key].jsHeapUsed), '', '', '', ''],
  ['wasm memory after 100 / after ' + CHANGES + ' changes', `${mb(mem.ours.after100.wasmMemory)} / ${mb(mem.ours[key].wasmMemory)}`, '–', '', '', '', ''],
  [`JS heap + wasm: growth from 100 to ${CHANGES} changes`, `${round(mem.ours.growth * 100, 1)} %`,
    `${round(mem.lineup.growth * 100, 1)} %`, '', '', `flat (< ${GOALS.memoryGrowthMax * 100} %)`,
    mark(mem.ours.growth < GOALS.memoryGrowthMax)],
  [`DOM nodes / listeners after 100 → ${CHANGES} changes`,
    `${mem.ours.after100.domNodes} → ${mem.ours[key].domNodes} / ${mem.ours.after100.listeners} → ${mem.ours[key].listeners}`,
    `${mem.lineup.after100.domNodes} → ${mem.lineup[key].domNodes} / ${mem.lineup.after100.listeners} → ${mem.lineup[key].listeners}`,
    '', '', '', ''],
];
console.log(`\n${c.date} · ${c.machine} · load average ${c.loadAverage.join(' ')} · Chromium ${c.chromium}`);
console.log(`\nboth sides rank ${ROUND}'s ten teams; plain = the same rows as static HTML (the floor)`);
console.log('\n| measure | ours | LineUp.js | plain DOM | LineUp / ours | goal | |\n| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
for (const side of Object.keys(SIDES)) {
  console.log(`\n| file (${SIDES[side].name}) | raw | gzip |\n| --- | --- | --- |`);
  for (const f of c.bytes[side].files) console.log(`| ${f.path} | ${f.raw} | ${f.gzip} |`);
}

// Issue 13's goals, from this run and measure.mjs's (same `make bench`), in one table.
const goals = [];
const goal = (name, measured, target, ok) => goals.push({ goal: name, measured, target, ok });
const fv = report.firstView;
const inp = report.inputs;
const inputsN = report.settings?.INPUTS;
goal('First view download: every file before touching the widget, gzip -9 (index.html)',
  fv ? `${kb(fv.gzip)} (${fv.files.length} files)` : 'not measured (run measure.mjs first)', '≤ 120 KB',
  !!fv && fv.gzip <= 120 * 1024);
goal('First view vs LineUp.js, this run (ours: index.html as linked; LineUp.js: its page of ten teams)',
  `ours ${kb(c.bytes.oursFirstView.gzip)}, LineUp.js ${kb(c.bytes.lineup.gzip)}: LineUp / ours = ${ratio(c.bytes.lineup.gzip, c.bytes.oursFirstView.gzip)}`
    + ` (ours at ?round=${ROUND}, the full widget at once: ${kb(c.bytes.ours.gzip)})`,
  `≥ ${GOALS.downloadRatio}× less`, c.bytes.lineup.gzip / c.bytes.oursFirstView.gzip >= GOALS.downloadRatio);
for (const x of Object.values(fv?.onDemand?.alone ?? {})) {
  goal(`On demand: ${x.label}, as the first click`,
    x.error ? `failed: ${x.error}` : `+${kb(x.gzip)} gzip (${x.files.length} files)`, 'say what it costs', !x.error && null);
}
for (const [where, label] of [['page', 'index.html'], ['element', '<kai-ranking> (article-ko.html)']]) {
  for (const [t, max] of [['1x', 4], ['4x', 16]]) {
    const x = inp?.[where]?.[t];
    goal(`Weight change → rows reordered, p95, ${label}, CPU ${t.replace('x', '×')}`,
      x ? `${x.reorders.p95} ms (p50 ${x.reorders.p50}; ${x.reorders.n} reorders of ${x.events} changes)` : 'not measured',
      `≤ ${max} ms`, !!x && x.reorders.p95 <= max);
  }
}
goal(`Navigation → first ranking painted vs the plain-DOM floor (medians of ${LOADS})`,
  `${nav.ours.median} vs ${nav.plain.median} ms: ${round(nav.ours.median / nav.plain.median, 2)}×`,
  `≤ ${GOALS.floorRatioMax}×`, nav.ours.median / nav.plain.median <= GOALS.floorRatioMax);
const sent = inp ? ['page', 'element'].flatMap((w) => ['1x', '4x'].map((t) => inp[w][t].requestsDuring))
  .reduce((a, b) => a + b, 0) : NaN;
goal('Network requests while weight changes run (nothing excluded)',
  inp ? `${sent} in ${4 * inputsN} changes` : 'not measured', '0', sent === 0);
goal(`JS heap + wasm memory, 100 → ${CHANGES} changes (after GC)`,
  `${mb(mem.ours.after100.total)} → ${mb(mem.ours[key].total)} (${round(mem.ours.growth * 100, 1)} %)`,
  `< ${GOALS.memoryGrowthMax * 100} % growth`, mem.ours.growth < GOALS.memoryGrowthMax);
goal(`DOM nodes / listeners, 100 → ${CHANGES} changes`,
  `${mem.ours.after100.domNodes} → ${mem.ours[key].domNodes} / ${mem.ours.after100.listeners} → ${mem.ours[key].listeners}`,
  `≤ ${GOALS.domGrowthMax * 100} % more nodes, no more listeners`,
  mem.ours.domGrowth <= GOALS.domGrowthMax && mem.ours[key].listeners <= mem.ours.after100.listeners);
report.goals = { date: c.date, loadAverage: { measure: report.loadAverage ?? null, compare: c.loadAverage },
  rows: goals };
writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);

const met = goals.filter((g) => g.ok !== null);
console.log(`\nIssue 13 goals (load average: measure.mjs ${report.loadAverage?.join(' ') ?? '–'}, compare.mjs ${c.loadAverage.join(' ')}; shared 2-core machine: times are noisy)`);
console.log('\n| goal | measured | target | |\n| --- | --- | --- | --- |');
for (const g of goals) console.log(`| ${g.goal} | ${g.measured} | ${g.target} | ${mark(g.ok)} |`);
console.log(`\n${met.filter((g) => g.ok).length} of ${met.length} goals met`);
console.log(`written: ${relative(ROOT, reportPath)} (comparison, goals)`);
