//! The story's events, each a group of fields, and a field to add one.

use std::rc::Rc;

use story::{Day, StoryFile};
use story_edit::Edit;
use yew::prelude::*;

use super::add_item::AddItem;
use super::event_fields::EventFields;

/// Props of [`EventList`].
#[derive(Properties, PartialEq, Clone)]
pub struct EventListProps {
    /// The story.
    pub file: Rc<StoryFile>,
    /// The day a new event starts on, until the producer says otherwise.
    pub today: Day,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// Each event, then "Add event".
#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let today = props.today;
    let on_add = props
        .on_edit
        .reform(move |title| Edit::AddEvent { title, day: today });
    html! {
        <section class="ed-section" aria-labelledby="ed-events-title">
            <h2 id="ed-events-title">{ "Events" }</h2>
            <p class="ed-hint">{ "What happened, or is expected to happen, and when." }</p>
            { for (0..props.file.events.len()).map(|i| html! {
                <EventFields key={i} index={i} file={props.file.clone()} on_edit={props.on_edit.clone()} />
            }) }
            <AddItem label="Title of a new event" button="Add event" id="ed-add-event" {on_add} />
        </section>
    }
}
