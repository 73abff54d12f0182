//! The update log readers see: each update or correction with its time, text and
//! the items it concerns; then a form to add one, stamped now.

use std::rc::Rc;

use story::references::Target;
use story::{StoryFile, UpdateKind};
use story_edit::{Edit, LogEntry};
use yew::prelude::*;

use super::item_card::ItemCard;
use super::state::use_open_items;

use super::browser;
use super::fields::Item;
use super::text_field::Input;

/// Props of [`UpdateList`].
#[derive(Properties, PartialEq, Clone)]
pub struct UpdateListProps {
    /// The story.
    pub file: Rc<StoryFile>,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

const KINDS: [(&str, &str); 2] = [("update", "Update"), ("correction", "Correction")];

/// Each entry of the log, then a form to add one.
#[component]
pub fn UpdateList(props: &UpdateListProps) -> Html {
    let open_items = use_open_items();
    let text = use_state(String::new);
    let correction = use_state(|| false);
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| text.set(browser::input_value(&event)))
    };
    let onchange = {
        let correction = correction.clone();
        Callback::from(move |event: Event| {
            correction.set(browser::input_value(&event) == "correction")
        })
    };
    let onsubmit = {
        let (text, correction, on_edit) = (text.clone(), correction.clone(), props.on_edit.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if text.trim().is_empty() {
                return;
            }
            on_edit.emit(Edit::Log(LogEntry {
                kind: if *correction {
                    UpdateKind::Correction
                } else {
                    UpdateKind::Update
                },
                text: text.trim().to_string(),
                time: browser::now(),
                item: None,
            }));
            text.set(String::new());
        })
    };
    html! {
        <section class="ed-section" aria-labelledby="ed-updates-title">
            <h2 id="ed-updates-title">{ "Update log" }</h2>
            <p class="ed-hint">{ "What changed since the story was published, newest last; corrections are shown as such." }</p>
            { for props.file.updates.iter().enumerate().map(|(i, update)| {
                let item = Item { base: format!("updates[{i}]"), file: &props.file, on_edit: &props.on_edit };
                let kind = if update.kind == UpdateKind::Correction { "correction" } else { "update" };
                html! {
                    <ItemCard key={i} path={item.base.clone()} name={format!("{} {}", if kind == "correction" { "Correction" } else { "Update" }, i + 1)}>
                        if open_items.is_open(&item.base) {
                        { item.select("kind", "Kind", kind, &KINDS, None) }
                        { item.text_with("time", "Time", &update.time.to_string(), Input::Line,
                            Some("Date, time and offset, like 2026-01-10T09:00:00+02:00."), true) }
                        { item.text_with("text", "What changed", &update.text, Input::Lines, None, true) }
                        { item.refs("events", "Events it concerns", Target::Event, update.events.iter().map(|e| e.as_str())) }
                        { item.refs("points", "Points it concerns", Target::Point, update.points.iter().map(|p| p.as_str())) }
                        { item.refs("claims", "Claims it concerns", Target::Claim, update.claims.iter().map(|c| c.as_str())) }
                        { item.refs("parties", "Parties it concerns", Target::Party, update.parties.iter().map(|p| p.as_str())) }
                        { item.remove(format!("{kind} {}", i + 1)) }
                        }
                    </ItemCard>
                }
            }) }
            <form class="ed-add ed-add-update" {onsubmit}>
                <label for="ed-add-update-kind">{ "Kind of a new entry" }</label>
                <select id="ed-add-update-kind" {onchange}>
                    <option value="update" selected={!*correction}>{ "Update" }</option>
                    <option value="correction" selected={*correction}>{ "Correction" }</option>
                </select>
                <label for="ed-add-update">{ "What changed (a new entry, stamped now)" }</label>
                <input id="ed-add-update" type="text" value={(*text).clone()} {oninput} />
                <button type="submit">{ "Add to the log" }</button>
            </form>
        </section>
    }
}
