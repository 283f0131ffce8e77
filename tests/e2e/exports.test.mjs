// Exports that carry their context (issue 14 §4): the CSV's header block and per-team columns,
// parsed and checked against the independent golden file (scripts/golden.py); the PNG's drawing
// calls (recorded by wrapping CanvasRenderingContext2D.fillText before the page runs) and its
// pixel size, wide and for phones, also on the strict-CSP page; print without controls.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { GOLDEN, ROOT, gotoWidget, launchBrowser, openPage, startServer } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const DATA = JSON.parse(readFileSync(join(ROOT, 'data', 'kai-2025.json'), 'utf8'));
const NAME = Object.fromEntries(DATA.teams.map((t) => [t.id, t.name]));
const STAGE_ONE = DATA.rounds.find((r) => r.id === 'stage-1');

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Records every fillText call of every canvas as window.__kaiTexts. */
const SPY = `window.__kaiTexts = [];
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (t, ...rest) {
    window.__kaiTexts.push(String(t)); return fill.call(this, t, ...rest); };`;

async function openExplore(opts = {}) {
  const p = await openPage(browser, server.url, { ...opts, path: null });
  await p.context.addInitScript(SPY);
  await gotoWidget(p.page, server.url + (opts.path ?? ''));
  await p.page.click('.kai-ranking [role="tab"][data-tab="explore"]');
  await p.page.locator('.kai-export').waitFor({ state: 'visible' });
  return p;
}

async function download(page, which) {
  const [d] = await Promise.all([page.waitForEvent('download'),
    page.click(`button[data-export="${which}"]`)]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what canvas.toBlob writes). */
function pngPixels(bytes) {
  const { width, height } = pngSize(bytes);
  assert.equal(bytes[24], 8, 'bit depth 8');
  assert.equal(bytes[25], 6, 'colour type RGBA');
  const idat = [];
  for (let at = 8; at < bytes.length;) {
    const len = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? out[y * stride + x - 4] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a); const pb = Math.abs(p - b); const pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      out[y * stride + x] = (line[x] + pred) & 0xff;
    }
  }
  return { width, height, at: (x, y) => out.subarray((y * width + x) * 4, (y * width + x) * 4 + 4) };
}

/** Share of dark (text-like) pixels in rows y0..y1 of the picture. */
function ink(img, y0, y1) {
  let dark = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < img.width; x++) {
      const [r, g, b] = img.at(x, y);
      if (r + g + b < 300) dark++;
    }
  }
  return dark / ((y1 - y0) * img.width);
}

test('CSV: a header block (title, disclaimer, date, round, weights, sources) then the golden ranking with outcomes', async () => {
  const p = await openExplore();
  const { bytes } = await download(p.page, 'csv');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for spreadsheets');
  const rows = parseCsv(bytes.subarray(3).toString('utf8'));
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '');
  assert.ok(blank > 0, 'an empty line ends the header block');
  const head = Object.fromEntries(rows.slice(0, blank).map(([k, v]) => [k, v]));
  assert.equal(head['제목'], DATA.title.ko);
  assert.equal(head['알림'], DATA.disclaimer.ko);
  assert.equal(head['자료 기준일'], DATA.as_of);
  assert.match(head['단계'], new RegExp(`${STAGE_ONE.date}.*5팀 → 3팀`));
  // Equal weights: each criterion importance 5 of 10, a share of 25 %.
  for (const c of DATA.criteria) {
    assert.equal(head[`중요도(0–10): ${c.label.ko}`], '5');
    assert.equal(head[`가중치(%): ${c.label.ko}`], '25');
  }
  assert.ok(head['출처'].length > 0, 'sources named');
  assert.ok(head['주소'].startsWith(server.url), 'page address');

  const [header, ...teams] = rows.slice(blank + 1).filter((r) => r.length > 1);
  assert.deepEqual(header.slice(0, 8), ['순위', '아이디', '팀', '점수', '성능', '자주성', '산업 파급력', '글로벌 확장성']);
  assert.deepEqual(header.slice(-4), ['없는 점수', '요건 결과', '기준선 위', '실제 결과']);
  const golden = GOLDEN.cases.find((c) => c.name === 'preset:equal');
  assert.deepEqual(teams.map((r) => r[1]), golden.order, 'rows in the golden order');
  teams.forEach((r, i) => {
    assert.equal(Number(r[0]), golden.ranks[i], `${r[1]} rank`);
    assert.equal(r[3], golden.scores[i].toFixed(2), `${r[1]} score, two decimals`);
    assert.equal(r[2], NAME[r[1]].ko);
    // Stage one kept LG, SKT and Upstage (LATER.md); Naver Cloud and NC AI were not kept.
    assert.equal(r.at(-1), STAGE_ONE.actual.includes(r[1]) ? '선정' : '미선정', `${r[1]} outcome`);
    // Contributions sum to the score (hand check: share 1/4 × each criterion score).
    const contrib = r.slice(8, 12).map(Number).reduce((s, v) => s + v, 0);
    assert.ok(Math.abs(contrib - golden.scores[i]) < 0.03, `${r[1]} contributions add up`);
  });
  assert.equal(teams[0].at(-2), '예', 'LG is above the line');
  p.assertClean();
  await p.close();
});

