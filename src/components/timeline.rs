//! The timeline: every event in date order (for now a plain ordered list; the
//! interactive Tabs pattern with a roving tabindex comes with issue 3).

use std::rc::Rc;

use story::{EventDate, Story};
use yew::prelude::*;

/// Props of [`Timeline`].
#[derive(Properties, PartialEq, Clone)]
pub struct TimelineProps {
    /// The story whose events are shown.
    pub story: Rc<Story>,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

fn date_kind(date: &EventDate) -> &'static str {
    match date {
        EventDate::Exact { .. } => "exact",
        EventDate::Range { .. } => "range",
        EventDate::Approximate { .. } => "approximate",
        EventDate::Expected { .. } => "expected",
    }
}

/// Events in date order, each with its date as written, place, participants and summary.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let story = &props.story;
    let heading = format!("{}-timeline", props.instance);
    html! {
        <section class="tt-timeline" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ "Timeline" }</h3>
            <ol class="tt-events">
                { for story.events_by_date().into_iter().map(|event| {
                    let participants: Vec<&str> = event.participants.iter()
                        .filter_map(|id| story.party(id))
                        .map(|party| party.name.as_str())
                        .collect();
                    html! {
                        <li class="tt-event" data-event-id={event.id.to_string()}
                            data-date-kind={date_kind(&event.date)}>
                            <p class="tt-event-date">
                                if event.date.is_expected() {
                                    <span class="tt-tag tt-tag-expected">{ "Expected" }</span>{ " " }
                                }
                                <time datetime={event.date.start().to_string()}>{ event.date.label_en() }</time>
                            </p>
                            <h4 class="tt-event-title">{ &event.title }</h4>
                            if event.place.is_some() || !participants.is_empty() {
                                <p class="tt-event-meta">
                                    { event.place.clone().unwrap_or_default() }
                                    if event.place.is_some() && !participants.is_empty() { { " · " } }
                                    { participants.join(", ") }
                                </p>
                            }
                            <p class="tt-event-summary">{ &event.summary }</p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
