//! A point card: title, status (icon and word), summary, track, positions and claims.

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
    let track = point.tracks.first().and_then(|id| story.track(id));
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
            if let Some(track) = track {
                <p class="tt-card-track">{ m.track }{ ": " }{ &track.name }</p>
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
                            <dd>{ &position.stance }</dd>
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
                <ClaimList {claims} />
            }
        </article>
    }
}
