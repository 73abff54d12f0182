//! The article's key questions, each a disclosure (WAI-ARIA Disclosure pattern:
//! a button with `aria-expanded` controlling its answer) whose answer links to
//! the cards and events that answer it.

use std::collections::BTreeSet;
use std::rc::Rc;

use story::{QuestionId, Story};
use yew::prelude::*;

use crate::ui::use_ui;

use super::{LinkTarget, RenderMode, StoryLink};
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
    let interactive = use_context::<RenderMode>().unwrap_or_default() == RenderMode::Interactive;
    let ui = use_ui();
    let story = &props.story;
    if story.questions().is_empty() {
        return Html::default();
    }
    let heading = format!("{}-questions", props.instance);
    html! {
        <section class="tt-questions" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ ui.messages().key_questions }</h3>
            <ul class="tt-question-list">
                { for story.questions().iter().map(|question| {
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
                    html! {
                        <li class="tt-question" data-question-id={question.id.to_string()}>
                            <h4>
                                if interactive {
                                    <button type="button" class="tt-question-toggle" aria-expanded={expanded.to_string()}
                                        aria-controls={answer_id.clone()} onclick={toggle}>
                                        <span class="tt-disclosure-icon" aria-hidden="true"></span>
                                        { &question.question }
                                    </button>
                                } else {
                                    <span class="tt-question-static">{ &question.question }</span>
                                }
                            </h4>
                            <div id={answer_id} class="tt-answer" hidden={interactive && !expanded}>
                                <p>{ &question.answer }</p>
                                if !question.points.is_empty() || !question.events.is_empty() {
                                    <ul class="tt-answer-links">
                                        { for question.points.iter().filter_map(|id| story.points().iter().find(|p| &p.id == id)).map(|point| html! {
                                            <li><StoryLink target={LinkTarget::Point(point.id.clone())}
                                                on_action={props.on_action.clone()} instance={props.instance.clone()}>
                                                { &point.title }{ " — " }{ point.status.label(ui.locale) }
                                            </StoryLink></li>
                                        }) }
                                        { for question.events.iter().filter_map(|id| story.event(id)).map(|event| html! {
                                            <li><StoryLink target={LinkTarget::Event(event.id.clone())}
                                                on_action={props.on_action.clone()} instance={props.instance.clone()}>
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
