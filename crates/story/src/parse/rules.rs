//! The rules of the format that do not involve other items: ids, required texts,
//! date windows, URLs, language tags, and what a claim needs.
//!
//! A claim's speaker and sources are references, so [`Lists::check_claims`] runs
//! after [`super::references`] has dropped the dangling ones: an unknown speaker
//! then counts as a missing one, and the rule is checked (and reported) once.

use std::collections::HashMap;

use super::read::Indexed;
use super::Lists;
use crate::date::EventDate;
use crate::diagnostic::{Diagnostic, Impact};
use crate::ids::check_id;
use crate::model::*;

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Only web links may reach a reader's browser: no `javascript:`, `data:` or relative URLs.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

fn check_url(url: &mut Option<String>, path: &str, diags: &mut Vec<Diagnostic>) {
    if let Some(text) = url.as_deref() {
        if !is_web_url(text) {
            diags.push(
                Diagnostic::new(
                    Impact::Field,
                    path,
                    format!("expected an http:// or https:// URL, got {text:?}"),
                )
                .with_hint(
                    "links must start with https:// (or http://); other schemes are never shown",
                ),
            );
            *url = None;
        }
    }
}

pub(super) fn check_head(mut head: StoryHead, diags: &mut Vec<Diagnostic>) -> Option<StoryHead> {
    let before = diags.len();
    let fatal = |diags: &mut Vec<Diagnostic>, path: &str, message: String| {
        diags.push(Diagnostic::new(Impact::Story, path, message));
    };
    if !(OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&head.version) {
        fatal(
            diags,
            "version",
            format!(
                "this widget reads story format versions {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}, the file says {}",
                head.version
            ),
        );
    }
    if let Err(problem) = check_id(head.id.as_str()) {
        fatal(diags, "id", problem);
    }
    for (field, text) in [
        ("title", &head.title),
        ("summary", &head.summary),
        ("publisher.name", &head.publisher.name),
    ] {
        if is_blank(text) {
            fatal(diags, field, "must not be empty".into());
        }
    }
    if !is_language_tag(&head.language) {
        fatal(
            diags,
            "language",
            format!(
                "expected a BCP 47 language tag such as \"en\" or \"uk\", got {:?}",
                head.language
            ),
        );
    }
    if let Some(updated) = head.updated {
        if updated < head.published {
            fatal(
                diags,
                "updated",
                format!("{updated} is before published {}", head.published),
            );
        }
    }
    check_url(&mut head.publisher.url, "publisher.url", diags);
    check_url(&mut head.canonical_url, "canonical_url", diags);
    let fatal_found = diags[before..].iter().any(|d| d.impact() == Impact::Story);
    (!fatal_found).then_some(head)
}

