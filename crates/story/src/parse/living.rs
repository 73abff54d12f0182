//! The rules of format version 2, the living story: stamps, the update log,
//! deadlines, dates counted from another event, documents and settled disputes.
//!
//! [`Lists::check_living`] runs with the other item rules, before references are
//! resolved; [`Lists::check_living_references`] after, so a dropped reference
//! counts as missing. [`settle`] works out what the file leaves implicit once the
//! story is whole: every point's tracks in one list, and the windows of dates
//! counted from another event.

use std::collections::HashMap;

use super::read::Indexed;
use super::rules::date_problem;
use super::Lists;
use crate::date::EventDate;
use crate::diagnostic::{Diagnostic, Impact};
use crate::model::*;

/// Drops an `updated` stamp earlier than `added` (a typo would otherwise hide the item's change).
fn check_stamps<T: Stamped>(list: &str, items: &mut Indexed<T>, diags: &mut Vec<Diagnostic>) {
    for (index, item) in items.iter_mut() {
        if let (Some(added), Some(updated)) = (item.added(), item.updated()) {
            if updated < added {
                diags.push(
                    Diagnostic::new(
                        Impact::Field,
                        format!("{list}[{index}].updated"),
                        format!("{updated} is before added {added}"),
                    )
                    .with_hint("an item is updated after it is added; fix either time"),
                );
                item.clear_updated();
            }
        }
    }
}

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

impl Lists {
    /// The version 2 rules each item is checked against on its own.
    pub(super) fn check_living(&mut self, diags: &mut Vec<Diagnostic>) {
        check_stamps("parties", &mut self.parties, diags);
        check_stamps("tracks", &mut self.tracks, diags);
        check_stamps("events", &mut self.events, diags);
        check_stamps("points", &mut self.points, diags);
        check_stamps("claims", &mut self.claims, diags);
        check_stamps("questions", &mut self.questions, diags);
        check_stamps("next_steps", &mut self.next_steps, diags);
        check_stamps("sources", &mut self.sources, diags);
        self.updates.retain(|(index, update)| {
            let ok = !is_blank(&update.text);
            if !ok {
                diags.push(
                    Diagnostic::new(
                        Impact::Item,
                        format!("updates[{index}].text"),
                        "must not be empty",
                    )
                    .with_hint("say what changed, or remove the update"),
                );
            }
            ok
        });
        for (index, event) in &mut self.events {
            if event.kind == EventKind::Deadline {
                continue;
            }
            for (field, set) in [
                ("outcome", event.outcome.take().is_some()),
                ("extended_to", event.extended_to.take().is_some()),
            ] {
                if set {
                    diags.push(
                        Diagnostic::new(
                            Impact::Field,
                            format!("events[{index}].{field}"),
                            "only a deadline has this field",
                        )
                        .with_hint("add \"kind\": \"deadline\" to the event, or remove the field"),
                    );
                }
            }
        }
        self.check_positions(diags);
        self.check_anchors(diags);
    }

    /// Position dates and earlier stances: a bad date is dropped with its entry's problem.
    fn check_positions(&mut self, diags: &mut Vec<Diagnostic>) {
        for (index, point) in &mut self.points {
            for (p, position) in point.positions.iter_mut().enumerate() {
                let at = format!("points[{index}].positions[{p}]");
                if let Some(problem) = position.date.as_ref().and_then(|d| date_problem(d, false)) {
                    diags.push(Diagnostic::new(
                        Impact::Field,
                        format!("{at}.date"),
                        problem,
                    ));
                    position.date = None;
                }
                let mut entry = 0;
                position.history.retain(|earlier| {
                    let path = format!("{at}.history[{entry}]");
                    entry += 1;
                    let problem = if is_blank(&earlier.stance) {
                        Some(("stance", "must not be empty".to_string()))
                    } else {
                        date_problem(&earlier.date, false).map(|p| ("date", p))
                    };
                    if let Some((field, problem)) = &problem {
                        diags.push(Diagnostic::new(
                            Impact::Field,
                            format!("{path}.{field}"),
                            problem.clone(),
                        ));
                    }
                    problem.is_none()
                });
            }
        }
    }

