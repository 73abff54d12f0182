//! The numbered list of sources that every citation points to.

use std::rc::Rc;

use story::Story;
use yew::prelude::*;

use crate::ui::use_ui;

/// Props of [`SourceList`].
#[derive(Properties, PartialEq, Clone)]
pub struct SourceListProps {
    /// The story whose sources are listed.
    pub story: Rc<Story>,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

/// Sources as an ordered list; links open in a new tab without access to this page.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let m = use_ui().messages();
    let heading = format!("{}-sources", props.instance);
    html! {
        <section class="tt-sources" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ m.sources }</h3>
            <ol>
                { for props.story.sources().iter().enumerate().map(|(i, source)| {
                    let label = match &source.title {
                        Some(title) => format!("{}: {title}", source.outlet),
                        None => source.outlet.clone(),
                    };
                    html! {
                        <li id={format!("{}-source-{}", props.instance, i + 1)}>
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
