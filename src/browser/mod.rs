//! Browser glue, in one place and split by concern: the DOM (focus, scrolling,
//! sizes, CSS variables), the host page (events, commands, the URL fragment),
//! fetching story files, the reader's memory of their last visit, the crash screen and mounting.
//!
//! This is the one place that switches on the target: in the browser the `web`
//! modules do the work; natively (tests, the server render, the CLI) `native`
//! offers the same functions as no-ops, so components never need a `cfg`.

#[cfg(target_arch = "wasm32")]
#[path = "web/mod.rs"]
mod imp;

#[cfg(not(target_arch = "wasm32"))]
#[path = "native.rs"]
mod imp;

pub use imp::{dom, fetch, host, memory, start};

/// What a host page can ask of a widget through a `talks-tracker:command` event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `{ select: "<event id>" }`: open that event (the loader's `element.select(id)`).
    Select(String),
    /// `{ crashTest: true }`: panic on purpose, so a host page can check that a broken
    /// widget reports itself and leaves the rest of the page working. Only in preview
    /// mode and in debug builds; a production reader ignores it.
    CrashTest,
}
