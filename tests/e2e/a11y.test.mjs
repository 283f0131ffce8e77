// axe-core (WCAG 2.0/2.1 A+AA, 2.2 AA) finds no violation, in Korean and English, light and
// dark, with and without a team's details open.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AXE_SOURCE, animationsDone, launchBrowser, openPage, startServer } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe in the page (injected through DevTools, so the strict CSP stays on). */
async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary}`),
    }));
  }, TAGS);
}

function report(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`)
    .join('\n');
}

for (const lang of ['ko', 'en']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe: no violations (${lang}, ${colorScheme})`, async () => {
      const p = await openPage(browser, server.url, { colorScheme, path: lang === 'en' ? '?lang=en' : '' });
      const closed = await axe(p.page);
      assert.deepEqual(closed, [], `details closed:\n${report(closed)}`);
      // Open the first team's details and scan again.
      const first = p.page.locator('.kai-ranking:not(.kai-static) [data-team-id][data-rank] button').first();
      await first.click();
      // The details are open (the button says so and its panel is shown), and drawn.
      await p.page.waitForFunction(() => {
        const b = document.querySelector('.kai-ranking:not(.kai-static) [data-team-id][data-rank] button');
        return b?.getAttribute('aria-expanded') === 'true'
          && document.getElementById(b.getAttribute('aria-controls'))?.isConnected;
      });
      await animationsDone(p.page);
      const open = await axe(p.page);
      assert.deepEqual(open, [], `details open:\n${report(open)}`);
      p.assertClean();
      await p.close();
    });
  }
}
