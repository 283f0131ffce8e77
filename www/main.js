// Boots the widget: loads the wasm module and mounts it into <main id="app">, passing the page's
// query string (?lang=en&weights=8,6,4,2&preset=…&theme=…&cut=…&round=…&gates=…&reference=…&team=…) as
// options, so a shared link reproduces the reader's view; the widget writes the reader's changes
// back into the URL (syncUrl) and offers share links pointing at this folder (base).
// Kept tiny: all behaviour lives in the widget; wake.js starts the island (the first view's
// small wasm) and brings in the full widget when the reader needs it. If it cannot start (fail.js), the pre-rendered
// copy stays under one line and the console says why. The glue is imported dynamically so that
// a failed download reaches that catch.
import { pageOptions } from './page-options.js';
import { explain, failureNote, langOf } from './fail.js';
import { startWidget } from './wake.js';

const options = pageOptions();

const host = document.getElementById('app');
try {
  await startWidget(host, options);
} catch (error) {
  explain(error, 'main.js');
  // This is the full page: the line needs no link to itself.
  host.prepend(failureNote(document, langOf(options.lang), null)); // above the long copy
}
