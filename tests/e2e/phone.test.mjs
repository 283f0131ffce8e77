// Phone first (issue 14 §3): at 320 and 375 px wide, in Korean and English, the ranking comes
// first and the sliders sit in a sticky dock at the bottom. While any slider moves — by keyboard
// or by mouse — the five rows above the cut stay in the viewport, above the dock; the number
// beside the slider is the thumb's value "/10" and the share beside it is the hand-worked one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AXE_SOURCE, CRITERIA, launchBrowser, openPage, startServer, waitUntil } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const LIVE = '.kai-ranking:not(.kai-static)';
const NBSP = '\u00a0';

/** "비중 29%" / "share 29 %" (English keeps a no-break space before %). */
const shareText = (lang, pct) => (lang === 'ko' ? `비중 ${pct}%` : `share ${pct}${NBSP}%`);

/**
 * Hand-worked shares when one slider is at `v` and the other three stay at 5 (sum 15 + v):
 * 6 → 6/21 = 28.6 %, 10 → 10/25 = 40 %, 0 → 0 %, 8 → 8/23 = 34.8 %, 5 → 25 %; the others then
 * read 5/21 = 23.8 %, 5/25 = 20 %, 5/15 = 33.3 %, 5/23 = 21.7 %, 25 %.
 */
const HAND = { 6: [29, 24], 10: [40, 20], 0: [0, 33], 8: [35, 22], 5: [25, 25] };

/**
 * Where the first five rows and the dock are, in viewport px (getBoundingClientRect), in the
 * next frame the reader sees: a reorder's slide starts in the animation frame after the DOM
 * changed (crates/dom's RowAnimator), so between the two the rows stand at their new places
 * with any running slide's offset, a state never painted.
 */
function measure(page) {
  return page.evaluate(async (live) => {
    await new Promise((ok) => { requestAnimationFrame(() => ok()); });
    const root = document.querySelector(live);
    const rows = [...root.querySelectorAll('[data-team-id][data-rank]')].slice(0, 5)
      .map((r) => r.getBoundingClientRect());
    const dock = root.querySelector('.kai-dock');
    return {
      rows: rows.length,
      firstTop: Math.round(rows[0].top),
      fifthBottom: Math.round(rows[rows.length - 1].bottom),
      dockTop: dock ? Math.round(dock.getBoundingClientRect().top) : null,
      height: window.innerHeight,
    };
  }, LIVE);
}

/** The five rows above the cut are in the viewport and not under the dock. */
async function assertRowsInSight(page, what) {
  const m = await measure(page);
  assert.equal(m.rows, 5, `${what}: five rows`);
  assert.ok(m.dockTop !== null, `${what}: the phone layout has a dock`);
  assert.ok(m.firstTop >= 0, `${what}: first row top ${m.firstTop} is in the viewport`);
  assert.ok(m.fifthBottom <= m.dockTop && m.dockTop <= m.height,
    `${what}: fifth row bottom ${m.fifthBottom} is above the dock (top ${m.dockTop}, viewport ${m.height})`);
  return m;
}

/** The slider's value, the number beside it and the share shown with it. */
function sliderState(page, id) {
  return page.evaluate(([live, crit]) => {
    const input = document.querySelector(`${live} input[type="range"][data-criterion="${crit}"]`);
    const box = input.closest('.kai-slider');
    return { value: input.value, imp: box.querySelector('.kai-imp').textContent,
      share: box.querySelector('.kai-wshare').textContent };
  }, [LIVE, id]);
}

/** Waits until slider `id` holds `v` and reads as "v/10" with the hand-worked share. */
async function assertSlider(page, lang, id, v) {
  const want = { value: String(v), imp: `${v}/10`, share: shareText(lang, HAND[v][0]) };
  let got;
  await waitUntil(async () => {
    got = await sliderState(page, id);
    return JSON.stringify(got) === JSON.stringify(want);
  }, `${id} at ${v}`, { timeout: 5000 }).catch(() => {});
  assert.deepEqual(got, want, `${id}: the number beside the slider is what the thumb shows`);
  // Another slider (still at 5) shows its own share of the new total.
  const other = CRITERIA.find((c) => c !== id);
  assert.equal((await sliderState(page, other)).share, shareText(lang, HAND[v][1]), `${other}'s share`);
}

