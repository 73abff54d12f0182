//! "Tell readers what changed": beside an item, a note for the story's update log
//! (an update or a correction) that names the item, written while editing it.

use story::{Timestamp, UpdateKind};
use story_edit::{Edit, FieldIds, LogEntry};
use yew::prelude::*;

use super::browser;

/// Props of [`ItemNote`].
#[derive(Properties, PartialEq, Clone)]
pub struct ItemNoteProps {
    /// The item's JSON path (`points[2]`), for the fields' ids.
    pub path: AttrValue,
    /// The item's list (`points`).
    pub list: AttrValue,
    /// The item's id.
    pub id: AttrValue,
    /// Receives the log entry.
    pub on_edit: Callback<Edit>,
}

/// A disclosure with the kind of note, its text and "Add to the update log".
#[component]
pub fn ItemNote(props: &ItemNoteProps) -> Html {
    let text = use_state(String::new);
    let correction = use_state(|| false);
    let ids = FieldIds::of(&format!("{}.note", props.path));
    let kind_id = format!("{}-kind", ids.input);
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
    let onclick = {
        let (text, correction) = (text.clone(), correction.clone());
        let (list, id, on_edit) = (props.list.clone(), props.id.clone(), props.on_edit.clone());
        Callback::from(move |_: MouseEvent| {
            if text.trim().is_empty() {
                return;
            }
            let time: Timestamp = browser::now();
            on_edit.emit(Edit::Log(LogEntry {
                kind: if *correction {
                    UpdateKind::Correction
                } else {
                    UpdateKind::Update
                },
                text: text.trim().to_string(),
                time,
                item: Some((list.to_string(), id.to_string())),
            }));
            text.set(String::new());
        })
    };
    html! {
        <details class="ed-note">
            <summary>{ "Tell readers what changed" }</summary>
            <div class="ed-field">
                <label for={kind_id.clone()}>{ "Kind of note" }</label>
                <select id={kind_id} {onchange}>
                    <option value="update" selected={!*correction}>{ "Update" }</option>
                    <option value="correction" selected={*correction}>{ "Correction" }</option>
                </select>
            </div>
            <div class="ed-field">
                <label for={ids.input.clone()}>{ "Note for the update log" }</label>
                <textarea id={ids.input.clone()} rows="2" value={(*text).clone()} {oninput} />
            </div>
            <button type="button" {onclick} disabled={text.trim().is_empty()}>{ "Add to the update log" }</button>
        </details>
    }
}
