//! Problems in the story file, listed with their JSON paths (WAI-ARIA: a native disclosure).

use std::rc::Rc;

use story::Diagnostic;
use yew::prelude::*;

/// Props of [`DiagnosticsNote`].
#[derive(Properties, PartialEq, Clone)]
pub struct DiagnosticsNoteProps {
    /// The problems to list.
    pub diagnostics: Rc<[Diagnostic]>,
    /// Whether the list starts expanded.
    pub open: bool,
}

/// A quiet, expandable note: "2 problems in the story file" and the list.
#[component]
pub fn DiagnosticsNote(props: &DiagnosticsNoteProps) -> Html {
    let count = props.diagnostics.len();
    let noun = if count == 1 { "problem" } else { "problems" };
    html! {
        <details class="tt-diagnostics" open={props.open}>
            <summary>{ format!("{count} {noun} in the story file") }</summary>
            <ul>
                { for props.diagnostics.iter().map(|d| html! {
                    <li><code>{ d.path() }</code>{ ": " }{ d.message() }{ " — " }{ d.consequence() }</li>
                }) }
            </ul>
        </details>
    }
}