/** Drags slider `id` with the mouse to value `v`; measures while the button is still down. */
async function drag(page, lang, id, v) {
  const input = page.locator(`${LIVE} input[type="range"][data-criterion="${id}"]`);
  const box = await input.boundingBox();
  const thumb = 16; // Chromium's range thumb: its centre runs from thumb/2 to width − thumb/2
  const at = (x) => box.x + thumb / 2 + ((box.width - thumb) * x) / 10;
  const y = box.y + box.height / 2;
  const from = Number(await input.inputValue());
  await page.mouse.move(at(from), y);
  await page.mouse.down();
  await page.mouse.move(at(v), y, { steps: 5 });
  await assertSlider(page, lang, id, v);
  const m = await assertRowsInSight(page, `dragging ${id} to ${v}`);
  await page.mouse.up();
  return m;
}

const measured = [];

for (const width of [320, 375]) {
  for (const lang of ['ko', 'en']) {
    test(`${width}×800 ${lang}: every slider, by keyboard and mouse, keeps the five rows above the cut in sight`, async (t) => {
      const p = await openPage(browser, server.url, { viewport: { width, height: 800 },
        path: lang === 'en' ? '?lang=en' : '' });
      const { page } = p;
      await page.locator(`${LIVE} .kai-dock`).waitFor();
      // Phone order: the ranking first, then the dock (document order = focus order).
      const order = await page.evaluate((live) => {
        const root = document.querySelector(live);
        const list = root.querySelector('[data-team-id][data-rank]');
        const dock = root.querySelector('.kai-dock');
        return Boolean(list.compareDocumentPosition(dock) & Node.DOCUMENT_POSITION_FOLLOWING);
      }, LIVE);
      assert.ok(order, 'the dock follows the ranking in the document');
      for (const id of CRITERIA) {
        const slider = page.locator(`${LIVE} input[type="range"][data-criterion="${id}"]`);
        await slider.focus();
        const focused = await assertRowsInSight(page, `${id} focused`);
        if (id === CRITERIA[0]) measured.push({ width, lang, ...focused });
        await assertSlider(page, lang, id, 5);
        await page.keyboard.press('ArrowRight');
        await assertSlider(page, lang, id, 6);
        await assertRowsInSight(page, `${id} ArrowRight`);
        await page.keyboard.press('End');
        await assertSlider(page, lang, id, 10);
        await assertRowsInSight(page, `${id} End`);
        await page.keyboard.press('Home');
        await assertSlider(page, lang, id, 0);
        await assertRowsInSight(page, `${id} Home`);
        await drag(page, lang, id, 8);
        await assertRowsInSight(page, `${id} after the drag`);
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
        await assertSlider(page, lang, id, 5);
        await assertRowsInSight(page, `${id} back to 5`);
      }
      t.diagnostic(`measured with the first slider focused: ${JSON.stringify(measured.at(-1))}`);
      p.assertClean();
      await p.close();
    });
  }
}

