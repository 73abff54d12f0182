//! The numbered list of sources that every citation points to.

use story::DomId;
use yew::prelude::*;

use super::LinkTarget;
use crate::context::use_widget;

/// Props of [`SourceList`].
#[derive(Properties, PartialEq, Clone)]
pub struct SourceListProps {
    /// A source a citation asked for (its number, from 1): it is rendered even when it
    /// is past the sources shown so far.
    #[prop_or_default]
    pub reveal: Option<usize>,
    /// Receives the first source a "Show more" click adds, to focus it.
    pub on_link: Callback<LinkTarget>,
}

/// Sources rendered at first, and added by each "Show more" click: a long story cites
/// hundreds, and each is a list item with a link to build and lay out.
const SOURCES_PER_PAGE: usize = 50;

/// Sources as an ordered list; links open in a new tab without access to this page.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    // Every hook before any early return (Yew checks their order in debug builds only).
    let shown = use_state_eq(|| SOURCES_PER_PAGE);
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let sources = widget.story.sources();
    let count = if widget.interactive() {
        (*shown).max(props.reveal.unwrap_or(0)).min(sources.len())
    } else {
        sources.len()
    };
    let rest = sources.len() - count;
    // The button goes once every source shows, so focus moves to the first one added.
    let show_more = {
        let (shown, on_link) = (shown.clone(), props.on_link.clone());
        Callback::from(move |_| {
            shown.set(count + SOURCES_PER_PAGE);
            on_link.emit(LinkTarget::Element(DomId::Source(count + 1)));
        })
    };
    let focusable = widget.interactive().then_some("-1");
    let heading = widget.ids.id(&DomId::Sources);
    html! {
        <section class="tt-sources" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ widget.ui.messages().sources }</h3>
            <ol>
                { for sources[..count].iter().enumerate().map(|(i, source)| {
                    let label = match &source.title {
                        Some(title) => format!("{}: {title}", source.outlet),
                        None => source.outlet.clone(),
                    };
                    html! {
                        <li id={widget.ids.id(&DomId::Source(i + 1))} tabindex={focusable}>
                            // URLs were checked to be http(s) by the model's validation.
                            if let Some(url) = &source.url {
                                <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ label }</a>
                            } else {
                                { label }
                            }
                        </li>
                    }
                }) }
            </ol>
            if rest > 0 {
                <button type="button" class="tt-more" onclick={show_more}>
                    { (widget.ui.messages().show_more_sources)(rest.min(SOURCES_PER_PAGE) as u64) }
                </button>
            }
        </section>
    }
}
