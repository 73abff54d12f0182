//! One section of cards: "What was agreed", "Where problems emerged" or "Still open".

use story::{DomId, Filter, PointId, StatusGroup};
use yew::prelude::*;

use super::{LinkTarget, PointCard};
use crate::context::use_widget;

/// Props of [`CardSection`].
#[derive(Properties, PartialEq, Clone)]
pub struct CardSectionProps {
    /// Which section.
    pub group: StatusGroup,
    /// Which points are shown.
    pub filter: Filter,
    /// Receives links to events.
    pub on_link: Callback<LinkTarget>,
    /// A card the reader asked for (from the timeline); it is rendered even when it is
    /// past the cards shown so far.
    #[prop_or_default]
    pub reveal: Option<PointId>,
}

/// Cards rendered at first, and added by each "Show more" click: long sections (a story
/// of thousands of points) would otherwise build every card up front.
const CARDS_PER_PAGE: usize = 30;

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
    // Every hook before any early return (Yew checks their order in debug builds only).
    let shown = use_state_eq(|| CARDS_PER_PAGE);
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let (story, ui) = (&widget.story, widget.ui);
    let points: Vec<_> = story
        .points_in(props.group)
        .into_iter()
        .filter(|p| story.point_matches(p, &props.filter))
        .collect();
    if points.is_empty() {
        return Html::default();
    }
    let heading = widget.ids.id(&DomId::Section(props.group));
    let static_page = !widget.interactive();
    let asked = props
        .reveal
        .as_ref()
        .and_then(|id| points.iter().position(|p| &p.id == id))
        .map_or(0, |index| index + 1);
    let count = if static_page {
        points.len()
    } else {
        (*shown).max(asked).min(points.len())
    };
    let rest = points.len() - count;
    // The button goes once every card shows, so focus moves to the first card added:
    // keyboard and screen reader users carry on from there.
    let show_more = {
        let (shown, on_link) = (shown.clone(), props.on_link.clone());
        let first_added = points.get(count).map(|p| p.id.clone());
        Callback::from(move |_| {
            shown.set(count + CARDS_PER_PAGE);
            if let Some(id) = first_added.clone() {
                on_link.emit(LinkTarget::Point(id));
            }
        })
    };
    html! {
        <section class={classes!("tt-cards", format!("tt-cards-{}", slug(props.group)))}
            aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ props.group.title(ui.locale) }</h3>
            <div class="tt-card-grid">
                { for points.into_iter().take(count).map(|point| html! {
                    <PointCard key={point.id.as_str()} id={point.id.clone()} on_link={props.on_link.clone()} />
                }) }
            </div>
            if rest > 0 {
                <button type="button" class="tt-more" onclick={show_more}>
                    { (ui.messages().show_more_cards)(rest.min(CARDS_PER_PAGE) as u64) }
                </button>
            }
        </section>
    }
}
