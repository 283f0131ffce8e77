// Parent-page helper for the iframe embed: sizes every <iframe data-kai-ranking> to the height
// its embed.html reports ({ type: "kai-ranking:height", height } messages). No inline script or
// style needed: include it with <script src=".../embed-parent.js" defer></script>.
// A message counts only when it comes from one of those iframes' windows, and only a finite,
// bounded number (typeof number: no strings, booleans or arrays coerced) becomes a height.
(() => {
  const MAX_HEIGHT = 20000;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'kai-ranking:height') return;
    // A number, not anything Number() can turn into one (`true` → 1, "0x20" → 32, [300] → 300).
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0
      || height > MAX_HEIGHT) return;
    for (const frame of document.querySelectorAll('iframe[data-kai-ranking]')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.ceil(height)}px`;
        frame.style.border = '0';
      }
    }
  });
})();
