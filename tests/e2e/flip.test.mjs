// Rows that change places slide there (FLIP, crates/dom's RowAnimator): each moved row gets a
// Web Animations API animation of `transform`, from where the reader saw it to `none`, over
// 300 ms, started in the frame after the reorder; nothing is written into the markup (no
// `style=` attribute, which the strict CSP forbids); under prefers-reduced-motion: reduce no row
// animates. In the built page and in the <kai-ranking> element (its open shadow root).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, startServer } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Stage one (the default round), equal weights: LG 7.875, SKT 7.625, Upstage 7.5, Naver Cloud
// and NC AI 6.5; industry only: SKT 8.5, NC AI 8, LG 8, Upstage 7.5, Naver Cloud 6.5 (the score
// table in tests/state.rs). Every row changes place.
const EQUAL = ['lg-ai', 'skt', 'upstage', 'naver-cloud', 'nc-ai'];
const INDUSTRY = ['skt', 'nc-ai', 'lg-ai', 'upstage', 'naver-cloud'];

/**
 * In the page: waits two frames (the animator's first reading), sets industry-only weights,
 * waits for the new order, then watches up to `frames` frames; returns the order before and
 * after, the animations seen on rows (the first frame any row has one) and any style attribute.
 */
const REORDER = async ({ host, frames, open = null }) => {
  const root = host ? document.querySelector(host).shadowRoot : document;
  let live = root.querySelector('.kai-ranking:not(.kai-static)');
  const frame = () => new Promise((ok) => requestAnimationFrame(ok));
  const rows = () => [...live.querySelectorAll('[data-team-id][data-rank]')];
  const ids = () => rows().map((r) => r.getAttribute('data-team-id'));
  const settled = async () => {
    await frame();
    await frame();
    while (root.getAnimations().some((a) => a.playState === 'running')) await frame();
  };
  if (open) {
    live.querySelector(`[data-team-id="${open}"] .kai-row-btn`).click();
    // On the built page the first view is the island: opening details hands over to the full
    // widget, which mounts new nodes over the same markup. Wait for that state (the phase mark
    // and the row shown open), then read the live widget again.
    const opened = () => {
      const phase = root.querySelector('[data-kai-phase]')?.getAttribute('data-kai-phase');
      const btn = root.querySelector(`.kai-ranking:not(.kai-static) [data-team-id="${open}"] .kai-row-btn`);
      return (phase === undefined || phase === 'full') && btn?.getAttribute('aria-expanded') === 'true';
    };
    for (let i = 0; i < 600 && !opened(); i++) await frame();
    live = root.querySelector('.kai-ranking:not(.kai-static)');
  }
  await settled();
  // Layout tops (offsetTop leaves transforms out), by team id.
  const tops = () => Object.fromEntries(rows().map((r) => [r.getAttribute('data-team-id'), r.offsetTop]));
  const beforeTops = tops();
  const beforeOrder = ids();
  for (const c of ['performance', 'sovereignty', 'global']) {
    const s = live.querySelector(`input[type="range"][data-criterion="${c}"]`);
    s.value = '0';
    s.dispatchEvent(new Event('input', { bubbles: true }));
  }
  for (let i = 0; i < 120 && ids().join() === beforeOrder.join(); i++) await frame();
  let animated = [];
  for (let i = 0; i < frames && !animated.length; i++) {
    await frame();
    animated = rows().filter((r) => r.getAnimations().length).map((r) => {
      const [a] = r.getAnimations();
      const [from, to] = a.effect.getKeyframes();
      return { id: r.getAttribute('data-team-id'), count: r.getAnimations().length,
        from: from.transform, to: to.transform, duration: a.effect.getTiming().duration,
        easing: a.effect.getTiming().easing };
    });
  }
  return { beforeOrder, afterOrder: ids(), animated, beforeTops, afterTops: tops(),
    styled: rows().filter((r) => r.hasAttribute('style')).map((r) => r.getAttribute('data-team-id')) };
};

for (const [name, path, host] of [['the built page', '', null],
  ['the <kai-ranking> element', 'article-ko.html', 'kai-ranking']]) {
  test(`${name}: rows that change places slide there with the Web Animations API`, async () => {
    const p = await openPage(browser, server.url, { path });
    const r = await p.page.evaluate(REORDER, { host, frames: 10 });
    assert.deepEqual(r.beforeOrder, EQUAL);
    assert.deepEqual(r.afterOrder, INDUSTRY);
    assert.deepEqual(r.animated.map((a) => a.id).sort(), [...EQUAL].sort(), 'every moved row slides');
    for (const a of r.animated) {
      assert.equal(a.count, 1, `${a.id}: one slide at a time`);
      assert.equal(a.duration, 300);
      assert.equal(a.easing, 'ease-out');
      assert.equal(a.to, 'none');
      const dy = Number(/^translateY\((-?[\d.e+-]+)px\)$/.exec(a.from)?.[1]);
      // A row that went down the list starts above its new place (negative offset), and back.
      const down = INDUSTRY.indexOf(a.id) > EQUAL.indexOf(a.id);
      assert.ok(down ? dy < 0 : dy > 0, `${a.id} moved ${down ? 'down' : 'up'}: starts at ${a.from}`);
    }
    assert.deepEqual(r.styled, [], 'no style attribute on any row');
    p.assertClean();
    await p.close();
  });

  test(`${name}: after a row's details opened, each slide starts where the row was seen`, async () => {
    const p = await openPage(browser, server.url, { path });
    // LG's details open under the first row and push the others down: the animator must have
    // re-read their places, or they would start a panel's height off.
    const r = await p.page.evaluate(REORDER, { host, frames: 10, open: 'lg-ai' });
    assert.deepEqual(r.afterOrder, INDUSTRY);
    assert.equal(r.animated.length, EQUAL.length);
    for (const a of r.animated) {
      const dy = Number(/^translateY\((-?[\d.e+-]+)px\)$/.exec(a.from)?.[1]);
      const seen = r.beforeTops[a.id] - r.afterTops[a.id];
      assert.ok(Math.abs(dy - seen) <= 1, `${a.id}: starts ${dy} px off, was seen ${seen} px off`);
    }
    p.assertClean();
    await p.close();
  });

  test(`${name}: under prefers-reduced-motion: reduce the rows jump, no animation`, async () => {
    const p = await openPage(browser, server.url, { path, reducedMotion: 'reduce' });
    const r = await p.page.evaluate(REORDER, { host, frames: 10 });
    assert.deepEqual(r.afterOrder, INDUSTRY);
    assert.deepEqual(r.animated, []);
    assert.deepEqual(r.styled, []);
    p.assertClean();
    await p.close();
  });
}
