//! Who said or reported what, each with how it is attributed and numbered citations.
//! Claims that contradict each other are shown first, side by side, under "Accounts differ".

use std::rc::Rc;

use story::{Claim, ClaimId, Story};
use yew::prelude::*;

use crate::ui::{use_ui, Ui};

use super::Citations;

/// Props of [`ClaimList`].
#[derive(Properties, PartialEq, Clone)]
pub struct ClaimListProps {
    /// The story the claims belong to.
    pub story: Rc<Story>,
    /// The claims to list, in order.
    pub claims: Rc<[ClaimId]>,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

fn claim_item(story: &Rc<Story>, claim: &Claim, instance: &AttrValue, ui: Ui) -> Html {
    let first_source = claim
        .sources
        .first()
        .and_then(|id| story.sources().iter().find(|s| &s.id == id));
    let who = claim.attribution.label(story, first_source, ui.locale);
    let m = ui.messages();
    html! {
        <li class="tt-claim" data-claim-id={claim.id.to_string()} data-attribution={claim.attribution.kind.as_str()}>
            if let Some(quote) = &claim.quote {
                <blockquote class="tt-quote">{ format!("“{quote}”") }
                    if let Some(language) = &claim.quote_language {
                        <span class="tt-translated">{ " (" }{ (m.translated_from)(language) }{ ")" }</span>
                    }
                </blockquote>
            }
            if let Some(statement) = &claim.statement {
                <p class="tt-statement">{ statement }</p>
            }
            <p class="tt-attribution">
                <span class="tt-kind">{ claim.attribution.kind.label(ui.locale) }</span>{ " " }
                { who }
                if let Some(date) = &claim.date { { ", " }{ date.label(ui.locale) } }
                <Citations story={story.clone()} sources={Rc::<[_]>::from(claim.sources.clone())} instance={instance.clone()} />
            </p>
        </li>
    }
}

/// The claims as a list; conflicting accounts first, side by side.
#[component]
pub fn ClaimList(props: &ClaimListProps) -> Html {
    let ui = use_ui();
    let story = &props.story;
    let claims: Vec<&Claim> = props
        .claims
        .iter()
        .filter_map(|id| story.claims().iter().find(|c| &c.id == id))
        .collect();
    let (conflicting, others): (Vec<&Claim>, Vec<&Claim>) = claims
        .iter()
        .partition(|claim| claims.iter().any(|other| claim.conflicts_with(other)));
    html! {
        <div class="tt-claims">
            if !conflicting.is_empty() {
                <div class="tt-accounts">
                    <p class="tt-differ"><span aria-hidden="true">{ "⇄ " }</span>{ ui.messages().accounts_differ }</p>
                    <ul class="tt-accounts-list">
                        { for conflicting.iter().map(|claim| claim_item(story, claim, &props.instance, ui)) }
                    </ul>
                </div>
            }
            if !others.is_empty() {
                <ul>
                    { for others.iter().map(|claim| claim_item(story, claim, &props.instance, ui)) }
                </ul>
            }
        </div>
    }
}
