//! The browser side of [`crate::browser`].

pub mod dom;
pub mod fetch;
pub mod host;
pub mod memory;
mod mount;
mod panic;

/// Called once by `main` when the module starts: installs the panic hook, and keeps
/// `mountWidget` in the binary (the linker drops a library nothing in `main` refers to).
pub fn start() {
    panic::install_hook();
    std::hint::black_box(mount::mount_widget as fn(_, _) -> _);
}
