#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; skips the rest.
# Safe to run again: every step first checks what is already there.
# Usage: scripts/setup.sh [build|test]   (test also installs the browser)
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-build}
TRUNK_VERSION=0.21.14
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

# The wasm-bindgen CLI must equal the library in Cargo.lock, or Trunk tries to download one.
lock_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  # 0.22 needs a newer rustc than this machine's; 0.21.14 is the last that builds here.
  say "installing trunk $TRUNK_VERSION (about 6 minutes, once)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

[ -f Cargo.lock ] || cargo generate-lockfile
bindgen=$(lock_version wasm-bindgen)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]; then
  # No --locked: the CLI's own lockfile pins a crate the registry no longer has.
  say "installing wasm-bindgen-cli $bindgen (about 2 minutes, once)"
  cargo install wasm-bindgen-cli --version "$bindgen" --force
fi

# npm packages: wasm-opt (binaryen 132; Debian's 108 rejects current wasm), terser (release
# builds minify the loader and the JS glue) and the test drivers.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  # No package here has an install script; --ignore-scripts keeps it so (issue 17).
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

# Trunk runs cargo offline (Trunk.toml), so every crate must be fetched beforehand.
cargo fetch --quiet

if [ "$want" = test ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi
say "ready"
