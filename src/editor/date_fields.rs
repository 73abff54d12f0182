//! An event's date as a reporter thinks of it: an exact day, a range, "last week"
//! (approximate, with its wording) or expected (a window, with its wording).

use story::EventDate;
use story_edit::{DateKind, DatePart, Edit, EventField, FieldIds};
use yew::prelude::*;

use super::browser;
use super::state::use_form;
use super::text_field::{Input, TextField};

/// Props of [`DateFields`].
#[derive(Properties, PartialEq, Clone)]
pub struct DateFieldsProps {
    /// The event's index in the story.
    pub index: usize,
    /// Its date.
    pub date: EventDate,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// A group: the kind of date, then the day or days, then the wording where it has one.
#[component]
pub fn DateFields(props: &DateFieldsProps) -> Html {
    let form = use_form();
    let i = props.index;
    let path = format!("events[{i}].date");
    let kind = DateKind::of(&props.date);
    let kind_ids = FieldIds::of(&format!("{path}.kind"));
    {
        let id = kind_ids.input.clone();
        use_effect_with(kind, move |kind| browser::set_value(&id, kind.as_str()));
    }
    let on_kind = props.on_edit.reform(move |event: Event| {
        let kind = DateKind::parse(&browser::input_value(&event)).unwrap_or(DateKind::Exact);
        Edit::Event(i, EventField::DateKind(kind))
    });
    let day = |part: DatePart| {
        props
            .on_edit
            .reform(move |text| Edit::Event(i, EventField::Day(part, text)))
    };
    let on_text = props
        .on_edit
        .reform(move |text| Edit::Event(i, EventField::DateText(text)));
    // Problems of the date as a whole (an end before its start), not of one of its fields.
    let own: Vec<String> = form
        .problems
        .iter()
        .filter(|p| p.path == path)
        .map(|p| p.message.clone())
        .collect();
    let group = FieldIds::of(&path);
    let start = props.date.start().to_string();
    let end = props.date.end().to_string();
    let text = props.date.text().unwrap_or_default().to_string();
    html! {
        <fieldset id={group.input.clone()} class="ed-date"
            aria-describedby={(!own.is_empty()).then(|| group.problems.clone())}>
            <legend>{ "Date" }</legend>
            <div class="ed-field">
                <label for={kind_ids.input.clone()}>{ "Kind of date" }</label>
                <select id={kind_ids.input.clone()} onchange={on_kind} disabled={kind == DateKind::After}>
                    { for DateKind::OFFERED.into_iter().chain((kind == DateKind::After).then_some(DateKind::After)).map(|k| html! {
                        <option value={k.as_str()} selected={k == kind}>{ k.label_en() }</option>
                    }) }
                </select>
            </div>
            { match kind {
                DateKind::Exact => html! {
                    <TextField label="Day" path={format!("{path}.start")} also={AttrValue::from(format!("{path}.date"))}
                        value={start} on_input={day(DatePart::Start)} input={Input::Day} required=true />
                },
                DateKind::After => html! {
                    <p class="ed-hint">{ "Counted from another event; edit it in the story file." }</p>
                },
                _ => html! {
                    <>
                        <TextField label="From" path={format!("{path}.start")} value={start}
                            on_input={day(DatePart::Start)} input={Input::Day} required=true />
                        <TextField label="To" path={format!("{path}.end")} value={end}
                            on_input={day(DatePart::End)} input={Input::Day} required=true />
                    </>
                },
            } }
            if kind != DateKind::After {
                <TextField label={if matches!(kind, DateKind::Exact | DateKind::Range) { "Wording (optional)" } else { "Wording readers see" }}
                    path={format!("{path}.text")} value={text} on_input={on_text}
                    hint={AttrValue::from(match kind {
                        DateKind::Approximate => "For example: last week.",
                        DateKind::Expected => "For example: within the next 7–10 days.",
                        _ => "Only if it adds something, for example: on Tuesday.",
                    })}
                    required={matches!(kind, DateKind::Approximate | DateKind::Expected)} />
            }
            if !own.is_empty() {
                <ul id={group.problems.clone()} class="ed-problems">
                    { for own.iter().map(|p| html! { <li>{ p }</li> }) }
                </ul>
            }
        </fieldset>
    }
}
