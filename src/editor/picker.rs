//! Picks items by name: a group of checkboxes (a `fieldset` with its legend), so a
//! reference is chosen from the items that exist and never typed.

use std::rc::Rc;

use story_edit::FieldIds;
use yew::prelude::*;

use super::browser;
use super::state::use_form;

/// One item offered: its id and the name the producer knows it by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The item's id.
    pub id: AttrValue,
    /// Its name.
    pub name: AttrValue,
    /// Whether it is picked.
    pub picked: bool,
}

/// Props of [`Picker`].
#[derive(Properties, PartialEq, Clone)]
pub struct PickerProps {
    /// The group's legend ("Participants").
    pub legend: AttrValue,
    /// The JSON path of the list of ids (`events[0].participants`).
    pub path: AttrValue,
    /// The items offered, in the story's order.
    pub choices: Rc<[Choice]>,
    /// Receives an item's id and whether it is now picked.
    pub on_toggle: Callback<(AttrValue, bool)>,
    /// Said when there is nothing to pick yet.
    pub empty: AttrValue,
}

/// Checkboxes named after the items they pick, with the list's problems beside them.
#[component]
pub fn Picker(props: &PickerProps) -> Html {
    let form = use_form();
    let ids = FieldIds::of(&props.path);
    let problems: Vec<String> = form
        .problems_at(&props.path)
        .map(|p| p.message.clone())
        .collect();
    html! {
        <fieldset id={ids.input.clone()} class="ed-picker"
            aria-describedby={(!problems.is_empty()).then(|| ids.problems.clone())}>
            <legend>{ &props.legend }</legend>
            if props.choices.is_empty() {
                <p class="ed-hint">{ &props.empty }</p>
            }
            { for props.choices.iter().map(|choice| {
                let id = choice.id.clone();
                let onchange = props.on_toggle.reform(move |event: Event| (id.clone(), browser::is_checked(&event)));
                html! {
                    <label class="ed-choice">
                        <input type="checkbox" checked={choice.picked} {onchange} />
                        { &choice.name }
                    </label>
                }
            }) }
            if !problems.is_empty() {
                <ul id={ids.problems.clone()} class="ed-problems">
                    { for problems.iter().map(|p| html! { <li>{ p }</li> }) }
                </ul>
            }
        </fieldset>
    }
}
