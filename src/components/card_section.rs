//! One section of cards: "What was agreed", "Where problems emerged" or "Still open".

use std::rc::Rc;

use story::{Filter, StatusGroup, Story};
use yew::prelude::*;

use crate::ui::use_ui;

use super::PointCard;
use crate::state::Action;

/// Props of [`CardSection`].
#[derive(Properties, PartialEq, Clone)]
pub struct CardSectionProps {
    /// The story whose points are shown.
    pub story: Rc<Story>,
    /// Which section.
    pub group: StatusGroup,
    /// Which points are shown.
    pub filter: Filter,
    /// Receives links to events.
    pub on_action: Callback<Action>,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

fn slug(group: StatusGroup) -> &'static str {
    match group {
        StatusGroup::Agreed => "agreed",
        StatusGroup::Problems => "problems",
        StatusGroup::Open => "open",
    }
}

/// The points of one status group passing the filter, as headed articles;
/// nothing when none is left.
#[component]
pub fn CardSection(props: &CardSectionProps) -> Html {
    let ui = use_ui();
    let story = &props.story;
    let points: Vec<_> = story
        .points_in(props.group)
        .into_iter()
        .filter(|p| story.point_matches(p, &props.filter))
        .collect();
    if points.is_empty() {
        return Html::default();
    }
    let heading = format!("{}-{}", props.instance, slug(props.group));
    html! {
        <section class={classes!("tt-cards", format!("tt-cards-{}", slug(props.group)))}
            aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ props.group.title(ui.locale) }</h3>
            <div class="tt-card-grid">
                { for points.into_iter().map(|point| html! {
                    <PointCard story={props.story.clone()} id={point.id.clone()} on_action={props.on_action.clone()}
                        instance={props.instance.clone()} />
                }) }
            </div>
        </section>
    }
}
