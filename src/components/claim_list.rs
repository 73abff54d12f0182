//! Who said or reported what about a point, each with numbered citations.

use std::rc::Rc;

use story::{ClaimId, Story};
use yew::prelude::*;

use super::Citations;

/// Props of [`ClaimList`].
#[derive(Properties, PartialEq, Clone)]
pub struct ClaimListProps {
    /// The story the claims belong to.
    pub story: Rc<Story>,
    /// The claims to list, in order.
    pub claims: Rc<[ClaimId]>,
    /// Whether the claims contradict each other ("Accounts differ").
    pub differ: bool,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

/// The claims as a list of quotes and statements with attribution and citations.
#[component]
pub fn ClaimList(props: &ClaimListProps) -> Html {
    let story = &props.story;
    html! {
        <div class={classes!("tt-claims", props.differ.then_some("tt-claims-differ"))}>
            if props.differ {
                <p class="tt-differ"><span aria-hidden="true">{ "⇄ " }</span>{ "Accounts differ" }</p>
            }
            <ul>
                { for props.claims.iter().filter_map(|id| story.claims.iter().find(|c| &c.id == id)).map(|claim| {
                    let first_source = claim.sources.first().and_then(|id| story.sources.iter().find(|s| &s.id == id));
                    let who = claim.attribution.label_en(story, first_source);
                    html! {
                        <li class="tt-claim" data-claim-id={claim.id.to_string()}>
                            if let Some(quote) = &claim.quote {
                                <blockquote class="tt-quote">{ format!("“{quote}”") }</blockquote>
                            }
                            if let Some(statement) = &claim.statement {
                                <p class="tt-statement">{ statement }</p>
                            }
                            <p class="tt-attribution">
                                { "— " }{ who }
                                if let Some(date) = &claim.date { { ", " }{ date.label_en() } }
                                <Citations story={story.clone()} sources={Rc::<[_]>::from(claim.sources.clone())}
                                    instance={props.instance.clone()} />
                            </p>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
