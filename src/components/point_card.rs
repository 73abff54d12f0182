//! A point card: title, status (icon and word), summary, track, positions and claims.

use std::rc::Rc;

use story::{PointId, Story};
use yew::prelude::*;

use crate::ui::use_ui;

use super::{Citations, ClaimList, LinkTarget, StoryLink};
use crate::state::Action;

/// Props of [`PointCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct PointCardProps {
    /// The story the point belongs to.
    pub story: Rc<Story>,
    /// Which point.
    pub id: PointId,
    /// Receives links to events.
    pub on_action: Callback<Action>,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

/// One point as a headed article (WAI-ARIA: article with a heading; not interactive yet).
#[component]
pub fn PointCard(props: &PointCardProps) -> Html {
    let ui = use_ui();
    let m = ui.messages();
    let story = &props.story;
    let Some(point) = story.points().iter().find(|p| p.id == props.id) else {
        return Html::default();
    };
    let card_id = format!("{}-point-{}", props.instance, point.id);
    let heading = format!("{card_id}-title");
    let track = point.track.as_ref().and_then(|id| story.track(id));
    let claims: Rc<[_]> = story
        .claims_on_point(&point.id)
        .into_iter()
        .map(|c| c.id.clone())
        .collect();
    html! {
        <article class="tt-card" id={card_id} tabindex="-1" data-point-id={point.id.to_string()}
            data-status={point.status.as_str()} aria-labelledby={heading.clone()}>
            <h4 id={heading} class="tt-card-title">{ &point.title }</h4>
            <p class={classes!("tt-badge", format!("tt-badge-{}", point.status.as_str()))}>
                <span class="tt-badge-icon" aria-hidden="true">{ point.status.icon() }</span>
                { point.status.label(ui.locale) }
            </p>
            <p class="tt-card-summary">{ &point.summary }
                <Citations story={story.clone()} sources={Rc::<[_]>::from(point.sources.clone())} instance={props.instance.clone()} />
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
                                <Citations story={story.clone()} sources={Rc::<[_]>::from(change.sources.clone())}
                                    instance={props.instance.clone()} />
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
                                <StoryLink target={LinkTarget::Event(event.id.clone())} on_action={props.on_action.clone()}
                                    instance={props.instance.clone()}>
                                    { &event.title }{ " · " }{ event.date.label(ui.locale) }
                                </StoryLink>
                            </li>
                        }) }
                    </ul>
                </div>
            }
            if !claims.is_empty() {
                <ClaimList story={story.clone()} claims={claims}
                    instance={props.instance.clone()} />
            }
        </article>
    }
}
