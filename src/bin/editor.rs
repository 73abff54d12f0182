//! Entry point of the story editor's wasm module (`editor.html`, built by
//! `scripts/build-editor.mjs`). A separate binary from the reader's widget, and
//! nothing in the widget's library refers to it, so the reader's bundle never carries
//! editor code.

// Natively (tests, clippy) the editor is compiled and linted but never run.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

#[path = "../editor/mod.rs"]
mod editor;

fn main() {
    #[cfg(target_arch = "wasm32")]
    editor::start();
}
