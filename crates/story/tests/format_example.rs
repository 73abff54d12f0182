//! The complete example in docs/story-format.md is valid and shows every part of the format.

use std::collections::HashSet;

use talks_tracker_story::{parse, AttributionKind, EventDate, Status};

const EXAMPLE: &str = include_str!("fixtures/format-example.json");
const DOCS: &str = include_str!("../../../docs/story-format.md");

#[test]
fn the_documented_example_is_the_tested_one() {
    assert!(
        DOCS.contains(EXAMPLE.trim()),
        "docs/story-format.md no longer shows tests/fixtures/format-example.json"
    );
}

#[test]
fn the_example_is_valid_and_uses_every_kind() {
    let parsed = parse(EXAMPLE);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    let story = parsed.story.unwrap();

    let statuses: HashSet<Status> = story.points().iter().map(|p| p.status).collect();
    assert_eq!(
        statuses.len(),
        Status::ALL.len(),
        "statuses used: {statuses:?}"
    );

    let kinds: HashSet<AttributionKind> =
        story.claims().iter().map(|c| c.attribution.kind).collect();
    assert_eq!(kinds.len(), 4, "attribution kinds used: {kinds:?}");

    let dates: Vec<&EventDate> = story.events().iter().map(|e| &e.date).collect();
    assert!(dates.iter().any(|d| matches!(d, EventDate::Exact { .. })));
    assert!(dates.iter().any(|d| matches!(d, EventDate::Range { .. })));
    assert!(dates
        .iter()
        .any(|d| matches!(d, EventDate::Approximate { .. })));
    assert!(dates
        .iter()
        .any(|d| matches!(d, EventDate::Expected { .. })));
    assert!(dates.iter().any(|d| matches!(d, EventDate::After { .. })));
    assert!(story.points().iter().any(|p| story.accounts_differ(&p.id)));
}
