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
    /// The interface language asked for by the embedding element (its `lang`), if any.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The language of the page around the widget, used when neither the element nor
    /// the story names one.
    #[prop_or_default]
    pub page_lang: Option<AttrValue>,
    /// Render for readers without script (server render): everything expanded, plain links.
    #[prop_or_default]
    pub static_page: bool,
    /// Editor's preview: every problem in the story file listed in full at the top.
    #[prop_or_default]
    pub preview: bool,
    /// Remember the reader's visit and mark what changed since the last one
    /// (the element's `no-memory` attribute turns it off).
    #[prop_or(true)]
    pub memory: bool,
    /// Whether the story is fetched with the reader's cookies for its origin (the
    /// `credentials` attribute, `include`); off by default.
    #[prop_or_default]
    pub with_credentials: bool,
    /// Show the overview of the whole time span above the timeline (the element's
    /// `no-overview` attribute turns it off).
    #[prop_or(true)]
    pub overview: bool,
    /// Draw the sections below the timeline one task at a time, and say `ready` only
    /// once all are drawn: for a live widget behind a pre-rendered copy, so that taking
    /// over never blocks the page in one long task. Off: everything in one render.
    #[prop_or_default]
    pub in_steps: bool,
}

/// One widget: a story's timeline and cards.
#[component]
pub fn TalksTracker(props: &TalksTrackerProps) -> Html {
    let load = use_story(
        props.src.clone(),
        props.inline_story.clone(),
        props.with_credentials,
    );
    // Until the story (and its language) is known: the element's, else the page's.
    let asked = [
        props.lang.as_deref().unwrap_or(""),
        props.page_lang.as_deref().unwrap_or(""),
    ];
    let locale = story::ui_language(&asked).locale;
    let m = locale.messages();
    match load.state {
        LoadState::Loading => html! {
            <div class="tt tt-loading" aria-busy="true" lang={locale.tag()}>
                <p class="tt-status" role="status">{ m.loading }</p>
            </div>
        },
        LoadState::Failed(problem) => html! {
            <div class="tt tt-failed" lang={locale.tag()}>
                <div class="tt-alert" role="alert">
                    <p>{ problem.message(&props.src, m) }</p>
                    if problem.retry_may_help() {
                        <button type="button" class="tt-retry" onclick={load.retry.reform(|_| ())}>{ m.try_again }</button>
                    }
                </div>
            </div>
        },
        LoadState::Ready { story, diagnostics } => html! {
            // Keyed by the story, so a different story starts with fresh reader state.
            <StoryView key={story.head().id.as_str()} story={story.clone()} {diagnostics} lang={props.lang.clone()} page_lang={props.page_lang.clone()}
                static_page={props.static_page} preview={props.preview} instance={props.instance.clone()}
                memory={props.memory} overview={props.overview} in_steps={props.in_steps} />
        },
        LoadState::Unusable(diagnostics) => html! {
            <div class="tt tt-failed" lang={locale.tag()}>
                <div class="tt-alert" role="alert">
                    <p>{ (m.story_cannot_be_shown)(&props.src) }</p>
                    <DiagnosticsNote {diagnostics} detailed=true {locale} />
                </div>
            </div>
        },
    }
}
