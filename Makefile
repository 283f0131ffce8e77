# kai-ranking: build, serve and test the widget. Two commands on a fresh machine:
#   make serve   – install what is missing, build the release site, serve it on 127.0.0.1:$(PORT)
#   make test    – install what is missing, check the rules (make lint), run every test
#                  (native, wasm in Chromium, Playwright)
# Also: make dist (release site into dist/), make bench (engine + browser figures).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

PORT ?= 8080
HOST ?= 127.0.0.1
CHROMEDRIVER ?= /usr/bin/chromedriver
export PATH := $(HOME)/.cargo/bin:$(PATH)

WASM_FLAGS := -p kai-ranking --target wasm32-unknown-unknown --features csr
# Browser test files (tests/web_*.rs, wasm-only); native tests are never built for wasm32.
WEB_TESTS := $(patsubst tests/%.rs,%,$(wildcard tests/web_*.rs))

# The crates the engine must never depend on (it is shared by the CLI, the pre-renderer and the
# widget, and must build and test natively without a browser).
ENGINE_FORBIDDEN := yew|web-sys|wasm-bindgen|js-sys

.PHONY: help setup dist serve cli lint test test-native test-wasm test-e2e bench bench-engine bench-web clean-dist

help:
	@echo "make serve   build the site and serve it on http://$(HOST):$(PORT)/ (PORT=… to change)"
	@echo "make test    make lint, then every test: cargo test, wasm-bindgen-test (Chromium), Playwright"
	@echo "make lint    rustfmt, clippy -D warnings and rustdoc for every feature set; engine web-free"
	@echo "make dist    release build of the site into dist/"
	@echo "make bench   engine benchmarks + browser measurements and goals (target/bench/report.json)"

setup:
	@bash scripts/setup.sh

dist: setup
	@bash scripts/build.sh

serve: dist
	@PORT=$(PORT) HOST=$(HOST) node scripts/serve.mjs dist

# The native CLI: the Playwright tests ask it for the expected ranking.
cli:
	cargo build --release -p kai-rank

# The repo's rules, checked before any test (so CI checks them): formatting (rustfmt.toml),
# clippy with -D warnings for every feature set the project builds (native default, the SSR
# pre-renderer, the wasm widget with its browser tests), rustdoc without warnings, and no web
# crate anywhere under kai-engine (any target, any feature).
lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p kai-ranking --features ssr --all-targets -- -D warnings
	cargo clippy $(WASM_FLAGS) --lib --tests -- -D warnings
	cargo clippy -p kai-island --target wasm32-unknown-unknown -- -D warnings
	RUSTDOCFLAGS=-Dwarnings cargo doc --workspace --no-deps
	RUSTDOCFLAGS=-Dwarnings cargo doc -p kai-ranking --features ssr --no-deps
	@tree=$$(cargo tree -p kai-engine -e normal --target all --all-features --prefix none); \
	found=$$(grep -E '^($(ENGINE_FORBIDDEN))[ -]' <<<"$$tree" | sed 's/ (\*)$$//' | sort -u || true); \
	if [ -n "$$found" ]; then \
	  echo "lint: kai-engine must not depend on $(ENGINE_FORBIDDEN), but its tree has:"; \
	  echo "$$found"; exit 1; \
	fi; \
	echo "lint: kai-engine has no web dependency"

test: setup
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory lint test-native test-wasm dist cli test-e2e; \
	echo "make test: all suites passed in $$(( $$(date +%s) - start )) s"

test-native:
	# The independent oracle (tests/golden/kai-rankings.json) must match the data.
	python3 scripts/golden.py --check
	cargo test --workspace
	# The static pre-rendered widget (Yew SSR): its module's tests and the kai-prerender binary.
	cargo test -p kai-ranking --features ssr --lib --test prerender

test-wasm:
ifeq ($(strip $(WEB_TESTS)),)
	@echo "test-wasm: no tests/web_*.rs yet; skipping wasm-bindgen-test"
else
	CHROMEDRIVER=$(CHROMEDRIVER) WASM_BINDGEN_TEST_TIMEOUT=120 \
	  cargo test $(WASM_FLAGS) $(addprefix --test ,$(WEB_TESTS))
endif

# Needs dist/ and the CLI (the `test` target builds both first). The files are listed by the
# shell's glob: Node >= 21 reads a bare directory argument as a file to run, Node 20 has no
# glob support of its own.
test-e2e:
	node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/*.test.mjs

bench: setup
	$(MAKE) --no-print-directory bench-engine dist bench-web

bench-engine:
	cargo bench -p kai-engine --bench engine

# measure.mjs: first view and on-demand bytes, first paint, weight changes at 1x and CPU 4x in
# the page and the <kai-ranking> element, requests per input. compare.mjs (needs the CLI for the
# engine's order): LineUp.js and the plain-DOM floor side by side, memory after 10,000 changes;
# it extends measure.mjs's report.json and prints issue 13's goal table last.
bench-web:
	node tests/bench/measure.mjs
	$(MAKE) --no-print-directory cli
	node tests/bench/compare.mjs

clean-dist:
	rm -rf dist
