//! One section of cards: "What was agreed", "Where problems emerged" or "Still open".

use std::rc::Rc;

use story::{StatusGroup, Story};
use yew::prelude::*;

use super::PointCard;

/// Props of [`CardSection`].
#[derive(Properties, PartialEq, Clone)]
pub struct CardSectionProps {
    /// The story whose points are shown.
    pub story: Rc<Story>,
    /// Which section.
    pub group: StatusGroup,
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

/// The points of one status group, as headed articles; nothing when the group is empty.
#[component]
pub fn CardSection(props: &CardSectionProps) -> Html {
    let points = props.story.points_in(props.group);
    if points.is_empty() {
        return Html::default();
    }
    let heading = format!("{}-{}", props.instance, slug(props.group));
    html! {
        <section class={classes!("tt-cards", format!("tt-cards-{}", slug(props.group)))}
            aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ props.group.title_en() }</h3>
            <div class="tt-card-grid">
                { for points.into_iter().map(|point| html! {
                    <PointCard story={props.story.clone()} id={point.id.clone()} instance={props.instance.clone()} />
                }) }
            </div>
        </section>
    }
}
