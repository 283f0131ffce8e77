// <kai-ranking>: the widget as a custom element, for any page (one module script, no build step):
//
//   <script type="module" src="https://…/kai-ranking.js"></script>
//   <kai-ranking lang="en" weights="8,6,4,2"></kai-ranking>
//
// Attributes: lang (ko|en), weights (importances 0–10 per criterion, "8,6,4,2" or
// "performance=8,…"; an older share-style "40,30,20,10" loads with the same shares; README
// "The weight model"), preset, theme
// (auto|light|dark), cut (teams above the line), reference (equal|actual|preset id), team (open
// details), data-src (URL of another dataset JSON, fetched without credentials; CORS applies).
// The list lives once, in Rust (kai_engine::options), exported to options.js next to this file.
// Changing an attribute updates the widget in place (the reader's other changes stay); removing
// the element unmounts it. After each change the element dispatches `kai-ranking:change`
// (bubbles, composed) with detail { weights: { performance: 5, … } (importances 0–10, as the
// sliders show; a criterion's share is its importance over their sum), order: [team ids], lang }.
//
// Every instance renders into its own open shadow root, styled by kai-ranking.css loaded with a
// <link> next to this file (CSP `style-src 'self'` is enough: no inline style anywhere). Page CSS
// cannot reach inside; theme it with the --kai-* custom properties (see kai-ranking.css).
// The wasm is fetched and compiled once per page, however many instances there are.
//
// Hostile input (README "Threat model"): options are read as own properties only and handed
// over in objects without a prototype (a host page's `Object.prototype.dataSrc` injects
// nothing); a data-src body is read as a stream, its decoded bytes counted and the read
// cancelled at MAX_DATA_BYTES (a gzip body may announce 400 kB and inflate to 400 MB), and the
// whole fetch abandoned after FETCH_TIMEOUT_MS (the late body cancelled); a mount that throws leaves the page's static
// copy with a one-line note, and the element still takes a later data-src.
//
// Never an empty gap: whatever stops the widget (the glue or wasm not downloaded or refused by
// CORS, a CSP without 'wasm-unsafe-eval', no WebAssembly or custom elements, the element name
// taken by another script), the element's static copy stays (the pre-rendered one, or the list
// the share box's code carries: share::script_embed) under one line with a link to the full
// page, and the console says why (fail.js). The pasted code's own line (`[data-kai-note]`) is
// hidden while the widget loads and shown again if it fails; when this script never runs at
// all (the module blocked), it simply stays.
// The widget's options table (generated from Rust; plain data, so it is here before the wasm).
import { ATTRIBUTES, FETCH_TIMEOUT_MS, MAX_DATA_BYTES, QUERY_KEYS } from './options.js';
import { explain, failureNote, langOf } from './fail.js';

/** The attribute holding another dataset's URL: fetched here, not passed as an option. */
const DATA_SRC = 'data-src';
/** Attributes passed to the widget as options: [attribute, option name]. */
const OPTION_ATTRS = ATTRIBUTES.filter(([attribute]) => attribute !== DATA_SRC);
/** The site folder: share links and embed codes point here. */
const BASE = new URL('.', import.meta.url).href;
const STYLESHEET = new URL('kai-ranking.css', import.meta.url).href;


/** Every connected element: a trap in the shared wasm module must reach them all. */
const INSTANCES = new Set();
/**
 * The wasm module trapped (a WebAssembly.RuntimeError: stack overflow, out-of-bounds memory,
 * a panic's abort): its memory may be corrupt, so no element calls into it again; each shows
 * its static copy and the reload note instead of silently ignoring input.
 */
let poisoned = false;

/**
 * The glue, imported when the first element needs it (not statically: a glue that cannot be
 * downloaded must reach #fail, not stop this module before it runs). scripts/build.sh rewrites
 * the name to the content-hashed one.
 */
const GLUE = './pkg/kai_ranking.js';

/** One glue import and wasm init per page, shared by every instance; resolves to the glue. */
let ready = null;
function loadWasm() {
  ready ??= (async () => {
    if (typeof WebAssembly !== 'object') throw new Error('this browser has no WebAssembly');
    const glue = await import(GLUE);
    await glue.default();
    return glue;
  })();
  return ready;
}

/** The pasted code's own line (share::fallback_html), a direct child. */
const PASTED_NOTE = ':scope > [data-kai-note]';

/** The full page showing what `element` asks for (its lang, weights, round…). */
function fullPage(element) {
  const params = new URLSearchParams();
  for (const [attribute, name] of OPTION_ATTRS) {
    const value = element.getAttribute(attribute);
    if (value !== null && QUERY_KEYS.includes(name)) params.set(name, value);
  }
  return `${BASE}?${params}`;
}

/**
 * An element this script cannot run (no custom elements, the name taken): its light DOM is all
 * the reader gets, so it shows the pasted line, or gets one.
 */
