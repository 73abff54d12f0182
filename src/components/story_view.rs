//! A loaded story: header, filters, timeline, the card sections and the sources.
//!
//! Owns the reader's choices (the model's `Reader`, in one reducer) and hands them to
//! controlled components with typed callbacks, so the timeline and the cards never
//! disagree; everything else every component needs comes from one [`Widget`]
//! context. Deep links: the selected event is mirrored in the URL fragment
//! `#<instance>-event-<event id>` with `history.replaceState`, so Back still leaves
//! the article.

use std::rc::Rc;

use story::reader::{Action, Move};
use story::{Diagnostic, DomId, DomIds, EventId, PartyId, StatusGroup, TrackId};
use yew::prelude::*;

use super::{
    CardSection, DiagnosticsNote, FilterBar, KeyQuestions, LinkTarget, NextSteps, SourceList,
    Timeline, UpdateLog, VisitSummary, WhoStandsWhere,
};
use crate::browser::{dom, host, Command};
use crate::context::{RenderMode, SharedStory, Ui, Widget};
use crate::hooks::{use_changes, use_reader, use_wide};

/// Props of [`StoryView`].
#[derive(Properties, PartialEq, Clone)]
pub struct StoryViewProps {
    /// The validated story.
    pub story: SharedStory,
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
    /// Remember the reader's visit and mark what changed since the last one
    /// (off with the `no-memory` attribute, in previews and in static pages).
    #[prop_or(true)]
    pub memory: bool,
    /// Show the overview of the whole time span above the timeline.
    #[prop_or(true)]
    pub overview: bool,
    /// Draw the parts after the header one task at a time (see [`PARTS`]).
    #[prop_or_default]
    pub in_steps: bool,
}

/// The parts of the story after its header, in page order: the visit summary with the
/// key questions, the filters, the timeline, the three card sections, who stands
/// where, next steps, sources and the update log. Drawn in steps, each is a task of its
/// own (the first calls into much of the wasm for the first time, which V8 compiles then).
const PARTS: usize = 10;

