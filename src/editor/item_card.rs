//! One item of a list as a disclosure: its name and how many problems it has, always;
//! its fields (the children) only while it is open. A new item opens at once; a
//! problem's link opens its item.

use story_edit::FieldIds;
use yew::prelude::*;

use super::state::{use_form, use_open_items};

/// Props of [`ItemCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct ItemCardProps {
    /// The item's JSON path (`events[3]`).
    pub path: AttrValue,
    /// Its name as the producer knows it.
    pub name: AttrValue,
    /// Its fields; rendered by the list only while the item is open.
    #[prop_or_default]
    pub children: Html,
}

/// A group named by a toggle button: "▸ Second round (2 problems)".
#[component]
pub fn ItemCard(props: &ItemCardProps) -> Html {
    let open_items = use_open_items();
    let form = use_form();
    let open = open_items.is_open(&props.path);
    let ids = FieldIds::of(&props.path);
    let body = format!("{}-body", ids.input);
    let problems = form.count_at(&props.path);
    let onclick = {
        let (set, path) = (open_items.set.clone(), props.path.to_string());
        Callback::from(move |_: MouseEvent| set.emit((path.clone(), !open)))
    };
    html! {
        <fieldset class={classes!("ed-item", open.then_some("ed-open"))} id={ids.input.clone()}>
            <legend>
                <button type="button" class="ed-toggle" aria-expanded={open.to_string()} aria-controls={body.clone()} {onclick}>
                    <span aria-hidden="true">{ if open { "▾ " } else { "▸ " } }</span>
                    { &props.name }
                    if problems > 0 {
                        <span class="ed-count">{ match problems { 1 => " (1 problem)".to_string(), n => format!(" ({n} problems)") } }</span>
                    }
                </button>
            </legend>
            <div id={body} hidden={!open}>
                { props.children.clone() }
            </div>
        </fieldset>
    }
}
