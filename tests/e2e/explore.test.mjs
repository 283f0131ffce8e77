// Explore mode (탐구), on the real page under the strict CSP: "what would it take" moves the
// sliders so the team is first; the slope chart agrees with the golden file; the dataset editor lists
// every problem and keeps the text, and a valid three-criterion dataset replaces teams and
// sliders; CSV and PNG downloads are what they claim; axe finds no violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AXE_SOURCE, ROOT, goldenRanking, launchBrowser, openPage, rowOrder, startServer }
  from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const TEMPLATE = readFileSync(join(ROOT, 'data', 'template.json'), 'utf8');

async function openExplore(opts = {}) {
  const p = await openPage(browser, server.url, opts);
  await p.page.click('.kai-ranking [role="tab"][data-tab="explore"]');
  await p.page.locator('.kai-heat').waitFor({ state: 'visible' });
  return p;
}

/** Team ids of the slope chart's right column (the reader's ranking), top to bottom. */
function slopeRight(page) {
  return page.$$eval('.kai-slope-team', (gs) => gs
    .map((g) => [Number(g.getAttribute('data-right')), g.getAttribute('data-team-id')])
    .sort((a, b) => a[0] - b[0]).map((x) => x[1]));
}

test('explore: the slope chart shows the golden order; "what would it take" makes Upstage first', async () => {
  const p = await openExplore();
  const { page } = p;
  assert.deepEqual(await slopeRight(page), goldenRanking([25, 25, 25, 25]).map((r) => r.id));
  // The engine says Upstage can lead (KT and Kakao cannot: missing scores).
  await page.selectOption('.kai-xteam select', { label: '업스테이지 컨소시엄' });
  const first = page.locator('.kai-wit [data-reach="first"]');
  await first.locator('button[data-apply="first"]').click();
  await page.waitForFunction(() =>
    document.querySelector('.kai-slope-team[data-right="1"]')?.getAttribute('data-team-id') === 'upstage');
  // The reader's ranking in the article view agrees.
  await page.click('.kai-ranking [role="tab"][data-tab="article"]');
  await page.locator('.kai-ranking [data-rank]').first().waitFor();
  assert.equal((await rowOrder(page))[0], 'upstage');
  // And the formula for a team that cannot lead names who blocks it.
  await page.click('.kai-ranking [role="tab"][data-tab="explore"]');
  await page.selectOption('.kai-xteam select', { label: 'NC AI 컨소시엄' });
  assert.match(await first.innerText(), /어떤 가중치로도 안 됩니다/);
  p.assertClean();
  await p.close();
});

test('explore: an invalid dataset lists every problem and keeps the text; a valid one replaces the data', async () => {
  const p = await openExplore();
  const { page } = p;
  const bad = TEMPLATE.replace('"value": 9', '"value": 12').replace('"id": "reach"', '"id": "Reach!"');
  const area = page.locator('textarea.kai-data-text');
  await area.fill(bad);
  await page.click('button[data-data="apply"]');
  const errors = page.locator('.kai-data-errors li');
  await errors.first().waitFor();
  assert.ok(await errors.count() >= 2, 'both problems listed');
  const text = (await errors.allInnerTexts()).join('\n');
  assert.match(text, /teams\[0\]\.scores\.speed/);
  assert.equal(await area.inputValue(), bad, 'the pasted text is kept');
  // Syntax errors too, with a place.
  await area.fill('{ "teams": [1, 2,, ] }');
  await page.click('button[data-data="apply"]');
  await page.waitForFunction(() => /JSON 문법 오류/.test(document.querySelector('.kai-data-errors')?.textContent ?? ''));
  // A valid three-criterion dataset: three sliders, the new teams everywhere.
  await area.fill(TEMPLATE);
  await page.click('button[data-data="apply"]');
  await page.waitForFunction(() => document.querySelectorAll('.kai-ranking input[type="range"]').length === 3);
  assert.deepEqual((await slopeRight(page)).sort(), ['alpha', 'beta', 'gamma']);
  await page.click('.kai-ranking [role="tab"][data-tab="article"]');
  await page.locator('.kai-ranking [data-rank]').first().waitFor();
  assert.deepEqual((await rowOrder(page)).sort(), ['alpha', 'beta', 'gamma']);
  // Back to the built-in data, then open the template as a file: same result.
  await page.click('.kai-ranking [role="tab"][data-tab="explore"]');
  await page.click('button[data-data="builtin"]');
  await page.waitForFunction(() => document.querySelectorAll('.kai-ranking input[type="range"]').length === 4);
  await page.setInputFiles('.kai-data input[type="file"]', join(ROOT, 'data', 'template.json'));
  await page.waitForFunction(() => document.querySelectorAll('.kai-ranking input[type="range"]').length === 3);
  assert.equal(await area.inputValue(), TEMPLATE, 'the file text is shown for editing');
  p.assertClean();
  await p.close();
});