function stranded(element) {
  const pasted = element.querySelector(PASTED_NOTE);
  if (pasted) {
    pasted.hidden = false;
  } else if (!element.querySelector(':scope > .kai-mount-failed')) {
    element.append(failureNote(document, langOf(element.getAttribute('lang')), fullPage(element)));
  }
}

/** An object with no prototype holding `entries`: nothing on Object.prototype shows through. */
function bare(...sources) {
  const out = Object.create(null);
  for (const source of sources) {
    if (!source) continue;
    for (const key of Object.keys(source)) {
      if (Object.hasOwn(source, key)) out[key] = source[key];
    }
  }
  return out;
}

/** What the timer of fetchData resolves with. */
const TIMED_OUT = Symbol('timed out');

/**
 * The fetch time limit: FETCH_TIMEOUT_MS, or a shorter one a test sets as an own property of
 * the window (`KAI_RANKING_FETCH_TIMEOUT_MS`); never longer, so a page gains nothing by it.
 */
function fetchTimeout() {
  const own = Object.hasOwn(globalThis, 'KAI_RANKING_FETCH_TIMEOUT_MS')
    ? globalThis.KAI_RANKING_FETCH_TIMEOUT_MS : undefined;
  return typeof own === 'number' && own > 0 && own < FETCH_TIMEOUT_MS ? own : FETCH_TIMEOUT_MS;
}

/**
 * Fetches a data-src dataset; the widget (Rust) checks size, HTML, JSON and schema and shows
 * translated problems. Returns the options describing what came back: `dataText`, or
 * `dataStatus` (HTTP error), `dataBytes` (announced too large), `dataOver` (read past the
 * limit), `dataTimeout` (seconds waited), or nothing (network error, CORS refusal).
 */
async function fetchData(src) {
  const url = new URL(src, document.baseURI).href;
  const timeout = fetchTimeout();
  // The limit covers headers and body. Not an AbortSignal: Chromium then reports every
  // completed fetch as a failed request (net::ERR_ABORTED) on the page; a race does the same
  // job, and a late answer's body is cancelled unread.
  let timer;
  const late = new Promise((resolve) => { timer = setTimeout(resolve, timeout, TIMED_OUT); });
  const timedOut = { dataSrc: url, dataTimeout: Math.round(timeout / 100) / 10 };
  let reader = null;
  try {
    const asked = fetch(url, { credentials: 'omit' });
    const res = await Promise.race([asked, late]);
    if (res === TIMED_OUT) {
      asked.then((r) => r.body?.cancel(), () => {});
      return timedOut;
    }
    // An error answer or an announced oversize body is left unread, not cancelled: Chromium
    // reports a cancelled body as a failed request on the page.
    if (!res.ok) return { dataSrc: url, dataStatus: res.status };
    const length = Number(res.headers.get('content-length'));
    // Over the widget's limit (MAX_DATA_BYTES, kai_engine::load::MAX_BYTES) by Content-Length:
    // refused unread (no memory spent on it), and the widget says how big it was.
    if (length > MAX_DATA_BYTES) return { dataSrc: url, dataBytes: length };
    // The announced length says nothing of a compressed body: count what the stream yields
    // (decoded bytes) and stop at the limit, so memory never holds more than the limit.
    reader = res.body.getReader();
    const decoder = new TextDecoder();
    const parts = [];
    let bytes = 0;
    for (;;) {
      const chunk = await Promise.race([reader.read(), late]);
      if (chunk === TIMED_OUT) {
        reader.cancel().catch(() => {});
        return timedOut;
      }
      if (chunk.done) break;
      bytes += chunk.value.byteLength;
      if (bytes > MAX_DATA_BYTES) {
        reader.cancel().catch(() => {});
        return { dataSrc: url, dataOver: true };
      }
      parts.push(decoder.decode(chunk.value, { stream: true }));
    }
    parts.push(decoder.decode());
    return { dataSrc: url, dataText: parts.join('') };
  } catch {
    reader?.cancel().catch(() => {});
    return { dataSrc: url }; // network error or CORS refusal
  } finally {
    clearTimeout(timer);
  }
}

/** Base class: HTMLElement where the browser has custom elements (a stub keeps this module valid). */
const Base = globalThis.customElements ? HTMLElement : class {};

class KaiRanking extends Base {
  static observedAttributes = ATTRIBUTES.map(([attribute]) => attribute);
  /** Marks this class (any copy of this script), so another definition of the name is told apart. */
  static kaiRanking = true;

