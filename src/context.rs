//! What every component of one widget needs, handed down once through a Yew context
//! by [`crate::components::StoryView`]: the story, the element ids, the interface
//! language and how the widget is rendered.

use std::rc::Rc;

use story::{Changes, Direction, DomIds, Locale, Messages, Story};
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

/// How the widget is rendered: live in the browser, or as static HTML for readers without script.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RenderMode {
    /// Buttons, tabs and disclosures work.
    #[default]
    Interactive,
    /// Everything is expanded and links are fragment links.
    Static,
}

/// A story as the widget shares it, compared by identity: two are equal only when they
/// are the same allocation. A loaded story is never changed in place, only replaced by
/// another, so props, memos and the context need no more. Comparing by value compiled a
/// deep comparison of every item into the reader's wasm (5.5 KB, 1.3 KB brotli) and ran
/// it over the whole story whenever one was replaced.
#[derive(Clone, Debug)]
pub struct SharedStory(Rc<Story>);

impl SharedStory {
    /// Shares `story`.
    pub fn new(story: Story) -> Self {
        SharedStory(Rc::new(story))
    }
}

impl PartialEq for SharedStory {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedStory {
    type Target = Story;

    fn deref(&self) -> &Story {
        &self.0
    }
}

/// One widget's context.
#[derive(Clone, Debug, PartialEq)]
pub struct Widget {
    /// The validated story.
    pub story: SharedStory,
    /// Builds every element id of this widget.
    pub ids: Rc<DomIds>,
    /// Interface language and text direction.
    pub ui: Ui,
    /// Live or static.
    pub mode: RenderMode,
    /// What changed since the reader's last visit (nothing on a first visit).
    pub changes: Rc<Changes>,
}

impl Widget {
    /// Whether buttons, tabs and disclosures work (not a static page).
    pub fn interactive(&self) -> bool {
        self.mode == RenderMode::Interactive
    }

    /// A long story (over [`LONG_STORY`] events) read interactively: what is out of
    /// sight is not laid out, and stepping through events moves as little as it can.
    pub fn long(&self) -> bool {
        self.interactive() && self.story.events().len() > LONG_STORY
    }
}

/// From this many events on a story is [`Widget::long`]: the sections below the
/// timeline are laid out and painted only near the viewport (`tt-long`, CSS
/// `content-visibility`) and the open event's panel keeps its tallest height, so each
/// step through the timeline stays fast. Shorter stories are small enough to lay out whole.
const LONG_STORY: usize = 300;

/// The widget's context; `None` outside a [`crate::components::StoryView`], where
/// components render nothing.
#[hook]
pub fn use_widget() -> Option<Widget> {
    use_context::<Widget>()
}
