//! The story's points: title, status (a change keeps its history), tracks, summary,
//! each party's position (with earlier stances), events, sources and the status
//! history; then a field to add one.

use std::rc::Rc;

use story::references::Target;
use story::{Point, StoryFile};
use story_edit::{Edit, List};
use yew::prelude::*;

use super::item_card::ItemCard;
use super::state::{use_open_items, OpenItems};

use super::add_item::AddItem;
use super::browser;
use super::fields::Item;
use super::status_field::{StatusField, STATUSES};
use super::text_field::Input;

/// Props of [`PointList`].
#[derive(Properties, PartialEq, Clone)]
pub struct PointListProps {
    /// The story.
    pub file: Rc<StoryFile>,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// Each point as a group of fields, then "Add point".
#[component]
pub fn PointList(props: &PointListProps) -> Html {
    let open_items = use_open_items();
    let on_add = props
        .on_edit
        .reform(|name| Edit::Add(List::Points, name, browser::now().day()));
    html! {
        <section class="ed-section" aria-labelledby="ed-points-title">
            <h2 id="ed-points-title">{ "Points" }</h2>
            <p class="ed-hint">{ "What is being negotiated, and where each item stands: the cards readers see." }</p>
            { for props.file.points.iter().enumerate().map(|(i, point)| point_fields(&props.file, &props.on_edit, &open_items, i, point)) }
            <AddItem label="Title of a new point" button="Add point" id="ed-add-point" {on_add} />
        </section>
    }
}

fn point_fields(
    file: &StoryFile,
    on_edit: &Callback<Edit>,
    open_items: &OpenItems,
    i: usize,
    point: &Point,
) -> Html {
    let item = Item {
        base: format!("points[{i}]"),
        file,
        on_edit,
    };
    let name = if point.title.trim().is_empty() {
        format!("Point {}", i + 1)
    } else {
        point.title.clone()
    };
    let add_position = {
        let path = item.path("positions");
        on_edit.reform(move |_: MouseEvent| Edit::Push(path.clone(), browser::now().day()))
    };
    let statuses: Vec<(&'static str, &'static str)> =
        STATUSES.iter().map(|(s, l)| (s.as_str(), *l)).collect();
    html! {
        <ItemCard key={i} path={item.base.clone()} name={name.clone()}>
            if open_items.is_open(&item.base) {
            { item.text_with("title", "Title", &point.title, Input::Line, None, true) }
            <StatusField point={i} status={point.status} on_edit={on_edit.clone()} />
            { item.refs("tracks", "Tracks", Target::Track, point.tracks.iter().map(|t| t.as_str())) }
            { item.text_with("summary", "Summary", &point.summary, Input::Lines, None, true) }
            <fieldset class="ed-group">
                <legend>{ "Positions" }</legend>
                { for point.positions.iter().enumerate().map(|(j, position)| {
                    let entry = Item { base: format!("points[{i}].positions[{j}]"), file, on_edit };
                    let add_earlier = {
                        let path = entry.path("history");
                        on_edit.reform(move |_: MouseEvent| Edit::Push(path.clone(), browser::now().day()))
                    };
                    html! {
                        <fieldset class="ed-entry" key={j}>
                            <legend>{ format!("Position {}", j + 1) }</legend>
                            { entry.one_ref("party", "Party", Target::Party, Some(position.party.as_str()), None) }
                            { entry.text_with("stance", "Position in one sentence", &position.stance, Input::Lines, None, true) }
                            { entry.date("date", "Held since", position.date.as_ref(), true) }
                            { entry.refs("sources", "Sources", Target::Source, position.sources.iter().map(|s| s.as_str())) }
                            { for position.history.iter().enumerate().map(|(k, earlier)| {
                                let old = Item { base: format!("{}.history[{k}]", entry.base), file, on_edit };
                                html! {
                                    <fieldset class="ed-entry" key={k}>
                                        <legend>{ format!("Earlier position {}", k + 1) }</legend>
                                        { old.text_with("stance", "Earlier position", &earlier.stance, Input::Lines, None, true) }
                                        { old.date("date", "When", Some(&earlier.date), false) }
                                        { old.refs("sources", "Sources", Target::Source, earlier.sources.iter().map(|s| s.as_str())) }
                                        { old.remove(format!("earlier position {}", k + 1)) }
                                    </fieldset>
                                }
                            }) }
                            <button type="button" onclick={add_earlier}>{ "Add an earlier position" }</button>
                            { entry.remove(format!("position {}", j + 1)) }
                        </fieldset>
                    }
                }) }
                <button type="button" onclick={add_position} disabled={file.parties.is_empty()}>
                    { "Add a position" }
                </button>
            </fieldset>
            { item.refs("events", "Events where it came up", Target::Event, point.events.iter().map(|e| e.as_str())) }
            { item.refs("sources", "Sources", Target::Source, point.sources.iter().map(|s| s.as_str())) }
            if !point.history.is_empty() {
                <fieldset class="ed-group">
                    <legend>{ "Status history" }</legend>
                    <p class="ed-hint">{ "Earlier statuses, oldest first; changing the status adds one." }</p>
                    { for point.history.iter().enumerate().map(|(k, change)| {
                        let entry = Item { base: format!("points[{i}].history[{k}]"), file, on_edit };
                        html! {
                            <fieldset class="ed-entry" key={k}>
                                <legend>{ format!("Earlier status {}", k + 1) }</legend>
                                { entry.select("status", "Status", change.status.as_str(), &statuses, None) }
                                { entry.date("date", "When it held", Some(&change.date), false) }
                                { entry.text_with("note", "Based on", &change.note, Input::Lines, None, true) }
                                { entry.one_ref("event", "Event that ended it", Target::Event,
                                    change.event.as_ref().map(|e| e.as_str()), Some("None")) }
                                { entry.refs("claims", "Claims behind the change", Target::Claim, change.claims.iter().map(|c| c.as_str())) }
                                { entry.refs("sources", "Sources", Target::Source, change.sources.iter().map(|s| s.as_str())) }
                                { entry.remove(format!("earlier status {}", k + 1)) }
                            </fieldset>
                        }
                    }) }
                </fieldset>
            }
            { item.text_with("id", "Id", point.id.as_str(), Input::Line,
                Some("Made from the title; changing it updates every reference."), true) }
            { item.note("points", point.id.as_str()) }
            { item.remove(format!("point {name}")) }
            }
        </ItemCard>
    }
}
