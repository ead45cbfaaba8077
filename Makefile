# Bamboo Reader. Every target installs what it needs first, idempotently:
# each tool is checked and only installed when missing or at the wrong version.
#
#   make serve   build and serve on http://127.0.0.1:$(PORT)/ (PORT=8080)
#   make build   release build into dist/, and dist/bamboo-reader.html (one file)
#   make test    every test suite: native, wasm in headless Chromium, end to end
#   make fuzz    a million fuzz cases per parser and reader (not run by CI)

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PORT ?= 8080
TRUNK_VERSION := 0.21.14
GECKODRIVER_VERSION := 0.37.1
# wasm-bindgen-cli must match the wasm-bindgen crate that Cargo.lock pins.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: help serve build prerender crash-build map test bench twiggy fuzz test-native test-wasm test-e2e tools wasm-target trunk wasm-bindgen node npm browsers firefox webkit pdf-tools

help:
	@echo "make serve   build and serve on http://127.0.0.1:$(PORT)/"
	@echo "make build   release build into dist/"
	@echo "make test    run every test suite"
	@echo "make bench   every speed and size figure, each beside its baseline (target/bench/report.json)"
	@echo "make fuzz    a million fuzz cases per parser and reader (FUZZ_CASES=n for another number)"
	@echo "make map     redraw the map shapes into core/data/map.tsv"

serve: tools
	@echo "Bamboo Reader will be at http://127.0.0.1:$(PORT)/ once built (Ctrl-C stops it)."
	trunk serve --release --no-autoreload --port $(PORT)

build: tools prerender
	trunk build --release
	node scripts/single-file.mjs

# The default view's markup, rendered natively by Yew's server-side
# rendering (examples/prerender.rs), for the page to show before the app is
# live; scripts/single-file.mjs puts it into dist/.
prerender:
	@mkdir -p target/prerender
	cargo run --release -q --example prerender target/prerender

test: tools browsers test-native test-wasm test-e2e

test-native:
	cargo test --workspace --all-features

test-wasm: tools browsers
	cargo test --target wasm32-unknown-unknown -p bamboo-reader --test browser

test-e2e: build crash-build npm browsers firefox webkit pdf-tools
	npm run --silent e2e

# The test build: the same app with the crash-test feature, whose
# bambooCrashTest() panics in the wasm (tests/e2e/crash.test.mjs).
crash-build: tools prerender
	trunk build --release --features crash-test --dist target/crash-dist
	node scripts/single-file.mjs target/crash-dist

# The map's country shapes (core/data/map.tsv, committed; not part of build).
map: npm
	node scripts/map.mjs > core/data/map.tsv.tmp
	mv core/data/map.tsv.tmp core/data/map.tsv

bench: build node browsers twiggy
	cargo run --release -q -p bamboo-core --features load --example accuracy
	cargo bench -p bamboo-core --features load --bench recognizer
	cargo bench -p bamboo-core --features load --bench search
	node scripts/bench-report.mjs
	node scripts/bench-search.mjs
	node scripts/size-report.mjs
	node scripts/bench-browser.mjs
	node scripts/bench-compromise.mjs
	node scripts/bench-scale.mjs
	node scripts/bench-summary.mjs

# twiggy, for the size report's largest functions and crates (make bench only).
TWIGGY_VERSION := 0.8.0
twiggy:
	@twiggy --version 2>/dev/null | grep -q " $(TWIGGY_VERSION)$$" \
	  || cargo install twiggy --version $(TWIGGY_VERSION) --locked

# core/tests/fuzz.rs, which `make test` runs with 2,000 cases per target.
# Prints each target's cases and time; FUZZ_SEED=n replays a run.
FUZZ_CASES ?= 1000000
fuzz:
	FUZZ_CASES=$(FUZZ_CASES) cargo test --release -p bamboo-core --features load --test fuzz -- --test-threads=1 --nocapture

# ---- prerequisites ------------------------------------------------------

tools: wasm-target trunk wasm-bindgen npm

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown

trunk:
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" \
	  || cargo install trunk --version $(TRUNK_VERSION) --locked

# No --locked: a pinned dependency of wasm-bindgen-cli is missing from the registry.
wasm-bindgen:
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "no wasm-bindgen in Cargo.lock" >&2; exit 1; }
	@{ wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" \
	   && wasm-bindgen-test-runner --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)"; } \
	  || cargo install wasm-bindgen-cli --version =$(WASM_BINDGEN_VERSION)

node:
	@command -v npm >/dev/null \
	  || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm; }

# binaryen 132 (wasm-opt) and playwright-core, exactly as package-lock.json pins them.
npm: node node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

browsers:
	@{ test -x /usr/bin/chromium && test -x /usr/bin/chromedriver; } \
	  || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; }

# Firefox ESR and geckodriver, for the single file from file:// in a second engine.
firefox:
	@test -x /usr/bin/firefox-esr \
	  || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr; }
	@geckodriver --version 2>/dev/null | grep -q "^geckodriver $(GECKODRIVER_VERSION)" \
	  || cargo install geckodriver --version $(GECKODRIVER_VERSION) --locked

# WebKitGTK's WebDriver (it drives MiniBrowser) and Xvfb for its display,
# for the single file from file:// in a third engine.
webkit:
	@{ test -x /usr/bin/WebKitWebDriver && test -x /usr/bin/Xvfb && test -x /usr/bin/xvfb-run; } \
	  || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y webkit2gtk-driver xvfb; }

# pdftotext, to read what the reader prints to PDF.
pdf-tools:
	@test -x /usr/bin/pdftotext \
	  || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils; }
