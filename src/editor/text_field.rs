//! One labelled form field with its problems beside it.
//!
//! The input's DOM ids come from its JSON path (`story_edit::FieldIds`); its
//! problems are a list the input names with `aria-describedby`, and it carries
//! `aria-invalid` while it has any.

use story_edit::FieldIds;
use yew::prelude::*;

use super::browser;
use super::state::use_form;

/// How a [`TextField`] takes its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Input {
    /// One line.
    #[default]
    Line,
    /// Several lines (`<textarea>`).
    Lines,
    /// A day (`<input type="date">`, `YYYY-MM-DD`).
    Day,
    /// A link (`<input type="url">`).
    Url,
}

/// Props of [`TextField`].
#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    /// The visible label.
    pub label: AttrValue,
    /// The JSON path of the value (`events[2].title`): ids, problems and pending text.
    pub path: AttrValue,
    /// The value in the story.
    pub value: AttrValue,
    /// Receives the text as typed.
    pub on_input: Callback<String>,
    /// How the text is taken.
    #[prop_or_default]
    pub input: Input,
    /// A short hint under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Whether the story needs a value.
    #[prop_or_default]
    pub required: bool,
    /// Another path whose problems show here too (an exact day's `date.date`).
    #[prop_or_default]
    pub also: Option<AttrValue>,
}

/// A labelled input, text area or day picker, showing the text typed even when the
/// story cannot take it yet, and the problems that concern it.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let form = use_form();
    let ids = FieldIds::of(&props.path);
    let value = form
        .pending
        .get(props.path.as_str())
        .map_or_else(|| props.value.clone(), |text| AttrValue::from(text.clone()));
    let mut problems: Vec<String> = form
        .problems_at(&props.path)
        .map(|p| p.message.clone())
        .collect();
    if let Some(also) = &props.also {
        problems.extend(form.problems_at(also).map(|p| p.message.clone()));
    }
    let described = [
        props.hint.is_some().then(|| ids.hint.clone()),
        (!problems.is_empty()).then(|| ids.problems.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let invalid = (!problems.is_empty()).then_some("true");
    let oninput = props
        .on_input
        .reform(|event: InputEvent| browser::input_value(&event));
    let control = match props.input {
        Input::Lines => html! {
            <textarea id={ids.input.clone()} value={value} {oninput} rows="3"
                aria-describedby={described} aria-invalid={invalid} required={props.required} />
        },
        input => {
            let kind = match input {
                Input::Day => "date",
                Input::Url => "url",
                _ => "text",
            };
            html! {
                <input id={ids.input.clone()} type={kind} value={value} {oninput}
                    aria-describedby={described} aria-invalid={invalid} required={props.required} />
            }
        }
    };
    html! {
        <div class={classes!("ed-field", (!problems.is_empty()).then_some("ed-field-invalid"))}>
            <label for={ids.input.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <p id={ids.hint.clone()} class="ed-hint">{ hint }</p>
            }
            { control }
            if !problems.is_empty() {
                <ul id={ids.problems.clone()} class="ed-problems">
                    { for problems.iter().map(|p| html! { <li>{ p }</li> }) }
                </ul>
            }
        </div>
    }
}
