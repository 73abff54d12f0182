//! A list of short texts typed one per line (a next step's conditions).
//!
//! The story keeps the non-empty lines; the text area keeps what was typed (a new,
//! still empty line) for as long as it says the same, and follows the story after
//! undo and redo.

use std::rc::Rc;

use yew::prelude::*;

use super::text_field::{Input, TextField};

/// Props of [`LinesField`].
#[derive(Properties, PartialEq, Clone)]
pub struct LinesFieldProps {
    /// The visible label.
    pub label: AttrValue,
    /// The JSON path of the list.
    pub path: AttrValue,
    /// The texts in the story.
    pub values: Rc<[String]>,
    /// A short hint under the label.
    pub hint: AttrValue,
    /// Receives the text as typed.
    pub on_input: Callback<String>,
}

/// The texts a typed text keeps: its non-empty lines, trimmed.
fn kept(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// A labelled text area over a list of texts.
#[component]
pub fn LinesField(props: &LinesFieldProps) -> Html {
    let typed = use_state(|| props.values.join("\n"));
    let shown = if kept(&typed) == props.values.iter().map(String::as_str).collect::<Vec<_>>() {
        (*typed).clone()
    } else {
        props.values.join("\n")
    };
    let on_input = {
        let typed = typed.clone();
        props.on_input.reform(move |text: String| {
            typed.set(text.clone());
            text
        })
    };
    html! {
        <TextField label={props.label.clone()} path={props.path.clone()} value={shown} {on_input}
            input={Input::Lines} hint={props.hint.clone()} />
    }
}
