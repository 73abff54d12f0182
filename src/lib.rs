//! The talks-tracker widget: Yew components that render a negotiation story
//! (see the `talks-tracker-story` crate) as a timeline and cards.
//!
//! Element ids are prefixed with the widget's instance id so that several
//! widgets can share a page.

pub mod components;
pub mod hooks;
pub mod state;
pub mod ui;

pub mod browser;

pub use components::TalksTracker;
