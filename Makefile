# talks-tracker: `make serve` for the demo, `make test` for every test.
# Both install whatever is missing first (scripts/setup.sh) and skip what is there.

SHELL := bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup setup-test serve build static-page debug-build check-js test test-native test-browser fuzz schema template screenshot bench clean

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

## The demo on the seed story at http://127.0.0.1:8080
serve: setup
	trunk serve

## Release build (wasm-opt, the release profile) into dist/, with the seed story
## also rendered as a static page for readers without script (dist/paris-talks.html).
build: setup
	trunk build --release
	$(MAKE) --no-print-directory static-page

static-page:
	cargo run --quiet --bin talks-tracker -- render --standalone static/stories/paris-talks.json > dist/paris-talks.html
	css=$$(cd dist && ls talks-tracker-*.css) && cargo run --quiet --bin talks-tracker -- render --embed \
	  --css ../$$css --instance paris --positions dist/embed/paris-talks.positions.css \
	  --positions-url paris-talks.positions.css \
	  static/stories/paris-talks.json > dist/embed/paris-talks.prerendered.html

## Every test: the model natively, then the release build in headless Chromium, and the
## debug build (where Yew checks hook order) in the interaction pass.
test: setup-test
	$(MAKE) --no-print-directory test-native
	trunk build --release
	$(MAKE) --no-print-directory static-page
	$(MAKE) --no-print-directory debug-build
	$(MAKE) --no-print-directory check-js
	$(MAKE) --no-print-directory test-browser

## Debug build (no wasm-opt, Yew's debug checks on) into target/debug-dist, apart from the
## release build in dist/ that the other browser tests use.
debug-build:
	trunk build --dist target/debug-dist

## `node --check` on every script we write or generate: a syntax error fails the build here,
## not in a reader's browser. Generated loaders are checked when they have been built.
check-js:
	@n=0; for f in $$(find tests bench scripts -name '*.mjs' -o -name '*.js' | sort) \
	  $$(find static -maxdepth 2 -name '*.js' | sort) \
	  $$(ls dist/loader.js target/debug-dist/loader.js 2>/dev/null); do \
	  node --check "$$f" || { echo "check-js: syntax error in $$f" >&2; exit 1; }; n=$$((n + 1)); \
	done; echo "check-js: $$n files parse"

test-native:
	cargo test --workspace --features editor --quiet

test-browser:
	node --test --test-timeout=300000 tests/browser/

## A long fuzzing run of parse, validation and the importer (make test runs 256 cases each).
fuzz:
	PROPTEST_CASES=$${CASES:-200000} cargo test -p talks-tracker-story --release --test fuzz

## Regenerates static/story.schema.json from the Rust types.
schema:
	UPDATE_SCHEMA=1 cargo test -p talks-tracker-story --test schema --quiet

## Regenerates static/template/ (the spreadsheet template) from tests/fixtures/template.json.
template:
	UPDATE_TEMPLATE=1 cargo test -p talks-tracker-story --test sheets --quiet the_template_is_the_example_story_as_sheets

## Screenshots of the demo (desktop and a 360 px phone) into docs/.
screenshot: build
	node tests/browser/screenshot.mjs
	node tests/browser/living-screenshots.mjs
	node tests/browser/editor-screenshots.mjs
	node tests/browser/overview-screenshots.mjs

## Load time, bytes, memory and selection latency against plain HTML and TimelineJS
## (not part of make test). Builds into target/bench/dist, apart from the tests' dist/.
## RUNS=… (default 5) and RUNS_LARGE=… (5000-event TimelineJS, default 3) set the loads.
bench: setup-test
	trunk build --release --dist target/bench/dist
	node bench/run.mjs

clean:
	cargo clean
	rm -rf dist
