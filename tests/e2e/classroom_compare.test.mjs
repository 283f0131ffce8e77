// The normalisation switch made visible (issue #15 §1): in the Classroom tab, after the
// teacher's table is in use, a table shows each item's place under the settings chosen and
// under raw, min–max and rank scaling for every criterion, with one sentence saying the
// scaling alone changes the winner. Expected places are worked by hand in
// crates/engine/tests/classroom_compare.rs (not by the code under test).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AXE_SOURCE, CLASSROOM_CITIES, launchBrowser, openPage, pasteTable, startServer, tableSetting }
  from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const select = tableSetting;

/** Opens the Classroom tab, pastes the cities, commute lower-is-better, satisfaction raw. */
async function classroomWithCities(path) {
  const p = await openPage(browser, server.url, { path });
  const { page } = p;
  await page.click('.kai-ranking [role="tab"][data-tab="classroom"]');
  await page.locator('.kai-classroom').waitFor();
  await pasteTable(page, CLASSROOM_CITIES, '.kai-classroom');
  await page.locator('.kai-tab-settings').waitFor();
  await page.selectOption(select(1, 'direction'), 'lower');
  await page.selectOption(select(2, 'scaling'), 'raw');
  await page.click('.kai-classroom button[data-data="apply"]');
  await page.locator('.kai-cl-compare').waitFor();
  return p;
}

/** The comparison as rows of texts: [name, as set, all raw, all min–max, all rank]. */
const table = (page) => page.locator('.kai-cl-cmp-table tbody tr').evaluateAll((rows) =>
  rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));

test('classroom: the places under each scaling, side by side, and the winner that changes', async () => {
  const p = await classroomWithCities('');
  const { page } = p;
  assert.deepEqual(await page.locator('.kai-cl-cmp-table thead th').allInnerTexts(),
    ['도시', '지금 설정', '모두 원자료', '모두 최소–최대', '모두 순위']);
  const na = '쓸 수 없음: 0–10 밖의 값';
  assert.deepEqual(await table(page), [
    ['가람시', '1위', na, '1위', '2위'],
    ['나래시', '2위', na, '2위', '1위'],
    ['다솜시', '3위', na, '3위', '3위'],
    ['라온시', '4위', na, '4위', '4위'],
  ]);
  assert.equal(await page.locator('[data-leaders]').innerText(),
    '옮기는 방법만 바꿔도 1위가 바뀝니다: 최소–최대로는 가람시, 순위로는 나래시.');
  await page.evaluate(AXE_SOURCE);
  const axe = await page.evaluate(async () => {
    const r = await window.axe.run('.kai-classroom',
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(axe, []);
  p.assertClean();
  await p.close();
});

test('classroom: the comparison in English', async () => {
  const p = await classroomWithCities('?lang=en');
  const { page } = p;
  assert.deepEqual(await page.locator('.kai-cl-cmp-table thead th').allInnerTexts(),
    ['도시', 'As set', 'All raw', 'All min–max', 'All rank']);
  assert.deepEqual((await table(page))[0], ['가람시', 'rank 1', 'n/a: values outside 0–10', 'rank 1', 'rank 2']);
  assert.equal(await page.locator('[data-leaders]').innerText(),
    'The scaling alone changes who is first: 가람시 with min–max; 나래시 with rank.');
  p.assertClean();
  await p.close();
});
