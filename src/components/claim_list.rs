//! Who said or reported what, each with how it is attributed and numbered citations.
//! Claims that contradict each other are shown first, side by side, under "Accounts differ".
//! Contradictions that were later settled follow, collapsed in a `<details>` (WAI-ARIA
//! Disclosure, native) headed "Accounts differed until 14 July 2015": still readable,
//! with what settled them, but not shown as a live dispute.

use std::rc::Rc;

use story::{Change, Claim, ClaimId, Disputes, SettledDispute, Story};
use yew::prelude::*;

use super::{ChangeBadge, Citations, LinkTarget, StoryLink};
use crate::context::{use_widget, Ui};

/// Props of [`ClaimList`].
#[derive(Properties, PartialEq, Clone)]
pub struct ClaimListProps {
    /// The claims to list, in order.
    pub claims: Rc<[ClaimId]>,
    /// Receives the link to the event that settled a dispute.
    #[prop_or_default]
    pub on_link: Callback<LinkTarget>,
}

fn claim_item(story: &Story, claim: &Claim, ui: Ui, change: Option<Change>) -> Html {
    let first_source = claim.sources.first().and_then(|id| story.source(id));
    let who = claim.attribution.label(story, first_source, ui.locale);
    let m = ui.messages();
    html! {
        <li class="tt-claim" data-claim-id={claim.id.to_string()} data-attribution={claim.attribution.kind.as_str()}
            data-medium={claim.medium.map(|medium| medium.as_str())} data-change={change.map(|c| c.as_str())}>
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
                if let Some(medium) = claim.medium { { " " }<span class="tt-medium">{ medium.label(ui.locale) }</span> }
                if let Some(date) = &claim.date { { ", " }{ date.label(ui.locale) } }
                <Citations sources={Rc::<[_]>::from(claim.sources.clone())} />
            </p>
        </li>
    }
}

/// A settled dispute, collapsed: the day it was settled, by what, and the claims.
fn settled_group(
    story: &Story,
    settled: &SettledDispute,
    ui: Ui,
    open: bool,
    on_link: &Callback<LinkTarget>,
    change: impl Fn(&ClaimId) -> Option<Change>,
) -> Html {
    let m = ui.messages();
    let resolution = settled.resolution;
    let event = resolution.event.as_ref().and_then(|id| story.event(id));
    html! {
        <details class="tt-accounts tt-accounts-settled" data-resolved="true" {open}>
            <summary class="tt-settled-summary">
                <span aria-hidden="true">{ "✓ " }</span>
                <time datetime={resolution.date.to_string()}>{ resolution.label(ui.locale) }</time>
            </summary>
            if event.is_some() || resolution.note.is_some() {
                <p class="tt-settled-by">
                    if let Some(event) = event {
                        { m.settled_by }{ ": " }
                        <StoryLink target={LinkTarget::Event(event.id.clone())} on_link={on_link.clone()}>
                            { &event.title }
                        </StoryLink>
                        if resolution.note.is_some() { { ". " } }
                    }
                    if let Some(note) = &resolution.note { { note } }
                </p>
            }
            <ul class="tt-accounts-list">
                { for settled.claims.iter().map(|claim| claim_item(story, claim, ui, change(&claim.id))) }
            </ul>
        </details>
    }
}

/// The claims as a list; conflicting accounts first, side by side, then settled ones.
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
    let split = Disputes::split(&claims);
    let change = |id: &ClaimId| widget.changes.claim(id);
    // Without script every disclosure is open.
    let open = !widget.interactive();
    html! {
        <div class="tt-claims">
            if !split.live.is_empty() {
                <div class="tt-accounts" data-resolved="false">
                    <p class="tt-differ"><span aria-hidden="true">{ "⇄ " }</span>{ ui.messages().accounts_differ }</p>
                    <ul class="tt-accounts-list">
                        { for split.live.iter().map(|claim| claim_item(story, claim, ui, change(&claim.id))) }
                    </ul>
                </div>
            }
            { for split.settled.iter().map(|settled| settled_group(story, settled, ui, open, &props.on_link, change)) }
            if !split.others.is_empty() {
                <ul>
                    { for split.others.iter().map(|claim| claim_item(story, claim, ui, change(&claim.id))) }
                </ul>
            }
        </div>
    }
}
