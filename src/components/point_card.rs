//! A point card: title, status (icon and word), summary, tracks, how it changed (each
//! change naming the event and claims behind it), positions (dated and sourced, with
//! earlier positions in a native `<details>` disclosure) and claims.

use std::rc::Rc;

use story::{DomId, PointId};
use yew::prelude::*;

use super::{ChangeBadge, Citations, ClaimList, LinkTarget, StoryLink};
use crate::context::use_widget;

/// Props of [`PointCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct PointCardProps {
    /// Which point.
    pub id: PointId,
    /// Receives links to events.
    pub on_link: Callback<LinkTarget>,
}

/// One point as a headed article (WAI-ARIA: article with a heading; not interactive yet).
#[component]
pub fn PointCard(props: &PointCardProps) -> Html {
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let (story, ui) = (&widget.story, widget.ui);
    let m = ui.messages();
    let Some(point) = story.point(&props.id) else {
        return Html::default();
    };
    let card_id = widget.ids.id(&DomId::Point(point.id.clone()));
    let change = widget.changes.point(&point.id);
    let heading = widget.ids.id(&DomId::PointTitle(point.id.clone()));
    let tracks: Vec<&str> = point
        .tracks
        .iter()
        .filter_map(|id| story.track(id))
        .map(|track| track.name.as_str())
        .collect();
    // Without script every disclosure is open.
    let open = !widget.interactive();
    let claims: Rc<[_]> = story
        .claims_on_point(&point.id)
        .into_iter()
        .map(|c| c.id.clone())
        .collect();
    html! {
        <article class="tt-card" id={card_id} tabindex="-1" data-point-id={point.id.to_string()}
            data-status={point.status.as_str()} aria-labelledby={heading.clone()} data-change={change.map(|c| c.as_str())}>
            <h4 id={heading} class="tt-card-title">{ &point.title }{ " " }<ChangeBadge {change} /></h4>
            <p class={classes!("tt-badge", format!("tt-badge-{}", point.status.as_str()))}>
                <span class="tt-badge-icon" aria-hidden="true">{ point.status.icon() }</span>
                { point.status.label(ui.locale) }
            </p>
            <p class="tt-card-summary">{ &point.summary }
                <Citations sources={Rc::<[_]>::from(point.sources.clone())} />
            </p>
            if !tracks.is_empty() {
                <p class="tt-card-track">{ m.track }{ ": " }{ tracks.join(", ") }</p>
            }
            if !point.history.is_empty() {
                <div class="tt-history">
                    <p class="tt-related-label">{ m.how_it_changed }</p>
                    <ol>
                        { for point.history.iter().map(|change| html! {
                            <li>
                                <span class="tt-history-when">{ change.date.label(ui.locale) }</span>{ ": " }
                                <span aria-hidden="true">{ change.status.icon() }</span>{ " " }
                                <strong>{ change.status.label(ui.locale) }</strong>{ " — " }{ &change.note }
                                <Citations sources={Rc::<[_]>::from(change.sources.clone())} />
                                if let Some(event) = change.event.as_ref().and_then(|id| story.event(id)) {
                                    <span class="tt-history-event">{ " · " }{ m.changed_at }{ ": " }
                                        <StoryLink target={LinkTarget::Event(event.id.clone())} on_link={props.on_link.clone()}>
                                            { &event.title }
                                        </StoryLink>
                                    </span>
                                }
                                if !change.claims.is_empty() {
                                    <span class="tt-history-claims">{ " · " }{ m.based_on }{ ": " }
                                        { for change.claims.iter().filter_map(|id| story.claim(id)).enumerate().map(|(i, claim)| {
                                            let first = claim.sources.first().and_then(|id| story.source(id));
                                            html! { <>
                                                if i > 0 { { "; " } }
                                                <span class="tt-history-claim" data-claim-id={claim.id.to_string()}>
                                                    { claim.attribution.label(story, first, ui.locale) }
                                                </span>
                                                <Citations sources={Rc::<[_]>::from(claim.sources.clone())} />
                                            </> }
                                        }) }
                                    </span>
                                }
                            </li>
                        }) }
                        <li>
                            <span class="tt-history-when">{ m.now }</span>{ ": " }
                            <span aria-hidden="true">{ point.status.icon() }</span>{ " " }
                            <strong>{ point.status.label(ui.locale) }</strong>
                        </li>
                    </ol>
                </div>
            }
            if !point.positions.is_empty() {
                <dl class="tt-positions">
                    { for point.positions.iter().filter_map(|position| {
                        let party = story.party(&position.party)?;
                        Some(html! { <>
                            <dt>{ &party.name }</dt>
                            <dd data-position-party={party.id.to_string()}>
                                { &position.stance }
                                if let Some(date) = &position.date {
                                    { " " }<span class="tt-position-since">
                                        { "(" }{ (m.position_since)(&date.compact_label(ui.locale)) }{ ")" }
                                    </span>
                                }
                                <Citations sources={Rc::<[_]>::from(position.sources.clone())} />
                                if !position.history.is_empty() {
                                    <details class="tt-position-history" {open}>
                                        <summary>{ m.earlier_positions }</summary>
                                        <ol>
                                            { for position.history.iter().map(|earlier| html! {
                                                <li>
                                                    <span class="tt-history-when">{ earlier.date.compact_label(ui.locale) }</span>
                                                    { ": " }{ &earlier.stance }
                                                    <Citations sources={Rc::<[_]>::from(earlier.sources.clone())} />
                                                </li>
                                            }) }
                                        </ol>
                                    </details>
                                }
                            </dd>
                        </> })
                    }) }
                </dl>
            }
            if !point.events.is_empty() {
                <div class="tt-related">
                    <p class="tt-related-label">{ m.on_the_timeline }</p>
                    <ul>
                        { for point.events.iter().filter_map(|id| story.event(id)).map(|event| html! {
                            <li>
                                <StoryLink target={LinkTarget::Event(event.id.clone())} on_link={props.on_link.clone()}>
                                    { &event.title }{ " · " }{ event.date.label(ui.locale) }
                                </StoryLink>
                            </li>
                        }) }
                    </ul>
                </div>
            }
            if !claims.is_empty() {
                <ClaimList {claims} on_link={props.on_link.clone()} />
            }
        </article>
    }
}
