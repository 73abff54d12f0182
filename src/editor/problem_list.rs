//! Every problem in one list, each linking to its field, under a polite live region
//! that announces how many there are as they come and go.

use story_edit::FieldIds;
use yew::prelude::*;

use super::browser;
use super::state::{use_form, use_open_items};

/// A path as the producer reads it: `events[2].date.start` is "Event 3, date start".
fn place(path: &str) -> String {
    let (item, rest) = match path.split_once('.') {
        Some((item, rest)) => (item, Some(rest)),
        None => (path, None),
    };
    let item = match item.split_once('[') {
        Some((list, index)) => {
            let n = index
                .trim_end_matches(']')
                .parse::<usize>()
                .map_or(0, |n| n + 1);
            let noun = match list {
                "parties" => "Party",
                "tracks" => "Track",
                "events" => "Event",
                "points" => "Point",
                "claims" => "Claim",
                "questions" => "Question",
                "next_steps" => "Next step",
                "sources" => "Source",
                "updates" => "Update",
                other => other,
            };
            format!("{noun} {n}")
        }
        None if item == "story" => "The story file".to_string(),
        None => "Story".to_string(),
    };
    let field = if path.contains('[') {
        rest.map(str::to_string)
    } else {
        Some(path.to_string())
    };
    match field.filter(|f| f != "story") {
        Some(field) => format!(
            "{item}, {}",
            field
                .replace(['.', '_'], " ")
                .replace('[', " ")
                .replace(']', "")
        ),
        None => item,
    }
}

/// The ids of the field at `path` and of the groups around it, innermost first.
fn targets(path: &str) -> Vec<String> {
    let mut ids = vec![FieldIds::of(path).input];
    let mut rest = path;
    while let Some(cut) = rest.rfind(['.', '[']) {
        rest = &rest[..cut];
        ids.push(FieldIds::of(rest).input);
    }
    ids
}

/// The list of problems with its count in a live region.
#[component]
pub fn ProblemList() -> Html {
    let form = use_form();
    let open_items = use_open_items();
    // The field a link asked for, focused once the render that opens its item is done
    // (numbered, so the same link followed twice focuses twice).
    let wanted = use_state(|| (0_u32, Vec::<String>::new()));
    use_effect_with((*wanted).clone(), |(_, ids)| browser::focus_first(ids));
    let count = form.problems.len();
    let status = match count {
        0 => "No problems: the story is ready to save and publish.".to_string(),
        1 => "1 problem to fix.".to_string(),
        n => format!("{n} problems to fix."),
    };
    html! {
        <section class="ed-section ed-summary" aria-labelledby="ed-problems-title">
            <h2 id="ed-problems-title">{ "Problems" }</h2>
            <p id="ed-status" class="ed-status" role="status">{ status }</p>
            if count > 0 {
                <ul class="ed-problem-list">
                    { for form.problems.iter().map(|problem| {
                        let ids = targets(&problem.path);
                        let href = format!("#{}", ids[0]);
                        let item = story_edit::item_of(&problem.path)
                            .map(|(list, i)| format!("{list}[{i}]"));
                        let (set_open, wanted) = (open_items.set.clone(), wanted.clone());
                        let onclick = Callback::from(move |event: MouseEvent| {
                            event.prevent_default();
                            // The field is in the DOM once its item is open.
                            if let Some(item) = &item {
                                set_open.emit((item.clone(), true));
                            }
                            wanted.set((wanted.0 + 1, ids.clone()));
                        });
                        html! {
                            <li>
                                <a {href} {onclick}>{ place(&problem.path) }</a>
                                { ": " }{ &problem.message }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_read_as_the_form_names_them() {
        assert_eq!(place("events[2].date.start"), "Event 3, date start");
        assert_eq!(place("publisher.name"), "Story, publisher name");
        assert_eq!(place("title"), "Story, title");
        assert_eq!(place("story"), "The story file");
        assert_eq!(place("parties[0]"), "Party 1");
        assert_eq!(
            place("events[1].participants[0]"),
            "Event 2, participants 0"
        );
    }

    #[test]
    fn a_problem_leads_to_its_field_or_the_group_around_it() {
        assert_eq!(
            targets("events[1].participants[0]"),
            [
                "ed-f-events-1-participants-0",
                "ed-f-events-1-participants",
                "ed-f-events-1",
                "ed-f-events"
            ]
        );
    }
}
