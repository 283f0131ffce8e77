// The first view (README "First view"): the island makes the pre-rendered copy live, and the
// full widget takes over on the first interaction that needs it.
// - drift: the same weightings through the island and through Yew give the same DOM
//   (structure, text, attributes, control state), the golden order;
// - handover: the reader's weights, focus and open definitions survive it, nothing moves
//   (no layout-shift entry, rows where they were), the event that woke it takes effect;
// - the island never loads the full widget by itself, and declines what it cannot show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CRITERIA, GOLDEN, animationsDone, builtNames, launchBrowser, openPage, rowOrder, sliderWeights, startServer }
  from './helpers.mjs';

const server = await startServer();
const browser = await launchBrowser();
test.after(async () => {
  await browser.close();
  await server.close();
});

/**
 * The widget's DOM as comparable text: elements with their attributes sorted (the `value`
 * attribute left out: a control's live value is its property, compared instead), checked and
 * open states, text with adjacent nodes merged. The share box is left out: its links and codes
 * carry the page's address and weights, which only the full widget fills in (the island never
 * shows them: pressing a share button is a handover). The site's own address is written `./`
 * (the copy was pre-rendered with that base).
 */
function canonical(page) {
  return page.evaluate(() => {
    const base = new URL('.', location.href).href;
    const BOOLEAN = ['disabled', 'hidden', 'open', 'required', 'readonly', 'multiple'];
    const norm = (s) => s.split(base).join('./');
    const out = [];
    const walk = (node, depth) => {
      if (node.nodeType === Node.TEXT_NODE) {
        let text = node.data;
        while (node.nextSibling?.nodeType === Node.TEXT_NODE) {
          node = node.nextSibling;
          text += node.data;
        }
        if (text) out.push(`${' '.repeat(depth)}"${norm(text)}"`);
        return node;
      }
      if (node.nodeType !== Node.ELEMENT_NODE || node.matches('.kai-share')) return node;
      // Presence is what a boolean attribute says (`disabled=""` and `disabled="disabled"` are
      // one state); `checked`/`selected` attributes are only defaults: the properties count.
      const attrs = [...node.attributes].filter((a) => !['value', 'checked', 'selected'].includes(a.name))
        .map((a) => (BOOLEAN.includes(a.name) ? a.name : `${a.name}=${norm(a.value)}`)).sort();
      if (node.matches('input, select, textarea')) attrs.push(`.value=${node.value}`);
      if (node.matches('input[type="checkbox"], input[type="radio"]')) attrs.push(`.checked=${node.checked}`);
      if (node.matches('details')) attrs.push(`.open=${node.open}`);
      out.push(`${' '.repeat(depth)}<${node.localName} ${attrs.join(' ')}>`);
      for (let c = node.firstChild; c; c = c.nextSibling) c = walk(c, depth + 1);
      return node;
    };
    walk(document.querySelector('#app > .kai-ranking'), 0);
    return out.join('\n');
  });
}

/** Which phase the page is in: `island` or `full` (www/wake.js marks the host). */
const phase = (page) => page.getAttribute('#app', 'data-kai-phase');

/** The wasm files the page fetched so far (island, full widget). */
function wasmFetched(page) {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.wasm')));
}

/** Sets the sliders to `weights` as a reader would (keyboard focus + value + input event). */
async function setSliders(page, weights) {
  for (const [i, id] of CRITERIA.entries()) {
    await page.locator(`input[type="range"][data-criterion="${id}"]`).fill(String(weights[i]));
  }
}

/** The full widget's rendering of `weights`: `reference=equal` (the default) makes the island decline. */
async function yewRendering(weights) {
  const p = await openPage(browser, server.url, { path: `?weights=${weights.join(',')}&reference=equal` });
  assert.equal(await phase(p.page), 'full', 'an option the island does not take mounts the full widget');
  const dom = await canonical(p.page);
  const summary = await p.page.textContent('.kai-summary');
  p.assertClean();
  await p.close();
  return { dom, summary };
}

// Weightings of the default round from the golden file (scripts/golden.py, exact fractions),
// and all zero.
// (Only weightings the sliders can show: whole importances 0–10, no requirement.)
const settable = (c) => c.round === GOLDEN.default_round && !Object.keys(c.gates ?? {}).length
  && c.weights.every((w) => Number.isInteger(w) && w <= 10);
const CASES = GOLDEN.cases.filter(settable).map((c) => c.weights);

test('drift: the island and the full widget render every weighting alike, on the golden order', async () => {
  const names = builtNames();
  const p = await openPage(browser, server.url);
  const { page } = p;
  assert.equal(await phase(page), 'island');
  for (const weights of CASES) {
    await setSliders(page, weights);
    const yew = await yewRendering(weights);
    // The sentence waits to settle (half a second) in both: wait for it, not for a time.
    await page.waitForFunction((s) => document.querySelector('.kai-summary').textContent === s, yew.summary);
    const dom = await canonical(page);
    if (process.env.DRIFT_DUMP) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync('/tmp/drift-island.txt', dom);
      writeFileSync('/tmp/drift-yew.txt', yew.dom);
    }
    assert.equal(dom, yew.dom, `same DOM for weights ${weights}`);
    const golden = GOLDEN.cases.find((c) => settable(c) && c.weights.join() === weights.join());
    if (golden) assert.deepEqual(await rowOrder(page), golden.order, `golden order for ${weights}`);
  }
  // All of it without the full widget.
  assert.deepEqual(await wasmFetched(page), [`/${names.islandWasm}`]);
  p.assertClean();
  await p.close();
});

