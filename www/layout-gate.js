// Render options in the page's query (?controls=sliders&explore=off…, see README "Render
// options") change which parts of the widget show, but the pre-rendered copy in this page was
// made with the full layout. Shown first, it would jump to the smaller live widget when the
// wasm takes over; so while such options are given, the copy is kept invisible (its space
// stays reserved) until `mount` replaces it (kai-ranking.css: .kai-layout-pending). A classic,
// blocking script in <head>: it must run before the first paint. Without scripts the copy
// shows as it is. The key list is the options table's layout keys (a cargo test checks it).
// Likewise a dataset in the link (`data`, a class's table) or another starting view (`tab`):
// the copy shows the built-in data's ranking, which the live widget would replace.
(function () {
  var LAYOUT_KEYS = ['controls', 'explore', 'header', 'sources', 'share', 'langswitch', 'themeswitch', 'rows'];
  var VIEW_KEYS = ['data', 'tab'];
  var KEYS = LAYOUT_KEYS.concat(VIEW_KEYS);
  var params = new URLSearchParams(window.location.search);
  for (var i = 0; i < KEYS.length; i++) {
    if (params.has(KEYS[i])) {
      document.documentElement.classList.add('kai-layout-pending');
      return;
    }
  }
})();