test('explore: a file over the 1 MiB limit is refused by its size, unread, with the limit named', async () => {
  const p = await openExplore();
  const { page } = p;
  const area = page.locator('.kai-data textarea');
  const before = await area.inputValue();
  // 3 MiB of spaces: reading it would only be wasted; the editor checks file.size first.
  await page.setInputFiles('.kai-data input[type="file"]', {
    name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 0x20),
  });
  const problems = page.locator('.kai-data .kai-data-errors');
  await problems.waitFor();
  const text = await problems.textContent();
  assert.match(text, /3145728/, `names the size: ${text}`);
  assert.match(text, /1048576/, `names the limit: ${text}`);
  assert.equal(await area.inputValue(), before, 'the text box keeps what it had');
  assert.equal(await page.locator('.kai-ranking input[type="range"]').count(), 4, 'the data in use stays');
  p.assertClean();
  await p.close();
});

test('explore: CSV download has a BOM and Korean names; PNG download is a PNG', async () => {
  const p = await openExplore();
  const { page } = p;
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="csv"]')]);
  const bytes = readFileSync(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const body = bytes.subarray(3).toString('utf8');
  // The full content is checked in exports.test.mjs; here: the ranking table after the header.
  // LG: (9 + 7 + 8 + 7.5) / 4 = 7.875 → 7.88 (tests/golden: equal, stage one).
  assert.match(body, /\r\n순위,아이디,팀,점수,성능,/);
  assert.match(body, /\r\n1,lg-ai,LG AI연구원 컨소시엄,7\.88,/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="png"]')]);
  const img = readFileSync(await png.path());
  assert.deepEqual([...img.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(img.length > 2000, `PNG has content (${img.length} B)`);
  p.assertClean();
  await p.close();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
for (const [lang, colorScheme] of [['ko', 'light'], ['en', 'dark']]) {
  test(`explore: axe finds no violations (${lang}, ${colorScheme})`, async () => {
    const p = await openExplore({ colorScheme, path: lang === 'en' ? '?lang=en' : '' });
    await p.page.evaluate(AXE_SOURCE);
    // Scoped to the widget: the demo page around it is not this test's subject.
    const violations = await p.page.evaluate(async (tags) => {
      const r = await window.axe.run('.kai-ranking', { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }, TAGS);
    assert.deepEqual(violations, []);
    p.assertClean();
    await p.close();
  });
}

test('explore: no horizontal overflow at 375 px', async () => {
  const p = await openExplore({ viewport: { width: 375, height: 800 } });
  const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  p.assertClean();
  await p.close();
});

test('explore: the tabs work from the keyboard; print hides the controls', async () => {
  const p = await openPage(browser, server.url);
  const { page } = p;
  await page.focus('.kai-ranking [role="tab"][data-tab="article"]');
  await page.keyboard.press('ArrowRight');
  await page.locator('.kai-heat').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-tab')), 'explore');
  assert.equal(await page.getAttribute('[data-tab="explore"]', 'aria-selected'), 'true');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.kai-export').isVisible(), false);
  assert.equal(await page.locator('.kai-tabs').isVisible(), false);
  assert.equal(await page.locator('.kai-slope-svg').isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  await page.focus('.kai-ranking [role="tab"][data-tab="explore"]');
  await page.keyboard.press('Home');
  await page.waitForFunction(() =>
    document.querySelector('.kai-ranking [data-tab="article"]')?.getAttribute('aria-selected') === 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-tab')), 'article');
  p.assertClean();
  await p.close();
});
