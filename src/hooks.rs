//! The widget's hooks, one per file.

mod use_story;

pub use use_story::{use_story, LoadState};
