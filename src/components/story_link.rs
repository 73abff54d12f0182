//! A link to an event or a card inside the widget. Interactive, it is a button that
//! selects the event (or focuses the card) through the reducer; in a static page
//! (server render, no script) it is a plain fragment link to the same element.

use story::{EventId, PointId};
use yew::prelude::*;

use crate::state::Action;

/// How the widget is rendered: live in the browser, or as static HTML for readers without script.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RenderMode {
    /// Buttons, tabs and disclosures work.
    #[default]
    Interactive,
    /// Everything is expanded and links are fragment links.
    Static,
}

/// What a [`StoryLink`] points at.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkTarget {
    /// A timeline event.
    Event(EventId),
    /// A card.
    Point(PointId),
}

/// Props of [`StoryLink`].
#[derive(Properties, PartialEq, Clone)]
pub struct StoryLinkProps {
    /// Where the link goes.
    pub target: LinkTarget,
    /// Receives the selection when interactive.
    pub on_action: Callback<Action>,
    /// Prefix for element ids.
    pub instance: AttrValue,
    /// The link text.
    pub children: Html,
}

/// A button (interactive) or fragment link (static) to an event or a card.
#[component]
pub fn StoryLink(props: &StoryLinkProps) -> Html {
    let mode = use_context::<RenderMode>().unwrap_or_default();
    let (event, point, href, action) = match &props.target {
        LinkTarget::Event(id) => (
            Some(id.to_string()),
            None,
            format!("#{}-event-{id}", props.instance),
            Action::Reveal(id.clone()),
        ),
        LinkTarget::Point(id) => (
            None,
            Some(id.to_string()),
            format!("#{}-point-{id}", props.instance),
            Action::RevealPoint(id.clone()),
        ),
    };
    match mode {
        RenderMode::Static => html! {
            <a class="tt-link" {href} data-links-event={event} data-links-point={point}>{ props.children.clone() }</a>
        },
        RenderMode::Interactive => {
            let onclick = {
                let on_action = props.on_action.clone();
                Callback::from(move |_| on_action.emit(action.clone()))
            };
            html! {
                <button type="button" class="tt-link" {onclick} data-links-event={event} data-links-point={point}>
                    { props.children.clone() }
                </button>
            }
        }
    }
}