for (const { which, width, path, lang, weight } of [
  // Equal importances 5/10 each give 25 %; csp.html's 8,6,4,2 give performance 8/10, 40 %.
  { which: 'png', width: 1600, path: '', lang: 'ko', weight: /성능 5\/10 \(비중 25\s?%\)/ },
  { which: 'png-phone', width: 1080, path: '?lang=en', lang: 'en', weight: /Performance 5\/10 \(share 25\s?%\)/ },
  { which: 'png', width: 1600, path: 'csp.html', lang: 'en', weight: /Performance 8\/10 \(share 40\s?%\)/ },
]) {
  test(`PNG ${which} ${lang} ${path || 'index'}: ${width} px wide with title, weights, cut line, outcomes, disclaimer, sources, date and address`, async () => {
    const p = await openExplore({ path });
    const { name, bytes } = await download(p.page, which);
    assert.match(name, /\.png$/);
    const size = pngSize(bytes);
    assert.equal(size.width, width);
    assert.ok(size.height > 600, `tall enough for the rows (${size.height})`);
    // The pixels: a white page (corner), ink in the title band at the top and in the footer
    // (sources, date, address) at the bottom, and none in the margins' outer columns.
    const img = pngPixels(bytes);
    assert.deepEqual([...img.at(0, 0)], [255, 255, 255, 255], 'white, opaque background');
    assert.ok(ink(img, 0, 120) > 0.005, 'title drawn at the top');
    assert.ok(ink(img, img.height - 120, img.height) > 0.003, 'footer drawn at the bottom');
    const texts = await p.page.evaluate(() => window.__kaiTexts);
    const all = texts.join(' ');
    const t = (o) => o[lang];
    assert.ok(all.includes(t(DATA.title)) || texts.join('').replaceAll(' ', '').includes(t(DATA.title).replaceAll(' ', '')), 'title');
    assert.ok(all.replaceAll(' ', '').includes(t(DATA.disclaimer).replaceAll(' ', '')), 'disclaimer');
    assert.ok(texts.some((x) => x.includes(DATA.as_of)), 'data date');
    assert.ok(texts.some((x) => x.includes(new URL(server.url).host)), 'page address');
    for (const id of STAGE_ONE.participants) assert.ok(texts.includes(t(NAME[id])), `${id} row`);
    assert.ok(texts.some((x) => /선정 기준선|Selection line/.test(x)), 'cut line label');
    assert.ok(texts.some((x) => x.includes(lang === 'ko' ? '✓ 선정' : '✓ Selected')), 'outcome badge with a mark');
    assert.match(all, weight, 'weights: importance and share');
    p.assertClean();
    await p.close();
  });
}

test('print: no controls, no share or export buttons; the ranking, the weights and the sources print', async () => {
  const p = await openPage(browser, server.url);
  const { page } = p;
  await page.emulateMedia({ media: 'print' });
  const shown = (sel) => page.$$eval(sel, (els) => els.some((e) => e.getClientRects().length > 0));
  for (const sel of ['.kai-ranking input[type="range"]', '.kai-ranking section.kai-share',
    '.kai-ranking .kai-toolbar', '.kai-ranking .kai-tabs', '.kai-ranking .kai-presets', '.kai-ranking .kai-export',
    '.kai-ranking .kai-ref']) {
    assert.equal(await shown(sel), false, `${sel} hidden on paper`);
  }
  // Not vacuous: the switches, tabs, sliders and share box are on the page, only not printed.
  for (const sel of ['.kai-ranking input[type="range"]', '.kai-ranking section.kai-share',
    '.kai-ranking .kai-toolbar', '.kai-ranking .kai-tabs', '.kai-ranking .kai-ref']) {
    assert.ok(await page.locator(sel).count() > 0, `${sel} exists`);
  }
  for (const sel of ['.kai-ranking [data-team-id][data-rank]', '.kai-ranking .kai-sources li', '.kai-ranking .kai-weights output']) {
    assert.equal(await shown(sel), true, `${sel} printed`);
  }
  // No orphaned label: a printed label whose control is hidden must print its value beside it
  // (a slider's importance and share in its <output>); any other such label is left dangling.
  const orphans = await page.$$eval('.kai-ranking label', (labels) => labels
    .filter((l) => l.getClientRects().length > 0 && l.control && l.control.getClientRects().length === 0)
    .filter((l) => ![...document.querySelectorAll('output')].some((o) => o.htmlFor.contains(l.control.id)
      && o.getClientRects().length > 0))
    .map((l) => l.textContent.trim()));
  assert.deepEqual(orphans, [], 'labels of hidden controls');
  // Weights print as text: each criterion's importance and share.
  const weights = await page.$eval('.kai-ranking .kai-weights', (e) => e.innerText);
  for (const c of DATA.criteria) assert.ok(weights.includes(c.label.ko), `${c.id} printed`);
  assert.match(weights, /5\/10/);
  assert.match(weights, /25\s?%/);
  // Disclosures print open: every <details> body inside the widget is laid out.
  const closed = await page.$$eval('.kai-ranking details', (ds) => ds
    .filter((d) => d.getClientRects().length > 0)
    .flatMap((d) => [...d.children].filter((c) => c.tagName !== 'SUMMARY'))
    .filter((c) => c.getClientRects().length === 0).length);
  assert.equal(closed, 0, 'no closed disclosure on paper');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, `a PDF with content (${pdf.length} B)`);
  p.assertClean();
  await p.close();
});
