//! A loaded story: header, filters, timeline, the card sections and the sources.
//!
//! Owns the reader's choices (selection and filters) in one reducer; the
//! timeline and the cards are controlled by it. Deep links: the selected event
//! is mirrored in the URL fragment `#<instance>-event-<event id>` with
//! `history.replaceState`, so Back still leaves the article.

use std::rc::Rc;

use story::{Diagnostic, EventId, StatusGroup, Story};
use yew::prelude::*;

use super::{
    CardSection, DiagnosticsNote, FilterBar, KeyQuestions, NextSteps, RenderMode, SourceList,
    Timeline, WhoStandsWhere,
};
use crate::browser;
use crate::hooks::use_wide;
use crate::state::{Action, ViewState};
use crate::ui::Ui;

/// Props of [`StoryView`].
#[derive(Properties, PartialEq, Clone)]
pub struct StoryViewProps {
    /// The validated story.
    pub story: Rc<Story>,
    /// Problems that cost items or values, shown as a quiet note.
    pub diagnostics: Rc<[Diagnostic]>,
    /// The interface language asked for by the embedding element, if any.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The language of the page around the widget, if any.
    #[prop_or_default]
    pub page_lang: Option<AttrValue>,
    /// Render for readers without script: everything expanded, plain links, no filters.
    #[prop_or_default]
    pub static_page: bool,
    /// Editor's preview: every problem listed in full at the top (readers get a quiet note).
    #[prop_or_default]
    pub preview: bool,
    /// Prefix for element ids and deep links.
    pub instance: AttrValue,
}

/// The event a URL fragment points at, if it is this widget's and the event exists.
fn linked_event(story: &Story, instance: &str, fragment: &str) -> Option<EventId> {
    let id = fragment.strip_prefix(instance)?.strip_prefix("-event-")?;
    story
        .events()
        .iter()
        .find(|e| e.id.as_str() == id)
        .map(|e| e.id.clone())
}

