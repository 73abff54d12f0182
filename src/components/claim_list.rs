//! Who said or reported what, each with how it is attributed and numbered citations.
//! Claims that contradict each other are shown first, side by side, under "Accounts differ".

use std::rc::Rc;

use story::{Change, Claim, ClaimId, Story};
use yew::prelude::*;

use super::{ChangeBadge, Citations};
use crate::context::{use_widget, Ui};

/// Props of [`ClaimList`].
#[derive(Properties, PartialEq, Clone)]
pub struct ClaimListProps {
    /// The claims to list, in order.
    pub claims: Rc<[ClaimId]>,
}

fn claim_item(story: &Story, claim: &Claim, ui: Ui, change: Option<Change>) -> Html {
    let first_source = claim.sources.first().and_then(|id| story.source(id));
    let who = claim.attribution.label(story, first_source, ui.locale);
    let m = ui.messages();
    html! {
        <li class="tt-claim" data-claim-id={claim.id.to_string()} data-attribution={claim.attribution.kind.as_str()}
            data-change={change.map(|c| c.as_str())}>
            <ChangeBadge {change} />
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
                <Citations sources={Rc::<[_]>::from(claim.sources.clone())} />
            </p>
        </li>
    }
}

/// The claims as a list; conflicting accounts first, side by side.
#[component]
pub fn ClaimList(props: &ClaimListProps) -> Html {
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let (story, ui) = (&*widget.story, widget.ui);
    let claims: Vec<&Claim> = props
        .claims
        .iter()
        .filter_map(|id| story.claim(id))
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
                        { for conflicting.iter().map(|claim| claim_item(story, claim, ui, widget.changes.claim(&claim.id))) }
                    </ul>
                </div>
            }
            if !others.is_empty() {
                <ul>
                    { for others.iter().map(|claim| claim_item(story, claim, ui, widget.changes.claim(&claim.id))) }
                </ul>
            }
        </div>
    }
}