/// Drops an optional language tag that is not well formed, the way a bad URL is dropped.
fn check_language(tag: &mut Option<String>, path: &str, diags: &mut Vec<Diagnostic>) {
    if let Some(bad) = tag.take_if(|t| !is_language_tag(t)) {
        diags.push(Diagnostic::new(
            Impact::Field,
            path,
            format!("expected a BCP 47 language tag such as \"en\" or \"uk\", got {bad:?}"),
        ));
    }
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Checks a date's window; returns the problem when the end comes before the start.
/// A date counted from another event has no window of its own yet: it is checked
/// where it is allowed ([`super::living`]), and refused elsewhere (`anchored` false).
pub(super) fn date_problem(date: &EventDate, anchored: bool) -> Option<String> {
    if date.anchor().is_some() {
        return (!anchored).then(|| {
            "a date counted from an event (kind \"after\") is only allowed on events and next steps".into()
        });
    }
    (date.end() < date.start())
        .then(|| format!("end {} is before start {}", date.end(), date.start()))
}

/// What every list item has: an id and the texts that must not be empty.
pub(super) trait Item {
    const NOUN: &'static str;
    fn id(&self) -> &str;
    fn required_texts(&self) -> Vec<(&'static str, &str)>;
}

macro_rules! item {
    ($type:ty, $noun:literal, |$it:ident| $texts:expr) => {
        impl Item for $type {
            const NOUN: &'static str = $noun;
            fn id(&self) -> &str {
                self.id.as_str()
            }
            fn required_texts(&self) -> Vec<(&'static str, &str)> {
                let $it = self;
                $texts
            }
        }
    };
}

item!(Party, "party", |p| vec![("name", &p.name)]);
item!(Track, "track", |t| vec![("name", &t.name)]);
item!(Event, "event", |e| vec![
    ("title", &e.title),
    ("summary", &e.summary)
]);
item!(Point, "point", |p| vec![
    ("title", &p.title),
    ("summary", &p.summary)
]);
// A claim's words are checked in `check_claim_words`: either a quote or a statement will do.
item!(Claim, "claim", |_c| Vec::new());
item!(Question, "question", |q| vec![
    ("question", &q.question),
    ("answer", &q.answer)
]);
item!(NextStep, "next step", |s| vec![("title", &s.title)]);
item!(Source, "source", |s| vec![("outlet", &s.outlet)]);

/// Drops items with a malformed or repeated id, or an empty required text.
fn check_items<T: Item>(list: &str, items: &mut Indexed<T>, diags: &mut Vec<Diagnostic>) {
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    items.retain(|(index, item)| {
        let path = format!("{list}[{index}]");
        let mut ok = true;
        if let Err(problem) = check_id(item.id()) {
            diags.push(
                Diagnostic::new(Impact::Item, format!("{path}.id"), problem)
                    .with_hint("ids are 1-64 characters of a-z, A-Z, 0-9, '-' and '_'"),
            );
            ok = false;
        } else if let Some(first) = first_seen.get(item.id()) {
            diags.push(
                Diagnostic::new(
                    Impact::Item,
                    format!("{path}.id"),
                    format!(
                        "duplicate {} id {:?}, first used at {list}[{first}]",
                        T::NOUN,
                        item.id()
                    ),
                )
                .with_hint("ids must be unique within their list; rename one of the two"),
            );
            ok = false;
        }
        for (field, text) in item.required_texts() {
            if is_blank(text) {
                diags.push(
                    Diagnostic::new(Impact::Item, format!("{path}.{field}"), "must not be empty")
                        .with_hint("write the text, or remove the item"),
                );
                ok = false;
            }
        }
        if ok {
            first_seen.insert(item.id().to_string(), *index);
        }
        ok
    });
}

impl Lists {
    /// The rules each item is checked against on its own, before references.
    pub(super) fn check_items(&mut self, diags: &mut Vec<Diagnostic>) {
        check_items("parties", &mut self.parties, diags);
        check_items("tracks", &mut self.tracks, diags);
        check_items("events", &mut self.events, diags);
        check_items("points", &mut self.points, diags);
        check_items("claims", &mut self.claims, diags);
        check_items("questions", &mut self.questions, diags);
        check_items("next_steps", &mut self.next_steps, diags);
        check_items("sources", &mut self.sources, diags);
        self.check_dates(diags);
        self.check_living(diags);
        self.check_claim_words(diags);
        for (index, claim) in &mut self.claims {
            check_language(
                &mut claim.quote_language,
                &format!("claims[{index}].quote_language"),
                diags,
            );
        }
        for (index, source) in &mut self.sources {
            check_url(&mut source.url, &format!("sources[{index}].url"), diags);
        }
    }

    fn check_dates(&mut self, diags: &mut Vec<Diagnostic>) {
        self.events
            .retain(|(index, event)| match date_problem(&event.date, true) {
                Some(problem) => {
                    diags.push(Diagnostic::new(
                        Impact::Item,
                        format!("events[{index}].date"),
                        problem,
                    ));
                    false
                }
                None => true,
            });
        self.next_steps
            .retain(|(index, step)| match date_problem(&step.expected, true) {
                Some(problem) => {
                    diags.push(Diagnostic::new(
                        Impact::Item,
                        format!("next_steps[{index}].expected"),
                        problem,
                    ));
                    false
                }
                None => true,
            });
        for (index, point) in &mut self.points {
            let mut change = 0;
            point.history.retain(|entry| {
                let problem = date_problem(&entry.date, false);
                if let Some(problem) = &problem {
                    diags.push(Diagnostic::new(
                        Impact::Field,
                        format!("points[{index}].history[{change}].date"),
                        problem.clone(),
                    ));
                }
                change += 1;
                problem.is_none()
            });
        }
        for (index, claim) in &mut self.claims {
            if let Some(problem) = claim
                .date
                .as_ref()
                .and_then(|date| date_problem(date, false))
            {
                diags.push(Diagnostic::new(
                    Impact::Field,
                    format!("claims[{index}].date"),
                    problem,
                ));
                claim.date = None;
            }
        }
    }

    /// A claim needs words: a quote or a statement.
    fn check_claim_words(&mut self, diags: &mut Vec<Diagnostic>) {
        self.claims.retain(|(index, claim)| {
            let has_words = [&claim.quote, &claim.statement]
                .into_iter()
                .any(|text| text.as_deref().is_some_and(|t| !is_blank(t)));
            if !has_words {
                diags.push(Diagnostic::new(
                    Impact::Item,
                    format!("claims[{index}]"),
                    "needs a quote or a statement",
                ));
            }
            has_words
        });
    }

    /// A claim needs a source and, when on record, a speaker. Runs after references
    /// are resolved, so a dropped reference counts as missing.
    pub(super) fn check_claims(&mut self, diags: &mut Vec<Diagnostic>) {
        self.claims.retain(|(index, claim)| {
            if claim.attribution.kind == AttributionKind::OnRecord
                && claim.attribution.speaker.is_none()
            {
                diags.push(Diagnostic::new(
                    Impact::Item,
                    format!("claims[{index}].attribution.speaker"),
                    "an on_record claim needs a speaker",
                ));
                return false;
            }
            if claim.attribution.kind == AttributionKind::Document
                && claim.attribution.document.is_none()
            {
                diags.push(
                    Diagnostic::new(
                        Impact::Item,
                        format!("claims[{index}].attribution.document"),
                        "a document claim needs the document: a known source id",
                    )
                    .with_hint("add the document to sources and name it here"),
                );
                return false;
            }
            if claim.sources.is_empty() {
                diags.push(Diagnostic::new(
                    Impact::Item,
                    format!("claims[{index}]"),
                    "a claim needs at least one known source",
                ));
                return false;
            }
            true
        });
    }
}
