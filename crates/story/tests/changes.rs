//! "New since your last visit": what a returning reader is shown as new or updated,
//! judged by the stamps of the story they saw.

use serde_json::{json, Value};
use talks_tracker_story::{
    parse, Change, Changes, ClaimId, EventId, Locale, PointId, QuestionId, Status, StepId, Story,
    Timestamp, Visit,
};

fn fixture() -> Value {
    let text = include_str!("fixtures/living.json");
    serde_json::from_str(text).unwrap()
}

fn story(value: &Value) -> Story {
    let parsed = parse(&value.to_string());
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    parsed.story.unwrap()
}

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

fn visit(visited: &str, seen: &str) -> Visit {
    Visit {
        visited: at(visited),
        seen: at(seen),
    }
}

#[test]
fn a_visit_is_stored_as_two_timestamps_and_read_back() {
    let v = visit("2026-01-03T08:30:00Z", "2026-01-02T21:00:00+02:00");
    assert_eq!(Visit::from_stored(&v.to_stored()), Some(v));
    // Whatever else is in storage (older formats, tampering) is no visit, not a panic.
    for junk in [
        "",
        "yesterday",
        "2026-01-03T08:30:00Z",
        "a b",
        "2026-01-03 08:30",
    ] {
        assert_eq!(Visit::from_stored(junk), None, "{junk:?}");
    }
}

#[test]
fn no_visit_marks_nothing() {
    let changes = Changes::none();
    let story = story(&fixture());
    assert!(changes.is_empty());
    assert_eq!(changes.summary(&story, Locale::En), None);
    assert_eq!(changes.event(&EventId::new("deal")), None);
}

#[test]
fn a_visit_after_every_stamp_sees_nothing_new() {
    let story = story(&fixture());
    let seen = story.latest_stamp();
    // The newest stamp in the fixture is the story's own `updated`, after the correction.
    assert_eq!(seen, at("2015-07-20T18:00:00Z"));
    let changes = Changes::since(
        &story,
        visit("2015-07-21T10:00:00Z", "2015-07-20T18:00:00Z"),
    );
    assert!(changes.is_empty());
    assert_eq!(
        changes.summary(&story, Locale::En).unwrap(),
        "Nothing new since your last visit on 21 July 2015"
    );
}

#[test]
fn the_fixture_seen_on_1_july_has_one_new_event_a_status_change_and_a_correction() {
    let story = story(&fixture());
    let changes = Changes::since(
        &story,
        visit("2015-07-01T10:00:00Z", "2015-07-01T00:00:00Z"),
    );
    // "deal" was added on 14 July; the other events since publication in March.
    assert_eq!(changes.event(&EventId::new("deal")), Some(Change::New));
    for other in ["deadline-1", "deadline-2", "vote", "adoption", "verified"] {
        assert_eq!(changes.event(&EventId::new(other)), None, "{other}");
    }
    // "relief" was disputed until 14 July and is now "interpretation disputed".
    assert_eq!(
        changes.point(&PointId::new("relief")),
        Some(Change::Updated)
    );
    let moves = changes.status_moves();
    assert_eq!(moves.len(), 1);
    assert_eq!(
        (moves[0].from, moves[0].to),
        (Status::Disputed, Status::InterpretationDisputed)
    );
    let tally = changes.tally(&story);
    assert_eq!(
        (
            tally.new_events,
            tally.status_changes,
            tally.updated_points,
            tally.corrections
        ),
        (1, 1, 0, 1)
    );
    // Both log entries are newer than the visit, the correction (15 July) first.
    let updates: Vec<usize> = changes.updates(&story).map(|(i, _)| i).collect();
    assert_eq!(updates, [1, 0]);
    assert_eq!(
        changes.summary(&story, Locale::En).unwrap(),
        "Since your last visit on 1 July 2015: 1 new event, \
         1 point changed status (Disputed → Agreed, read differently), 1 correction"
    );
    let uk = changes.summary(&story, Locale::Uk).unwrap();
    assert!(
        uk.starts_with("Після вашого останнього відвідування 1 липня 2015"),
        "{uk}"
    );
    assert!(
        uk.contains("1 нова подія") && uk.contains("1 виправлення"),
        "{uk}"
    );
}

