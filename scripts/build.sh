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
WASM_OPT=node_modules/.bin/wasm-opt
# Features current rustc emits for wasm32-unknown-unknown by default (bulk memory, saturating
# float→int, sign extension, mutable globals, reference types, multi-value). wasm-opt must be
# told, or it rejects the module; listing them (rather than --all-features) keeps it from
# introducing newer proposals that browsers may not ship.
WASM_OPT_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-bulk-memory-opt
  --enable-call-indirect-overlong)

log() { printf 'build: %s\n' "$*" >&2; }

log "cargo build (wasm32, release): the widget (--features csr) and the island"
CARGO_PROFILE_RELEASE_STRIP=false cargo build -p kai-ranking --lib --release --target wasm32-unknown-unknown --features csr
CARGO_PROFILE_RELEASE_STRIP=false cargo build -p kai-island --lib --release --target wasm32-unknown-unknown

rm -rf "$OUT"
mkdir -p "$OUT/pkg"

hash12() { sha256sum "$1" | cut -c1-12; }
declare -A HASHED

# One wasm module: wasm-bindgen (--target web) → wasm-opt -Oz → content-hashed names for the
# wasm and its glue, so a host can cache them for a year (immutable) while the entry points
# (kai-ranking.js, main.js, embed.js, the pages) keep stable, short-cached names: a new build is
# seen at the next revalidation, never half old, half new. The glue is hashed after its
# reference to the wasm is rewritten, so its name covers both.
module() {
  local name=$1
  local wasm_in="$TARGET_DIR/wasm32-unknown-unknown/release/$name.wasm"
  log "$name: wasm-bindgen $(wasm-bindgen --version | awk '{print $2}') --target web"
  wasm-bindgen --target web --no-typescript --out-dir "$OUT/pkg" "$wasm_in"
  local bg="$OUT/pkg/${name}_bg.wasm"
  if [ -x "$WASM_OPT" ]; then
    log "$name: $("$WASM_OPT" --version) -Oz"
    "$WASM_OPT" -Oz "${WASM_OPT_FEATURES[@]}" --strip-debug --strip-producers --strip-target-features "$bg" -o "$bg.opt"
    mv "$bg.opt" "$bg"
  else
    log "WARNING: $WASM_OPT missing (run scripts/setup.sh); shipping unoptimised wasm"
  fi
  local wasm_name="${name}_bg-$(hash12 "$bg").wasm"
  mv "$bg" "$OUT/pkg/$wasm_name"
  local glue="$OUT/pkg/$name.js"
  grep -q "'${name}_bg.wasm'" "$glue" || { log "ERROR: the glue no longer names '${name}_bg.wasm'"; exit 1; }
  sed -i "s/'${name}_bg\.wasm'/'$wasm_name'/" "$glue"
  local glue_name="$name-$(hash12 "$glue").js"
  mv "$glue" "$OUT/pkg/$glue_name"
  HASHED["$name.js"]=$glue_name
  HASHED["${name}_bg.wasm"]=$wasm_name
  log "hashed: pkg/$glue_name, pkg/$wasm_name"
}
module kai_ranking
module kai_island
# Tests and benchmarks find the files through this map (tests/e2e/helpers.mjs builtNames).
{
  printf '{\n'
  printf '  "kai_ranking.js": "pkg/%s",\n' "${HASHED[kai_ranking.js]}"
  printf '  "kai_ranking_bg.wasm": "pkg/%s",\n' "${HASHED[kai_ranking_bg.wasm]}"
  printf '  "kai_island.js": "pkg/%s",\n' "${HASHED[kai_island.js]}"
  printf '  "kai_island_bg.wasm": "pkg/%s"\n' "${HASHED[kai_island_bg.wasm]}"
  printf '}\n'
} >"$OUT/pkg/manifest.json"

# The dataset is compiled into the wasm (include_str!), so only www/ is copied.
log "copying www/"
cp -R www/. "$OUT/"
# Every reference to the glue and the wasm (module imports, modulepreload/preload links) now
# names the hashed files; the check fails the build if one is missed.
for f in kai_ranking.js kai_ranking_bg.wasm kai_island.js kai_island_bg.wasm; do
  sed -i -e "s#pkg/${f//./\\.}#pkg/${HASHED[$f]}#g" "$OUT"/*.html "$OUT"/*.js
done
if grep -l -e 'pkg/kai_ranking\.js' -e 'pkg/kai_ranking_bg\.wasm' -e 'pkg/kai_island\.js' \
  -e 'pkg/kai_island_bg\.wasm' "$OUT"/*.html "$OUT"/*.js; then
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
