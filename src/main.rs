//! Entry point of the widget's wasm module. It mounts nothing by itself: the
//! `<talks-tracker>` element of `loader.js` calls `mountWidget` for each widget
//! (see `browser/web/mount.rs`), the one way to mount.

fn main() {
    talks_tracker::browser::start();
}
