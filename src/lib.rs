//! The talks-tracker widget: Yew components that render a negotiation story
//! (see the `talks-tracker-story` crate) as a timeline and cards.
//!
//! The story model and the reader's state machine are in the model crate; this
//! crate holds the components (`components/`), their hooks (`hooks/`), the
//! context they share (`context.rs`) and the browser glue (`browser/`).
//! Element ids come from the model's `DomIds`, prefixed with the widget's
//! instance id; each widget renders in its own shadow root.

pub mod browser;
pub mod components;
pub mod context;
pub mod hooks;
// The CLI's and the editor's server render; never in the reader's wasm.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod prerender;

pub use components::TalksTracker;
