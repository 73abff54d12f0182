//! Every story the project ships (static/stories/*.json) reads clean, and the demo
//! story of format version 2 uses every field that version added.

use std::path::PathBuf;

use talks_tracker_story::{
    parse, AttributionKind, EventDate, EventKind, Status, Story, FORMAT_VERSION,
};

fn stories_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../static/stories")
}

fn read(name: &str) -> Story {
    let json = std::fs::read_to_string(stories_dir().join(name)).expect("story file");
    let parsed = parse(&json);
    assert!(
        parsed.diagnostics.is_empty(),
        "{name}: {:#?}",
        parsed.diagnostics
    );
    parsed.story.unwrap()
}

#[test]
fn every_shipped_story_is_clean_and_current() {
    let mut names: Vec<String> = std::fs::read_dir(stories_dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 4, "{names:?}");
    for name in names {
        let story = read(&name);
        assert_eq!(
            story.head().version,
            FORMAT_VERSION,
            "{name}: run talks-tracker migrate"
        );
    }
}

#[test]
fn the_version_2_demo_story_uses_every_field_version_2_added() {
    let story = read("iran-2015.json");
    let events = story.events();
    let claims = story.claims();
    let points = story.points();
    let mut missing = Vec::new();
    let mut need = |what: &str, found: bool| {
        if !found {
            missing.push(what.to_string());
        }
    };
    need("added stamps", events.iter().any(|e| e.added.is_some()));
    need("updated stamps", points.iter().any(|p| p.updated.is_some()));
    need(
        "stamps on parties",
        story
            .parties()
            .iter()
            .any(|p| p.added.is_some() || p.updated.is_some()),
    );
    need("stamps on claims", claims.iter().any(|c| c.added.is_some()));
    need(
        "stamps on sources",
        story.sources().iter().any(|s| s.added.is_some()),
    );
    need(
        "stamps on questions",
        story
            .questions()
            .iter()
            .any(|q| q.added.is_some() || q.updated.is_some()),
    );
    need(
        "stamps on next steps",
        story
            .next_steps()
            .iter()
            .any(|s| s.added.is_some() || s.updated.is_some()),
    );
    need(
        "stamps on tracks",
        story.tracks().iter().any(|t| t.added.is_some()),
    );
    need(
        "an update",
        story
            .updates()
            .iter()
            .any(|u| u.kind == talks_tracker_story::UpdateKind::Update),
    );
    need(
        "a correction",
        story
            .updates()
            .iter()
            .any(|u| u.kind == talks_tracker_story::UpdateKind::Correction),
    );
    need("an update touching each list", {
        let u = story.updates();
        u.iter().any(|u| !u.events.is_empty())
            && u.iter().any(|u| !u.points.is_empty())
            && u.iter().any(|u| !u.claims.is_empty())
            && u.iter().any(|u| !u.parties.is_empty())
    });
    need(
        "a settled dispute",
        claims
            .iter()
            .any(|c| c.resolved.as_ref().is_some_and(|r| r.event.is_some())),
    );
    need(
        "dated, sourced positions",
        points
            .iter()
            .flat_map(|p| &p.positions)
            .any(|p| p.date.is_some() && !p.sources.is_empty()),
    );
    need(
        "earlier positions",
        points
            .iter()
            .flat_map(|p| &p.positions)
            .any(|p| !p.history.is_empty()),
    );
    need(
        "interpretation_disputed",
        points
            .iter()
            .any(|p| p.status == Status::InterpretationDisputed),
    );
    need(
        "a missed deadline",
        events.iter().any(|e| {
            e.kind == EventKind::Deadline
                && e.outcome == Some(talks_tracker_story::DeadlineOutcome::Missed)
        }),
    );
    need(
        "a met deadline",
        events.iter().any(|e| {
            e.kind == EventKind::Deadline
                && e.outcome == Some(talks_tracker_story::DeadlineOutcome::Met)
        }),
    );
    need(
        "an extended deadline",
        events.iter().any(|e| e.extended_to.is_some()),
    );
    need(
        "an event dated after another",
        events
            .iter()
            .any(|e| matches!(e.date, EventDate::After { .. })),
    );
    need(
        "an after date counted from a past event",
        events
            .iter()
            .any(|e| e.date.after_window().is_some_and(|w| w.anchored)),
    );
    need(
        "a next step dated after an event",
        story
            .next_steps()
            .iter()
            .any(|s| s.expected.anchor().is_some()),
    );
    need(
        "party roles",
        story
            .parties()
            .iter()
            .filter(|p| !p.roles.is_empty())
            .count()
            >= 3,
    );
    need(
        "a document claim",
        claims
            .iter()
            .any(|c| c.attribution.kind == AttributionKind::Document),
    );
    need(
        "a point on two tracks",
        points.iter().any(|p| p.tracks.len() >= 2),
    );
    need(
        "history naming its event",
        points
            .iter()
            .flat_map(|p| &p.history)
            .any(|h| h.event.is_some()),
    );
    need(
        "history naming its claims",
        points
            .iter()
            .flat_map(|p| &p.history)
            .any(|h| !h.claims.is_empty()),
    );
    need(
        "history with until",
        points
            .iter()
            .flat_map(|p| &p.history)
            .any(|h| h.until.is_some()),
    );
    need("claim media", claims.iter().any(|c| c.medium.is_some()));
    assert!(
        missing.is_empty(),
        "iran-2015.json does not use: {missing:?}"
    );
}
