#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing, from package registries only
# (rustup's target, crates.io, Debian apt, npm). Idempotent: a second run changes nothing and
# takes about a second. Non-interactive and CI-safe; works as root or through sudo.
#
# What it ensures:
#   1. the wasm32-unknown-unknown Rust target and the clippy and rustfmt components (make lint);
#   2. wasm-bindgen-cli at exactly the `wasm-bindgen` version pinned in Cargo.lock
#      (the CLI and the library must match, or the generated glue refuses to load);
#   3. Debian's chromium + chromium-driver (for wasm-bindgen-test and Playwright), and a Korean
#      font (fonts-nanum) so screenshots show Hangul;
#   4. node_modules from package-lock.json (playwright-core, axe-core, binaryen's wasm-opt).
set -euo pipefail

cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

log() { printf 'setup: %s\n' "$*" >&2; }

# Run a command as root: directly when we are root, else through sudo (non-interactive).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

# --- 1. Rust target ---------------------------------------------------------------------------
if ! command -v cargo >/dev/null 2>&1; then
  log "cargo not found: install Rust with rustup first (https://rustup.rs)"; exit 1
fi
if command -v rustup >/dev/null 2>&1; then
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "adding Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  for component in clippy rustfmt; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
      log "adding Rust component $component"
      rustup component add "$component"
    fi
  done
else
  log "rustup not found; assuming the wasm32-unknown-unknown target, clippy and rustfmt are installed"
fi

# --- 2. wasm-bindgen-cli pinned to Cargo.lock -------------------------------------------------
# The version of the `wasm-bindgen` package in Cargo.lock (first `version` after its name line).
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$want" ]; then
  log "no wasm-bindgen in Cargo.lock; run 'cargo generate-lockfile' or check Cargo.toml"; exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "installing wasm-bindgen-cli $want (found: ${have:-none})"
  # Not --locked: the registry mirror lacks one of the CLI's locked dependency versions.
  cargo install wasm-bindgen-cli --version "$want" --force
fi
# The test runner ships in the same crate; check it is on PATH too.
if ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  log "wasm-bindgen-test-runner missing from PATH (expected in ~/.cargo/bin)"; exit 1
fi

# --- 3. Chromium + ChromeDriver from Debian ---------------------------------------------------
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing Debian chromium + chromium-driver"
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends chromium chromium-driver
fi

# --- 3b. A Korean font, so screenshots show Hangul rather than empty boxes -------------------
# (The widget itself loads no fonts: readers' systems bring their own.)
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=ko 2>/dev/null)" ]; then
  log "installing Debian fonts-nanum (Korean glyphs for headless Chromium)"
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends fonts-nanum
fi

# --- 4. npm packages ---------------------------------------------------------------------------
# Stale when node_modules is missing or older than package-lock.json (npm ci rewrites the stamp).
stamp=node_modules/.package-lock.json
if ! command -v npm >/dev/null 2>&1; then
  log "npm not found: install Node.js >= 20 with npm"; exit 1
fi
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  log "installing npm packages (npm ci)"
  npm_err=$(mktemp)
  if ! npm ci --no-audit --no-fund --loglevel=error 2>"$npm_err"; then
    head -n 6 "$npm_err" >&2
    # npm ci refuses a lock that lacks optional platform packages the registry mirror does not
    # serve (sass-embedded-* of lineupjs: 404). npm install still installs the locked versions
    # and skips the missing optional ones without touching package-lock.json.
    log "npm ci failed; falling back to npm install with the same lock"
    npm install --no-audit --no-fund --loglevel=error
  fi
  rm -f "$npm_err"
  touch "$stamp"
fi

log "ok"
