//! The article's key questions, each a disclosure (WAI-ARIA Disclosure pattern:
//! a button with `aria-expanded` controlling its answer) whose answer links to
//! the cards and events that answer it.

use std::collections::BTreeSet;
use std::rc::Rc;

use story::{QuestionId, Story};
use yew::prelude::*;

use crate::state::Action;

/// Props of [`KeyQuestions`].
#[derive(Properties, PartialEq, Clone)]
pub struct KeyQuestionsProps {
    /// The story whose questions are listed.
    pub story: Rc<Story>,
    /// Receives links to cards and events.
    pub on_action: Callback<Action>,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

/// "Key questions": collapsed questions that open to a short answer and its links.
#[component]
pub fn KeyQuestions(props: &KeyQuestionsProps) -> Html {
    let open = use_state(BTreeSet::<QuestionId>::new);
    let story = &props.story;
    if story.questions.is_empty() {
        return Html::default();
    }
    let heading = format!("{}-questions", props.instance);
    html! {
        <section class="tt-questions" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ "Key questions" }</h3>
            <ul class="tt-question-list">
                { for story.questions.iter().map(|question| {
                    let expanded = open.contains(&question.id);
                    let answer_id = format!("{}-answer-{}", props.instance, question.id);
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
                    let link = |action: Action| {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_| on_action.emit(action.clone()))
                    };
                    html! {
                        <li class="tt-question" data-question-id={question.id.to_string()}>
                            <h4>
                                <button type="button" class="tt-question-toggle" aria-expanded={expanded.to_string()}
                                    aria-controls={answer_id.clone()} onclick={toggle}>
                                    <span class="tt-disclosure-icon" aria-hidden="true"></span>
                                    { &question.question }
                                </button>
                            </h4>
                            <div id={answer_id} class="tt-answer" hidden={!expanded}>
                                <p>{ &question.answer }</p>
                                if !question.points.is_empty() || !question.events.is_empty() {
                                    <ul class="tt-answer-links">
                                        { for question.points.iter().filter_map(|id| story.points.iter().find(|p| &p.id == id)).map(|point| html! {
                                            <li><button type="button" class="tt-link" data-links-point={point.id.to_string()}
                                                onclick={link(Action::RevealPoint(point.id.clone()))}>
                                                { &point.title }{ " — " }{ point.status.label_en() }
                                            </button></li>
                                        }) }
                                        { for question.events.iter().filter_map(|id| story.event(id)).map(|event| html! {
                                            <li><button type="button" class="tt-link" data-links-event={event.id.to_string()}
                                                onclick={link(Action::Reveal(event.id.clone()))}>
                                                { &event.title }{ " · " }{ event.date.label_en() }
                                            </button></li>
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
