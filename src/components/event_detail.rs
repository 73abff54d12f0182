//! The open event: its date as written and as a date, place, participants,
//! summary, what was said, sources, the cards it bears on, and previous/next.

use std::rc::Rc;

use story::reader::Move;
use story::{Deadline, EventDate, EventId, Filter, Locale};
use yew::prelude::*;

use super::{ChangeBadge, Citations, ClaimList, LinkTarget, StoryLink};
use crate::context::use_widget;

/// Props of [`EventDetail`].
#[derive(Properties, PartialEq, Clone)]
pub struct EventDetailProps {
    /// Which event.
    pub id: EventId,
    /// The filter, for previous/next among the shown events.
    pub filter: Filter,
    /// Receives Previous and Next.
    pub on_move: Callback<Move>,
    /// Receives card links.
    pub on_link: Callback<LinkTarget>,
}

/// "Tuesday, 6 January 2026", or the wording with its window for vague and future dates.
fn date_line(date: &EventDate, locale: Locale) -> String {
    match date {
        EventDate::Exact {
            text: Some(text),
            date,
        } => format!("{} ({text})", date.long(locale)),
        EventDate::Expected { .. } | EventDate::After { .. } => {
            (locale.messages().expected_date)(&date.label(locale))
        }
        _ => date.label(locale),
    }
}

/// The details of one event, shown in the timeline's tab panel.
#[component]
pub fn EventDetail(props: &EventDetailProps) -> Html {
    // Every hook before any early return (Yew checks their order in debug builds only).
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let (story, ui) = (&widget.story, widget.ui);
    let m = ui.messages();
    let Some(event) = story.event(&props.id) else {
        return Html::default();
    };
    let (position, count) = story
        .event_position(&event.id, &props.filter)
        .unwrap_or((1, 1));
    let step = |to: Move| props.on_move.reform(move |_| to);
    let participants: Vec<&str> = event
        .participants
        .iter()
        .filter_map(|id| story.party(id))
        .map(|p| p.name.as_str())
        .collect();
    let claims: Rc<[_]> = story
        .claims_on_event(&event.id)
        .into_iter()
        .map(|c| c.id.clone())
        .collect();
    let points = story.points_for_event(&event.id);
    let interactive = widget.interactive();
    html! {
        <div class="tt-detail">
            if interactive {
            <nav class="tt-stepper" aria-label={m.events_nav}>
                <button type="button" class="tt-prev" onclick={step(Move::Previous)} disabled={position <= 1}>
                    <span aria-hidden="true">{ "‹ " }</span>{ m.previous_event }
                </button>
                <span class="tt-position" dir="auto">{ (m.event_position)(position, count) }</span>
                <button type="button" class="tt-next" onclick={step(Move::Next)} disabled={position >= count}>
                    { m.next_event }<span aria-hidden="true">{ " ›" }</span>
                </button>
            </nav>
            }
            <p class="tt-detail-date">
                <time datetime={event.date.start().to_string()}>{ date_line(&event.date, ui.locale) }</time>
            </p>
            if let Some(deadline) = event.deadline(story) {
                <p class="tt-deadline" data-outcome={deadline.as_str()}>
                    <span class="tt-deadline-icon" aria-hidden="true">{ deadline.icon() }</span>{ " " }
                    if let Deadline::Extended { to, .. } = deadline {
                        <StoryLink target={LinkTarget::Event(to.id.clone())} on_link={props.on_link.clone()}>
                            { deadline.label(ui.locale) }
                        </StoryLink>
                    } else {
                        { deadline.label(ui.locale) }
                    }
                </p>
            }
            <h4 class="tt-detail-title" data-change={widget.changes.event(&event.id).map(|c| c.as_str())}>
                { &event.title }{ " " }<ChangeBadge change={widget.changes.event(&event.id)} />
            </h4>
            <dl class="tt-facts">
                if let Some(place) = &event.place {
                    <dt>{ m.where_ }</dt><dd>{ place }</dd>
                }
                if !participants.is_empty() {
                    <dt>{ m.who }</dt><dd>{ participants.join(", ") }</dd>
                }
            </dl>
            <p class="tt-detail-summary">{ &event.summary }
                <Citations sources={Rc::<[_]>::from(event.sources.clone())} />
            </p>
            if !claims.is_empty() {
                <ClaimList {claims} on_link={props.on_link.clone()} />
            }
            if !points.is_empty() {
                <div class="tt-related">
                    <p class="tt-related-label">{ m.bears_on }</p>
                    <ul>
                        { for points.into_iter().map(|point| html! {
                            <li>
                                <StoryLink target={LinkTarget::Point(point.id.clone())} on_link={props.on_link.clone()}>
                                    { &point.title }
                                    { " — " }
                                    <span class="tt-badge-icon" aria-hidden="true">{ point.status.icon() }</span>
                                    { " " }{ point.status.label(ui.locale) }
                                </StoryLink>
                            </li>
                        }) }
                    </ul>
                </div>
            }
        </div>
    }
}
