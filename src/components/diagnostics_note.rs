//! Problems in the story file, listed with their JSON paths (WAI-ARIA: a native disclosure).

use std::rc::Rc;

use story::{Diagnostic, Locale};
use yew::prelude::*;

/// Props of [`DiagnosticsNote`].
#[derive(Properties, PartialEq, Clone)]
pub struct DiagnosticsNoteProps {
    /// The problems to list.
    pub diagnostics: Rc<[Diagnostic]>,
    /// For editors (preview mode, or a story that cannot be shown): the list starts
    /// expanded and gives line numbers and how to fix each problem.
    pub detailed: bool,
    /// The interface language (the note can show before a story, and its context, exist).
    pub locale: Locale,
}

/// A quiet, expandable note for readers ("2 problems in the story file"), or the full
/// list for editors.
#[component]
pub fn DiagnosticsNote(props: &DiagnosticsNoteProps) -> Html {
    let locale = props.locale;
    let detailed = props.detailed;
    let class = classes!(
        "tt-diagnostics",
        detailed.then_some("tt-diagnostics-detailed")
    );
    html! {
        <details {class} open={detailed}>
            <summary>{ (locale.messages().problems_in_file)(props.diagnostics.len()) }</summary>
            <ul>
                { for props.diagnostics.iter().map(|d| html! {
                    <li data-path={d.path().to_string()}>
                        <code>{ d.path() }</code>
                        if let (true, Some((line, column))) = (detailed, d.line_column()) {
                            { format!(" (line {line}, column {column})") }
                        }
                        { ": " }{ d.message() }{ " — " }{ d.consequence_in(locale) }
                        if let (true, Some(hint)) = (detailed, d.hint()) {
                            <span class="tt-hint">{ " Fix: " }{ hint }</span>
                        }
                    </li>
                }) }
            </ul>
        </details>
    }
}
