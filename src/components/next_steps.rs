//! "What's next": upcoming steps, soonest first, with their window and conditions.

use std::rc::Rc;

use story::Story;
use yew::prelude::*;

use crate::ui::use_ui;

use super::{Citations, LinkTarget, StoryLink};
use crate::state::Action;

/// Props of [`NextSteps`].
#[derive(Properties, PartialEq, Clone)]
pub struct NextStepsProps {
    /// The story whose next steps are listed.
    pub story: Rc<Story>,
    /// Receives links to the timeline.
    pub on_action: Callback<Action>,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

/// An ordered list of next steps; each names when, on what condition, and who.
#[component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let ui = use_ui();
    let m = ui.messages();
    let story = &props.story;
    let steps = story.next_steps_by_date();
    if steps.is_empty() {
        return Html::default();
    }
    let heading = format!("{}-next", props.instance);
    html! {
        <section class="tt-next-steps" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ m.whats_next }</h3>
            <ol class="tt-steps">
                { for steps.into_iter().map(|step| {
                    let parties: Vec<&str> = step.parties.iter().filter_map(|id| story.party(id)).map(|p| p.name.as_str()).collect();
                    html! {
                        <li class="tt-step" data-step-id={step.id.to_string()}>
                            <p class="tt-step-when">
                                <span class="tt-tag tt-tag-expected">{ m.expected }</span>{ " " }
                                <time datetime={step.expected.start().to_string()}>{ step.expected.label(ui.locale) }</time>
                            </p>
                            <h4>{ &step.title }</h4>
                            if let Some(summary) = &step.summary {
                                <p>{ summary }
                                    <Citations story={story.clone()} sources={Rc::<[_]>::from(step.sources.clone())} instance={props.instance.clone()} />
                                </p>
                            }
                            if !step.conditions.is_empty() {
                                <p class="tt-related-label">{ m.depends_on }</p>
                                <ul class="tt-conditions">
                                    { for step.conditions.iter().map(|c| html! { <li>{ c }</li> }) }
                                </ul>
                            }
                            if !parties.is_empty() {
                                <p class="tt-step-who">{ m.who }{ ": " }{ parties.join(", ") }</p>
                            }
                            if let Some(event) = step.event.as_ref().and_then(|id| story.event(id)) {
                                <StoryLink target={LinkTarget::Event(event.id.clone())} on_action={props.on_action.clone()}
                                    instance={props.instance.clone()}>
                                    { m.on_the_timeline }{ ": " }{ &event.title }
                                </StoryLink>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
