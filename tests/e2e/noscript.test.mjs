// The pre-rendered ranking (scripts/prerender.sh, src/prerender.rs): readers without JavaScript
// and crawlers get the default ranking (the golden file's), the disclaimer and the sources as
// plain HTML; readers with JavaScript see the rows at first paint, and the live widget takes
// the static copy's place without moving anything (bounding boxes and Cumulative Layout Shift).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, goldenRanking, launchBrowser, openPage, screenshotDir, startServer } from './helpers.mjs';

const DATA = JSON.parse(readFileSync(join(ROOT, 'data', 'kai-2025.json'), 'utf8'));
const EQUAL = [5, 5, 5, 5];
const STATIC_ROWS = '.kai-ranking.kai-static [data-team-id][data-rank]';
const LIVE_ROWS = '.kai-ranking:not(.kai-static) [data-team-id][data-rank]';
const NOTE = {
  ko: '이 도표는 자바스크립트가 켜져 있을 때 가중치를 바꿀 수 있습니다.',
  en: 'Turn on JavaScript to change the weights.',
};

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** [{ id, rank }] of the rows matched by `selector`, in document order. */
function rows(page, selector) {
  return page.$$eval(selector, (els) => els.map((r) => ({
    id: r.getAttribute('data-team-id'), rank: Number(r.getAttribute('data-rank')),
  })));
}

for (const { path, lang } of [
  { path: '/', lang: 'ko' },
  { path: '/noscript.html', lang: 'ko' },
  { path: '/noscript-en.html', lang: 'en' },
]) {
  test(`without JavaScript ${path} shows the default ranking, disclaimer, sources and note`, async () => {
    const p = await openPage(browser, server.url, { path: null, javaScriptEnabled: false });
    try {
      await p.page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
      const shown = await rows(p.page, STATIC_ROWS);
      assert.equal(shown.length, 5, 'stage one\'s five teams (the default round)');
      assert.deepEqual(shown, goldenRanking(EQUAL), 'the golden default order and ranks');
      for (const { id } of shown) {
        await assertVisible(p.page.locator(`.kai-ranking.kai-static [data-team-id="${id}"]`));
      }
      const root = p.page.locator('.kai-ranking.kai-static');
      assert.equal(await root.getAttribute('lang'), lang);
      assert.equal((await root.locator('.kai-disclaimer').innerText()).trim(), DATA.disclaimer[lang]);
      await assertVisible(root.locator('.kai-disclaimer'));
      const sources = root.locator('.kai-sources li');
      assert.equal(await sources.count(), DATA.sources.length);
      await assertVisible(sources.last());
      assert.equal((await root.locator('.kai-static-note').innerText()).trim(), NOTE[lang]);
      await assertVisible(root.locator('.kai-static-note'));
      // Controls that need the wasm are inert, not silently broken.
      assert.equal(await root.locator('input[type="range"]:not([disabled])').count(), 0);
      assert.equal(await root.locator('button:not([disabled]), select:not([disabled])').count(), 0);
      // With scripts off Chromium refuses index.html's <link rel="modulepreload"> (reported as
      // a "csp" failure): expected, and nothing a reader sees.
      p.problems.failed = p.problems.failed.filter((f) => !/\.js: csp$/.test(f));
      await p.page.screenshot({ path: join(screenshotDir(), `noscript${path.replace(/\W+/g, '-')}${lang}.png`), fullPage: true });
      p.assertClean();
    } finally {
      await p.close();
    }
  });
}

test('the served index.html already holds the ten rows (crawlers, first paint)', async () => {
  const html = await (await fetch(new URL('/', server.url))).text();
  const ids = [...html.matchAll(/data-team-id="([^"]+)" data-rank="(\d+)"/g)]
    .map((m) => ({ id: m[1], rank: Number(m[2]) }));
  assert.deepEqual(ids, goldenRanking(EQUAL));
  // Dates in the text sit in nowrap spans (components::with_dates): compare the text without them.
  const text = html.replace(/<span class="kai-date">([^<]*)<\/span>/g, '$1');
  assert.ok(text.includes(DATA.disclaimer.ko), 'disclaimer in the HTML');
});

