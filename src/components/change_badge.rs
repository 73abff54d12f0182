//! The "New" or "Updated" badge of an item changed since the reader's last visit.
//! The element the badge belongs to carries `data-change` itself; the badge's text
//! is part of that element's accessible name, so screen readers hear it too.

use story::Change;
use yew::prelude::*;

use crate::context::use_widget;

/// Props of [`ChangeBadge`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChangeBadgeProps {
    /// The item's change; nothing is shown without one.
    pub change: Option<Change>,
}

/// A small badge; empty when the item did not change.
#[component]
pub fn ChangeBadge(props: &ChangeBadgeProps) -> Html {
    let widget = use_widget();
    let (Some(change), Some(widget)) = (props.change, widget) else {
        return Html::default();
    };
    html! {
        <span class={classes!("tt-change", format!("tt-change-{}", change.as_str()))} data-badge={change.as_str()}>
            { change.label(widget.ui.locale) }
        </span>
    }
}
