// The iframe embed (embed.html): renders the widget alone from the query string
// (?lang=…&weights=…&preset=…&theme=…&cut=…&reference=…&team=…) and tells the parent page its
// height on every size change, in two formats:
//   - NPR pym.js's string "pymxPYMx<childId>xPYMxheightxPYMx<height>" (childId from ?childId=,
//     which pym.Parent adds to the iframe URL), so pym-based CMSs size it unchanged;
//   - { type: "kai-ranking:height", height } for embed-parent.js and other listeners.
// postMessage targets '*': the height is not a secret, and the parent's origin is unknown.
// If the widget cannot start (fail.js), the pre-rendered copy stays under one line linking to
// the full page, and the console says why; the glue is imported dynamically so that a failed
// download reaches that catch (scripts/build.sh rewrites its name to the hashed one).
import { pageOptions } from './page-options.js';
import { explain, failureNote, langOf } from './fail.js';
import { startWidget } from './wake.js';

const params = new URLSearchParams(window.location.search);
const options = pageOptions(params);
const childId = params.get('childId') ?? '';

let lastHeight = -1;
function reportHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, '*');
  window.parent.postMessage({ type: 'kai-ranking:height', height }, '*');
}

const host = document.getElementById('app');
try {
  await startWidget(host, options);
} catch (error) {
  explain(error, 'embed.js');
  const view = new URLSearchParams(params);
  view.delete('childId');
  const note = failureNote(document, langOf(options.lang), new URL(`./?${view}`, import.meta.url).href);
  note.querySelector('a').target = '_blank'; // out of the frame, into a tab of its own
  host.prepend(note); // above the long copy
}
new ResizeObserver(reportHeight).observe(document.documentElement);
reportHeight();
