//! A link to an event, a card or another element inside the widget. Interactive, it is a button that
//! asks for the event (or card) through `on_link`; in a static page (server render,
//! no script) it is a plain fragment link to the same element.

use story::{DomId, EventId, PointId};
use yew::prelude::*;

use crate::context::use_widget;

/// What a [`StoryLink`] points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// A timeline event.
    Event(EventId),
    /// A card.
    Point(PointId),
    /// Another element of the widget (a next step, an update log entry, a section).
    Element(DomId),
}

impl From<DomId> for LinkTarget {
    /// Events and cards are asked for by id (opening or revealing them); any other
    /// element is simply brought into view.
    fn from(element: DomId) -> Self {
        match element {
            DomId::Event(id) => LinkTarget::Event(id),
            DomId::Point(id) => LinkTarget::Point(id),
            other => LinkTarget::Element(other),
        }
    }
}

/// Props of [`StoryLink`].
#[derive(Properties, PartialEq, Clone)]
pub struct StoryLinkProps {
    /// Where the link goes.
    pub target: LinkTarget,
    /// Receives the target when the reader follows the link.
    pub on_link: Callback<LinkTarget>,
    /// The link text.
    pub children: Html,
}

/// A button (interactive) or fragment link (static) to an event or a card.
#[component]
pub fn StoryLink(props: &StoryLinkProps) -> Html {
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let (event, point, element) = match &props.target {
        LinkTarget::Event(id) => (Some(id.to_string()), None, DomId::Event(id.clone())),
        LinkTarget::Point(id) => (None, Some(id.to_string()), DomId::Point(id.clone())),
        LinkTarget::Element(element) => (None, None, element.clone()),
    };
    if !widget.interactive() {
        return html! {
            <a class="tt-link" href={widget.ids.href(&element)} data-links-event={event} data-links-point={point}>
                { props.children.clone() }
            </a>
        };
    }
    let onclick = {
        let (on_link, target) = (props.on_link.clone(), props.target.clone());
        Callback::from(move |_| on_link.emit(target.clone()))
    };
    html! {
        <button type="button" class="tt-link" {onclick} data-links-event={event} data-links-point={point}>
            { props.children.clone() }
        </button>
    }
}
