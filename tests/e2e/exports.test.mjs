// Exports that carry their context (issue 14 §4): the CSV's header block and per-team columns,
// parsed and checked against the independent golden file (scripts/golden.py); the PNG's drawing
// calls (recorded by wrapping CanvasRenderingContext2D.fillText before the page runs) and its
// pixel size, wide and for phones, also on the strict-CSP page; print without controls.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
  // Equal weights: each criterion 25 %.
  for (const c of DATA.criteria) assert.equal(head[`가중치: ${c.label.ko}`], '25%');
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

for (const { which, width, path, lang } of [
  { which: 'png', width: 1600, path: '', lang: 'ko' },
  { which: 'png-phone', width: 1080, path: '?lang=en', lang: 'en' },
  { which: 'png', width: 1600, path: 'csp.html', lang: 'en' },
]) {
  test(`PNG ${which} ${lang} ${path || 'index'}: ${width} px wide with title, weights, cut line, outcomes, disclaimer, sources, date and address`, async () => {
    const p = await openExplore({ path });
    const { name, bytes } = await download(p.page, which);
    assert.match(name, /\.png$/);
    const size = pngSize(bytes);
    assert.equal(size.width, width);
    assert.ok(size.height > 600, `tall enough for the rows (${size.height})`);
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
    assert.ok(texts.some((x) => /\d+\s?%/.test(x)), 'weights as shares');
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
    '.kai-ranking .kai-toolbar', '.kai-ranking .kai-tabs', '.kai-ranking .kai-presets', '.kai-ranking .kai-export']) {
    assert.equal(await shown(sel), false, `${sel} hidden on paper`);
  }
  for (const sel of ['.kai-ranking [data-team-id][data-rank]', '.kai-ranking .kai-sources', '.kai-ranking .kai-weights output']) {
    assert.equal(await shown(sel), true, `${sel} printed`);
  }
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, `a PDF with content (${pdf.length} B)`);
  p.assertClean();
  await p.close();
});
