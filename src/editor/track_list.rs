//! The story's tracks (the strands of the talks: "Security", "Territory"): name,
//! description and id; then a field to add one.

use std::rc::Rc;

use story::StoryFile;
use story_edit::{Edit, List};
use yew::prelude::*;

use super::item_card::ItemCard;
use super::state::use_open_items;

use super::add_item::AddItem;
use super::browser;
use super::fields::Item;
use super::text_field::Input;

/// Props of [`TrackList`].
#[derive(Properties, PartialEq, Clone)]
pub struct TrackListProps {
    /// The story.
    pub file: Rc<StoryFile>,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// Each track as a group of fields, then "Add track".
#[component]
pub fn TrackList(props: &TrackListProps) -> Html {
    let open_items = use_open_items();
    let on_add = props
        .on_edit
        .reform(|name| Edit::Add(List::Tracks, name, browser::now().day()));
    html! {
        <section class="ed-section" aria-labelledby="ed-tracks-title">
            <h2 id="ed-tracks-title">{ "Tracks" }</h2>
            <p class="ed-hint">{ "Optional: the strands of the talks that points and events belong to." }</p>
            { for props.file.tracks.iter().enumerate().map(|(i, track)| {
                let item = Item { base: format!("tracks[{i}]"), file: &props.file, on_edit: &props.on_edit };
                let name = if track.name.trim().is_empty() { format!("Track {}", i + 1) } else { track.name.clone() };
                html! {
                    <ItemCard key={i} path={item.base.clone()} name={name.clone()}>
                        if open_items.is_open(&item.base) {
                        { item.text_with("name", "Name", &track.name, Input::Line, None, true) }
                        { item.text_with("description", "Description (optional)", track.description.as_deref().unwrap_or_default(),
                            Input::Lines, None, false) }
                        { item.text_with("id", "Id", track.id.as_str(), Input::Line,
                            Some("Made from the name; changing it updates every reference."), true) }
                        { item.remove(format!("track {name}")) }
                        }
                    </ItemCard>
                }
            }) }
            <AddItem label="Name of a new track" button="Add track" id="ed-add-track" {on_add} />
        </section>
    }
}
