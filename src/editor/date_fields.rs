//! A date as a reporter thinks of it: an exact day, a range, "last week"
//! (approximate, with its wording) or expected (a window, with its wording).
//! Any date of the story: an event's, a claim's, a position's, a next step's.

use std::rc::Rc;

use story::{Day, EventDate};
use story_edit::{DateChange, DateKind, DatePart, Edit, FieldIds};
use yew::prelude::*;

use super::browser;
use super::select_field::SelectField;
use super::state::use_form;
use super::text_field::{Input, TextField};

/// Props of [`DateFields`].
#[derive(Properties, PartialEq, Clone)]
pub struct DateFieldsProps {
    /// The JSON path of the date (`events[2].date`).
    pub path: AttrValue,
    /// The date; none yet for an optional one.
    pub date: Option<EventDate>,
    /// The group's legend.
    #[prop_or(AttrValue::Static("Date"))]
    pub legend: AttrValue,
    /// Whether the date may be left out ("No date" is offered).
    #[prop_or_default]
    pub optional: bool,
    /// The day a date starts on when it is first given.
    pub today: Day,
    /// The story's events as (id, title), for a date counted from one of them.
    #[prop_or_default]
    pub events: Rc<[(AttrValue, AttrValue)]>,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// The choice for "no date" in an optional date's kind.
const NONE: &str = "none";

/// A group: the kind of date, then the day or days, then the wording where it has one.
#[component]
pub fn DateFields(props: &DateFieldsProps) -> Html {
    let form = use_form();
    let path = props.path.to_string();
    let kind = props.date.as_ref().map(DateKind::of);
    let kind_ids = FieldIds::of(&format!("{path}.kind"));
    {
        let id = kind_ids.input.clone();
        use_effect_with(kind, move |kind| {
            browser::set_value(&id, kind.map_or(NONE, DateKind::as_str))
        });
    }
    let on_kind = {
        let (path, today) = (path.clone(), props.today);
        props.on_edit.reform(move |event: Event| {
            let change = match DateKind::parse(&browser::input_value(&event)) {
                Some(kind) => DateChange::Kind(kind, today),
                None => DateChange::Clear,
            };
            Edit::Date(path.clone(), change)
        })
    };
    let day = |part: DatePart| {
        let path = path.clone();
        props
            .on_edit
            .reform(move |text| Edit::Date(path.clone(), DateChange::Day(part, text)))
    };
    let on_text = {
        let path = path.clone();
        props
            .on_edit
            .reform(move |text| Edit::Date(path.clone(), DateChange::Text(text)))
    };
    // Problems of the date as a whole (an end before its start), not of one of its fields.
    let own: Vec<String> = form
        .problems
        .iter()
        .filter(|p| p.path == path)
        .map(|p| p.message.clone())
        .collect();
    let group = FieldIds::of(&path);
    let date = props.date.as_ref();
    let start = date.map(|d| d.start().to_string()).unwrap_or_default();
    let end = date.map(|d| d.end().to_string()).unwrap_or_default();
    let text = date
        .and_then(EventDate::text)
        .unwrap_or_default()
        .to_string();
    let after = kind == Some(DateKind::After);
    html! {
        <fieldset id={group.input.clone()} class="ed-date"
            aria-describedby={(!own.is_empty()).then(|| group.problems.clone())}>
            <legend>{ &props.legend }</legend>
            <div class="ed-field">
                <label for={kind_ids.input.clone()}>{ "Kind of date" }</label>
                <select id={kind_ids.input.clone()} onchange={on_kind} disabled={after}>
                    if props.optional {
                        <option value={NONE} selected={kind.is_none()}>{ "No date" }</option>
                    }
                    { for DateKind::OFFERED.into_iter().chain(after.then_some(DateKind::After)).map(|k| html! {
                        <option value={k.as_str()} selected={Some(k) == kind}>{ k.label_en() }</option>
                    }) }
                </select>
            </div>
            { match kind {
                None => Html::default(),
                Some(DateKind::Exact) => html! {
                    <TextField label="Day" path={format!("{path}.start")} also={AttrValue::from(format!("{path}.date"))}
                        value={start} on_input={day(DatePart::Start)} input={Input::Day} required=true />
                },
                Some(DateKind::After) => {
                    let (event, days) = match date {
                        Some(EventDate::After { event, days, .. }) => (event.to_string(), days.to_string()),
                        _ => Default::default(),
                    };
                    let set = |field: &'static str| {
                        let path = format!("{path}.{field}");
                        props.on_edit.reform(move |text| Edit::Set(path.clone(), text))
                    };
                    html! {
                        <>
                            <SelectField label="Counted from" path={format!("{path}.event")} value={event}
                                options={props.events.clone()} on_change={set("event")} />
                            <TextField label="Days after its last day" path={format!("{path}.days")} value={days}
                                on_input={set("days")} required=true />
                            <TextField label="Wording readers see" path={format!("{path}.text")} value={text.clone()}
                                on_input={set("text")} required=true hint={AttrValue::from("For example: 90 days after the UN vote.")} />
                        </>
                    }
                }
                _ => html! {
                    <>
                        <TextField label="From" path={format!("{path}.start")} value={start}
                            on_input={day(DatePart::Start)} input={Input::Day} required=true />
                        <TextField label="To" path={format!("{path}.end")} value={end}
                            on_input={day(DatePart::End)} input={Input::Day} required=true />
                    </>
                },
            } }
            if let Some(kind) = kind.filter(|k| *k != DateKind::After) {
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
