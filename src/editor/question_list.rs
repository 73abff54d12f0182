//! The story's key questions and their answers so far, with the points and events
//! they concern; then a field to add one.

use std::rc::Rc;

use story::references::Target;
use story::StoryFile;
use story_edit::{Edit, List};
use yew::prelude::*;

use super::item_card::ItemCard;
use super::state::use_open_items;

use super::add_item::AddItem;
use super::browser;
use super::fields::Item;
use super::text_field::Input;

/// Props of [`QuestionList`].
#[derive(Properties, PartialEq, Clone)]
pub struct QuestionListProps {
    /// The story.
    pub file: Rc<StoryFile>,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// Each question as a group of fields, then "Add question".
#[component]
pub fn QuestionList(props: &QuestionListProps) -> Html {
    let open_items = use_open_items();
    let on_add = props
        .on_edit
        .reform(|name| Edit::Add(List::Questions, name, browser::now().day()));
    html! {
        <section class="ed-section" aria-labelledby="ed-questions-title">
            <h2 id="ed-questions-title">{ "Key questions" }</h2>
            <p class="ed-hint">{ "What readers want to know, answered as far as the reporting allows." }</p>
            { for props.file.questions.iter().enumerate().map(|(i, question)| {
                let item = Item { base: format!("questions[{i}]"), file: &props.file, on_edit: &props.on_edit };
                let name = if question.question.trim().is_empty() { format!("Question {}", i + 1) } else { question.question.clone() };
                html! {
                    <ItemCard key={i} path={item.base.clone()} name={name.clone()}>
                        if open_items.is_open(&item.base) {
                        { item.text_with("question", "Question", &question.question, Input::Line, None, true) }
                        { item.text_with("answer", "Answer so far", &question.answer, Input::Lines, None, true) }
                        { item.refs("points", "Points it concerns", Target::Point, question.points.iter().map(|p| p.as_str())) }
                        { item.refs("events", "Events it concerns", Target::Event, question.events.iter().map(|e| e.as_str())) }
                        { item.text_with("id", "Id", question.id.as_str(), Input::Line, None, true) }
                        { item.remove(format!("question {name}")) }
                        }
                    </ItemCard>
                }
            }) }
            <AddItem label="A new question" button="Add question" id="ed-add-question" {on_add} />
        </section>
    }
}
