//! "Since your last visit on 3 January: 2 new events, 1 correction", at the top of a
//! returning reader's widget, with a link to each changed item and a Dismiss button.
//!
//! The summary is in the page from the first render (no layout shift); screen readers
//! hear it once, politely, through a live region filled just after it appears.

use story::{Change, Changes, DomId, Story, UpdateKind};
use yew::prelude::*;

use super::{ChangeBadge, LinkTarget, StoryLink};
use crate::context::{use_widget, Ui};

/// Props of [`VisitSummary`].
#[derive(Properties, PartialEq, Clone)]
pub struct VisitSummaryProps {
    /// Receives the item the reader wants to see.
    pub on_link: Callback<LinkTarget>,
}

/// One changed item: where it is and what to call it.
struct Changed {
    target: LinkTarget,
    text: String,
    change: Change,
}

/// Every changed item, in the order the summary counts them.
fn changed_items(story: &Story, changes: &Changes, ui: Ui) -> Vec<Changed> {
    let mut items = Vec::new();
    for event in story.events_by_date() {
        if let Some(change) = changes.event(&event.id) {
            let text = format!("{} · {}", event.title, event.date.label(ui.locale));
            items.push(Changed {
                target: LinkTarget::Event(event.id.clone()),
                text,
                change,
            });
        }
    }
    for point in story.points() {
        if let Some(change) = changes.point(&point.id) {
            let moved = changes.status_moves().iter().find(|m| m.point == point.id);
            let text = match moved {
                Some(m) => format!(
                    "{} ({} → {})",
                    point.title,
                    m.from.label(ui.locale),
                    m.to.label(ui.locale)
                ),
                None => point.title.clone(),
            };
            items.push(Changed {
                target: LinkTarget::Point(point.id.clone()),
                text,
                change,
            });
        }
    }
    for claim in story.claims() {
        let Some(change) = changes.claim(&claim.id) else {
            continue;
        };
        let target = match (claim.points.first(), claim.events.first()) {
            (Some(point), _) => LinkTarget::Point(point.clone()),
            (None, Some(event)) => LinkTarget::Event(event.clone()),
            (None, None) => continue,
        };
        items.push(Changed {
            target,
            text: claim.gist(story, ui.locale),
            change,
        });
    }
    for question in story.questions() {
        if let Some(change) = changes.question(&question.id) {
            let target = LinkTarget::Element(DomId::Questions);
            items.push(Changed {
                target,
                text: question.question.clone(),
                change,
            });
        }
    }
    for step in story.next_steps() {
        if let Some(change) = changes.next_step(&step.id) {
            let target = LinkTarget::Element(DomId::Step(step.id.clone()));
            items.push(Changed {
                target,
                text: step.title.clone(),
                change,
            });
        }
    }
    for (index, update) in changes.updates(story) {
        if update.kind == UpdateKind::Correction {
            let text = format!("{}: {}", update.kind.label(ui.locale), update.text);
            let target = LinkTarget::Element(DomId::Update(index));
            items.push(Changed {
                target,
                text,
                change: Change::New,
            });
        }
    }
    items
}

/// The summary of what changed since the reader's last visit; nothing on a first visit.
#[component]
pub fn VisitSummary(props: &VisitSummaryProps) -> Html {
    // Hooks first: whether it was dismissed, and what the live region says.
    let dismissed = use_state(|| false);
    let announced = use_state(String::new);
    let widget = use_widget();
    let sentence = widget
        .as_ref()
        .and_then(|w| w.changes.summary(&w.story, w.ui.locale));
    {
        let (announced, sentence) = (announced.clone(), sentence.clone());
        use_effect_with((), move |_| {
            if let Some(sentence) = sentence {
                announced.set(sentence);
            }
        });
    }
    let (Some(widget), Some(sentence)) = (widget, sentence) else {
        return Html::default();
    };
    if *dismissed {
        return Html::default();
    }
    let (story, ui, changes) = (&widget.story, widget.ui, &widget.changes);
    let m = ui.messages();
    let items = changed_items(story, changes, ui);
    let visited = changes.visit().map(|v| v.visited.to_string());
    let dismiss = {
        let (dismissed, announced) = (dismissed.clone(), announced.clone());
        let on_link = props.on_link.clone();
        Callback::from(move |_| {
            announced.set(String::new());
            dismissed.set(true);
            // The button goes away: keep the reader's place at the story's headline.
            on_link.emit(LinkTarget::Element(DomId::Title));
        })
    };
    html! {
        <section class="tt-since" id={widget.ids.id(&DomId::Since)} aria-label={m.changes_since}
            data-visited={visited} data-changed={items.len().to_string()}>
            <p class="tt-since-text">{ sentence }</p>
            if !items.is_empty() {
                <details class="tt-since-items" open={items.len() <= 5}>
                    <summary>{ m.what_changed }</summary>
                    <ul>
                        { for items.into_iter().map(|item| html! {
                            <li data-change={item.change.as_str()}>
                                <ChangeBadge change={Some(item.change)} />{ " " }
                                <StoryLink target={item.target} on_link={props.on_link.clone()}>{ item.text }</StoryLink>
                            </li>
                        }) }
                    </ul>
                </details>
            }
            <button type="button" class="tt-dismiss" onclick={dismiss}>{ m.dismiss }</button>
            <p class="tt-visually-hidden" aria-live="polite">{ (*announced).clone() }</p>
        </section>
    }
}
