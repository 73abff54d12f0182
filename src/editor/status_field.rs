//! A point's status. Choosing a new one asks for the day it changed and what the
//! earlier status was based on, then keeps the earlier status in the point's
//! history (`Edit::Status`), with an optional note for the update log in the same step.

use story::{Status, UpdateKind};
use story_edit::{Edit, FieldIds, StatusUpdate};
use yew::prelude::*;

use super::browser;

/// The statuses, as (status, label), in the order the cards group them.
pub const STATUSES: [(Status, &str); 8] = [
    (Status::Agreed, "Agreed"),
    (Status::LargelyAgreed, "Largely agreed"),
    (Status::Disputed, "Disputed"),
    (
        Status::InterpretationDisputed,
        "Agreed, but read differently",
    ),
    (Status::NotAgreed, "Not agreed"),
    (Status::Dropped, "Dropped"),
    (Status::InProgress, "In progress"),
    (Status::NotStarted, "Not started"),
];

fn label(status: Status) -> &'static str {
    STATUSES
        .iter()
        .find(|(s, _)| *s == status)
        .map_or("", |(_, l)| l)
}

/// Props of [`StatusField`].
#[derive(Properties, PartialEq, Clone)]
pub struct StatusFieldProps {
    /// The point's index.
    pub point: usize,
    /// Its status now.
    pub status: Status,
    /// Receives the change.
    pub on_edit: Callback<Edit>,
}

/// The status choice, and the change's questions once a new status is chosen.
#[component]
pub fn StatusField(props: &StatusFieldProps) -> Html {
    let ids = FieldIds::of(&format!("points[{}].status", props.point));
    let base = ids.input.clone();
    let chosen = use_state(|| None::<Status>);
    let day = use_state(|| browser::now().day().to_string());
    let note = use_state(String::new);
    let log = use_state(String::new);
    let correction = use_state(|| false);
    {
        // Back to the story's status when the change is cancelled, undone or made.
        let id = base.clone();
        let shown = (*chosen).unwrap_or(props.status);
        use_effect_with(shown, move |shown| browser::set_value(&id, shown.as_str()));
    }
    let on_status = {
        let (chosen, current) = (chosen.clone(), props.status);
        Callback::from(move |event: Event| {
            let value = browser::input_value(&event);
            let status = STATUSES
                .iter()
                .map(|(s, _)| *s)
                .find(|s| s.as_str() == value);
            chosen.set(status.filter(|s| *s != current));
        })
    };
    let text = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |event: InputEvent| state.set(browser::input_value(&event)))
    };
    let on_kind = {
        let correction = correction.clone();
        Callback::from(move |event: Event| {
            correction.set(browser::input_value(&event) == "correction")
        })
    };
    let valid_day = story::Day::parse(&day).ok();
    let on_confirm = {
        let (chosen, note, log, correction) = (
            chosen.clone(),
            note.clone(),
            log.clone(),
            correction.clone(),
        );
        let (point, on_edit) = (props.point, props.on_edit.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(status), Some(day)) = (*chosen, valid_day) else {
                return;
            };
            let kind = if *correction {
                UpdateKind::Correction
            } else {
                UpdateKind::Update
            };
            on_edit.emit(Edit::Status(StatusUpdate {
                point,
                status,
                day,
                note: (*note).clone(),
                time: browser::now(),
                log: (!log.trim().is_empty()).then(|| (kind, (*log).clone())),
            }));
            chosen.set(None);
            note.set(String::new());
            log.set(String::new());
        })
    };
    let on_cancel = {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| chosen.set(None))
    };
    let ready = valid_day.is_some() && !note.trim().is_empty();
    html! {
        <div class="ed-status-field">
            <div class="ed-field">
                <label for={base.clone()}>{ "Status" }</label>
                <select id={base.clone()} onchange={on_status}>
                    { for STATUSES.iter().map(|(s, l)| html! {
                        <option value={s.as_str()} selected={*s == (*chosen).unwrap_or(props.status)}>{ *l }</option>
                    }) }
                </select>
            </div>
            if let Some(status) = *chosen {
                <fieldset class="ed-change" id={format!("{base}-change")}>
                    <legend>{ format!("Change from {} to {}", label(props.status), label(status)) }</legend>
                    <p class="ed-hint">{ "The earlier status is kept in the point's history, so readers see how it moved." }</p>
                    <div class="ed-field">
                        <label for={format!("{base}-day")}>{ "Day it changed" }</label>
                        <input id={format!("{base}-day")} type="date" value={(*day).clone()}
                            oninput={text(&day)} aria-invalid={valid_day.is_none().then_some("true")} />
                    </div>
                    <div class="ed-field">
                        <label for={format!("{base}-note")}>{ "What the earlier status was based on, or why it changed" }</label>
                        <textarea id={format!("{base}-note")} rows="2" value={(*note).clone()} oninput={text(&note)} />
                    </div>
                    <div class="ed-field">
                        <label for={format!("{base}-log-kind")}>{ "Kind of note for readers" }</label>
                        <select id={format!("{base}-log-kind")} onchange={on_kind}>
                            <option value="update" selected={!*correction}>{ "Update" }</option>
                            <option value="correction" selected={*correction}>{ "Correction" }</option>
                        </select>
                    </div>
                    <div class="ed-field">
                        <label for={format!("{base}-log")}>{ "Note for the update log (optional)" }</label>
                        <textarea id={format!("{base}-log")} rows="2" value={(*log).clone()} oninput={text(&log)} />
                    </div>
                    <div class="ed-actions">
                        <button type="button" onclick={on_confirm} disabled={!ready}>{ "Change status" }</button>
                        <button type="button" onclick={on_cancel}>{ "Cancel" }</button>
                    </div>
                </fieldset>
            }
        </div>
    }
}