test('375 px: the dock folds and unfolds by keyboard, with a visible focus ring', async () => {
  const p = await openPage(browser, server.url, { viewport: { width: 375, height: 800 } });
  const { page } = p;
  const toggle = page.locator(`${LIVE} .kai-dock-toggle`);
  await toggle.focus();
  const ring = await toggle.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(ring, 'none', 'the toggle shows where focus is');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.match(await toggle.innerText(), /^가중치 조절/, 'the toggle names what it folds');
  await page.keyboard.press('Enter');
  await page.waitForFunction((live) => document.querySelector(`${live} .kai-dock-toggle`)
    .getAttribute('aria-expanded') === 'false', LIVE);
  assert.equal(await page.locator(`${LIVE} .kai-dock-panel`).isVisible(), false, 'sliders folded away');
  await page.keyboard.press('Space');
  await page.locator(`${LIVE} .kai-dock-panel input[type="range"]`).first().waitFor({ state: 'visible' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  p.assertClean();
  await p.close();
});

test('375 px: an old share link (weights=40,30,20,10) loads with the same shares', async () => {
  const p = await openPage(browser, server.url, { viewport: { width: 375, height: 800 },
    path: '?weights=40,30,20,10' });
  const got = await Promise.all(CRITERIA.map((c) => sliderState(p.page, c)));
  // 4:3:2:1 as importances on 0–10 is 8,6,4,2; the shares stay 40/30/20/10 %.
  assert.deepEqual(got, [
    { value: '8', imp: '8/10', share: '비중 40%' },
    { value: '6', imp: '6/10', share: '비중 30%' },
    { value: '4', imp: '4/10', share: '비중 20%' },
    { value: '2', imp: '2/10', share: '비중 10%' },
  ]);
  p.assertClean();
  await p.close();
});

for (const [width, lang] of [[375, 'ko'], [375, 'en'], [320, 'ko']]) {
  test(`axe: no violations in the phone layout (${width} px, ${lang}), dock open and folded`, async () => {
    const p = await openPage(browser, server.url, { viewport: { width, height: 800 },
      path: lang === 'en' ? '?lang=en' : '' });
    const { page } = p;
    await page.locator(`${LIVE} .kai-dock`).waitFor();
    // The phone's working state: a slider in hand, the rows above the dock. (At the very top of
    // the page the dock, stuck to the viewport's bottom, covers whatever lies there — as any
    // sticky bar does; a control that gets focus is scrolled out from under it, tested below.)
    await page.locator(`${LIVE} input[type="range"]`).first().focus();
    await assertRowsInSight(page, 'slider focused');
    await page.evaluate(AXE_SOURCE);
    const scan = () => page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(await scan(), [], 'dock open');
    await page.locator(`${LIVE} .kai-dock-toggle`).click();
    await page.waitForFunction((live) => document.querySelector(`${live} .kai-dock-panel`).hidden, LIVE);
    assert.deepEqual(await scan(), [], 'dock folded');
    p.assertClean();
    await p.close();
  });
}

test('375 px: a control that gets focus by Tab is never hidden under the dock', async () => {
  const p = await openPage(browser, server.url, { viewport: { width: 375, height: 800 } });
  const { page } = p;
  await page.locator(`${LIVE} .kai-dock`).waitFor();
  // Every tab stop of the widget outside the dock, in order: each lies clear of the dock.
  const hidden = [];
  await page.locator(`${LIVE} button`).first().focus();
  for (let i = 0; i < 40; i++) {
    const r = await page.evaluate((live) => {
      const el = document.activeElement;
      const root = document.querySelector(live);
      if (!root.contains(el)) return { done: true };
      const dock = root.querySelector('.kai-dock');
      if (dock.contains(el)) return { done: true };
      const b = el.getBoundingClientRect();
      return { name: `${el.tagName} ${el.textContent.trim().slice(0, 20)}`, bottom: b.bottom,
        dockTop: dock.getBoundingClientRect().top };
    }, LIVE);
    if (r.done) break;
    if (r.bottom > r.dockTop) hidden.push(`${r.name}: bottom ${r.bottom} > dock ${r.dockTop}`);
    await page.keyboard.press('Tab');
  }
  assert.deepEqual(hidden, [], 'focused controls under the dock');
  p.assertClean();
  await p.close();
});

test('1280 px: the desktop layout is unchanged (no dock, the sliders beside the ranking)', async () => {
  const p = await openPage(browser, server.url);
  const { page } = p;
  assert.equal(await page.locator(`${LIVE} .kai-dock`).count(), 0);
  const [controls, results] = await Promise.all(['.kai-controls', '.kai-results'].map((s) =>
    page.locator(`${LIVE} ${s}`).boundingBox()));
  assert.ok(controls.x + controls.width <= results.x, 'controls to the left of the ranking');
  p.assertClean();
  await p.close();
});
