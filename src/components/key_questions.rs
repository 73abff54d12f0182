//! The article's key questions, each a disclosure (WAI-ARIA Disclosure pattern:
//! a button with `aria-expanded` controlling its answer) whose answer links to
//! the cards and events that answer it.

use std::collections::BTreeSet;

use story::{DomId, QuestionId};
use yew::prelude::*;

use super::{ChangeBadge, LinkTarget, StoryLink};
use crate::context::use_widget;

/// Props of [`KeyQuestions`].
#[derive(Properties, PartialEq, Clone)]
pub struct KeyQuestionsProps {
    /// Receives links to cards and events.
    pub on_link: Callback<LinkTarget>,
}

/// "Key questions": collapsed questions that open to a short answer and its links.
#[component]
pub fn KeyQuestions(props: &KeyQuestionsProps) -> Html {
    let open = use_state(BTreeSet::<QuestionId>::new);
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let (story, ui, ids) = (&widget.story, widget.ui, &widget.ids);
    if story.questions().is_empty() {
        return Html::default();
    }
    let interactive = widget.interactive();
    let heading = ids.id(&DomId::Questions);
    html! {
        <section class="tt-questions" aria-labelledby={heading.clone()}>
            <h3 id={heading} tabindex="-1">{ ui.messages().key_questions }</h3>
            <ul class="tt-question-list">
                { for story.questions().iter().map(|question| {
                    let expanded = open.contains(&question.id);
                    let answer_id = ids.id(&DomId::Answer(question.id.clone()));
                    let toggle = {
                        let (open, id) = (open.clone(), question.id.clone());
                        Callback::from(move |_| {
                            let mut next = (*open).clone();
                            if !next.remove(&id) {
                                next.insert(id.clone());
                            }
                            open.set(next);
                        })
                    };
                    html! {
                        <li class="tt-question" data-question-id={question.id.to_string()}
                            data-change={widget.changes.question(&question.id).map(|c| c.as_str())}>
                            <h4>
                                if interactive {
                                    <button type="button" class="tt-question-toggle" aria-expanded={expanded.to_string()}
                                        aria-controls={answer_id.clone()} onclick={toggle}>
                                        <span class="tt-disclosure-icon" aria-hidden="true"></span>
                                        { &question.question }
                                        // The space only before a badge: the button's text is the question.
                                        if widget.changes.question(&question.id).is_some() { { " " } }
                                        <ChangeBadge change={widget.changes.question(&question.id)} />
                                    </button>
                                } else {
                                    <span class="tt-question-static">{ &question.question }</span>
                                }
                            </h4>
                            <div id={answer_id} class="tt-answer" hidden={interactive && !expanded}>
                                <p>{ &question.answer }</p>
                                if !question.points.is_empty() || !question.events.is_empty() {
                                    <ul class="tt-answer-links">
                                        { for question.points.iter().filter_map(|id| story.point(id)).map(|point| html! {
                                            <li><StoryLink target={LinkTarget::Point(point.id.clone())} on_link={props.on_link.clone()}>
                                                { &point.title }{ " — " }{ point.status.label(ui.locale) }
                                            </StoryLink></li>
                                        }) }
                                        { for question.events.iter().filter_map(|id| story.event(id)).map(|event| html! {
                                            <li><StoryLink target={LinkTarget::Event(event.id.clone())} on_link={props.on_link.clone()}>
                                                { &event.title }{ " · " }{ event.date.label(ui.locale) }
                                            </StoryLink></li>
                                        }) }
                                    </ul>
                                }
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
