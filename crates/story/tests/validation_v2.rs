//! The rules format version 2 added: stamps, the update log, deadlines, dates
//! counted from an event, documents and settled disputes. One test per rule.

use serde_json::{json, Value};
use talks_tracker_story::{
    parse, AttributionKind, ClaimId, Day, EventDate, EventId, Impact, Parsed, PointId, Status,
    Story,
};

/// A small valid version 2 story using the new fields; each test breaks one thing.
/// (The fuzz tests mutate it too.)
const LIVING: &str = include_str!("fixtures/living.json");

fn valid() -> Value {
    serde_json::from_str(LIVING).expect("the fixture is JSON")
}

fn run(story: &Value) -> Parsed {
    parse(&story.to_string())
}

fn story(value: &Value) -> Story {
    let parsed = run(value);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    parsed.story.unwrap()
}

/// The problems as (path, impact), in order.
fn problems(value: &Value) -> Vec<(String, Impact)> {
    run(value)
        .diagnostics
        .iter()
        .map(|d| (d.path().to_string(), d.impact()))
        .collect()
}

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

#[test]
fn the_version_2_story_is_valid_and_keeps_every_field() {
    let story = story(&valid());
    let relief = story.point(&PointId::new("relief")).unwrap();
    assert_eq!(relief.status, Status::InterpretationDisputed);
    assert_eq!(relief.tracks.len(), 2);
    assert_eq!(relief.positions[0].history.len(), 1);
    assert_eq!(relief.history[0].claims.len(), 1);
    let sheet = story.claim(&ClaimId::new("sheet-says")).unwrap();
    assert_eq!(sheet.attribution.kind, AttributionKind::Document);
    assert!(sheet.resolved.is_some());
    assert_eq!(story.updates().len(), 2);
}

#[test]
fn a_version_1_track_joins_the_tracks_list() {
    let mut value = valid();
    value["points"][0]["track"] = json!("sanctions");
    value["points"][0]["tracks"] = json!(["nuclear"]);
    let story = story(&value);
    let relief = story.point(&PointId::new("relief")).unwrap();
    let tracks: Vec<&str> = relief.tracks.iter().map(|t| t.as_str()).collect();
    assert_eq!(tracks, ["sanctions", "nuclear"]);
    assert!(relief.track.is_none());
    // Both spellings naming one track count it once.
    value["points"][0]["track"] = json!("nuclear");
    let story = self::story(&value);
    assert_eq!(
        story.point(&PointId::new("relief")).unwrap().tracks.len(),
        1
    );
}

#[test]
fn an_update_before_its_item_was_added_is_dropped() {
    let mut value = valid();
    value["points"][0]["updated"] = json!("2015-04-01T00:00:00Z");
    assert_eq!(
        problems(&value),
        [("points[0].updated".to_string(), Impact::Field)]
    );
    let parsed = run(&value);
    assert!(parsed
        .story
        .unwrap()
        .point(&PointId::new("relief"))
        .unwrap()
        .updated
        .is_none());
}

#[test]
fn an_update_needs_words_and_its_references_resolve() {
    let mut value = valid();
    value["updates"][0]["text"] = json!("  ");
    value["updates"][1]["events"] = json!(["vote", "nowhere"]);
    assert_eq!(
        problems(&value),
        [
            ("updates[0].text".to_string(), Impact::Item),
            ("updates[1].events[1]".to_string(), Impact::Field)
        ]
    );
    let story = run(&value).story.unwrap();
    assert_eq!(story.updates().len(), 1);
    assert_eq!(story.updates()[0].events.len(), 1);
}

#[test]
fn deadline_fields_belong_to_deadlines() {
    let mut value = valid();
    value["events"][2]["outcome"] = json!("met");
    value["events"][2]["extended_to"] = json!("deadline-2");
    assert_eq!(
        problems(&value),
        [
            ("events[2].outcome".to_string(), Impact::Field),
            ("events[2].extended_to".to_string(), Impact::Field)
        ]
    );
}