  #root;
  #container;
  #slot;
  #cssReady;
  #widget = null;
  /** A mount is under way (wasm, stylesheet or data still loading). */
  #pending = false;
  /** A mount was attempted since the element was connected (it may have failed). */
  #started = false;
  /** Bumped on every (re)render, so a slow fetch never mounts over a newer one. */
  #generation = 0;
  /** The page's static copies, taken out at the first mount, put back if a mount fails. */
  #copies = [];

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLESHEET;
    // Mount once the stylesheet is in, so the widget never flashes unstyled.
    this.#cssReady = new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', resolve, { once: true });
    });
    this.#container = document.createElement('div');
    this.#container.className = 'kai-root';
    // The page's pre-rendered copy (light-DOM children) stays visible until the widget mounts.
    this.#slot = document.createElement('slot');
    this.#root.append(link, this.#slot, this.#container);
  }

  /** The options for mount()/update(), read from the attributes (no prototype: see bare). */
  options() {
    const options = bare({ base: BASE, syncUrl: false });
    for (const [attribute, name] of OPTION_ATTRS) {
      const value = this.getAttribute(attribute);
      if (value !== null) options[name] = value;
    }
    return options;
  }

  connectedCallback() {
    INSTANCES.add(this);
    if (poisoned) {
      this.#fail(null);
      return;
    }
    // The pasted "could not load" line waits hidden while the widget loads (#fail shows it).
    if (!this.#widget && !this.#pending) {
      for (const note of this.querySelectorAll(PASTED_NOTE)) note.hidden = true;
      this.#render();
    }
  }

  disconnectedCallback() {
    INSTANCES.delete(this);
    this.#generation += 1;
    this.#pending = false;
    this.#started = false;
    this.#release();
  }

  /**
   * Lets go of the mounted widget. The field is cleared first, so whatever destroy() or free()
   * throws, this element never calls into a freed handle again.
   */
  #release() {
    const widget = this.#widget;
    this.#widget = null;
    if (!widget || poisoned) return; // a trapped module is never called again
    try {
      widget.destroy();
    } catch (error) {
      console.error(error);
    }
    try {
      widget.free();
    } catch (error) {
      console.error(error);
    }
  }

  /**
   * A mount failed: the page's static copy comes back (the slot and the copies this element
   * removed) under one line in the element's language with a link to the full page (the
   * pasted code's own line when it has one, else the script's), and the element stays ready for
   * the next data-src. The console says why (fail.js).
   */
  #fail(error) {
    if (error) explain(error);
    if (typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError && !poisoned) {
      poisoned = true;
      for (const other of INSTANCES) if (other !== this) other.#fail(null);
    }
    this.#release();
    this.#container.replaceChildren();
    // The script's own line goes above the copy (a pre-rendered copy is long: the line must be
    // seen where the ranking starts).
    if (this.#slot.isConnected) this.#slot.before(this.#container);
    else this.#container.after(this.#slot);
    this.append(...this.#copies.splice(0));
    const pasted = this.querySelector(PASTED_NOTE);
    if (pasted) {
      pasted.hidden = false;
    } else {
      this.#container.append(failureNote(document, langOf(this.getAttribute('lang')), fullPage(this)));
    }
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === DATA_SRC) {
      // Before the first mount, connectedCallback does it; afterwards (a failed one included,
      // so a stranded element can recover), load the new data.
      if (this.#started) this.#render();
    } else if (this.#widget && !poisoned) {
      try {
        this.#widget.update(this.options());
      } catch (error) {
        this.#fail(error);
      }
    } // else: a mount is pending and will read the attributes when it happens.
  }

  /** Mounts (or remounts, for a new data-src) the widget. */
  async #render() {
    const generation = ++this.#generation;
    this.#pending = true;
    this.#started = true;
    const src = this.getAttribute(DATA_SRC);
    let data;
    let mount;
    try {
      let glue;
      [data, glue] = await Promise.all([src ? fetchData(src) : null, loadWasm(), this.#cssReady]);
      ({ mount } = glue);
    } catch (error) {
      // The wasm could not be fetched or compiled: the static copy is all there is.
      if (generation === this.#generation && this.isConnected) {
        this.#pending = false;
        this.#fail(error);
      }
      return;
    }
    if (generation !== this.#generation || !this.isConnected) return;
    this.#pending = false;
    if (poisoned) {
      this.#fail(null);
      return;
    }
    this.#release();
    try {
      this.#widget = mount(this.#container, bare(this.options(), data));
    } catch (error) {
      this.#fail(error);
      return;
    }
    // The copy is hidden now; take it out so the page holds one ranking, not two (kept, for a
    // later failed mount).
    this.#slot.remove();
    for (const copy of this.querySelectorAll(':scope > .kai-static')) {
      copy.remove();
      this.#copies.push(copy);
    }
  }
}

const taken = globalThis.customElements?.get('kai-ranking');
if (!globalThis.customElements) {
  console.error('kai-ranking: the interactive version could not start, so the static copy stays: '
    + 'this browser has no custom elements (customElements)');
  for (const element of document.querySelectorAll('kai-ranking')) stranded(element);
} else if (!taken) {
  customElements.define('kai-ranking', KaiRanking);
} else if (!taken.kaiRanking) {
  // Another script owns the name: its class, not ours, runs every <kai-ranking> on this page.
  console.error('kai-ranking: the interactive version could not start, so the static copy stays: '
    + 'the element name <kai-ranking> is already defined by another script on this page');
  for (const element of document.querySelectorAll('kai-ranking')) stranded(element);
}
