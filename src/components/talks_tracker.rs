//! The widget's top component: loads the story and shows it, or says why it cannot.

use yew::prelude::*;

use super::{DiagnosticsNote, StoryView};
use crate::hooks::{use_story, LoadState};

/// Props of [`TalksTracker`].
#[derive(Properties, PartialEq, Clone)]
pub struct TalksTrackerProps {
    /// URL of the story file.
    pub src: AttrValue,
    /// The story itself, when the page carries it inline (then `src` is not fetched).
    #[prop_or_default]
    pub inline_story: Option<AttrValue>,
    /// Prefix for this widget's element ids, unique on the page.
    pub instance: AttrValue,
    /// The interface language asked for by the embedding element or the page, if any.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// Render for readers without script (server render): everything expanded, plain links.
    #[prop_or_default]
    pub static_page: bool,
    /// Editor's preview: every problem in the story file listed in full at the top.
    #[prop_or_default]
    pub preview: bool,
}

/// One widget: a story's timeline and cards.
#[component]
pub fn TalksTracker(props: &TalksTrackerProps) -> Html {
    let load = use_story(props.src.clone(), props.inline_story.clone());
    let state = load.state;
    match state {
        LoadState::Loading => html! {
            <div class="tt tt-loading" aria-busy="true">
                <p class="tt-status" role="status">{ "Loading the story…" }</p>
            </div>
        },
        LoadState::Failed { message, retry } => html! {
            <div class="tt tt-failed">
                <div class="tt-alert" role="alert">
                    <p>{ message }</p>
                    if retry {
                        <button type="button" class="tt-retry" onclick={load.retry.reform(|_| ())}>{ "Try again" }</button>
                    }
                </div>
            </div>
        },
        LoadState::Ready { story, diagnostics } => html! {
            <StoryView {story} {diagnostics} lang={props.lang.clone()} static_page={props.static_page}
                preview={props.preview} instance={props.instance.clone()} />
        },
        LoadState::Unusable(diagnostics) => html! {
            <div class="tt tt-failed">
                <div class="tt-alert" role="alert">
                    <p>{ format!("The story from {} cannot be shown:", props.src) }</p>
                    <DiagnosticsNote {diagnostics} detailed=true />
                </div>
            </div>
        },
    }
}
