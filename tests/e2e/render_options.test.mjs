// Render options a newsroom expects (README "Render options"; kai_engine::layout): every option
// as a <kai-ranking> attribute and as a query of the iframe page (embed.html) and the standalone
// page, what a reader sees for each, the translated notice for a bad value, the share box's
// embed builder (controls → live preview and copied codes), the compact embed's height on a
// 375 × 800 phone in Korean and English, and axe on the compact embed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AXE_SOURCE, gotoWidget, launchBrowser, openPage, screenshotDir, startServer, waitUntil }
  from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const LIVE = '.kai-ranking:not(.kai-static)';
/** The compact embed: sliders, the ranking, one line of source and disclaimer. */
const COMPACT = 'controls=sliders&explore=off&header=off&share=off&langswitch=off&themeswitch=off'
  + '&sources=compact';
/** Most a compact embed may be at 375 × 800: 1.3 screens. */
const COMPACT_MAX_PX = 1040;

/** Counts of what a reader can see, in the live widget under `scope`. */
function parts(page, scope) {
  const n = (sel) => page.locator(`${scope} ${LIVE} ${sel}`).count();
  return Promise.all([
    n('input[type="range"]'), n('.kai-gates'), n('.kai-presets'), n('.kai-rounds'), n('.kai-ref'),
    n('[role="tab"]'), n('.kai-title'), n('.kai-disclaimer'), n('[data-share]'),
    n('[data-lang]'), n('[data-theme-choice]'), n('[data-team-id][data-rank]'),
    n('[data-weights-text]'), n('[data-sources]'), n('.kai-builder'),
  ]).then(([sliders, gates, presets, rounds, ref, tabs, title, disclaimer, share, lang, theme,
    rows, weightsText, sourceLine, builder]) => ({ sliders, gates, presets, rounds, ref, tabs,
    title, disclaimer, share, lang, theme, rows, weightsText, sourceLine, builder }));
}

/** The full widget (stage one, five teams, share box), as every case starts from. */
const FULL = { sliders: 4, gates: 1, presets: 1, rounds: 1, ref: 1, tabs: 3, title: 1,
  disclaimer: 1, share: 3, lang: 2, theme: 3, rows: 5, weightsText: 0, sourceLine: 0, builder: 1 };

/** Each option, its value, and what changes from FULL (hand-counted from the components). */
const CASES = [
  ['controls', 'sliders', { gates: 0, presets: 0, rounds: 0, ref: 0 }],
  ['controls', 'none', { sliders: 0, gates: 0, presets: 0, rounds: 0, ref: 0, weightsText: 1 }],
  ['explore', 'off', { tabs: 0 }],
  ['header', 'off', { title: 0 }],
  ['sources', 'compact', { disclaimer: 0, sourceLine: 1 }],
  ['sources', 'off', { disclaimer: 0, sourceLine: 1 }],
  ['share', 'off', { share: 0, builder: 0 }],
  ['langswitch', 'off', { lang: 0 }],
  ['themeswitch', 'off', { theme: 0 }],
  ['rows', '3', { rows: 3 }],
];

/** Adds `<kai-ranking lang=… name=value>` to csp.html and waits for its live rows. */
async function addElement(page, attrs) {
  await page.evaluate((a) => {
    const el = document.createElement('kai-ranking');
    el.id = 'opt';
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    document.querySelector('main').append(el);
  }, attrs);
  await page.locator(`#opt ${LIVE} [data-rank]`).first().waitFor({ timeout: 15000 });
}

test('without options every part shows (the baseline the cases below change)', async () => {
  const p = await openPage(browser, server.url, { path: 'embed.html' });
  assert.deepEqual(await parts(p.page, 'body'), FULL);
  p.assertClean();
  await p.close();
});

for (const [option, value, change] of CASES) {
  const want = { ...FULL, ...change };
  test(`${option}=${value}: as a query of the iframe page and as an attribute`, async () => {
    const p = await openPage(browser, server.url, { path: `embed.html?${option}=${value}` });
    assert.deepEqual(await parts(p.page, 'body'), want, 'embed.html query');
    await gotoWidget(p.page, `${server.url}csp.html`);
    await addElement(p.page, { [option]: value });
    assert.deepEqual(await parts(p.page, '#opt'), want, '<kai-ranking> attribute');
    p.assertClean();
    await p.close();
  });
}

