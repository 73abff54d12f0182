//! The reader's choices for one story, as a Yew reducer over the model's
//! [`story::reader::Reader`], which holds every rule.

use std::rc::Rc;

use story::reader::{Action, Reader};
use yew::prelude::*;

use crate::context::SharedStory;

/// The reader's state and the story it applies to.
#[derive(Clone, Debug, PartialEq)]
pub struct ReaderState {
    story: SharedStory,
    /// What the reader has chosen.
    pub reader: Reader,
}

impl Reducible for ReaderState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.reader.apply(&self.story, action) {
            Some(reader) => Rc::new(ReaderState {
                story: self.story.clone(),
                reader,
            }),
            None => self,
        }
    }
}

/// A reader starting on `story`: no filter, the latest event that has happened open.
#[hook]
pub fn use_reader(story: SharedStory) -> UseReducerHandle<ReaderState> {
    use_reducer(move || ReaderState {
        reader: Reader::new(&story),
        story,
    })
}
