// Shared helpers for the browser tests (node --test tests/e2e/) and tests/bench/measure.mjs:
// serve dist/ on a free loopback port, drive Debian's Chromium through playwright-core, record
// every console message, page error and off-host request; give the expected ranking from the
// independent oracle (tests/golden/kai-rankings.json, computed by scripts/golden.py without the
// crate) and, only for weightings the golden cannot hold (random ones), from the native CLI;
// and wait for states instead of sleeping.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Criteria in dataset order, as the sliders' data-criterion values. */
export const CRITERIA = ['performance', 'sovereignty', 'industry', 'global'];
/** Every team id the dataset must show. */
export const TEAM_IDS = ['naver-cloud', 'upstage', 'skt', 'nc-ai', 'lg-ai', 'kt', 'kakao', 'motif',
  'konan', 'kaist', 'trillion-labs'];

/** The teams of stage one (the default round), in dataset order. */
export const STAGE_ONE_IDS = ['naver-cloud', 'upstage', 'skt', 'nc-ai', 'lg-ai'];

/**
 * Flags for headless Chromium on a machine without a network: the background-networking flags
 * stop Chromium from trying Google's hosts at every start. Playwright gives each launch a fresh
 * temporary profile (user-data-dir) of its own.
 */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-dev-shm-usage'];

/**
 * The built names of the content-hashed files (scripts/build.sh writes dist/pkg/manifest.json):
 * { glue: 'pkg/kai_ranking-<hash>.js', wasm: 'pkg/kai_ranking_bg-<hash>.wasm' }, paths
 * relative to dist/.
 */
export function builtNames() {
  const manifest = JSON.parse(readFileSync(join(DIST, 'pkg', 'manifest.json'), 'utf8'));
  return { glue: manifest['kai_ranking.js'], wasm: manifest['kai_ranking_bg.wasm'],
    islandGlue: manifest['kai_island.js'], islandWasm: manifest['kai_island_bg.wasm'] };
}

/**
 * Starts the static server on a free port; returns { url, close }. `host` picks the loopback
 * name (127.0.0.1 or localhost: two origins for the cross-origin tests); `cors: false` serves
 * without the CORS headers a host must send.
 */