#[test]
fn a_deadline_is_extended_to_a_later_deadline() {
    let mut earlier = valid();
    earlier["events"][0]["extended_to"] = json!("deadline-2");
    earlier["events"][1]["date"] = json!({"kind": "exact", "date": "2015-03-30"});
    assert_eq!(
        problems(&earlier),
        [("events[0].extended_to".to_string(), Impact::Field)]
    );
    let mut not_a_deadline = valid();
    not_a_deadline["events"][0]["extended_to"] = json!("deal");
    let parsed = run(&not_a_deadline);
    assert_eq!(parsed.diagnostics[0].path(), "events[0].extended_to");
    assert!(parsed
        .story
        .unwrap()
        .event(&EventId::new("deadline-1"))
        .unwrap()
        .extended_to
        .is_none());
}

#[test]
fn a_date_after_a_past_event_is_a_day_and_after_a_future_one_a_window() {
    let story = story(&valid());
    let adoption = &story.event(&EventId::new("adoption")).unwrap().date;
    let window = adoption.after_window().unwrap();
    // 20 July + 90 days, counted on the calendar: 11 + 31 + 30 + 18.
    assert_eq!(
        (window.start, window.end, window.anchored),
        (day("2015-10-18"), day("2015-10-18"), true)
    );
    assert!(adoption.is_expected());
    assert_eq!(
        adoption.label_en(),
        "90 days after the UN vote (about 18 October 2015)"
    );
    let implementation = story
        .event(&EventId::new("implementation"))
        .unwrap()
        .date
        .after_window()
        .unwrap();
    assert_eq!(
        (
            implementation.start,
            implementation.end,
            implementation.anchored
        ),
        (day("2015-12-01"), day("2016-01-31"), false)
    );
    let step = story.next_steps()[0].expected.after_window().unwrap();
    assert_eq!(step.start, day("2015-10-18"));
    // The timeline orders them by their worked-out days.
    let order: Vec<&str> = story
        .events_by_date()
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(
        order.iter().position(|&id| id == "adoption").unwrap() + 2,
        order.iter().position(|&id| id == "implementation").unwrap()
    );
}

#[test]
fn a_chain_of_dates_after_events_settles_through_every_link() {
    let mut value = valid();
    value["events"][6]["date"] = json!({"kind": "after", "event": "adoption", "days": 10, "text": "ten days after adoption"});
    let story = story(&value);
    let window = story
        .event(&EventId::new("implementation"))
        .unwrap()
        .date
        .after_window()
        .unwrap();
    assert_eq!((window.start, window.anchored), (day("2015-10-28"), false));
}

#[test]
fn a_date_after_an_unknown_or_circular_event_skips_the_item() {
    let mut unknown = valid();
    unknown["events"][4]["date"]["event"] = json!("no-such-vote");
    let diags = run(&unknown).diagnostics;
    assert_eq!(
        (diags[0].path(), diags[0].impact()),
        ("events[4].date.event", Impact::Item)
    );
    assert!(
        diags[0].message().contains("no-such-vote"),
        "{}",
        diags[0].message()
    );
    // The next step counting from the same vote still stands; nothing else is lost.
    assert_eq!(diags.len(), 1, "{diags:#?}");

    let mut circular = valid();
    circular["events"][3]["date"] =
        json!({"kind": "after", "event": "adoption", "days": 1, "text": "a day after"});
    let parsed = run(&circular);
    let paths: Vec<&str> = parsed.diagnostics.iter().map(|d| d.path()).collect();
    assert_eq!(
        &paths[..2],
        ["events[3].date.event", "events[4].date.event"]
    );
    assert!(parsed.diagnostics[0].message().contains("back to itself"));
    // The next step counted from the vote, now skipped.
    assert!(paths.contains(&"next_steps[0].expected.event"), "{paths:?}");
    let story = parsed.story.unwrap();
    assert_eq!(story.events().len(), 5);
}

