//! A one-field form that adds an item by its name ("Add party"): Enter or the button.

use yew::prelude::*;

use super::browser;

/// Props of [`AddItem`].
#[derive(Properties, PartialEq, Clone)]
pub struct AddItemProps {
    /// The field's label ("Name of a new party").
    pub label: AttrValue,
    /// The button's text ("Add party").
    pub button: AttrValue,
    /// The DOM id of the field.
    pub id: AttrValue,
    /// Receives the name typed, trimmed and not empty.
    pub on_add: Callback<String>,
}

/// A labelled field and an add button; the field empties once the item is added and
/// keeps focus, so several items are added in a row from the keyboard.
#[component]
pub fn AddItem(props: &AddItemProps) -> Html {
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| text.set(browser::input_value(&event)))
    };
    let onsubmit = {
        let text = text.clone();
        let on_add = props.on_add.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let name = text.trim().to_string();
            if !name.is_empty() {
                on_add.emit(name);
                text.set(String::new());
            }
        })
    };
    html! {
        <form class="ed-add" {onsubmit}>
            <label for={props.id.clone()}>{ &props.label }</label>
            <input id={props.id.clone()} type="text" value={(*text).clone()} {oninput} />
            <button type="submit">{ &props.button }</button>
        </form>
    }
}