/// The whole story as the reader sees it.
#[component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let state = use_reducer(|| ViewState::new(props.story.clone()));
    let root = use_node_ref();
    let wide = use_wide(root.clone(), 720.0);
    // One callback for the widget's life, so children whose other props did not change
    // (filters, cards) are not re-rendered on every selection.
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });

    // Deep link in: the fragment at load, and later fragment changes (in-page links).
    {
        let (state, story, instance) = (state.clone(), props.story.clone(), props.instance.clone());
        use_effect_with((), move |_| {
            let follow = move || {
                let fragment = browser::current_hash().unwrap_or_default();
                if let Some(id) = linked_event(&story, &instance, &fragment) {
                    state.dispatch(Action::Reveal(id));
                }
            };
            follow();
            #[cfg(target_arch = "wasm32")]
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| follow())
            });
            #[cfg(not(target_arch = "wasm32"))]
            let listener: Option<()> = None;
            move || {
                let _listener = listener;
            }
        });
    }
    // Deep link out: the reader's selection goes into the fragment, without a history
    // entry, and to the host page as a `talks-tracker:select` event.
    {
        let (instance, root) = (props.instance.clone(), root.clone());
        let chosen = state.chosen_by_reader;
        use_effect_with(state.selected.clone(), move |selected| {
            if let (true, Some(id)) = (chosen, selected) {
                browser::replace_hash(&format!("{instance}-event-{id}"));
                browser::emit(&root, "talks-tracker:select", &[("eventId", id.as_str())]);
            }
        });
    }
    // The host page's side: `talks-tracker:ready` once shown, and `element.select(id)`.
    {
        let (root, state, story_id) = (root.clone(), state.clone(), props.story.head().id.clone());
        use_effect_with((), move |_| {
            browser::emit(
                &root,
                "talks-tracker:ready",
                &[("storyId", story_id.as_str())],
            );
            #[cfg(target_arch = "wasm32")]
            let listener = browser::listen_for_commands(&root, move |command| match command {
                browser::Command::Select(id) => {
                    if let Some(event) = state.story.events().iter().find(|e| e.id.as_str() == id) {
                        state.dispatch(Action::Reveal(event.id.clone()));
                    }
                }
                browser::Command::CrashTest => {
                    panic!("crash test requested by the host page (talks-tracker:command)")
                }
            });
            #[cfg(not(target_arch = "wasm32"))]
            let listener: Option<()> = {
                drop(state);
                None
            };
            move || {
                let _listener = listener;
            }
        });
    }
    // A card asked for from the timeline: bring it into view and focus it.
    {
        let (root, instance) = (root.clone(), props.instance.clone());
        use_effect_with(state.focus_point.clone(), move |request| {
            if let Some((id, _)) = request {
                let selector = format!("#{instance}-point-{id}");
                browser::scroll_into_view(&root, &selector);
                browser::focus_within(&root, &selector, false);
            }
        });
    }

    let story = &props.story;
    let head = &story.head();
    // The interface speaks the element's language, else the story's, else the page's.
    let language = story::ui_language(&[
        props.lang.as_deref().unwrap_or(""),
        &head.language,
        props.page_lang.as_deref().unwrap_or(""),
    ]);
    let ui = Ui {
        locale: language.locale,
        direction: story::text_direction(&head.language),
    };
    let m = ui.messages();
    let title_id = format!("{}-title", props.instance);
    let mode = if props.static_page {
        RenderMode::Static
    } else {
        RenderMode::Interactive
    };
    html! {
        <ContextProvider<RenderMode> context={mode}>
        <ContextProvider<Ui> context={ui}>
        <article class="tt" ref={root} data-story-id={head.id.to_string()} lang={head.language.clone()}
            dir={ui.direction.as_str()} data-ui-locale={ui.locale.tag()} aria-labelledby={title_id.clone()}>
            <header class="tt-header">
                <h2 id={title_id} class="tt-title">{ &head.title }</h2>
                <p class="tt-summary">{ &head.summary }</p>
                <p class="tt-byline">
                    { &head.publisher.name }{ " · " }{ m.updated }{ " " }
                    <time datetime={story.as_of().to_string()}>{ story.as_of().day().long(ui.locale) }</time>
                </p>
            </header>
            if let Some(missing) = &language.missing {
                <p class="tt-lang-note" lang={ui.locale.tag()} dir="auto" data-missing-locale={missing.clone()}>
                    { (m.interface_unavailable)(missing) }
                </p>
            }
            if props.preview {
                <section class="tt-preview" aria-label="Editor's preview">
                    <p class="tt-preview-title">{ "Preview mode" }</p>
                    if props.diagnostics.is_empty() {
                        <p>{ "No problems found in the story file." }</p>
                    } else {
                        <DiagnosticsNote diagnostics={props.diagnostics.clone()} detailed=true />
                    }
                </section>
            } else if !props.diagnostics.is_empty() {
                <DiagnosticsNote diagnostics={props.diagnostics.clone()} detailed=false />
            }
            <KeyQuestions story={story.clone()} on_action={on_action.clone()} instance={props.instance.clone()} />
            if !props.static_page {
            <FilterBar story={story.clone()} filter={state.filter.clone()} on_action={on_action.clone()}
                instance={props.instance.clone()} />
            }
            <Timeline story={story.clone()} filter={state.filter.clone()} selected={state.selected.clone()}
                focus_event={state.focus_event} wide={wide} on_action={on_action.clone()}
                instance={props.instance.clone()} />
            { for [StatusGroup::Agreed, StatusGroup::Problems, StatusGroup::Open].into_iter().map(|group| html! {
                <CardSection story={story.clone()} group={group} filter={state.filter.clone()}
                    reveal={state.focus_point.as_ref().map(|(id, _)| id.clone())}
                    on_action={on_action.clone()} instance={props.instance.clone()} />
            }) }
            <WhoStandsWhere story={story.clone()} on_action={on_action.clone()} instance={props.instance.clone()} />
            <NextSteps story={story.clone()} on_action={on_action.clone()} instance={props.instance.clone()} />
            <SourceList story={story.clone()} instance={props.instance.clone()} />
            <p class="tt-visually-hidden" role="status" aria-live="polite">{ state.announcement.text(story, ui.locale) }</p>
        </article>
        </ContextProvider<Ui>>
        </ContextProvider<RenderMode>>
    }
}
