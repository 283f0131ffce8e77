// The first view (README "First view"): the island, then the full widget on demand.
//
// A page's pre-rendered copy is made live by the island (pkg/kai_island.js, a small wasm
// without Yew: sliders, presets, order, scores, bars, cut line, sentence). The full widget
// (pkg/kai_ranking.js) is imported only when the reader does something the island does not
// (Explore, a team's details, language, theme, share, round, requirements, the phone dock's
// toggle, a change between the phone and desktop layouts):
// the island stops that event and calls `wake`, which imports the widget, mounts it over the
// same markup with the island's weights, puts back what the reader had open and focused, and
// replays the event (and any that came while the widget loaded). When the island cannot show
// what the page asks for (another language, round, team, a render option, a bad option), it
// declines and the full widget mounts at once, as before.
// scripts/build.sh rewrites the two glue names to the content-hashed ones.

const ISLAND = './pkg/kai_island.js';
const FULL = './pkg/kai_ranking.js';

/** The element-index path from `root` to element `node` (text nodes differ between the
 * parsed copy and the live widget; elements do not) (null when `node` is not inside `root`). */
function pathOf(root, node) {
  const path = [];
  while (node && node !== root) {
    const parent = node.parentNode;
    if (!parent) return null;
    path.unshift(Array.prototype.indexOf.call(parent.children, node));
    node = parent;
  }
  return node === root ? path : null;
}

/** The node at `path` under `root`, or null. */
function nodeAt(root, path) {
  let node = root;
  for (const i of path ?? []) {
    node = node?.children[i] ?? null;
  }
  return path ? node : null;
}

/** Resolves once the widget in `host` has laid itself out (desktop or phone dock). */
async function settledLayout(host) {
  const settled = '.kai-ranking :is([data-layout="wide"], [data-layout="narrow"])';
  // Microtasks first: no frame is painted in between.
  for (let i = 0; i < 100 && !host.querySelector(settled); i++) await Promise.resolve();
  if (host.querySelector(settled)) return undefined;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (host.querySelector(settled)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(host, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-layout'] });
  });
}

/** What to replay of an event the island stopped. */
function record(host, event) {
  const target = event.target;
  return { type: event.type, path: pathOf(host, target), value: target.value, checked: target.checked,
    key: event.key };
}

/** Replays a recorded event on the full widget's node at the same place. */
function replay(host, r) {
  const el = nodeAt(host, r.path);
  if (!el) return;
  if (r.type === 'keydown') {
    el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: r.key, bubbles: true, cancelable: true }));
  } else if (r.type === 'click') {
    // el.click() exists on HTML elements only; the press may have landed on a bar's SVG.
    if (typeof el.click === 'function') el.click();
    else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
  } else {
    if (el.type === 'checkbox' || el.type === 'radio') el.checked = r.checked;
    else el.value = r.value;
    el.dispatchEvent(new Event(r.type, { bubbles: true }));
  }
}

/**
 * Starts the widget in `host` with `options` (the page's, see page-options.js): the island when
 * it can, else the full widget. Resolves once something is live; rejects when nothing could
 * start (the caller shows fail.js's note). Marks `kai:init-start`, `kai:init-end` (a wasm
 * compiled) and `kai:mount-end` (live) for tests/bench/measure.mjs, and `kai:handover-end`.
 */
export async function startWidget(host, options) {
  performance.mark('kai:init-start');
  let queue = [];
  let waking = null;
  let island = null;
  try {
    const glue = await import(ISLAND);
    await glue.default();
    performance.mark('kai:init-end');
    island = glue.start(host, options, (event) => wake(event)) ?? null;
  } catch (error) {
    console.warn('kai-ranking: the first view could not start; loading the full widget', error);
  }
  if (island) {
    performance.mark('kai:mount-end');
    host.dataset.kaiPhase = 'island';
    return;
  }
  await mountFull(options);
  performance.mark('kai:mount-end');

  async function mountFull(opts) {
    const full = await import(FULL);
    await full.default();
    const widget = full.mount(host, opts);
    host.dataset.kaiPhase = 'full';
    return widget;
  }

  /** The island asks for the full widget (`event`: what to replay, null for none). */
  function wake(event) {
    if (event) queue.push(record(host, event));
    waking ??= (async () => {
      let full;
      try {
        full = await import(FULL);
        await full.default();
      } catch (error) {
        // The island keeps working; only what needed the full widget is lost.
        console.error('kai-ranking: the full widget could not load', error);
        waking = null;
        queue = [];
        return;
      }
      const weights = island.weights();
      const open = [...host.querySelectorAll('details')].map((d) => d.open);
      const focus = pathOf(host, host.getRootNode().activeElement);
      island.stop();
      island.free();
      const opts = Object.assign(Object.create(null), options, { weights });
      delete opts.preset; // the weights say it all (a preset would only name them again)
      full.mount(host, opts);
      // Yew renders in a microtask (so the reader never sees the host empty), already laid out
      // for the host's width (desktop or phone dock): the layout the event paths refer to.
      await settledLayout(host);
      host.dataset.kaiPhase = 'full';
      host.querySelectorAll('details').forEach((d, i) => { if (open[i]) d.open = true; });
      nodeAt(host, focus)?.focus?.({ preventScroll: true });
      for (const r of queue.splice(0)) replay(host, r);
      performance.mark('kai:handover-end');
    })();
  }
}
