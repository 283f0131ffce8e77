// Boots the widget: loads the wasm module and mounts it into <main id="app">, passing the page's
// query string (?lang=en&weights=8,6,4,2&preset=…&theme=…&cut=…&round=…&gates=…&reference=…&team=…) as
// options, so a shared link reproduces the reader's view; the widget writes the reader's changes
// back into the URL (syncUrl) and offers share links pointing at this folder (base).
// Kept tiny: all behaviour lives in the widget. If it cannot start (fail.js), the pre-rendered
// copy stays under one line and the console says why. The glue is imported dynamically so that
// a failed download reaches that catch; scripts/build.sh rewrites its name to the hashed one.
import { pageOptions } from './page-options.js';
import { explain, failureNote, langOf } from './fail.js';

const options = pageOptions();

// performance marks let tests/bench/measure.mjs split load time into wasm init and first mount.
const host = document.getElementById('app');
try {
  performance.mark('kai:init-start');
  const { default: init, mount } = await import('./pkg/kai_ranking.js');
  await init();
  performance.mark('kai:init-end');
  mount(host, options);
  performance.mark('kai:mount-end');
} catch (error) {
  explain(error, 'main.js');
  // This is the full page: the line needs no link to itself.
  host.prepend(failureNote(document, langOf(options.lang), null)); // above the long copy
}