for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
  test(`with JavaScript at ${viewport.width}px the rows paint before the wasm and do not move when it takes over`, async () => {
    const p = await openPage(browser, server.url, { path: null, viewport });
    try {
      // Record every layout shift from the start of the page's life.
      await p.page.addInitScript(() => {
        window.__kaiShifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (!e.hadRecentInput) window.__kaiShifts.push(e.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // Hold the wasm until the static copy has been checked.
      let release;
      const gate = new Promise((ok) => { release = ok; });
      // (Both modules: the first view's island and the full widget.)
      await p.page.route(/kai_(ranking|island)_bg-.*\.wasm$/, async (route) => { await gate; await route.continue(); });
      await p.page.goto(new URL('/', server.url).href, { waitUntil: 'commit' });
      await p.page.locator(STATIC_ROWS).first().waitFor({ state: 'visible', timeout: 15000 });
      assert.deepEqual(await rows(p.page, STATIC_ROWS), goldenRanking(EQUAL), 'rows before the wasm');
      const boxesBefore = await boxes(p.page);
      await p.page.screenshot({ path: join(screenshotDir(), `prerender-before-wasm-${viewport.width}.png`) });

      release();
      await p.page.locator(LIVE_ROWS).first().waitFor({ state: 'visible', timeout: 15000 });
      assert.equal(await p.page.locator('.kai-static').count(), 0, 'the static copy is gone');
      assert.deepEqual(await rows(p.page, LIVE_ROWS), goldenRanking(EQUAL), 'same rows after');
      // Two frames so any shift is laid out and reported.
      await p.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const boxesAfter = await boxes(p.page);
      await p.page.screenshot({ path: join(screenshotDir(), `prerender-after-wasm-${viewport.width}.png`) });

      for (const key of Object.keys(boxesBefore)) {
        const [a, b] = [boxesBefore[key], boxesAfter[key]];
        assert.ok(b, `${key} exists after the swap`);
        for (const k of ['x', 'y', 'width', 'height']) {
          assert.ok(Math.abs(a[k] - b[k]) < 1, `${key}.${k}: ${a[k]} before, ${b[k]} after`);
        }
      }
      const cls = await p.page.evaluate(() => window.__kaiShifts.reduce((s, v) => s + v, 0));
      console.log(`# CLS of the swap at ${viewport.width}px: ${cls.toFixed(4)}; list box ${JSON.stringify(boxesAfter.list)}`);
      assert.ok(cls < 0.1, `cumulative layout shift ${cls}`);
      p.assertClean();
    } finally {
      await p.close();
    }
  });
}

// Every other built page with a pre-rendered copy (embeds, demo articles: markers inside
// <kai-ranking> or another host): each copy shows the golden ranking for the weights its own
// sliders show, and nothing on the page moves when the live widgets take over.
const OTHER_PAGES = readdirSync(DIST).filter((f) => f.endsWith('.html')
  && !['index.html', 'noscript.html', 'noscript-en.html'].includes(f)
  && readFileSync(join(DIST, f), 'utf8').includes('kai-ranking kai-static'));

test(`pages with a pre-rendered copy: ${OTHER_PAGES.join(', ') || 'none besides index.html'}`, async () => {
  for (const file of OTHER_PAGES) {
    const url = new URL(file, server.url).href;
    const off = await openPage(browser, server.url, { path: null, javaScriptEnabled: false });
    try {
      await off.page.goto(url, { waitUntil: 'load' });
      const copies = off.page.locator('.kai-ranking.kai-static');
      const n = await copies.count();
      assert.ok(n >= 1, `${file}: a copy`);
      for (let i = 0; i < n; i++) {
        const copy = copies.nth(i);
        const weights = await copy.locator('input[type="range"]').evaluateAll((els) =>
          els.map((e) => Number(e.getAttribute('value'))));
        const shown = await copy.locator('[data-team-id][data-rank]').evaluateAll((els) => els.map((r) => ({
          id: r.getAttribute('data-team-id'), rank: Number(r.getAttribute('data-rank')) })));
        assert.deepEqual(shown, goldenRanking(weights),
          `${file} copy ${i}: the golden order for ${weights}`);
        assert.ok(await copy.locator('[data-rank]').first().isVisible(), `${file} copy ${i} visible`);
        assert.ok(await copy.locator('.kai-disclaimer').isVisible(), `${file} copy ${i} disclaimer`);
      }
      off.problems.failed = off.problems.failed.filter((f) => !/\.js: csp$/.test(f));
      off.assertClean();
    } finally {
      await off.close();
    }
    for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
      const on = await openPage(browser, server.url, { path: null, viewport });
      try {
        await on.page.addInitScript(() => {
          window.__kaiShifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.__kaiShifts.push(e.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        let release;
        const gate = new Promise((ok) => { release = ok; });
        await on.page.route('**/kai_ranking_bg-*.wasm', async (route) => { await gate; await route.continue(); });
        // Not 'load': a page that preloads the held wasm would never fire it.
        await on.page.goto(url, { waitUntil: 'domcontentloaded' });
        await on.page.waitForFunction(() => [...document.querySelectorAll('link[rel="stylesheet"]')]
          .every((l) => l.sheet));
        await on.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
        const hosts = await on.page.$$('.kai-ranking.kai-static >> xpath=..');
        const before = await Promise.all(hosts.map((h) => h.boundingBox()));
        assert.ok(before.every((b) => b && b.height > 100), `${file}: copies laid out before the wasm`);
        release();
        await on.page.waitForFunction((n) => document.querySelectorAll('.kai-static').length === 0
          && [...document.querySelectorAll('kai-ranking, #app')].filter((h) =>
            (h.shadowRoot ?? h).querySelector('.kai-ranking [data-rank]')).length >= n, hosts.length,
        { timeout: 15000 });
        await on.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
        const after = await Promise.all(hosts.map((h) => h.boundingBox()));
        before.forEach((b, i) => {
          for (const k of ['x', 'y', 'width', 'height']) {
            assert.ok(Math.abs(b[k] - after[i][k]) < 1, `${file} @${viewport.width}px host ${i} ${k}: ${b[k]} -> ${after[i][k]}`);
          }
        });
        const cls = await on.page.evaluate(() => window.__kaiShifts.reduce((s, v) => s + v, 0));
        console.log(`# CLS ${file} at ${viewport.width}px: ${cls.toFixed(4)}`);
        assert.ok(cls < 0.1, `${file} @${viewport.width}px: cumulative layout shift ${cls}`);
        on.assertClean();
      } finally {
        await on.close();
      }
    }
  }
});

/** Bounding boxes (page coordinates) of the list, every row, the sliders and the sources. */
function boxes(page) {
  return page.evaluate(() => {
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    };
    const out = { list: box(document.querySelector('.kai-list')),
      sources: box(document.querySelector('.kai-sources')),
      root: box(document.querySelector('.kai-ranking')) };
    for (const row of document.querySelectorAll('.kai-list [data-team-id]')) {
      out[`row ${row.getAttribute('data-team-id')}`] = box(row);
    }
    for (const input of document.querySelectorAll('.kai-ranking input[type="range"]')) {
      out[`slider ${input.getAttribute('data-criterion')}`] = box(input);
    }
    return out;
  });
}

async function assertVisible(locator) {
  assert.ok(await locator.isVisible(), `${locator} is visible`);
}
