//! Entry point: mounts a widget on every `[data-talks-tracker]` element of the page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    talks_tracker::browser::mount_all();
}
