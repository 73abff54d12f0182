//! The interface language and text direction of one widget, handed to every component
//! through a Yew context by [`crate::components::StoryView`].

use story::{Direction, Locale, Messages};
use yew::prelude::*;

/// How a widget speaks: which locale its own words and dates are in, and which way the
/// story's text runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ui {
    /// The interface language.
    pub locale: Locale,
    /// The story's text direction (the timeline and the arrows mirror under `Rtl`).
    pub direction: Direction,
}

impl Ui {
    /// The interface's words.
    pub fn messages(&self) -> &'static Messages {
        self.locale.messages()
    }

    /// Whether the story reads right to left.
    pub fn rtl(&self) -> bool {
        self.direction == Direction::Rtl
    }
}

/// The widget's [`Ui`]; English, left to right outside a widget.
#[hook]
pub fn use_ui() -> Ui {
    use_context::<Ui>().unwrap_or_default()
}