#[test]
fn a_date_after_an_event_only_dates_events_and_next_steps() {
    let mut value = valid();
    let after = json!({"kind": "after", "event": "vote", "days": 1, "text": "the day after"});
    value["claims"][1]["date"] = after.clone();
    value["points"][0]["positions"][0]["date"] = after.clone();
    value["points"][0]["positions"][0]["history"][0]["date"] = after.clone();
    value["points"][0]["history"][0]["date"] = after;
    let found = problems(&value);
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "points[0].history[0].date",
            "claims[1].date",
            "points[0].positions[0].date",
            "points[0].positions[0].history[0].date"
        ]
    );
    assert!(found.iter().all(|(_, impact)| *impact == Impact::Field));
    let message = run(&value).diagnostics[0].message().to_string();
    assert!(
        message.contains("only allowed on events and next steps"),
        "{message}"
    );
}

#[test]
fn a_document_claim_needs_its_document() {
    let mut value = valid();
    value["claims"][0]["attribution"]["document"] = json!("lost-sheet");
    let paths: Vec<String> = problems(&value).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        &paths[..2],
        [
            "claims[0].attribution.document",
            "claims[0].attribution.document"
        ]
    );
    let parsed = run(&value);
    assert_eq!(parsed.diagnostics[1].impact(), Impact::Item);
    assert!(parsed
        .story
        .unwrap()
        .claim(&ClaimId::new("sheet-says"))
        .is_none());

    let mut stray = valid();
    stray["claims"][1]["attribution"]["document"] = json!("sheet");
    assert_eq!(
        problems(&stray),
        [("claims[1].attribution.document".to_string(), Impact::Field)]
    );
}

#[test]
fn a_resolution_needs_a_contradiction() {
    let mut value = valid();
    value["claims"][0]["contradicts"] = json!([]);
    assert_eq!(
        problems(&value),
        [("claims[0].resolved".to_string(), Impact::Field)]
    );
    let mut dangling = valid();
    dangling["claims"][0]["resolved"]["event"] = json!("no-deal");
    assert_eq!(
        problems(&dangling),
        [("claims[0].resolved.event".to_string(), Impact::Field)]
    );
}

#[test]
fn earlier_positions_need_words_and_sources_resolve() {
    let mut value = valid();
    value["points"][0]["positions"][0]["history"][0]["stance"] = json!("");
    value["points"][0]["positions"][0]["sources"] = json!(["wire", "gone"]);
    assert_eq!(
        problems(&value),
        [
            (
                "points[0].positions[0].history[0].stance".to_string(),
                Impact::Field
            ),
            (
                "points[0].positions[0].sources[1]".to_string(),
                Impact::Field
            )
        ]
    );
    let mut nested = valid();
    nested["points"][0]["positions"][0]["history"][0]["sources"] = json!(["gone"]);
    assert_eq!(
        problems(&nested),
        [(
            "points[0].positions[0].history[0].sources[0]".to_string(),
            Impact::Field
        )]
    );
}

#[test]
fn unknown_values_of_the_new_enumerations_skip_the_item() {
    for (pointer, bad) in [
        ("/parties/0/roles", json!(["kingmaker"])),
        ("/claims/1/medium", json!("pigeon")),
        ("/events/0/kind", json!("ultimatum")),
        ("/updates/0/kind", json!("retraction")),
    ] {
        let mut value = valid();
        *value.pointer_mut(pointer).unwrap() = bad;
        let parsed = run(&value);
        let first = &parsed.diagnostics[0];
        assert_eq!(first.impact(), Impact::Item, "{pointer}: {first}");
        let item = pointer
            .rsplit_once('/')
            .unwrap()
            .0
            .trim_start_matches('/')
            .replacen('/', "[", 1)
            + "]";
        assert!(
            first.path().starts_with(&item),
            "{pointer}: {}",
            first.path()
        );
    }
}

#[test]
fn an_after_date_reads_and_writes_without_its_worked_out_window() {
    let story = story(&valid());
    let json = serde_json::to_value(story.to_file()).unwrap();
    assert_eq!(
        json["events"][4]["date"],
        json!({"kind": "after", "event": "vote", "days": 90, "text": "90 days after the UN vote"})
    );
    let EventDate::After { days, .. } = &story.events()[4].date else {
        panic!("not an after date")
    };
    assert_eq!(*days, 90);
}
