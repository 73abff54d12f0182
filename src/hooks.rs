//! The widget's hooks, one per file.

mod use_changes;
mod use_css_vars;
mod use_reader;
mod use_story;
mod use_wide;

pub use use_changes::use_changes;
pub use use_css_vars::{use_css_vars, use_css_vars_with};
pub use use_reader::{use_reader, ReaderState};
pub use use_story::{use_story, FetchProblem, LoadState, StoryLoad};
pub use use_wide::use_wide;
