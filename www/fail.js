// When the widget cannot start (README "Hosting" and "Never an empty gap"): the console says
// exactly why, once, and the reader gets one short line under the static ranking, with a link
// to the full page. Shared by kai-ranking.js, main.js and embed.js; the words are Rust's
// (kai_engine::i18n::MOUNT_FAILED, FULL_PAGE, exported to options.js), so no wasm is needed.
import { FULL_PAGE, MOUNT_FAILED } from './options.js';

/** Errors already explained: the instances of a page share one failed load. */
const said = new WeakSet();

/** Why `error` stopped the widget, in words a host can act on. */
export function reason(error) {
  if (typeof WebAssembly !== 'object') return 'this browser has no WebAssembly';
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (/Content.Security.Policy|unsafe-eval/i.test(text)) {
    return "the page's Content-Security-Policy does not allow compiling WebAssembly: its script-src "
      + `needs 'wasm-unsafe-eval' (${text})`;
  }
  if (error instanceof TypeError && /fetch|import/i.test(error.message)) {
    return 'a file of the widget could not be downloaded (network error, or its host sends no '
      + `Access-Control-Allow-Origin header) (${text})`;
  }
  return text;
}

/** Logs why the widget could not start (once per error object); `what` names the page part. */
export function explain(error, what = 'kai-ranking') {
  if (error !== null && typeof error === 'object') {
    if (said.has(error)) return;
    said.add(error);
  }
  console.error(`${what}: the interactive version could not start, so the static copy stays: ${reason(error)}`);
}

/** `en` or `ko` (the default) from a lang value. */
export function langOf(value) {
  return value?.trim().toLowerCase() === 'en' ? 'en' : 'ko';
}

/**
 * The one line: `<p class="kai-mount-failed" role="status">` with the note and, when `href` is
 * given, a link to the full page. Text nodes only (never a page's textContent setter).
 */
export function failureNote(doc, lang, href) {
  const note = doc.createElement('p');
  note.className = 'kai-mount-failed';
  note.setAttribute('role', 'status');
  note.lang = lang;
  note.append(MOUNT_FAILED[lang]);
  if (href) {
    const link = doc.createElement('a');
    link.href = href;
    link.append(FULL_PAGE[lang]);
    note.append(' ', link);
  }
  return note;
}
