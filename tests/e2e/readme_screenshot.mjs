// The README's picture of the compact embed on a phone: `node tests/e2e/readme_screenshot.mjs`
// (needs dist/, as the e2e tests) writes www/img/compact-embed-ko-375.png — embed.html with the
// compact options at 375 px wide, in Korean, the whole widget. Not a test: run it by hand when
// the widget's look changes, and commit the picture.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchBrowser, openPage, startServer } from './helpers.mjs';

const COMPACT = 'controls=sliders&explore=off&header=off&share=off&langswitch=off&themeswitch=off'
  + '&sources=compact';
const server = await startServer();
const browser = await launchBrowser();
try {
  const p = await openPage(browser, server.url, { viewport: { width: 375, height: 800 },
    path: `embed.html?lang=ko&${COMPACT}` });
  await p.page.evaluate(() => document.fonts.ready);
  mkdirSync(join(ROOT, 'www', 'img'), { recursive: true });
  const file = join(ROOT, 'www', 'img', 'compact-embed-ko-375.png');
  await p.page.screenshot({ path: file, fullPage: true });
  p.assertClean();
  console.log(`wrote ${file}`);
} finally {
  await browser.close();
  await server.close();
}
