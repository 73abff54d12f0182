//! Property-based fuzzing of the parser, the validation and the TimelineJS importer:
//! no input may panic, and whatever story comes out must hold the model's promises
//! (every reference resolves, ids are unique, date windows are ordered). On every
//! input, the reader's lean reader (`parse_lean`) must agree with the editors' full
//! parser (`parse`): the same story, the same items skipped, the same problems.
//!
//! `make test` runs a short bounded run; `make fuzz` sets PROPTEST_CASES high.
//! Inputs that once failed are kept in tests/fuzz.proptest-regressions.

use std::collections::HashSet;

#[path = "support/index_check.rs"]
mod index_check;

use proptest::prelude::*;
use serde_json::{Map, Value};
use talks_tracker_story::import::{html_to_text, import_timelinejs};
use talks_tracker_story::references::Target;
use talks_tracker_story::{parse, parse_lean, Diagnostic, Filter, Story};

const SEED: &str = include_str!("../../../static/stories/paris-talks.json");
/// A small story using every field format version 2 added.
const LIVING: &str = include_str!("fixtures/living.json");

const KEYS: &[&str] = &[
    "id",
    "title",
    "summary",
    "date",
    "kind",
    "start",
    "end",
    "text",
    "events",
    "points",
    "claims",
    "parties",
    "party",
    "members",
    "status",
    "sources",
    "url",
    "attribution",
    "speaker",
    "contradicts",
    "history",
    "expected",
    "headline",
    "start_date",
    "year",
    "month",
    "day",
    "media",
    "credit",
    "group",
    "version",
    // Format version 2.
    "added",
    "updated",
    "updates",
    "tracks",
    "positions",
    "roles",
    "outcome",
    "extended_to",
    "days",
    "event",
    "until",
    "resolved",
    "document",
    "medium",
];

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        prop_oneof![
            "[a-z0-9 _-]{0,12}",
            // Values format version 2 gives meaning to.
            prop::sample::select(vec![
                "after",
                "deadline",
                "missed",
                "met",
                "document",
                "correction",
                "update",
                "interpretation_disputed",
                "mediator",
                "social_media",
                "vote",
                "relief",
                "deadline-2",
                "adoption",
                "2015-07-14T12:00:00Z",
            ])
            .prop_map(String::from),
            Just("2026-02-30".to_string()),
            Just("2026-01-06".to_string()),
            Just("javascript:alert(1)".to_string()),
            Just("<script>x</script>&amp;&#0;".to_string()),
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|pairs| {
                Value::Object(
                    pairs
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// Replaces the value at a pseudo-random path of `at` (chosen by `steps`) with `new`.
fn mutate(at: &mut Value, steps: &[usize], new: Value) {
    match (steps.split_first(), at) {
        (Some((step, rest)), Value::Array(items)) if !items.is_empty() => {
            let len = items.len();
            mutate(&mut items[step % len], rest, new);
        }
        (Some((step, rest)), Value::Object(fields)) if !fields.is_empty() => {
            let len = fields.len();
            mutate(
                fields.values_mut().nth(step % len).expect("in range"),
                rest,
                new,
            );
        }
        (_, at) => *at = new,
    }
}

/// What a parsed story promises the widget.
fn check_invariants(story: &Story) {
    let ids = |list: Vec<&str>| -> HashSet<String> {
        let set: HashSet<String> = list.iter().map(|s| s.to_string()).collect();
        assert_eq!(set.len(), list.len(), "duplicate ids survived");
        set
    };
    let known = |target: Target| -> HashSet<String> {
        match target {
            Target::Party => ids(story.parties().iter().map(|x| x.id.as_str()).collect()),
            Target::Track => ids(story.tracks().iter().map(|x| x.id.as_str()).collect()),
            Target::Event => ids(story.events().iter().map(|x| x.id.as_str()).collect()),
            Target::Point => ids(story.points().iter().map(|x| x.id.as_str()).collect()),
            Target::Claim => ids(story.claims().iter().map(|x| x.id.as_str()).collect()),
            Target::Source => ids(story.sources().iter().map(|x| x.id.as_str()).collect()),
        }
    };
    let known: Vec<(Target, HashSet<String>)> =
        Target::ALL.iter().map(|&t| (t, known(t))).collect();
    // Every reference resolves: the same list of reference fields the parser uses.
    story.to_file().references(&mut |at, field| {
        let (_, set) = known.iter().find(|(t, _)| *t == field.target).unwrap();
        for id in field.ids() {
            assert!(
                set.contains(id),
                "{} -> {id:?} dangles",
                field.path(at, None)
            );
        }
    });
    for event in story.events() {
        assert!(event.date.start() <= event.date.end());
        // A date counted from an event is worked out, and that event is in the story.
        if let Some(anchor) = event.date.anchor() {
            assert!(
                event.date.after_window().is_some(),
                "{} has no window",
                event.id
            );
            assert!(story.event(anchor).is_some());
        }
        if let Some(later) = &event.extended_to {
            let later = story.event(later).unwrap();
            assert_eq!(later.kind, talks_tracker_story::EventKind::Deadline);
            assert!(later.date.start() > event.date.end());
        }
    }
    for step in story.next_steps() {
        assert!(step.expected.anchor().is_none() || step.expected.after_window().is_some());
    }
    for point in story.points() {
        assert!(point.track.is_none(), "tracks are gathered in `tracks`");
    }
    for item in story.updates() {
        assert!(!item.text.trim().is_empty());
    }
    for claim in story.claims() {
        assert!(!claim.sources.is_empty());
        assert!(claim.resolved.is_none() || !claim.contradicts.is_empty());
        if claim.attribution.kind == talks_tracker_story::AttributionKind::Document {
            assert!(claim.attribution.document.is_some());
        }
    }
    for source in story.sources() {
        assert!(source
            .url
            .as_deref()
            .is_none_or(talks_tracker_story::is_web_url));
    }
    index_check::index_agrees_with_scans(story);
    // The widget's derived views must work on anything that parsed.
    let _ = story.events_by_date();
    let _ = talks_tracker_story::timeline::Axis::new(
        &story.events().iter().collect::<Vec<_>>(),
        story.as_of().day(),
    );
    let _ = (story.standings(), story.next_steps_by_date());
    // Each filter choice counts what its filter shows on its own.
    let shown = |filter: &Filter| {
        let points = story
            .points()
            .iter()
            .filter(|p| story.point_matches(p, filter));
        (story.visible_events(filter).len(), points.count())
    };
    for option in story.party_options() {
        let mut filter = Filter::default();
        filter.toggle_party(option.item.id.clone());
        assert_eq!((option.events, option.points), shown(&filter));
    }
    for option in story.track_options() {
        let mut filter = Filter::default();
        filter.toggle_track(option.item.id.clone());
        assert_eq!((option.events, option.points), shown(&filter));
    }
}

/// The lean reader (the reader's bundle) and the full parser (the editor, the CLI)
/// read `json` into the same story, skipping the same items, and report the same
/// problems: all but unknown fields, which only the full parser reports, each with the
/// same impact and at the same place or within it (`events[3]` for `events[3].date.start`).
fn lean_agrees_with_full(json: &str) -> Result<(), TestCaseError> {
    let full = parse(json);
    let lean = parse_lean(json);
    prop_assert_eq!(
        full.story.as_ref().map(Story::to_file),
        lean.story.as_ref().map(Story::to_file)
    );
    let unknown_field = |d: &&Diagnostic| d.message() == "unknown field; check its spelling";
    let full_problems: Vec<&Diagnostic> = full
        .diagnostics
        .iter()
        .filter(|d| !unknown_field(d))
        .collect();
    prop_assert_eq!(
        full_problems.len(),
        lean.diagnostics.len(),
        "{:?}\n{:?}",
        full_problems,
        lean.diagnostics
    );
    for (full, lean) in full_problems.iter().zip(&lean.diagnostics) {
        prop_assert_eq!(full.impact(), lean.impact());
        let within = full.path() == lean.path()
            || lean.path() == "story"
            || full
                .path()
                .strip_prefix(lean.path())
                .is_some_and(|rest| rest.starts_with(['.', '[']));
        prop_assert!(within, "{} is not within {}", full.path(), lean.path());
        prop_assert!(lean.hint().is_none() || lean.hint() == full.hint());
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_text_parses_without_panic(text in ".{0,400}") {
        lean_agrees_with_full(&text)?;
        let parsed = parse(&text);
        prop_assert!(parsed.story.is_some() || !parsed.diagnostics.is_empty());
    }

    #[test]
    fn any_json_parses_without_panic(value in json_value()) {
        lean_agrees_with_full(&value.to_string())?;
        let parsed = parse(&value.to_string());
        if let Some(story) = &parsed.story {
            check_invariants(story);
        }
    }

    #[test]
    fn a_mutated_seed_story_keeps_the_model_promises(
        edits in prop::collection::vec((prop::collection::vec(any::<usize>(), 1..6), json_value()), 1..4)
    ) {
        let mut value: Value = serde_json::from_str(SEED).unwrap();
        for (steps, new) in edits {
            mutate(&mut value, &steps, new);
        }
        lean_agrees_with_full(&value.to_string())?;
        let parsed = parse(&value.to_string());
        for d in &parsed.diagnostics {
            prop_assert!(!d.path().is_empty() && !d.message().is_empty());
        }
        if let Some(story) = &parsed.story {
            check_invariants(story);
        }
    }

    #[test]
    fn a_mutated_version_2_story_keeps_the_model_promises(
        edits in prop::collection::vec((prop::collection::vec(any::<usize>(), 1..7), json_value()), 1..4)
    ) {
        let mut value: Value = serde_json::from_str(LIVING).unwrap();
        for (steps, new) in edits {
            mutate(&mut value, &steps, new);
        }
        lean_agrees_with_full(&value.to_string())?;
        let parsed = parse(&value.to_string());
        for d in &parsed.diagnostics {
            prop_assert!(!d.path().is_empty() && !d.message().is_empty());
        }
        if let Some(story) = &parsed.story {
            check_invariants(story);
        }
    }

    #[test]
    fn the_importer_never_panics_and_makes_valid_heads(value in json_value(), events in prop::collection::vec(json_value(), 0..5)) {
        let mut root = value;
        if let Value::Object(fields) = &mut root {
            fields.insert("events".into(), Value::Array(events));
        }
        if let Ok(import) = import_timelinejs(&root.to_string()) {
            let json = serde_json::to_string(&import.story).unwrap();
            let parsed = parse(&json);
            prop_assert!(parsed.story.is_some(), "imported story unusable: {:?}", parsed.diagnostics);
            check_invariants(parsed.story.as_ref().unwrap());
        }
    }

    #[test]
    fn html_to_text_never_panics_or_keeps_tags(html in "(<[a-zA-Z/][^>]{0,10}>|&[a-z#0-9]{0,6};?|[^<&]{0,8}){0,30}") {
        let text = html_to_text(&html);
        prop_assert!(!text.contains("<script"), "{text:?}");
    }
}
