#!/usr/bin/env bash
# Release build of the site into dist/ (git-ignored):
#   cargo (wasm32, `csr` feature) → wasm-bindgen (--target web) → wasm-opt -Oz → content-hashed
#   names for the wasm and glue (pkg/manifest.json) → www/* copied, references rewritten.
# No bundler and no trunk: the widget is one wasm module plus its ES-module glue, loaded by a
# five-line www/main.js, so three well-known tools do the whole job and every step is visible.
set -euo pipefail

cd "$(dirname "$0")/.."

OUT=${DIST_DIR:-dist}
TARGET_DIR=${CARGO_TARGET_DIR:-target}
WASM_IN="$TARGET_DIR/wasm32-unknown-unknown/release/kai_ranking.wasm"
WASM_OPT=node_modules/.bin/wasm-opt
# Features current rustc emits for wasm32-unknown-unknown by default (bulk memory, saturating
# float→int, sign extension, mutable globals, reference types, multi-value). wasm-opt must be
# told, or it rejects the module; listing them (rather than --all-features) keeps it from
# introducing newer proposals that browsers may not ship.
WASM_OPT_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-bulk-memory-opt
  --enable-call-indirect-overlong)

log() { printf 'build: %s\n' "$*" >&2; }

log "cargo build (wasm32, release, --features csr)"
CARGO_PROFILE_RELEASE_STRIP=false cargo build -p kai-ranking --lib --release --target wasm32-unknown-unknown --features csr

rm -rf "$OUT"
mkdir -p "$OUT/pkg"

log "wasm-bindgen $(wasm-bindgen --version | awk '{print $2}') --target web"
wasm-bindgen --target web --no-typescript --out-dir "$OUT/pkg" "$WASM_IN"

BG="$OUT/pkg/kai_ranking_bg.wasm"
if [ -x "$WASM_OPT" ]; then
  log "$("$WASM_OPT" --version) -Oz"
  "$WASM_OPT" -Oz "${WASM_OPT_FEATURES[@]}" --strip-debug --strip-producers --strip-target-features "$BG" -o "$BG.opt"
  mv "$BG.opt" "$BG"
else
  log "WARNING: $WASM_OPT missing (run scripts/setup.sh); shipping unoptimised wasm"
fi

# Content-hashed names for the wasm and its glue, so a host can cache them for a year
# (immutable) while the entry points (kai-ranking.js, main.js, embed.js, the pages) keep stable,
# short-cached names: a new build is seen at the next revalidation, never half old, half new.
# The glue is hashed after its reference to the wasm is rewritten, so its name covers both.
hash12() { sha256sum "$1" | cut -c1-12; }
WASM_NAME="kai_ranking_bg-$(hash12 "$BG").wasm"
mv "$BG" "$OUT/pkg/$WASM_NAME"
GLUE="$OUT/pkg/kai_ranking.js"
grep -q "'kai_ranking_bg.wasm'" "$GLUE" || { log "ERROR: the glue no longer names 'kai_ranking_bg.wasm'"; exit 1; }
sed -i "s/'kai_ranking_bg\.wasm'/'$WASM_NAME'/" "$GLUE"
GLUE_NAME="kai_ranking-$(hash12 "$GLUE").js"
mv "$GLUE" "$OUT/pkg/$GLUE_NAME"
# Tests and benchmarks find the files through this map (tests/e2e/helpers.mjs builtNames).
printf '{\n  "kai_ranking.js": "pkg/%s",\n  "kai_ranking_bg.wasm": "pkg/%s"\n}\n' \
  "$GLUE_NAME" "$WASM_NAME" >"$OUT/pkg/manifest.json"
log "hashed: pkg/$GLUE_NAME, pkg/$WASM_NAME"

# The dataset is compiled into the wasm (include_str!), so only www/ is copied.
log "copying www/"
cp -R www/. "$OUT/"
# Every reference to the glue and the wasm (module imports, modulepreload/preload links) now
# names the hashed files; the check fails the build if one is missed.
sed -i -e "s#pkg/kai_ranking\.js#pkg/$GLUE_NAME#g" -e "s#pkg/kai_ranking_bg\.wasm#pkg/$WASM_NAME#g" \
  "$OUT"/*.html "$OUT"/*.js
if grep -l -e 'pkg/kai_ranking\.js' -e 'pkg/kai_ranking_bg\.wasm' "$OUT"/*.html "$OUT"/*.js; then
  log "ERROR: the files above still name an unhashed pkg/ file"; exit 1
fi
bash scripts/prerender.sh  # static HTML of the widget into pages with a <!--kai-prerender--> marker

# Sizes a reader downloads (raw and gzip -9), per file and in total.
printf '\n%-40s %10s %10s\n' "file" "raw B" "gzip B" >&2
total_raw=0; total_gz=0
while IFS= read -r f; do
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-40s %10d %10d\n' "${f#"$OUT"/}" "$raw" "$gz" >&2
done < <(find "$OUT" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.json' \) | sort)
printf '%-40s %10d %10d\n' "TOTAL (every file in dist/)" "$total_raw" "$total_gz" >&2
printf '(a reader of index.html downloads only part of this: see make bench)\n\n' >&2
log "done: $OUT/"