test('the standalone page takes the options from its query too', async () => {
  const p = await openPage(browser, server.url, { path: '?lang=en&share=off&rows=2&controls=none' });
  const got = await parts(p.page, 'body');
  assert.deepEqual([got.share, got.rows, got.sliders, got.weightsText], [0, 2, 0, 1]);
  assert.equal((await p.page.locator(`${LIVE} [data-weights-text]`).innerText()).replace(/\s/g, ''),
    'Weights:Performance25%·Sovereignty25%·Industryimpact25%·Globalreach25%');
  p.assertClean();
  await p.close();
});

test('rows=3 shows the top three and "show all (2 more)" brings back every row', async () => {
  const p = await openPage(browser, server.url, { path: 'embed.html?rows=3&lang=en' });
  const { page } = p;
  const ids = () => page.locator(`${LIVE} [data-team-id][data-rank]`).evaluateAll((rows) =>
    rows.map((r) => r.getAttribute('data-team-id')));
  // Equal weights, stage one: LG 7.75, SKT 7.625, Upstage next (tests/golden).
  assert.deepEqual(await ids(), ['lg-ai', 'skt', 'upstage']);
  const button = page.locator(`${LIVE} button[data-show-all]`);
  assert.equal(await button.innerText(), 'Show all (2 more)');
  await button.focus();
  await page.keyboard.press('Enter');
  await waitUntil(async () => (await ids()).length === 5, 'five rows after show all');
  assert.equal(await button.count(), 0, 'the button goes once every row shows');
  p.assertClean();
  await p.close();
});

test('controls=none writes the weights out; sources=off keeps the disclaimer line and the date', async () => {
  const p = await openPage(browser, server.url,
    { path: 'embed.html?controls=none&sources=off&weights=40,30,20,10' });
  const { page } = p;
  assert.equal((await page.locator(`${LIVE} [data-weights-text]`).innerText()).replace(/\s/g, ''),
    '가중치:성능40%·자주성30%·산업파급력20%·글로벌확장성10%'.replace(/\s/g, ''));
  const line = page.locator(`${LIVE} [data-sources="off"]`);
  assert.ok(await line.isVisible());
  const text = await line.innerText();
  assert.match(text, /공식 결과가 아닙니다/);
  assert.match(text, /2026-02-25/);
  assert.equal(await line.locator('a').innerText(), '근거와 출처');
  p.assertClean();
  await p.close();
});

test('sources=compact: one line of disclaimer and date, the sources one click away', async () => {
  const p = await openPage(browser, server.url, { path: 'embed.html?sources=compact&lang=en' });
  const { page } = p;
  const line = page.locator(`${LIVE} [data-sources="compact"]`);
  assert.match(await line.locator('p').first().innerText(),
    /^Illustrative editorial assessments, not official results\. · Data as of\s2026-02-25$/);
  assert.equal(await line.locator('ol li').first().isVisible(), false, 'the list starts folded');
  await line.locator('summary').click();
  await line.locator('ol li').first().waitFor({ state: 'visible' });
  p.assertClean();
  await p.close();
});

test('bad values: a translated notice names the option and the value; the default is used', async () => {
  const p = await openPage(browser, server.url, { path: 'embed.html?rows=abc&controls=few' });
  const { page } = p;
  const notices = page.locator(`${LIVE} .kai-notices`);
  const ko = await notices.innerText();
  assert.match(ko, /controls: "few" — all, sliders, none 중 하나여야 합니다\. 기본값\(all\)으로 보여 줍니다\./);
  assert.match(ko, /rows: "abc" — 1부터 15까지의 정수여야 합니다\. 모든 순위를 보여 줍니다\./);
  const got = await parts(page, 'body');
  assert.deepEqual([got.rows, got.presets], [5, 1], 'defaults: every row, every control');
  await gotoWidget(page, `${server.url}csp.html`);
  await addElement(page, { lang: 'en', explore: 'maybe', sources: 'short' });
  const en = await page.locator(`#opt ${LIVE} .kai-notices`).innerText();
  assert.match(en, /explore: "maybe" is not one of on, off; using on\./);
  assert.match(en, /sources: "short" is not one of full, compact, off; using full\./);
  assert.equal(await page.locator(`#opt ${LIVE} [role="tab"]`).count(), 3);
  p.assertClean();
  await p.close();
});

