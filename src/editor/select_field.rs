//! One labelled choice (`<select>`) with its problems beside it: a kind, a status,
//! or a single reference picked from the items that exist ("Speaker").

use std::rc::Rc;

use story_edit::FieldIds;
use yew::prelude::*;

use super::browser;
use super::state::use_form;

/// Props of [`SelectField`].
#[derive(Properties, PartialEq, Clone)]
pub struct SelectFieldProps {
    /// The visible label.
    pub label: AttrValue,
    /// The JSON path of the value (`claims[0].attribution.speaker`).
    pub path: AttrValue,
    /// The value in the story; empty for none.
    pub value: AttrValue,
    /// The choices, as (value, label), in order.
    pub options: Rc<[(AttrValue, AttrValue)]>,
    /// The label of "none" (the empty value), offered when the field may be left out.
    #[prop_or_default]
    pub none: Option<AttrValue>,
    /// A short hint under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Receives the value chosen.
    pub on_change: Callback<String>,
}

/// A labelled `<select>`; it follows the story after undo and redo.
#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let form = use_form();
    let ids = FieldIds::of(&props.path);
    {
        // A select keeps the option the producer chose until told otherwise.
        let id = ids.input.clone();
        use_effect_with(props.value.clone(), move |value| {
            browser::set_value(&id, value)
        });
    }
    let problems: Vec<String> = form
        .problems_at(&props.path)
        .map(|p| p.message.clone())
        .collect();
    let described = [
        props.hint.is_some().then(|| ids.hint.clone()),
        (!problems.is_empty()).then(|| ids.problems.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let onchange = props
        .on_change
        .reform(|event: Event| browser::input_value(&event));
    let known = props.options.iter().any(|(v, _)| *v == props.value);
    html! {
        <div class={classes!("ed-field", (!problems.is_empty()).then_some("ed-field-invalid"))}>
            <label for={ids.input.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <p id={ids.hint.clone()} class="ed-hint">{ hint }</p>
            }
            <select id={ids.input.clone()} {onchange}
                aria-describedby={(!described.is_empty()).then_some(described)}
                aria-invalid={(!problems.is_empty()).then_some("true")}>
                if let Some(none) = &props.none {
                    <option value="" selected={props.value.is_empty()}>{ none }</option>
                } else if props.value.is_empty() || !known {
                    <option value={props.value.clone()} selected=true disabled=true>{ "Choose…" }</option>
                }
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ label }</option>
                }) }
            </select>
            if !problems.is_empty() {
                <ul id={ids.problems.clone()} class="ed-problems">
                    { for problems.iter().map(|p| html! { <li>{ p }</li> }) }
                </ul>
            }
        </div>
    }
}
