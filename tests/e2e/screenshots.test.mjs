// Screenshots of the real page at phone (375 px) and desktop (1280 px) widths, light and dark,
// in target/screenshots/ for a person to look at. Also checks nothing overflows sideways.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchBrowser, openPage, screenshotDir, startServer } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    for (const lang of ['ko', 'en']) {
      test(`${width}px ${colorScheme} ${lang}: renders without horizontal overflow`, async () => {
        const p = await openPage(browser, server.url, {
          viewport: { width, height: width < 600 ? 812 : 900 }, colorScheme,
          path: lang === 'en' ? '?lang=en' : '',
        });
        await p.page.evaluate(() => document.fonts.ready);
        const file = join(screenshotDir(), `${width}-${colorScheme}-${lang}.png`);
        await p.page.screenshot({ path: file, fullPage: true });
        const overflow = await p.page.evaluate(() =>
          document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at ${width}px`);
        p.assertClean();
        await p.close();
      });
    }
  }
}
