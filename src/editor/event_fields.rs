//! One event: title, id, date, participants and sources picked by name, summary.

use std::rc::Rc;

use story::references::Target;
use story::{Event, PartyId, SourceId, StoryFile};
use story_edit::{Edit, EventField};
use yew::prelude::*;

use super::item_card::ItemCard;
use super::state::use_open_items;

use super::fields::Item;
use super::picker::{Choice, Picker};
use super::state::use_form;
use super::text_field::{Input, TextField};

/// Props of [`EventFields`].
#[derive(Properties, PartialEq, Clone)]
pub struct EventFieldsProps {
    /// The event's index in the story.
    pub index: usize,
    /// The story (for the parties and sources to pick from).
    pub file: Rc<StoryFile>,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// The event's fields as one group, named after its title.
#[component]
pub fn EventFields(props: &EventFieldsProps) -> Html {
    let open_items = use_open_items();
    let form = use_form();
    let i = props.index;
    let Some(event) = props.file.events.get(i) else {
        return Html::default();
    };
    let path = format!("events[{i}]");
    if !open_items.is_open(&path) {
        // Closed: only its name, so a long story re-renders quickly.
        return html! { <ItemCard {path} name={title_of(event, i)} /> };
    }
    let edit = |make: fn(String) -> EventField| {
        props.on_edit.reform(move |text| Edit::Event(i, make(text)))
    };
    let participants: Rc<[Choice]> = props
        .file
        .parties
        .iter()
        .map(|party| Choice {
            id: AttrValue::from(party.id.to_string()),
            name: AttrValue::from(if party.name.trim().is_empty() {
                party.id.to_string()
            } else {
                party.name.clone()
            }),
            picked: event.participants.contains(&party.id),
        })
        .collect();
    let sources: Rc<[Choice]> = props
        .file
        .sources
        .iter()
        .map(|source| Choice {
            id: AttrValue::from(source.id.to_string()),
            name: AttrValue::from(source_name(source)),
            picked: event.sources.contains(&source.id),
        })
        .collect();
    let on_participant = props.on_edit.reform(move |(id, on): (AttrValue, bool)| {
        Edit::Event(i, EventField::Participant(PartyId::new(id.as_str()), on))
    });
    let on_source = props.on_edit.reform(move |(id, on): (AttrValue, bool)| {
        Edit::Event(i, EventField::Source(SourceId::new(id.as_str()), on))
    });
    let id = event.id.to_string();
    let on_remove = props
        .on_edit
        .reform(move |_: MouseEvent| Edit::Remove(Target::Event, id.clone()));
    let name = title_of(event, i);
    let item = Item {
        base: format!("events[{i}]"),
        file: &props.file,
        on_edit: &props.on_edit,
    };
    let deadline = event.kind == story::EventKind::Deadline;
    let outcome = match event.outcome {
        Some(story::DeadlineOutcome::Met) => "met",
        Some(story::DeadlineOutcome::Missed) => "missed",
        None => "",
    };
    // Problems of the event as a whole ("this event was skipped" for a duplicate id).
    let own: Vec<String> = form
        .problems
        .iter()
        .filter(|p| p.path == format!("events[{i}]"))
        .map(|p| p.message.clone())
        .collect();
    html! {
        <ItemCard path={format!("events[{i}]")} name={name.clone()}>
            if open_items.is_open(&format!("events[{i}]")) {
            if !own.is_empty() {
                <ul class="ed-problems">{ for own.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
            }
            <TextField label="Title" path={format!("events[{i}].title")} value={event.title.clone()}
                on_input={edit(EventField::Title)} required=true />
            { item.date("date", "Date", Some(&event.date), false) }
            { item.text("place", "Place (optional)", event.place.as_deref().unwrap_or_default()) }
            { item.select("kind", "Kind", if deadline { "deadline" } else { "event" },
                &[("event", "An event"), ("deadline", "A deadline")], None) }
            if deadline {
                { item.select("outcome", "Outcome", outcome, &[("met", "Met"), ("missed", "Missed")], Some("Not known yet")) }
                { item.one_ref("extended_to", "Extended to (a later deadline)", Target::Event,
                    event.extended_to.as_ref().map(|e| e.as_str()), Some("Not extended")) }
            }
            { item.refs("tracks", "Tracks", Target::Track, event.tracks.iter().map(|t| t.as_str())) }
            <Picker legend="Participants" path={format!("events[{i}].participants")} choices={participants}
                on_toggle={on_participant} empty="Add parties above to pick them here." />
            <TextField label="Summary" path={format!("events[{i}].summary")} value={event.summary.clone()}
                on_input={edit(EventField::Summary)} input={Input::Lines} required=true />
            <Picker legend="Sources" path={format!("events[{i}].sources")} choices={sources}
                on_toggle={on_source} empty="Add sources above to pick them here." />
            <TextField label="Id" path={format!("events[{i}].id")} value={event.id.to_string()}
                on_input={edit(EventField::Id)}
                hint={AttrValue::from("Made from the title; changing it updates every reference.")} required=true />
            { item.note("events", event.id.as_str()) }
            <button type="button" class="ed-remove" onclick={on_remove}>
                { "Remove" }<span class="ed-visually-hidden">{ format!(" event {name}") }</span>
            </button>
            }
        </ItemCard>
    }
}

/// The event's name in the form: its title, or its place in the list.
fn title_of(event: &Event, i: usize) -> String {
    if event.title.trim().is_empty() {
        format!("Event {}", i + 1)
    } else {
        event.title.clone()
    }
}

/// A source as the producer knows it: "Politico: Ukraine talks stall".
fn source_name(source: &story::Source) -> String {
    match source.title.as_deref().filter(|t| !t.trim().is_empty()) {
        Some(title) => format!("{}: {title}", source.outlet),
        None if source.outlet.trim().is_empty() => source.id.to_string(),
        None => source.outlet.clone(),
    }
}
