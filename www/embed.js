// The iframe embed (embed.html): renders the widget alone from the query string
// (?lang=…&weights=…&preset=…&theme=…&cut=…&reference=…&team=…) and tells the parent page its
// height on every size change, in two formats:
//   - NPR pym.js's string "pymxPYMx<childId>xPYMxheightxPYMx<height>" (childId from ?childId=,
//     which pym.Parent adds to the iframe URL), so pym-based CMSs size it unchanged;
//   - { type: "kai-ranking:height", height } for embed-parent.js and other listeners.
// postMessage targets '*': the height is not a secret, and the parent's origin is unknown.
import init, { mount } from './pkg/kai_ranking.js';
import { pageOptions } from './page-options.js';

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
await init();
mount(host, options);
new ResizeObserver(reportHeight).observe(document.documentElement);
reportHeight();
