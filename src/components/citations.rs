//! Numbered citations ("[1] [3]") linking to the sources list.

use std::rc::Rc;

use story::{DomId, SourceId};
use yew::prelude::*;

use crate::context::use_widget;

/// Props of [`Citations`].
#[derive(Properties, PartialEq, Clone)]
pub struct CitationsProps {
    /// The sources cited.
    pub sources: Rc<[SourceId]>,
}

/// One link per source, numbered by its place in the sources list.
#[component]
pub fn Citations(props: &CitationsProps) -> Html {
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let m = widget.ui.messages();
    html! {
        { for props.sources.iter().filter_map(|id| widget.story.source_number(id)).map(|n| html! {
            <>{ " " }<a class="tt-cite" href={widget.ids.href(&DomId::Source(n))}
                aria-label={(m.source_number)(n)}>{ format!("[{n}]") }</a></>
        }) }
    }
}
