//! What comes next: each expected step with its window, conditions, parties, the
//! event it becomes, points and sources; then a field to add one.

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

/// Props of [`StepList`].
#[derive(Properties, PartialEq, Clone)]
pub struct StepListProps {
    /// The story.
    pub file: Rc<StoryFile>,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// Each next step as a group of fields, then "Add next step".
#[component]
pub fn StepList(props: &StepListProps) -> Html {
    let open_items = use_open_items();
    let on_add = props
        .on_edit
        .reform(|name| Edit::Add(List::NextSteps, name, browser::now().day()));
    html! {
        <section class="ed-section" aria-labelledby="ed-steps-title">
            <h2 id="ed-steps-title">{ "What comes next" }</h2>
            <p class="ed-hint">{ "Expected steps, with when they are expected and what they depend on." }</p>
            { for props.file.next_steps.iter().enumerate().map(|(i, step)| {
                let item = Item { base: format!("next_steps[{i}]"), file: &props.file, on_edit: &props.on_edit };
                let name = if step.title.trim().is_empty() { format!("Next step {}", i + 1) } else { step.title.clone() };
                html! {
                    <ItemCard key={i} path={item.base.clone()} name={name.clone()}>
                        if open_items.is_open(&item.base) {
                        { item.text_with("title", "Title", &step.title, Input::Line, None, true) }
                        { item.date("expected", "Expected", Some(&step.expected), false) }
                        { item.text_with("summary", "Summary (optional)", step.summary.as_deref().unwrap_or_default(), Input::Lines, None, false) }
                        { item.lines("conditions", "Conditions", &step.conditions, "One per line: what it depends on.") }
                        { item.refs("parties", "Parties", Target::Party, step.parties.iter().map(|p| p.as_str())) }
                        { item.one_ref("event", "The event it became", Target::Event, step.event.as_ref().map(|e| e.as_str()), Some("None yet")) }
                        { item.refs("points", "Points it concerns", Target::Point, step.points.iter().map(|p| p.as_str())) }
                        { item.refs("sources", "Sources", Target::Source, step.sources.iter().map(|s| s.as_str())) }
                        { item.text_with("id", "Id", step.id.as_str(), Input::Line, None, true) }
                        { item.remove(format!("next step {name}")) }
                        }
                    </ItemCard>
                }
            }) }
            <AddItem label="Title of a new next step" button="Add next step" id="ed-add-step" {on_add} />
        </section>
    }
}
