//! A point card: title, status (icon and word), summary, track, positions and claims.

use std::rc::Rc;

use story::{PointId, Story};
use yew::prelude::*;

use super::ClaimList;

/// Props of [`PointCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct PointCardProps {
    /// The story the point belongs to.
    pub story: Rc<Story>,
    /// Which point.
    pub id: PointId,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

/// One point as a headed article (WAI-ARIA: article with a heading; not interactive yet).
#[component]
pub fn PointCard(props: &PointCardProps) -> Html {
    let story = &props.story;
    let Some(point) = story.points.iter().find(|p| p.id == props.id) else {
        return Html::default();
    };
    let heading = format!("{}-point-{}", props.instance, point.id);
    let track = point.track.as_ref().and_then(|id| story.track(id));
    let claims: Rc<[_]> = story.claims_on_point(&point.id).into_iter().map(|c| c.id.clone()).collect();
    html! {
        <article class="tt-card" data-point-id={point.id.to_string()} data-status={point.status.as_str()}
            aria-labelledby={heading.clone()}>
            <h4 id={heading} class="tt-card-title">{ &point.title }</h4>
            <p class={classes!("tt-badge", format!("tt-badge-{}", point.status.as_str()))}>
                <span class="tt-badge-icon" aria-hidden="true">{ point.status.icon() }</span>
                { point.status.label_en() }
            </p>
            <p class="tt-card-summary">{ &point.summary }</p>
            if let Some(track) = track {
                <p class="tt-card-track">{ "Track: " }{ &track.name }</p>
            }
            if !point.history.is_empty() {
                <ul class="tt-history">
                    { for point.history.iter().map(|change| html! {
                        <li>{ format!("Earlier ({}): {} — {}", change.date.label_en(), change.status.label_en(), change.note) }</li>
                    }) }
                </ul>
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
            if !claims.is_empty() {
                <ClaimList story={story.clone()} claims={claims} differ={story.accounts_differ(&point.id)}
                    instance={props.instance.clone()} />
            }
        </article>
    }
}
