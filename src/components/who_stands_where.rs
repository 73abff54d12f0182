//! "Who stands where": each party's stance in a sentence, its role in the talks as
//! chips (words, not colours), its key quotes, and links to the points it has a
//! position on, each with the day the position dates from (headed articles, no
//! widget pattern).

use std::rc::Rc;

use story::DomId;
use yew::prelude::*;

use super::{Citations, LinkTarget, StoryLink};
use crate::context::use_widget;

/// Props of [`WhoStandsWhere`].
#[derive(Properties, PartialEq, Clone)]
pub struct WhoStandsWhereProps {
    /// Receives links to cards.
    pub on_link: Callback<LinkTarget>,
}

/// One entry per party with a stance, with at most two quotes or statements.
/// Points listed under a party; the rest are counted ("and 12 more"). Their cards carry
/// every position.
const POINTS_LISTED: usize = 10;

#[component]
pub fn WhoStandsWhere(props: &WhoStandsWhereProps) -> Html {
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let (story, m, locale) = (&widget.story, widget.ui.messages(), widget.ui.locale);
    let standings = story.standings();
    if standings.is_empty() {
        return Html::default();
    }
    let heading = widget.ids.id(&DomId::Standings);
    html! {
        <section class="tt-standings" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ m.who_stands_where }</h3>
            <div class="tt-card-grid">
                { for standings.into_iter().map(|standing| {
                    let party = standing.party;
                    html! {
                        <article class="tt-standing" data-party-id={party.id.to_string()}>
                            <h4>{ &party.name }</h4>
                            if !party.roles.is_empty() {
                                <ul class="tt-roles" aria-label={m.roles_in_talks}>
                                    { for party.roles.iter().map(|role| html! {
                                        <li class="tt-role" data-role={role.as_str()}>{ role.label(locale) }</li>
                                    }) }
                                </ul>
                            }
                            <p>{ party.stance.clone().unwrap_or_default() }</p>
                            if !standing.claims.is_empty() {
                                <ul class="tt-standing-claims">
                                    { for standing.claims.iter().take(2).map(|claim| {
                                        let speaker = claim.attribution.speaker.as_ref().and_then(|id| story.party(id));
                                        html! {
                                            <li>
                                                if let Some(quote) = &claim.quote {
                                                    <q class="tt-quote">{ quote }</q>
                                                } else {
                                                    { claim.statement.clone().unwrap_or_default() }
                                                }
                                                { " — " }{ speaker.map_or_else(
                                                    || claim.attribution.label(story, claim.sources.first().and_then(|id| story.source(id)), locale),
                                                    |p| p.name.clone(),
                                                ) }
                                                if let Some(medium) = claim.medium {
                                                    { " " }<span class="tt-medium">{ medium.label(locale) }</span>
                                                }
                                                <Citations sources={Rc::<[_]>::from(claim.sources.clone())} />
                                            </li>
                                        }
                                    }) }
                                    if standing.points.len() > POINTS_LISTED {
                                        <li class="tt-more-count">
                                            { (m.and_more)((standing.points.len() - POINTS_LISTED) as u64) }
                                        </li>
                                    }
                                </ul>
                            }
                            if !standing.points.is_empty() {
                                <p class="tt-related-label">{ m.positions_on }</p>
                                <ul class="tt-standing-points">
                                    { for standing.points.iter().take(POINTS_LISTED).map(|point| {
                                        let since = story
                                            .position_of(point, &party.id)
                                            .and_then(|position| position.date.as_ref())
                                            .map(|date| (m.position_since)(&date.compact_label(locale)));
                                        html! {
                                            <li><StoryLink target={LinkTarget::Point(point.id.clone())} on_link={props.on_link.clone()}>
                                                { &point.title }
                                            </StoryLink>
                                            if let Some(since) = since {
                                                { " " }<span class="tt-position-since">{ "(" }{ since }{ ")" }</span>
                                            }
                                            </li>
                                        }
                                    }) }
                                    if standing.points.len() > POINTS_LISTED {
                                        <li class="tt-more-count">
                                            { (m.and_more)((standing.points.len() - POINTS_LISTED) as u64) }
                                        </li>
                                    }
                                </ul>
                            }
                        </article>
                    }
                }) }
            </div>
        </section>
    }
}