test('drift: weights from a shared link are applied by the island as by the full widget', async () => {
  const weights = [8, 6, 4, 2];
  const p = await openPage(browser, server.url, { path: `?weights=${weights.join(',')}` });
  assert.equal(await phase(p.page), 'island');
  assert.deepEqual(await sliderWeights(p.page), weights);
  const yew = await yewRendering(weights);
  // The copy's sentence is the default one until the island's settles.
  await p.page.waitForFunction((s) => document.querySelector('.kai-summary').textContent === s, yew.summary);
  assert.equal(await canonical(p.page), yew.dom);
  p.assertClean();
  await p.close();
});

test('handover: nothing moves, the weights, focus and open definitions stay', async () => {
  const p = await openPage(browser, server.url);
  const { page } = p;
  await setSliders(page, [10, 2, 5, 0]);
  const order = await rowOrder(page);
  await page.locator('.kai-slider details summary').first().click();
  const slider = page.locator('input[type="range"][data-criterion="sovereignty"]');
  await slider.focus();
  await page.keyboard.press('ArrowRight'); // 2 → 3, by the island
  await page.evaluate(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => window.__shifts.push(...l.getEntries().map((e) => e.value)))
      .observe({ type: 'layout-shift' });
  });
  await animationsDone(page); // the rows at rest, not mid-slide
  const rectsBefore = await page.$$eval('[data-team-id]', (rows) => rows.map((r) => r.getBoundingClientRect().top));
  // A change that changes nothing (the reference picker set to what it shows) wakes the
  // full widget: the handover alone, measured.
  await page.evaluate(() => document.querySelector('.kai-controls select, .kai-results select')
    .dispatchEvent(new Event('change', { bubbles: true })));
  await page.waitForFunction(() => document.querySelector('#app').dataset.kaiPhase === 'full');
  await animationsDone(page);
  assert.deepEqual(await sliderWeights(page), [10, 3, 5, 0]);
  assert.deepEqual(await rowOrder(page), order);
  assert.deepEqual(await page.$$eval('[data-team-id]', (rows) => rows.map((r) => r.getBoundingClientRect().top)),
    rectsBefore, 'rows where they were');
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.criterion), 'sovereignty', 'focus kept');
  assert.equal(await page.locator('.kai-slider details').first().getAttribute('open'), '', 'definition still open');
  // The full widget now runs the sliders.
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await sliderWeights(page), [10, 4, 5, 0]);
  p.assertClean();
  await p.close();
});

test('handover: the click that needs the full widget takes effect (mouse and keyboard)', async () => {
  const p = await openPage(browser, server.url);
  const { page } = p;
  await setSliders(page, [9, 5, 5, 1]);
  // Explore by mouse.
  await page.click('[role="tab"][data-tab="explore"]');
  await page.locator('.kai-explore').waitFor();
  assert.equal(await phase(page), 'full');
  assert.deepEqual(await sliderWeights(page), [9, 5, 5, 1]);
  p.assertClean();
  await p.close();

  // A team's details by keyboard (Enter on the row's button).
  const q = await openPage(browser, server.url);
  const first = q.page.locator('[data-team-id] .kai-row-btn').first();
  const id = await q.page.locator('[data-team-id]').first().getAttribute('data-team-id');
  await first.focus();
  await q.page.keyboard.press('Enter');
  await q.page.locator(`[data-team-id="${id}"] [aria-expanded="true"]`).waitFor();
  assert.equal(await phase(q.page), 'full');
  assert.equal(await q.page.evaluate(() => document.activeElement?.closest('[data-team-id]')?.dataset.teamId), id);
  // Language: English, same weights.
  await q.page.click('[data-lang="en"]');
  await q.page.locator('.kai-ranking[lang="en"]').waitFor();
  q.assertClean();
  await q.close();
});

test('the island declines what it cannot show, and the full widget starts at once', async () => {
  for (const query of ['?lang=en', '?round=selection-2025', '?team=upstage', '?controls=sliders', '?weights=oops']) {
    const p = await openPage(browser, server.url, { path: query });
    assert.equal(await phase(p.page), 'full', query);
    p.assertClean();
    await p.close();
  }
});

test('phone width: the island draws the dock as the full widget does, and hands over its toggle', async () => {
  const viewport = { width: 375, height: 800 };
  const p = await openPage(browser, server.url, { viewport });
  const { page } = p;
  assert.equal(await phase(page), 'island');
  for (const weights of [[5, 5, 5, 5], [10, 2, 5, 0], [0, 0, 0, 0]]) {
    await setSliders(page, weights);
    const q = await openPage(browser, server.url, { viewport,
      path: `?weights=${weights.join(',')}&reference=equal` });
    assert.equal(await phase(q.page), 'full');
    await q.page.locator('[data-layout="narrow"]').waitFor();
    const yew = { dom: await canonical(q.page), summary: await q.page.textContent('.kai-summary') };
    q.assertClean();
    await q.close();
    await page.waitForFunction((s) => document.querySelector('.kai-summary').textContent === s, yew.summary);
    assert.equal(await canonical(page), yew.dom, `same phone DOM for weights ${weights}`);
  }
  // The toggle folds the dock: the full widget's job, replayed after the handover.
  await page.click('.kai-dock-toggle');
  await page.locator('.kai-dock[data-dock="closed"]').waitFor();
  assert.equal(await phase(page), 'full');
  assert.equal(await page.getAttribute('.kai-dock-toggle', 'aria-expanded'), 'false');
  p.assertClean();
  await p.close();
});
