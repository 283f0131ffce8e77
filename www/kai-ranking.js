// <kai-ranking>: the widget as a custom element, for any page (one module script, no build step):
//
//   <script type="module" src="https://…/kai-ranking.js"></script>
//   <kai-ranking lang="en" weights="40,30,20,10"></kai-ranking>
//
// Attributes: lang (ko|en), weights ("40,30,20,10" or "performance=40,…"), preset, theme
// (auto|light|dark), cut (teams above the line), reference (equal|actual|preset id), team (open
// details), data-src (URL of another dataset JSON, fetched without credentials; CORS applies).
// The list lives once, in Rust (kai_engine::options), exported to options.js next to this file.
// Changing an attribute updates the widget in place (the reader's other changes stay); removing
// the element unmounts it. After each change the element dispatches `kai-ranking:change`
// (bubbles, composed) with detail { weights: { performance: 25, … }, order: [team ids], lang }.
//
// Every instance renders into its own open shadow root, styled by kai-ranking.css loaded with a
// <link> next to this file (CSP `style-src 'self'` is enough: no inline style anywhere). Page CSS
// cannot reach inside; theme it with the --kai-* custom properties (see kai-ranking.css).
// The wasm is fetched and compiled once per page, however many instances there are.
import init, { mount } from './pkg/kai_ranking.js';
// The widget's options table (generated from Rust; plain data, so it is here before the wasm).
import { ATTRIBUTES, MAX_DATA_BYTES } from './options.js';

/** The attribute holding another dataset's URL: fetched here, not passed as an option. */
const DATA_SRC = 'data-src';
/** Attributes passed to the widget as options: [attribute, option name]. */
const OPTION_ATTRS = ATTRIBUTES.filter(([attribute]) => attribute !== DATA_SRC);
/** The site folder: share links and embed codes point here. */
const BASE = new URL('.', import.meta.url).href;
const STYLESHEET = new URL('kai-ranking.css', import.meta.url).href;


/** One init per page, shared by every instance. */
let ready = null;
function loadWasm() {
  ready ??= init();
  return ready;
}

/**
 * Fetches a data-src dataset; the widget (Rust) checks size, HTML, JSON and schema and shows
 * translated problems. Returns the options describing what came back.
 */
async function fetchData(src) {
  const url = new URL(src, document.baseURI).href;
  try {
    const res = await fetch(url, { credentials: 'omit' });
    if (!res.ok) return { dataSrc: url, dataStatus: res.status };
    const length = Number(res.headers.get('content-length'));
    // Over the widget's limit (MAX_DATA_BYTES, kai_engine::load::MAX_BYTES) by Content-Length:
    // refused unread (no memory spent on it), and the widget says how big it was. Not cancelled
    // either, which browsers report as a failed request on the page.
    if (length > MAX_DATA_BYTES) return { dataSrc: url, dataBytes: length };
    return { dataSrc: url, dataText: await res.text() };
  } catch {
    return { dataSrc: url }; // network error or CORS refusal
  }
}

class KaiRanking extends HTMLElement {
  static observedAttributes = ATTRIBUTES.map(([attribute]) => attribute);

  #root;
  #container;
  #slot;
  #cssReady;
  #widget = null;
  /** A mount is under way (wasm, stylesheet or data still loading). */
  #pending = false;
  /** Bumped on every (re)render, so a slow fetch never mounts over a newer one. */
  #generation = 0;

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

  /** The options for mount()/update(), read from the attributes. */
  options() {
    const options = { base: BASE, syncUrl: false };
    for (const [attribute, name] of OPTION_ATTRS) {
      const value = this.getAttribute(attribute);
      if (value !== null) options[name] = value;
    }
    return options;
  }

  connectedCallback() {
    if (!this.#widget && !this.#pending) this.#render();
  }

  disconnectedCallback() {
    this.#generation += 1;
    this.#pending = false;
    this.#widget?.destroy();
    this.#widget?.free();
    this.#widget = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === DATA_SRC) {
      // Before the first mount, connectedCallback does it; afterwards, load the new data.
      if (this.#widget || this.#pending) this.#render();
    } else if (this.#widget) {
      this.#widget.update(this.options());
    } // else: a mount is pending and will read the attributes when it happens.
  }

  /** Mounts (or remounts, for a new data-src) the widget. */
  async #render() {
    const generation = ++this.#generation;
    this.#pending = true;
    const src = this.getAttribute(DATA_SRC);
    const [data] = await Promise.all([src ? fetchData(src) : null, loadWasm(), this.#cssReady]);
    if (generation !== this.#generation || !this.isConnected) return;
    this.#pending = false;
    this.#widget?.destroy();
    this.#widget?.free();
    this.#widget = mount(this.#container, { ...this.options(), ...data });
    // The copy is hidden now; drop it so the page holds one ranking, not two.
    this.#slot.remove();
    for (const copy of this.querySelectorAll(':scope > .kai-static')) copy.remove();
  }
}

if (!customElements.get('kai-ranking')) customElements.define('kai-ranking', KaiRanking);
