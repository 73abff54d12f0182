//! Numbered citations ("[1] [3]") linking to the sources list.

use std::rc::Rc;

use story::{SourceId, Story};
use yew::prelude::*;

use crate::ui::use_ui;

/// Props of [`Citations`].
#[derive(Properties, PartialEq, Clone)]
pub struct CitationsProps {
    /// The story whose sources list is numbered.
    pub story: Rc<Story>,
    /// The sources cited.
    pub sources: Rc<[SourceId]>,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

/// One link per source, numbered by its place in the sources list.
#[component]
pub fn Citations(props: &CitationsProps) -> Html {
    let m = use_ui().messages();
    html! {
        { for props.sources.iter().filter_map(|id| props.story.source_number(id)).map(|n| html! {
            <>{ " " }<a class="tt-cite" href={format!("#{}-source-{n}", props.instance)}
                aria-label={(m.source_number)(n)}>{ format!("[{n}]") }</a></>
        }) }
    }
}
