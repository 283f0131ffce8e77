#!/usr/bin/env bash
# Pre-renders the widget into the built pages (called at the end of scripts/build.sh, after www/
# is copied): every dist/**/*.html holding a `<!--kai-prerender [key=value]…-->` marker inside a
# widget host gets the widget's static HTML there (Yew SSR, src/prerender.rs), so readers without
# JavaScript and crawlers see the ranking, and scripted readers see it at first paint.
#
# kai-prerender is a native build-time tool: the dev profile (no LTO) builds fastest, and the
# rendering it does takes milliseconds either way.
set -euo pipefail

cd "$(dirname "$0")/.."

OUT=${DIST_DIR:-dist}
TARGET_DIR=${CARGO_TARGET_DIR:-target}
BIN="$TARGET_DIR/debug/kai-prerender"

log() { printf 'prerender: %s\n' "$*" >&2; }

start=$(date +%s)
log "cargo build --bin kai-prerender --features ssr (native)"
cargo build --quiet -p kai-ranking --bin kai-prerender --features ssr

# The widget's options table for the JS glue (kai-ranking.js, page-options.js), from Rust. The
# copy in www/ is the same file (a cargo test fails when they differ); this keeps dist/ right
# even before that test has run.
"$BIN" --options-js >"$OUT/options.js"

pages=()
while IFS= read -r -d '' f; do pages+=("$f"); done \
  < <(grep -rlZ --include='*.html' -e '<!--kai-prerender' "$OUT" || true)
if [ ${#pages[@]} -eq 0 ]; then
  log "WARNING: no page in $OUT/ has a <!--kai-prerender--> marker; nothing pre-rendered"
  exit 0
fi
"$BIN" --inject "${pages[@]}"
log "done in $(( $(date +%s) - start )) s"
