// Opening a team's details (the row's button) shows its facts and a quoted source.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, startServer } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const lang of ['ko', 'en']) {
  test(`clicking a row's button shows facts and a quote (${lang})`, async () => {
    // The 2025 selection: ten teams, the last of them (KAIST) without scores.
    const round = 'round=selection-2025';
    const p = await openPage(browser, server.url, { path: lang === 'en' ? `?lang=en&${round}` : `?${round}` });
    const root = p.page.locator('.kai-ranking');
    for (const id of ['upstage', 'kaist']) {
      const button = root.locator(`[data-team-id="${id}"][data-rank] button`).first();
      assert.equal(await button.getAttribute('aria-expanded'), 'false', `${id}: starts closed`);
      await button.click();
      await root.locator(`[data-team-id="${id}"][data-rank] button[aria-expanded="true"]`)
        .first().waitFor({ timeout: 3000 });
      const panelId = await button.getAttribute('aria-controls');
      assert.ok(panelId, `${id}: the expanded button names its panel (aria-controls)`);
      const panel = p.page.locator(`[id="${panelId}"]`);
      await panel.waitFor({ state: 'visible', timeout: 3000 });
      const facts = panel.locator('dl, ul, table').first();
      assert.ok(await facts.isVisible(), `${id}: facts visible`);
      assert.ok((await facts.innerText()).trim().length > 10, `${id}: facts have text`);
      const quote = panel.locator('blockquote, q').first();
      assert.ok(await quote.isVisible(), `${id}: a quote is visible`);
      assert.ok((await quote.innerText()).trim().length > 5, `${id}: quote has text`);
    }
    p.assertClean();
    await p.close();
  });
}
