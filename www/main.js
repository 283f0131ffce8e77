// Boots the widget: loads the wasm module and mounts it into <main id="app">, passing the page's
// query string (?lang=en&weights=8,6,4,2&preset=…&theme=…&cut=…&round=…&gates=…&reference=…&team=…) as
// options, so a shared link reproduces the reader's view; the widget writes the reader's changes
// back into the URL (syncUrl) and offers share links pointing at this folder (base).
// Kept tiny: all behaviour lives in the widget.
import init, { mount } from './pkg/kai_ranking.js';
import { pageOptions } from './page-options.js';

const options = pageOptions();

// performance marks let tests/bench/measure.mjs split load time into wasm init and first mount.
const host = document.getElementById('app');
performance.mark('kai:init-start');
await init();
performance.mark('kai:init-end');
mount(host, options);
performance.mark('kai:mount-end');
