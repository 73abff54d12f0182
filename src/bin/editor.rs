//! Entry point of the story editor's wasm module (`editor.html`, built by
//! `scripts/build-editor.mjs`). A separate binary from the reader's widget, and
//! nothing in the widget's library refers to it, so the reader's bundle never carries
//! editor code.
//!
//! The same module also serves `<talks-tracker preview>` (the loader mounts preview
//! widgets with it, through the library's `mountWidget`): it reads stories with the
//! editors' full diagnostics, which the reader's bundle leaves out. So starting the
//! module starts nothing; `editor/start.js` calls `startEditor` on the editor's page.

// Natively (tests, clippy) the editor is compiled and linted but never run.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

#[path = "../editor/mod.rs"]
mod editor;

fn main() {
    // What the reader's module does when it starts: a preview widget that panics
    // reports it in its place.
    #[cfg(target_arch = "wasm32")]
    talks_tracker::browser::start();
}

/// Mounts the editor on the page's `#editor` element (called by `editor/start.js`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = startEditor)]
pub fn start_editor() {
    editor::start();
}