/// A producer's day: the reader saw the story, then the desk added an event and a
/// claim, changed a question and a next step, and logged an update.
#[test]
fn after_a_story_change_exactly_the_changed_items_are_marked() {
    let before = fixture();
    let seen = story(&before).latest_stamp();
    let mut after = before.clone();
    let later = "2015-07-21T09:00:00Z";
    after["events"].as_array_mut().unwrap().push(json!({
        "id": "council", "title": "Majlis debate", "summary": "Debate opens.",
        "added": later, "date": {"kind": "exact", "date": "2015-07-21"}
    }));
    after["events"][3]["updated"] = json!(later); // "vote"
    after["claims"][1]["updated"] = json!(later); // "kerry-says"
    after["claims"].as_array_mut().unwrap().push(json!({
        "id": "iaea-says", "added": later,
        "attribution": {"kind": "on_record", "speaker": "iaea"},
        "statement": "Ready to verify.", "sources": ["wire"], "points": ["relief"]
    }));
    after["questions"] = json!([{
        "id": "when", "question": "When do sanctions lift?", "answer": "After verification.",
        "added": "2015-04-02T20:00:00Z", "updated": later
    }]);
    after["next_steps"][0]["updated"] = json!(later);
    after["updates"].as_array_mut().unwrap().push(json!({
        "time": later, "kind": "update", "text": "Debate in Tehran.", "events": ["council"]
    }));
    let story = story(&after);
    let changes = Changes::since(
        &story,
        Visit {
            visited: at("2015-07-21T10:00:00Z"),
            seen,
        },
    );
    let marked_events: Vec<(&str, Change)> = story
        .events()
        .iter()
        .filter_map(|e| Some((e.id.as_str(), changes.event(&e.id)?)))
        .collect();
    assert_eq!(
        marked_events,
        [("vote", Change::Updated), ("council", Change::New)]
    );
    assert_eq!(changes.point(&PointId::new("relief")), None);
    assert_eq!(
        changes.claim(&ClaimId::new("kerry-says")),
        Some(Change::Updated)
    );
    assert_eq!(changes.claim(&ClaimId::new("iaea-says")), Some(Change::New));
    assert_eq!(changes.claim(&ClaimId::new("sheet-says")), None);
    assert_eq!(
        changes.question(&QuestionId::new("when")),
        Some(Change::Updated)
    );
    assert_eq!(changes.next_step(&StepId::new("n1")), Some(Change::Updated));
    assert!(changes.update_is_new(2) && !changes.update_is_new(0) && !changes.update_is_new(1));
    assert_eq!(
        changes.summary(&story, Locale::En).unwrap(),
        "Since your last visit on 21 July 2015: 1 new event, 1 event updated, \
         1 new statement, 1 statement updated, 1 key question updated, 1 next step updated"
    );
    // Once the reader has seen this version, nothing is new any more.
    let again = Changes::since(&story, visit(later, &story.latest_stamp().to_string()));
    assert!(again.is_empty());
}

#[test]
fn a_story_published_after_the_stamp_seen_is_new_throughout() {
    let story = story(&fixture());
    let changes = Changes::since(
        &story,
        visit("2015-03-01T00:00:00Z", "2015-03-01T00:00:00Z"),
    );
    let tally = changes.tally(&story);
    assert_eq!(tally.new_events, story.events().len());
    assert_eq!(tally.new_points, story.points().len());
    assert_eq!(tally.status_changes, 0, "a new point has no status change");
    assert_eq!(tally.new_claims, story.claims().len());
}

#[test]
fn counts_are_written_with_their_plural_forms() {
    let m = Locale::Uk.messages();
    assert_eq!((m.changed_new_events)(1), "1 нова подія");
    assert_eq!((m.changed_new_events)(3), "3 нові події");
    assert_eq!((m.changed_new_events)(5), "5 нових подій");
    assert_eq!((m.changed_new_events)(21), "21 нова подія");
    let m = Locale::En.messages();
    assert_eq!((m.changed_corrections)(2), "2 corrections");
    assert_eq!((m.changed_status)(1), "1 point changed status");
}

#[test]
fn the_update_log_reads_newest_first() {
    let story = story(&fixture());
    let order: Vec<usize> = story
        .updates_newest_first()
        .iter()
        .map(|(i, _)| *i)
        .collect();
    assert_eq!(order, [1, 0]);
}

#[test]
fn a_long_claim_is_cut_at_a_word_for_lists_of_links() {
    let mut value = fixture();
    let long = "word ".repeat(40);
    value["claims"][1]["statement"] = json!(long.trim());
    let story = story(&value);
    let gist = story.claims()[1].gist(&story, Locale::En);
    assert!(gist.starts_with("John Kerry"), "{gist}");
    assert!(gist.ends_with("word…"), "{gist}");
    assert!(gist.chars().count() < 120, "{gist}");
    // A short one is whole.
    assert!(story.claims()[0]
        .gist(&story, Locale::En)
        .ends_with(": Relief is phased."));
}