/// The whole story as the reader sees it.
#[component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let state = use_reader(props.story.clone());
    let root = use_node_ref();
    // How many of the parts after the header are drawn; drawn in steps, one more each
    // task until all are.
    let drawn = use_state(|| if props.in_steps { 0 } else { PARTS });
    {
        let drawn = drawn.clone();
        use_effect_with(*drawn, move |&count| {
            let next = (count < PARTS).then(|| host::in_a_later_task(move || drawn.set(count + 1)));
            // A story replaced meanwhile cancels the step.
            move || {
                let _cancel = next;
            }
        });
    }
    let all_drawn = *drawn == PARTS;
    let shows = |part: usize| part < *drawn;
    let wide = use_wide(root.clone(), 720.0);
    // Typed callbacks that live as long as the widget, so children whose other props
    // did not change (filters, cards) are not re-rendered on every selection.
    let dispatcher = state.dispatcher();
    let on_select = use_callback(dispatcher.clone(), |id: EventId, d| {
        d.dispatch(Action::Select(id))
    });
    let on_move = use_callback(dispatcher.clone(), |to: Move, d| {
        d.dispatch(Action::Move(to))
    });
    let ids = use_memo(props.instance.clone(), |instance| {
        DomIds::new(instance.as_str())
    });
    let on_link = use_callback(
        (dispatcher.clone(), root.clone(), ids.clone()),
        |target: LinkTarget, (d, root, ids)| match target {
            LinkTarget::Event(id) => d.dispatch(Action::Reveal(id)),
            LinkTarget::Point(id) => d.dispatch(Action::RevealPoint(id)),
            LinkTarget::Element(DomId::Source(n)) => d.dispatch(Action::RevealSource(n)),
            LinkTarget::Element(element) => dom::reveal_id(root, &ids.id(&element)),
        },
    );
    // Citations are plain links to `#<instance>-source-<n>`: followed here, since the
    // browser does not look into the shadow root for them (and a long list of sources
    // may not show that one yet).
    let on_click = use_callback(
        (on_link.clone(), ids.clone()),
        |event: MouseEvent, (on_link, ids)| {
            let fragment = dom::followed_fragment(&event);
            if let Some(n) = fragment.and_then(|f| ids.linked_source(&f)) {
                event.prevent_default();
                on_link.emit(LinkTarget::Element(DomId::Source(n)));
            }
        },
    );
    let on_toggle_party = use_callback(dispatcher.clone(), |id: PartyId, d| {
        d.dispatch(Action::ToggleParty(id))
    });
    let on_toggle_track = use_callback(dispatcher.clone(), |id: TrackId, d| {
        d.dispatch(Action::ToggleTrack(id))
    });
    let on_clear = use_callback(dispatcher, |(), d| d.dispatch(Action::ClearFilter));
    let changes = use_changes(
        props.story.clone(),
        props.memory && !props.static_page && !props.preview,
    );
    let language = {
        let head = props.story.head();
        // The interface speaks the element's language, else the story's, else the page's.
        story::ui_language(&[
            props.lang.as_deref().unwrap_or(""),
            &head.language,
            props.page_lang.as_deref().unwrap_or(""),
        ])
    };
    let widget = {
        let deps = (
            props.story.clone(),
            ids.clone(),
            language.locale,
            props.static_page,
            changes,
        );
        use_memo(deps, |(story, ids, locale, static_page, changes)| Widget {
            ids: ids.clone(),
            changes: changes.clone(),
            ui: Ui {
                locale: *locale,
                direction: story::text_direction(&story.head().language),
            },
            mode: if *static_page {
                RenderMode::Static
            } else {
                RenderMode::Interactive
            },
            story: story.clone(),
        })
    };

    // Deep link out: the reader's selection goes into the fragment, without a history
    // entry, and to the host page as a `talks-tracker:select` event.
    {
        let (ids, root) = (widget.ids.clone(), root.clone());
        let chosen = state.reader.chosen_by_reader();
        use_effect_with(state.reader.selected().cloned(), move |selected| {
            if let (true, Some(id)) = (chosen, selected) {
                host::replace_hash(&ids.id(&DomId::Event(id.clone())));
                host::emit(&root, "talks-tracker:select", &[("eventId", id.as_str())]);
            }
        });
    }
    // The host page's side: `talks-tracker:ready` once all is shown, and `element.select(id)`.
    {
        let (root, story) = (root.clone(), props.story.clone());
        use_effect_with(all_drawn, move |&all_drawn| {
            if all_drawn {
                host::emit(
                    &root,
                    "talks-tracker:ready",
                    &[("storyId", story.head().id.as_str())],
                );
            }
        });
    }
    // Deep link in: an event, a card or a source named by the fragment at load and by
    // later fragment changes (the host page's links, citations in a pre-rendered copy).
    // Behind a pre-rendered copy the widget is hidden until every part is drawn, and a
    // hidden element takes no focus (the copy's element of the same id would): so while
    // hidden, a link to an event only opens it, for the first drawing to show it, and the
    // fragment is followed in full once the widget shows (after the effect above, whose
    // `ready` makes the loader swap the copy out).
    {
        let (on_link, widget) = (on_link.clone(), widget.clone());
        use_effect_with(all_drawn, move |&shown| {
            follow_fragment(&widget, &on_link, shown);
            let listener = shown
                .then(|| host::on_hash_change(move || follow_fragment(&widget, &on_link, true)))
                .flatten();
            // Stops listening when the widget goes.
            move || {
                let _stop = listener;
            }
        });
    }
    {
        let (root, dispatcher) = (root.clone(), state.dispatcher());
        // The crash test is for editors and developers: a production reader ignores it,
        // so no script on a publisher's page can make it raise an alert.
        let crash_allowed = props.preview || cfg!(debug_assertions);
        use_effect_with((), move |_| {
            let listener = host::listen_for_commands(&root, move |command| match command {
                Command::Select(id) => dispatcher.dispatch(Action::Reveal(EventId::new(id))),
                Command::CrashTest if crash_allowed => {
                    panic!("crash test requested by the host page (talks-tracker:command)")
                }
                Command::CrashTest => {}
            });
            // Stops listening when the widget goes.
            move || {
                let _stop = listener;
            }
        });
    }
    // A card (asked for from the timeline or a card) or a source (from a citation):
    // bring it into view and focus it.
    {
        let (root, ids) = (root.clone(), widget.ids.clone());
        use_effect_with(state.reader.focus_element().cloned(), move |request| {
            if let Some((element, _)) = request {
                // By id: a widget's ids start with its host's id, which may be a digit.
                dom::reveal_id(&root, &ids.id(element));
            }
        });
    }

    let reader = &state.reader;
    let (story, ui) = (&props.story, widget.ui);
    let head = story.head();
    let m = ui.messages();
    let title_id = widget.ids.id(&DomId::Title);
    let filter = reader.filter().clone();
    html! {
        <ContextProvider<Widget> context={(*widget).clone()}>
        <article class={classes!("tt", widget.long().then_some("tt-long"))} ref={root} data-story-id={head.id.to_string()} lang={head.language.clone()}
            dir={ui.direction.as_str()} data-ui-locale={ui.locale.tag()} aria-labelledby={title_id.clone()}
            onclick={(!props.static_page).then_some(on_click)}>
            <header class="tt-header">
                <h2 id={title_id} class="tt-title" tabindex="-1">{ &head.title }</h2>
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
                        <DiagnosticsNote diagnostics={props.diagnostics.clone()} detailed=true locale={ui.locale} />
                    }
                </section>
            } else if !props.diagnostics.is_empty() {
                <DiagnosticsNote diagnostics={props.diagnostics.clone()} detailed=false locale={ui.locale} />
            }
            if shows(0) {
                <VisitSummary on_link={on_link.clone()} />
                <KeyQuestions on_link={on_link.clone()} />
            }
            if !props.static_page && shows(1) {
                <FilterBar filter={filter.clone()} {on_toggle_party} {on_toggle_track} {on_clear} />
            }
            if shows(2) {
                <Timeline filter={filter.clone()} selected={reader.selected().cloned()} focus_event={reader.focus_event()}
                    {wide} overview={props.overview} {on_select} {on_move} on_link={on_link.clone()} />
            }
            { for [StatusGroup::Agreed, StatusGroup::Problems, StatusGroup::Open].into_iter().zip(3..).filter(|&(_, part)| shows(part)).map(|(group, _)| html! {
                <CardSection {group} filter={filter.clone()} reveal={reader.focus_point().cloned()}
                    on_link={on_link.clone()} />
            }) }
            if shows(6) {
                <WhoStandsWhere on_link={on_link.clone()} />
            }
            if shows(7) {
                <NextSteps on_link={on_link.clone()} />
            }
            if shows(8) {
                <SourceList reveal={reader.focus_source()} on_link={on_link.clone()} />
            }
            if shows(9) {
                <UpdateLog {on_link} />
            }
            <p class="tt-visually-hidden" role="status" aria-live="polite">{ reader.announcement().text(story, ui.locale) }</p>
        </article>
        </ContextProvider<Widget>>
    }
}

/// Follows the URL fragment when it names an event, a card or a source of this widget;
/// only an event's while the widget is not `shown`.
fn follow_fragment(widget: &Widget, on_link: &Callback<LinkTarget>, shown: bool) {
    let fragment = host::current_hash().unwrap_or_default();
    match widget.ids.deep_link(&widget.story, &fragment) {
        Some(DomId::Event(id)) => on_link.emit(LinkTarget::Event(id)),
        Some(element) if shown => on_link.emit(element.into()),
        _ => {}
    }
}