test('changing an attribute later re-applies only the layout; the reader\'s weights stay', async () => {
  const p = await openPage(browser, server.url, { path: 'csp.html' });
  const { page } = p;
  await addElement(page, { lang: 'en' });
  const slider = page.locator(`#opt ${LIVE} input[type="range"][data-criterion="performance"]`);
  await slider.focus();
  await page.keyboard.press('End');
  await waitUntil(async () => (await slider.inputValue()) === '10', 'slider at its maximum (importance 10)');
  await page.evaluate(() => document.getElementById('opt').setAttribute('controls', 'sliders'));
  await waitUntil(async () => (await page.locator(`#opt ${LIVE} .kai-presets`).count()) === 0,
    'presets hidden');
  assert.equal(await slider.inputValue(), '10');
  p.assertClean();
  await p.close();
});

test('embed builder: a control changes the live preview and the copied codes', async () => {
  const p = await openPage(browser, server.url, { path: null });
  await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page } = p;
  await gotoWidget(page, `${server.url}embed.html`);
  const builder = page.locator(`${LIVE} .kai-builder`);
  assert.equal(await builder.locator('summary').innerText(), '임베드 설정');
  assert.equal(await builder.locator('iframe').count(), 0, 'no preview while closed');
  await builder.locator('summary').click();
  const frame = builder.locator('iframe[data-builder-preview]');
  await frame.waitFor();
  const base = `${server.url}embed.html?lang=ko&weights=5,5,5,5&round=stage-1`;
  assert.equal(await frame.getAttribute('src'), base);
  // The preview at `src` has drawn its widget (each change loads the frame anew; waiting keeps
  // a load from being cut short by the next change).
  // (The preview's page writes the reader's view back into its own URL, re-encoded, so its
  // address is compared parameter by parameter.)
  const sameQuery = (a, b) => {
    // Before its first navigation the frame's address is empty or about:blank.
    if (!URL.canParse(a)) return false;
    const [x, y] = [new URL(a).searchParams, new URL(b).searchParams];
    return [...x.keys(), ...y.keys()].every((k) => x.get(k) === y.get(k));
  };
  const previewFrame = async () => (await frame.elementHandle()).contentFrame();
  const previewReady = (src) => waitUntil(async () => {
    if ((await frame.getAttribute('src')) !== src) return false;
    const f = await previewFrame();
    return Boolean(f) && sameQuery(f.url(), src)
      && (await f.locator(`${LIVE} [data-rank]`).count()) > 0;
  }, `preview ${src}`, { timeout: 15000 });
  await previewReady(base);
  // Labelled native controls.
  assert.equal(await builder.getByLabel('조작 도구').evaluate((e) => e.tagName), 'SELECT');
  await builder.getByLabel('조작 도구').selectOption('sliders');
  await previewReady(`${base}&controls=sliders`);
  await builder.getByLabel('탐구 탭').uncheck();
  const chosen = `${base}&controls=sliders&explore=off`;
  await previewReady(chosen);
  // The preview shows it: no presets, no tabs.
  const inner = await previewFrame();
  assert.equal(await inner.locator(`${LIVE} .kai-presets`).count(), 0);
  assert.equal(await inner.locator(`${LIVE} [role="tab"]`).count(), 0);
  // The copied codes carry the options.
  const copy = async (kind) => {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator(`${LIVE} button[data-share="${kind}"]`).click();
    let text = '';
    await waitUntil(async () => (text = await page.evaluate(() => navigator.clipboard.readText())) !== '',
      `${kind} copied`);
    return text;
  };
  // (Inside the element: the static fallback rows the share box adds, README "Never an empty gap".)
  const script = await copy('script');
  assert.ok(script.startsWith(`<script type="module" src="${server.url}kai-ranking.js"></script>\n`
    + '<kai-ranking lang="ko" weights="5,5,5,5" round="stage-1" controls="sliders" explore="off">'), script);
  assert.ok(script.endsWith('</kai-ranking>'), script);
  assert.match(await copy('iframe'),
    /^<iframe src="[^"]*embed\.html\?lang=ko&amp;weights=5,5,5,5&amp;round=stage-1&amp;controls=sliders&amp;explore=off"/);
  // "Compact for phones" sets every compact option at once.
  await builder.locator('button[data-builder-preset="compact"]').click();
  const compact = `${base}&controls=sliders`
    + '&explore=off&header=off&sources=compact&share=off&langswitch=off&themeswitch=off';
  await previewReady(compact);
  assert.equal(await builder.getByLabel('출처').inputValue(), 'compact');
  p.assertClean();
  await p.close();
});

