// The README's classroom screenshots (www/img/classroom-*.png), taken from the built site in
// headless Chromium: the four-city table (tests/fixtures/classroom-cities.tsv) pasted into the
// Classroom tab, commute lower-is-better, satisfaction kept raw; then each step of the lesson.
// Run after `make dist`: `node scripts/classroom-shots.mjs` (not part of `make test`: the
// pictures are documentation, the behaviour they show is asserted by tests/e2e/classroom*.mjs,
// winner_map.test.mjs and predict.test.mjs).
import { join } from 'node:path';
import {
  CLASSROOM_CITIES, ROOT, launchBrowser, openPage, pasteTable, startServer, tableSetting,
} from '../tests/e2e/helpers.mjs';

const OUT = join(ROOT, 'www', 'img');
const select = tableSetting;

const server = await startServer();
const browser = await launchBrowser();
try {
  for (const lang of ['ko', 'en']) {
    const p = await openPage(browser, server.url, {
      path: lang === 'en' ? '?lang=en' : '', viewport: { width: 1100, height: 900 },
    });
    const { page } = p;
    await page.click('.kai-ranking [role="tab"][data-tab="classroom"]');
    await page.locator('.kai-classroom').waitFor();
    await pasteTable(page, CLASSROOM_CITIES, '.kai-classroom');
    await page.locator('.kai-tab-settings').waitFor();
    await page.selectOption(select(1, 'direction'), 'lower');
    await page.selectOption(select(2, 'scaling'), 'raw');
    await page.click('.kai-classroom button[data-data="apply"]');
    await page.locator('.kai-cl-compare').waitFor();
    const shot = async (step, name) => {
      const el = page.locator(`.kai-classroom [data-step="${step}"]`);
      await el.scrollIntoViewIfNeeded();
      await el.screenshot({ path: join(OUT, `classroom-${name}-${lang}.png`), animations: 'disabled' });
    };
    await shot('data', 'data');
    await page.locator('.kai-wm-svg').waitFor();
    await shot('who', 'who');
    // A guess (the items moved by their buttons), then the reveal.
    await page.locator('.kai-classroom button[data-pr-move="down"]:not(:disabled)').first().click();
    await page.click('.kai-classroom button[data-pr="reveal"]');
    await page.locator('.kai-classroom [data-pr="reveal-view"]').waitFor();
    await shot('predict', 'predict');
    await p.close();
  }
  console.log(`screenshots in ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
