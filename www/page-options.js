// The widget's options from the page's query string, shared by the standalone page (main.js)
// and the iframe embed (embed.js): a shared link or an embed URL reproduces the reader's view
// (?lang=en&weights=8,6,4,2&preset=…&theme=…&cut=…&reference=…&team=…). The widget writes
// the reader's changes back into the URL (syncUrl) and builds share links from `base`.
// The keys come from the widget's options table (options.js, generated from Rust).
import { QUERY_KEYS } from './options.js';

// The object has no prototype, and the widget reads own properties only: a script on the page
// that sets `Object.prototype.weights` or `.dataSrc` cannot steer what the widget shows.
export function pageOptions(params = new URLSearchParams(window.location.search)) {
  const options = Object.create(null);
  options.syncUrl = true;
  options.base = new URL('.', import.meta.url).href;
  for (const key of QUERY_KEYS) {
    const value = params.get(key);
    if (value !== null) options[key] = value;
  }
  // The document language follows the widget's, so screen readers pronounce it right.
  const lang = Object.hasOwn(options, 'lang') ? options.lang : null;
  if (lang === 'en' || lang === 'ko') {
    document.documentElement.lang = lang;
  }
  return options;
}