/** Height of embed.html with `query` at 375 × 800 (the iframe's height is the document's). */
async function compactHeight(lang, shot) {
  const p = await openPage(browser, server.url, { viewport: { width: 375, height: 800 },
    path: `embed.html?lang=${lang}&${COMPACT}` });
  await p.page.evaluate(() => document.fonts.ready);
  const h = await p.page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  if (shot) await p.page.screenshot({ path: join(screenshotDir(), shot), fullPage: true });
  p.assertClean();
  await p.close();
  return h;
}

for (const lang of ['ko', 'en']) {
  test(`compact embed (${lang}) fits in 1.3 screens at 375 × 800`, async () => {
    const h = await compactHeight(lang, `compact-375-${lang}.png`);
    console.log(`compact embed height at 375 px (${lang}): ${h} px`);
    assert.ok(h <= COMPACT_MAX_PX, `${h} px > ${COMPACT_MAX_PX} px`);
  });
}

test('axe: no violations on the compact embed (ko, en) nor with the builder open', async () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const axe = async (page) => {
    await page.evaluate(AXE_SOURCE);
    return page.evaluate(async (tags) => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, TAGS);
  };
  for (const lang of ['ko', 'en']) {
    const p = await openPage(browser, server.url, { viewport: { width: 375, height: 800 },
      path: `embed.html?lang=${lang}&${COMPACT}&rows=3` });
    assert.deepEqual(await axe(p.page), [], `compact ${lang}`);
    p.assertClean();
    await p.close();
  }
  const p = await openPage(browser, server.url, { path: 'embed.html?lang=en' });
  await p.page.locator(`${LIVE} .kai-builder summary`).click();
  await p.page.locator(`${LIVE} iframe[data-builder-preview]`).waitFor();
  assert.deepEqual(await axe(p.page), [], 'builder open');
  p.assertClean();
  await p.close();
});

test('the pre-rendered copy never shows a layout the query contradicts; it shows if the wasm never comes', async () => {
  const p = await openPage(browser, server.url, { path: null });
  const { page } = p;
  // The wasm never arrives: the static copy is all there is.
  await page.route('**/*.wasm', () => {});
  await page.goto(`${server.url}embed.html?${COMPACT}`, { waitUntil: 'domcontentloaded' });
  const copy = page.locator('.kai-static');
  assert.equal(await copy.evaluate((e) => getComputedStyle(e).visibility), 'hidden',
    'the full-layout copy is not shown under compact options');
  await waitUntil(async () => (await copy.evaluate((e) => getComputedStyle(e).visibility)) === 'visible',
    'shown after the wait, as a fallback', { timeout: 8000 });
  await p.close();
  // Without layout options the copy shows at once.
  const q = await openPage(browser, server.url, { path: null });
  await q.page.route('**/*.wasm', () => {});
  await q.page.goto(`${server.url}embed.html?lang=en`, { waitUntil: 'domcontentloaded' });
  assert.equal(await q.page.locator('.kai-static').evaluate((e) => getComputedStyle(e).visibility), 'visible');
  await q.close();
});
