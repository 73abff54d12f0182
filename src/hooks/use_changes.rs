//! What changed in the story since the reader's last visit, and remembering this one.

use std::rc::Rc;

use story::{Changes, Timestamp, Visit};
use yew::prelude::*;

use crate::browser::memory;
use crate::context::SharedStory;

/// The changes since the visit stored for this story (none on a first visit, with
/// `memory` off, or without storage); records this visit once the widget is shown.
///
/// The visit records the newest stamp of the story shown (never less than the one
/// seen before, so a stale cached copy does not bring old changes back).
#[hook]
pub fn use_changes(story: SharedStory, memory: bool) -> Rc<Changes> {
    let previous = use_memo((story.head().id.clone(), memory), |(id, memory)| {
        if !*memory {
            return None;
        }
        memory::previous_visit(id.as_str()).and_then(|stored| Visit::from_stored(&stored))
    });
    let changes = use_memo((story.clone(), *previous), |(story, previous)| {
        previous.map_or_else(Changes::none, |visit| Changes::since(story, visit))
    });
    use_effect_with((story, memory, *previous), |(story, memory, previous)| {
        if !*memory {
            return;
        }
        let Ok(visited) = Timestamp::parse(&memory::now()) else {
            return;
        };
        let seen = previous.map_or(story.latest_stamp(), |p| p.seen.max(story.latest_stamp()));
        memory::remember_visit(
            story.head().id.as_str(),
            &Visit { visited, seen }.to_stored(),
        );
    });
    changes
}