export async function startServer({ host = '127.0.0.1', cors = true, root = DIST } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html missing: run 'make dist' first`);
  }
  const { server, url } = await serve({ root, port: 0, host, cors });
  return {
    url,
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }),
  };
}

/** Launches headless Chromium. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens a page in a fresh context and records what a reader would never want to see:
 * console errors/warnings, uncaught page errors, failed requests and any request that leaves
 * the test server (those are aborted; `allow` lists more origins of this machine, such as the
 * second loopback origin of the cross-origin tests). Call `assertClean()` at the end of each test.
 */
export async function openPage(browser, base, { viewport = { width: 1280, height: 900 },
  colorScheme = 'light', locale = 'ko-KR', path = '', reducedMotion = 'no-preference',
  javaScriptEnabled = true, allow = [] } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, locale, reducedMotion,
    javaScriptEnabled });
  const page = await context.newPage();
  const origins = [base, ...allow].map((u) => new URL(u).origin);
  const problems = { console: [], pageErrors: [], offHost: [], failed: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      const loc = msg.location();
      problems.console.push(`${msg.type()}: ${msg.text()} (${loc.url}:${loc.lineNumber})`);
    }
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err.stack ?? err)));
  page.on('requestfailed', (req) => {
    // Chromium re-fetches the favicon itself after a URL change (the widget's debounced
    // replaceState); a test that navigates or closes meanwhile aborts that fetch: not ours.
    const ownFavicon = /\/favicon\.svg$/.test(req.url()) && req.failure()?.errorText === 'net::ERR_ABORTED';
    if (!ownFavicon && !problems.offHost.includes(req.url())) {
      problems.failed.push(`${req.url()}: ${req.failure()?.errorText}`);
    }
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (origins.some((o) => url.startsWith(o + '/')) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    problems.offHost.push(url);
    return route.abort('blockedbyclient');
  });
  if (path !== null) await gotoWidget(page, base + path);
  return {
    page,
    context,
    problems,
    /** Fails the test if anything was logged, thrown, failed or sent off-host. */
    assertClean() {
      const all = [
        ...problems.console.map((m) => `console ${m}`),
        ...problems.pageErrors.map((m) => `page error: ${m}`),
        ...problems.offHost.map((m) => `request left 127.0.0.1: ${m}`),
        ...problems.failed.map((m) => `request failed: ${m}`),
      ];
      if (all.length) throw new Error(`page was not clean:\n  ${all.join('\n  ')}`);
    },
    close: () => context.close(),
  };
}

/**
 * Navigates and waits until the live widget has painted its ranking rows: pages carry a static
 * pre-rendered copy (`.kai-static`, scripts/prerender.sh) until the wasm replaces it.
 */
export async function gotoWidget(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('.kai-ranking:not(.kai-static) [data-rank]').first()
    .waitFor({ state: 'visible', timeout: 15000 });
  // The widget measured its own width and settled its layout (wide, or the phone dock).
  // (controls=none has no controls to lay out: its weights are written out instead.)
  await page.locator('.kai-ranking:not(.kai-static) :is([data-layout="wide"], [data-layout="narrow"], .kai-weights-text)')
    .first().waitFor({ state: 'attached', timeout: 15000 });
}

/** Team ids of the ranking rows in DOM order (the order a reader sees). */
export function rowOrder(page) {
  return page.$$eval('.kai-ranking:not(.kai-static) [data-team-id][data-rank]', (rows) =>
    rows.map((r) => r.getAttribute('data-team-id')));
}

/** The ranks shown, in DOM order; `null` for a row without a rank (`data-rank=""`). */
export function rowRanks(page) {
  return page.$$eval('.kai-ranking:not(.kai-static) [data-team-id][data-rank]', (rows) =>
    rows.map((r) => (r.getAttribute('data-rank') === '' ? null : Number(r.getAttribute('data-rank')))));
}

/** Slider values in criterion order (performance, sovereignty, industry, global). */
export async function sliderWeights(page) {
  const out = [];
  for (const id of CRITERIA) {
    out.push(Number(await page.locator(`input[type="range"][data-criterion="${id}"]`).inputValue()));
  }
  return out;
}

/** The golden rankings (see scripts/golden.py): { criteria, cut, cases: [{ name, weights, … }] }. */
export const GOLDEN = JSON.parse(readFileSync(join(ROOT, 'tests', 'golden', 'kai-rankings.json'), 'utf8'));

/** Shares of a weighting (null when all weights are zero). */
function shares(weights) {
  const sum = weights.reduce((s, w) => s + w, 0);
  return sum > 0 ? weights.map((w) => w / sum) : null;
}

/**
 * The golden case whose weights give the same shares as `weights` (25,25,25,25 is the golden
 * 1,1,1,1), or undefined when the golden does not hold this weighting.
 */
export function goldenCase(weights, round = GOLDEN.default_round) {
  const want = shares(weights);
  return GOLDEN.cases.find((c) => {
    if (c.round !== round || Object.keys(c.gates ?? {}).length) return false;
    const have = shares(c.weights);
    if (!want || !have) return !want && !have;
    return have.every((s, i) => Math.abs(s - want[i]) < 1e-12);
  });
}

/**
 * The oracle's ranking for `weights`: [{ id, rank }] in rank order. Throws when the golden file
 * does not hold this weighting: add it to CASES in scripts/golden.py (and regenerate) rather
 * than asking the engine under test.
 */
export function goldenRanking(weights, round = GOLDEN.default_round) {
  const c = goldenCase(weights, round);
  if (!c) throw new Error(`no golden case for weights ${weights}: add it to scripts/golden.py`);
  return c.order.map((id, i) => ({ id, rank: c.ranks[i] }));
}

/**
 * Polls `probe` (async ok) until it returns a truthy value, every `interval` ms, for at most
 * `timeout` ms; returns that value, or throws naming `what` with the last value seen. A poll, not
 * a fixed wait: it returns as soon as the state is there.
 */
export async function waitUntil(probe, what, { timeout = 10000, interval = 25 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((ok) => { setTimeout(ok, interval); });
  }
}

/**
 * Waits until no animation or transition is running in the page (shadow roots included) and one
 * more frame has been drawn: row slides and opening details have finished. Row slides start in
 * the frame after a reorder (crates/dom's RowAnimator), so two frames pass before looking.
 */
export async function animationsDone(page, timeout = 5000) {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForFunction(() => {
    const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot)
      .filter(Boolean)];
    return roots.every((r) => r.getAnimations().every((a) => a.playState !== 'running'));
  }, null, { timeout, polling: 'raf' });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/**
 * The live summary sentence a freshly loaded index page shows for `query` (e.g.
 * '?weights=25,25,25,100&lang=en'): the sentence a widget settled in that state must show.
 */
export async function summaryFor(browser, base, query) {
  const p = await openPage(browser, base, { path: query });
  try {
    const live = p.page.locator('.kai-ranking:not(.kai-static) .kai-summary');
    return await waitUntil(async () => (await live.textContent())?.trim(), `the summary for ${query}`);
  } finally {
    await p.close();
  }
}

const CLI = join(ROOT, 'target', 'release', process.platform === 'win32' ? 'kai-rank.exe' : 'kai-rank');

/**
 * The engine's ranking for `weights` in `round` (the widget's default round, stage one, unless
 * named), from the native CLI (`kai-rank rank --weights … --round … --json`): [{ id, rank }] in
 * display order (`rank: null` for teams without a rank). Only for weightings the golden cannot
 * hold (random ones, other datasets): this is the code under test, not an oracle. Where the
 * golden holds `weights`, the CLI's answer is checked against it first.
 */
export function engineRanking(weights, round = 'stage-1') {
  if (!existsSync(CLI)) throw new Error(`${CLI} missing: run 'make cli' first`);
  const out = execFileSync(CLI, ['rank', '--weights', weights.join(','), '--round', round, '--json'], {
    cwd: ROOT, encoding: 'utf8',
  });
  const ranking = parseCliRanking(JSON.parse(out));
  if (goldenCase(weights, round) && JSON.stringify(ranking) !== JSON.stringify(goldenRanking(weights, round))) {
    throw new Error(`kai-rank disagrees with the golden for ${weights}: ${JSON.stringify(ranking)}`);
  }
  return ranking;
}

/** Reads the CLI's --json answer into [{ id, rank }] (tolerates a bare array or { rows }). */
export function parseCliRanking(json) {
  const rows = Array.isArray(json) ? json : json.rows ?? json.ranking ?? json.teams;
  if (!Array.isArray(rows)) throw new Error(`unexpected kai-rank --json shape: ${JSON.stringify(json).slice(0, 200)}`);
  return rows.map((r) => ({ id: r.id ?? r.team_id ?? r.team, rank: r.rank }));
}

/** Directory for screenshots (created on demand). */
export function screenshotDir() {
  const dir = join(ROOT, 'target', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** axe-core's source, injected into pages (no CDN). */
export const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** The classroom example: 4 cities × 3 criteria in raw units, commute lower is better (issue 15). */
export const CLASSROOM_CITIES = readFileSync(join(ROOT, 'tests', 'fixtures', 'classroom-cities.tsv'), 'utf8');

/**
 * Puts `text` into the dataset editor's textarea under `scope` (e.g. `.kai-classroom`) as a
 * paste does: the value set, `input` and `change` fired.
 */
export async function pasteTable(page, text, scope = '') {
  await page.locator(`${scope} textarea.kai-data-text`.trim()).evaluate((a, t) => {
    a.value = t;
    a.dispatchEvent(new Event('input', { bubbles: true }));
    a.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

/** A pasted table's setting `what` (`direction` or `scaling`) of criterion column `c` (0-based). */
export const tableSetting = (c, what) => `.kai-tab-crit[data-criterion="${c}"] select[data-set="${what}"]`;