    /// A date counted from another event needs that event, and a chain of such
    /// dates must end at an event with a date of its own. Events and next steps
    /// that fail either are skipped: they have no date to show.
    fn check_anchors(&mut self, diags: &mut Vec<Diagnostic>) {
        let anchors: HashMap<String, Option<String>> = self
            .events
            .iter()
            .map(|(_, e)| {
                (
                    e.id.as_str().to_string(),
                    e.date.anchor().map(|a| a.as_str().to_string()),
                )
            })
            .collect();
        // Follows the chain from `anchor`; the problem, if it never reaches a real date.
        let problem = |anchor: &str| -> Option<String> {
            let mut at = anchor.to_string();
            for _ in 0..=anchors.len() {
                match anchors.get(&at) {
                    None if at == anchor => return Some(format!("no event has the id {at:?}")),
                    None => return Some(format!("it counts from {anchor:?}, which counts from {at:?}, and no event has that id")),
                    Some(None) => return None,
                    Some(Some(next)) => at = next.clone(),
                }
            }
            Some(format!(
                "it counts from {anchor:?}, whose date counts back to itself; one event in the chain needs a date of its own"
            ))
        };
        let hint = "a date of kind \"after\" counts from an event with a date of its own";
        self.events.retain(|(index, event)| {
            let Some(found) = event.date.anchor().and_then(|a| problem(a.as_str())) else {
                return true;
            };
            diags.push(
                Diagnostic::new(Impact::Item, format!("events[{index}].date.event"), found)
                    .with_hint(hint),
            );
            false
        });
        let known: HashMap<&str, ()> = self
            .events
            .iter()
            .map(|(_, e)| (e.id.as_str(), ()))
            .collect();
        self.next_steps.retain(|(index, step)| {
            let Some(anchor) = step.expected.anchor() else {
                return true;
            };
            let found = match problem(anchor.as_str()) {
                // The chain may be sound but run through an event skipped just above.
                None if !known.contains_key(anchor.as_str()) => Some(format!(
                    "the event {:?} it counts from was skipped",
                    anchor.as_str()
                )),
                found => found,
            };
            let Some(found) = found else {
                return true;
            };
            diags.push(
                Diagnostic::new(
                    Impact::Item,
                    format!("next_steps[{index}].expected.event"),
                    found,
                )
                .with_hint(hint),
            );
            false
        });
    }

    /// The version 2 rules that need references resolved.
    pub(super) fn check_living_references(&mut self, diags: &mut Vec<Diagnostic>) {
        let deadlines: HashMap<String, (EventKind, EventDate)> = self
            .events
            .iter()
            .map(|(_, e)| (e.id.as_str().to_string(), (e.kind, e.date.clone())))
            .collect();
        for (index, event) in &mut self.events {
            let Some(later) = event.extended_to.as_ref() else {
                continue;
            };
            let problem = match deadlines.get(later.as_str()) {
                Some((EventKind::Deadline, date)) if date.start() > event.date.end() => None,
                Some((EventKind::Deadline, _)) => {
                    Some("the deadline it was extended to is not later")
                }
                _ => Some("a deadline is extended to another deadline, not to an event"),
            };
            if let Some(problem) = problem {
                diags.push(
                    Diagnostic::new(
                        Impact::Field,
                        format!("events[{index}].extended_to"),
                        problem,
                    )
                    .with_hint("name the later event with \"kind\": \"deadline\""),
                );
                event.extended_to = None;
            }
        }
        for (index, claim) in &mut self.claims {
            if claim.resolved.is_some() && claim.contradicts.is_empty() {
                diags.push(
                    Diagnostic::new(
                        Impact::Field,
                        format!("claims[{index}].resolved"),
                        "settles nothing: the claim contradicts no known claim",
                    )
                    .with_hint("list the claims it contradicted in \"contradicts\""),
                );
                claim.resolved = None;
            }
            if claim.attribution.kind != AttributionKind::Document
                && claim.attribution.document.take().is_some()
            {
                diags.push(
                    Diagnostic::new(
                        Impact::Field,
                        format!("claims[{index}].attribution.document"),
                        "only a claim of kind \"document\" names a document",
                    )
                    .with_hint("set \"kind\": \"document\", or remove the field"),
                );
            }
        }
    }
}

/// What the file leaves implicit, worked out once the story is whole: each point's
/// tracks in `tracks` (a version 1 `track` first), and the window of every date
/// counted from another event. Anchors were checked, so every chain ends.
pub(super) fn settle(file: &mut StoryFile) {
    for point in &mut file.points {
        if let Some(track) = point.track.take() {
            if !point.tracks.contains(&track) {
                point.tracks.insert(0, track);
            }
        }
    }
    let index: HashMap<String, usize> = file
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str().to_string(), i))
        .collect();
    let resolved = |date: &EventDate| date.anchor().is_none() || date.after_window().is_some();
    // Each pass settles the dates whose anchor is settled; a chain of n dates takes n passes.
    loop {
        let mut progress = false;
        for i in 0..file.events.len() {
            let Some(anchor) = file.events[i].date.anchor() else {
                continue;
            };
            if resolved(&file.events[i].date) {
                continue;
            }
            let anchor_date = file.events[index[anchor.as_str()]].date.clone();
            if resolved(&anchor_date) {
                file.events[i].date.resolve_after(&anchor_date);
                progress = true;
            }
        }
        if !progress {
            break;
        }
    }
    for step in &mut file.next_steps {
        if let Some(anchor) = step.expected.anchor() {
            let anchor_date = file.events[index[anchor.as_str()]].date.clone();
            step.expected.resolve_after(&anchor_date);
        }
    }
}
