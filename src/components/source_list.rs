//! The numbered list of sources that every citation points to.

use story::DomId;
use yew::prelude::*;

use crate::context::use_widget;

/// Sources as an ordered list; links open in a new tab without access to this page.
#[component]
pub fn SourceList() -> Html {
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let heading = widget.ids.id(&DomId::Sources);
    html! {
        <section class="tt-sources" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ widget.ui.messages().sources }</h3>
            <ol>
                { for widget.story.sources().iter().enumerate().map(|(i, source)| {
                    let label = match &source.title {
                        Some(title) => format!("{}: {title}", source.outlet),
                        None => source.outlet.clone(),
                    };
                    html! {
                        <li id={widget.ids.id(&DomId::Source(i + 1))}>
                            // URLs were checked to be http(s) by the model's validation.
                            if let Some(url) = &source.url {
                                <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ label }</a>
                            } else {
                                { label }
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
