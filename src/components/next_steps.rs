//! "What's next": upcoming steps, soonest first, with their window and conditions.

use std::rc::Rc;

use story::DomId;
use yew::prelude::*;

use super::{ChangeBadge, Citations, LinkTarget, StoryLink};
use crate::context::use_widget;

/// Props of [`NextSteps`].
#[derive(Properties, PartialEq, Clone)]
pub struct NextStepsProps {
    /// Receives links to the timeline.
    pub on_link: Callback<LinkTarget>,
}

/// An ordered list of next steps; each names when, on what condition, and who.
#[component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let (story, ui) = (&widget.story, widget.ui);
    let m = ui.messages();
    let steps = story.next_steps_by_date();
    if steps.is_empty() {
        return Html::default();
    }
    let heading = widget.ids.id(&DomId::NextSteps);
    html! {
        <section class="tt-next-steps" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ m.whats_next }</h3>
            <ol class="tt-steps">
                { for steps.into_iter().map(|step| {
                    let parties: Vec<&str> = step.parties.iter().filter_map(|id| story.party(id)).map(|p| p.name.as_str()).collect();
                    html! {
                        <li class="tt-step" data-step-id={step.id.to_string()} id={widget.ids.id(&DomId::Step(step.id.clone()))}
                            tabindex="-1" data-change={widget.changes.next_step(&step.id).map(|c| c.as_str())}>
                            <p class="tt-step-when">
                                <span class="tt-tag tt-tag-expected">{ m.expected }</span>{ " " }
                                <time datetime={step.expected.start().to_string()}>{ step.expected.label(ui.locale) }</time>
                            </p>
                            <h4>{ &step.title }{ " " }<ChangeBadge change={widget.changes.next_step(&step.id)} /></h4>
                            if let Some(summary) = &step.summary {
                                <p>{ summary }
                                    <Citations sources={Rc::<[_]>::from(step.sources.clone())} />
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
                                <StoryLink target={LinkTarget::Event(event.id.clone())} on_link={props.on_link.clone()}>
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
