//! The story's update log, at the end of the widget: dated updates and corrections,
//! newest first, each linking to what it touched. A correction is marked as one in
//! words and with an icon, never by colour alone. Entries published since the
//! reader's last visit carry `data-change="new"` and a badge.

use story::{DomId, Update, UpdateKind};
use yew::prelude::*;

use super::{ChangeBadge, LinkTarget, StoryLink};
use crate::context::{use_widget, Widget};

/// Props of [`UpdateLog`].
#[derive(Properties, PartialEq, Clone)]
pub struct UpdateLogProps {
    /// Receives the item the reader wants to see.
    pub on_link: Callback<LinkTarget>,
}

/// The links to what one entry touched: events, points, claims (through their card
/// or event) and parties (named only: they have no card of their own).
fn touched(widget: &Widget, update: &Update, on_link: &Callback<LinkTarget>) -> Vec<Html> {
    let (story, locale) = (&widget.story, widget.ui.locale);
    let link = |target: LinkTarget, text: String| {
        html! { <li><StoryLink {target} on_link={on_link.clone()}>{ text }</StoryLink></li> }
    };
    let events = update
        .events
        .iter()
        .filter_map(|id| story.event(id))
        .map(|event| {
            let text = format!("{} · {}", event.title, event.date.label(locale));
            link(LinkTarget::Event(event.id.clone()), text)
        });
    let points = update
        .points
        .iter()
        .filter_map(|id| story.point(id))
        .map(|point| link(LinkTarget::Point(point.id.clone()), point.title.clone()));
    let claims = update
        .claims
        .iter()
        .filter_map(|id| story.claim(id))
        .map(|claim| {
            let target = match (claim.points.first(), claim.events.first()) {
                (Some(point), _) => Some(LinkTarget::Point(point.clone())),
                (None, Some(event)) => Some(LinkTarget::Event(event.clone())),
                (None, None) => None,
            };
            let text = claim.gist(story, locale);
            match target {
                Some(target) => link(target, text),
                None => html! { <li>{ text }</li> },
            }
        });
    let parties = update
        .parties
        .iter()
        .filter_map(|id| story.party(id))
        .map(|party| html! { <li>{ &party.name }</li> });
    events.chain(points).chain(claims).chain(parties).collect()
}

/// The update log; nothing when the story has none.
#[component]
pub fn UpdateLog(props: &UpdateLogProps) -> Html {
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let entries = widget.story.updates_newest_first();
    if entries.is_empty() {
        return Html::default();
    }
    let (ui, ids) = (widget.ui, &widget.ids);
    let m = ui.messages();
    let heading = ids.id(&DomId::Updates);
    html! {
        <section class="tt-updates" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ m.update_log }</h3>
            <ol class="tt-update-list">
                { for entries.into_iter().map(|(index, update)| {
                    let correction = update.kind == UpdateKind::Correction;
                    let new = widget.changes.update_is_new(index).then_some(story::Change::New);
                    let links = touched(&widget, update, &props.on_link);
                    html! {
                        <li id={ids.id(&DomId::Update(index))} tabindex="-1"
                            class={classes!("tt-update", correction.then_some("tt-update-correction"))}
                            data-kind={update.kind.as_str()} data-change={new.map(|c| c.as_str())}>
                            <p class="tt-update-head">
                                <span class="tt-update-kind">
                                    if correction { <span aria-hidden="true">{ "⚠ " }</span> }
                                    { update.kind.label(ui.locale) }
                                </span>{ " · " }
                                <time datetime={update.time.to_string()}>{ update.time.day().short(ui.locale, true) }</time>
                                { " " }<ChangeBadge change={new} />
                            </p>
                            <p class="tt-update-text">{ &update.text }</p>
                            if !links.is_empty() {
                                <p class="tt-related-label">{ m.update_concerns }</p>
                                <ul class="tt-update-about">{ for links }</ul>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
