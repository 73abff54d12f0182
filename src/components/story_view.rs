//! A loaded story: header, timeline, the card sections and the sources.

use std::rc::Rc;

use story::{Diagnostic, StatusGroup, Story};
use yew::prelude::*;

use super::{CardSection, DiagnosticsNote, SourceList, Timeline};

/// Props of [`StoryView`].
#[derive(Properties, PartialEq, Clone)]
pub struct StoryViewProps {
    /// The validated story.
    pub story: Rc<Story>,
    /// Problems that cost items or values, shown as a quiet note.
    pub diagnostics: Rc<[Diagnostic]>,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

/// The whole story as the reader sees it.
#[component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let story = &props.story;
    let head = &story.head;
    let title_id = format!("{}-title", props.instance);
    html! {
        <article class="tt" data-story-id={head.id.to_string()} lang={head.language.clone()}
            aria-labelledby={title_id.clone()}>
            <header class="tt-header">
                <h2 id={title_id} class="tt-title">{ &head.title }</h2>
                <p class="tt-summary">{ &head.summary }</p>
                <p class="tt-byline">
                    { &head.publisher.name }{ " · updated " }
                    <time datetime={story.as_of().to_string()}>{ story.as_of().day().long_en() }</time>
                </p>
            </header>
            if !props.diagnostics.is_empty() {
                <DiagnosticsNote diagnostics={props.diagnostics.clone()} open=false />
            }
            <Timeline story={story.clone()} instance={props.instance.clone()} />
            <CardSection story={story.clone()} group={StatusGroup::Agreed} instance={props.instance.clone()} />
            <CardSection story={story.clone()} group={StatusGroup::Problems} instance={props.instance.clone()} />
            <CardSection story={story.clone()} group={StatusGroup::Open} instance={props.instance.clone()} />
            <SourceList story={story.clone()} instance={props.instance.clone()} />
        </article>
    }
}
