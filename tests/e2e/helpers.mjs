// Shared helpers for the browser tests (node --test tests/e2e/) and tests/bench/measure.mjs:
// serve dist/ on a free loopback port, drive Debian's Chromium through playwright-core, record
// every console message, page error and off-host request, and ask the native CLI for the
// ranking the engine gives, so the browser is always checked against the engine itself.

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

/** Starts the static server on a free port; returns { url, close }. */
export async function startServer() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html missing: run 'make dist' first`);
  }
  const { server, url } = await serve({ root: DIST, port: 0 });
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
 * the test server (those are aborted). Call `assertClean()` at the end of each test.
 */
export async function openPage(browser, base, { viewport = { width: 1280, height: 900 },
  colorScheme = 'light', locale = 'ko-KR', path = '', reducedMotion = 'no-preference',
  javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, locale, reducedMotion,
    javaScriptEnabled });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const problems = { console: [], pageErrors: [], offHost: [], failed: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      const loc = msg.location();
      problems.console.push(`${msg.type()}: ${msg.text()} (${loc.url}:${loc.lineNumber})`);
    }
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err.stack ?? err)));
  page.on('requestfailed', (req) => {
    if (!problems.offHost.includes(req.url())) {
      problems.failed.push(`${req.url()}: ${req.failure()?.errorText}`);
    }
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) {
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

const CLI = join(ROOT, 'target', 'release', process.platform === 'win32' ? 'kai-rank.exe' : 'kai-rank');

/**
 * The engine's ranking for `weights` in `round` (the widget's default round, stage one, unless
 * named), from the native CLI (`kai-rank rank --weights … --round … --json`): [{ id, rank }] in
 * display order (`rank: null` for teams without a rank). The browser must agree with it exactly.
 */
export function engineRanking(weights, round = 'stage-1') {
  if (!existsSync(CLI)) throw new Error(`${CLI} missing: run 'make cli' first`);
  const out = execFileSync(CLI, ['rank', '--weights', weights.join(','), '--round', round, '--json'], {
    cwd: ROOT, encoding: 'utf8',
  });
  return parseCliRanking(JSON.parse(out));
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
