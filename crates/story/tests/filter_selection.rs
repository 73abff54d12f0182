//! Filtering by party and track, and choosing and stepping between events.

use serde_json::{json, Value};
use talks_tracker_story::{parse, EventId, Filter, PartyId, Story, TrackId};

fn event(id: &str, date: Value, participants: &[&str], tracks: &[&str]) -> Value {
    json!({"id": id, "title": id, "summary": "Something happened.", "date": date,
           "participants": participants, "tracks": tracks})
}

fn exact(day: &str) -> Value {
    json!({"kind": "exact", "date": day})
}

/// A small story. Events are listed out of date order; in time they run
/// moscow (3rd–5th) < summit (6th) < envoys (7th) < bilateral (8th)
/// < follow-up (12th, after now) < meeting (expected 17th–20th).
/// "Now" is the update on the 10th; it was published on the 7th.
///
/// zel speaks for ua and wit for us, so ua is in summit and meeting through zel,
/// and us is in envoys through wit.
fn fixture() -> Value {
    json!({
        "version": 1, "id": "t", "title": "Talks", "summary": "Talks.", "language": "en",
        "published": "2026-01-07T09:00:00+02:00",
        "updated": "2026-01-10T09:00:00+02:00",
        "publisher": {"name": "Example News"},
        "parties": [
            {"id": "ua", "name": "Ukraine", "kind": "country"},
            {"id": "us", "name": "United States", "kind": "country"},
            {"id": "fr", "name": "France", "kind": "country"},
            {"id": "ru", "name": "Russia", "kind": "country"},
            {"id": "cn", "name": "China", "kind": "country"},
            {"id": "coalition", "name": "Coalition of the Willing", "kind": "bloc", "members": ["fr"]},
            {"id": "eu", "name": "European Union", "kind": "organisation"},
            {"id": "zel", "name": "Volodymyr Zelenskyy", "kind": "person", "party": "ua"},
            {"id": "wit", "name": "Steve Witkoff", "kind": "person", "party": "us"}
        ],
        "tracks": [
            {"id": "sec", "name": "Security guarantees"},
            {"id": "terr", "name": "Territory"},
            {"id": "sanc", "name": "Sanctions"},
            {"id": "energy", "name": "Energy"},
            {"id": "prisoners", "name": "Prisoners"}
        ],
        "sources": [{"id": "wire", "outlet": "Example Wire"}],
        "events": [
            event("meeting", json!({"kind": "expected", "start": "2026-01-17", "end": "2026-01-20", "text": "within 7–10 days"}),
                  &["zel", "us"], &["sec"]),
            event("summit", exact("2026-01-06"), &["coalition", "fr", "zel"], &["sec"]),
            event("bilateral", exact("2026-01-08"), &["ua", "us"], &["sec", "terr"]),
            event("envoys", exact("2026-01-07"), &["wit"], &["terr"]),
            event("moscow", json!({"kind": "approximate", "start": "2026-01-03", "end": "2026-01-05", "text": "last week"}),
                  &["ru"], &["terr", "sanc"]),
            event("follow-up", exact("2026-01-12"), &["fr"], &["energy"])
        ],
        "points": [
            // ua and eu by their positions only.
            {"id": "aid", "title": "Aid", "status": "agreed", "summary": "Continues.", "track": "sec",
             "positions": [{"party": "ua", "stance": "Welcomes it."}, {"party": "eu", "stance": "Pays."}]},
            // us only through its linked event (envoys: wit).
            {"id": "guarantees", "title": "Guarantees", "status": "in_progress", "summary": "Drafted.",
             "track": "sec", "events": ["envoys"]},
            // us only through the speaker of a claim (wit).
            {"id": "land", "title": "Land", "status": "disputed", "summary": "Open.", "track": "terr"},
            // fr by position; coalition, fr and ua (zel) through the summit. No track.
            {"id": "monitoring", "title": "Monitoring", "status": "agreed", "summary": "By the coalition.",
             "positions": [{"party": "fr", "stance": "Leads it."}], "events": ["summit"]},
            // coalition, fr and ua (zel) through the summit.
            {"id": "ceasefire", "title": "Ceasefire", "status": "not_started", "summary": "Later.",
             "track": "sec", "events": ["summit"]}
        ],
        "claims": [
            {"id": "c1", "attribution": {"kind": "on_record", "speaker": "wit"},
             "statement": "Progress on land.", "sources": ["wire"], "points": ["land"]}
        ]
    })
}

fn load(json: &Value) -> Story {
    let parsed = parse(&json.to_string());
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    parsed.story.expect("usable story")
}

fn story() -> Story {
    load(&fixture())
}

fn filter(parties: &[&str], tracks: &[&str]) -> Filter {
    Filter {
        parties: parties.iter().map(|p| PartyId::new(*p)).collect(),
        tracks: tracks.iter().map(|t| TrackId::new(*t)).collect(),
    }
}

/// Ids of the events passing the filter, in timeline order.
fn visible(story: &Story, filter: &Filter) -> Vec<String> {
    story
        .visible_events(filter)
        .iter()
        .map(|e| e.id.to_string())
        .collect()
}

/// Ids of the points passing the filter, in story order.
fn points(story: &Story, filter: &Filter) -> Vec<String> {
    story
        .points()
        .iter()
        .filter(|p| story.point_matches(p, filter))
        .map(|p| p.id.to_string())
        .collect()
}

fn id(text: &str) -> EventId {
    EventId::new(text)
}

fn default_id(story: &Story, filter: &Filter) -> Option<String> {
    story.default_event(filter).map(|e| e.id.to_string())
}

const TIMELINE: [&str; 6] = [
    "moscow",
    "summit",
    "envoys",
    "bilateral",
    "follow-up",
    "meeting",
];

#[test]
fn an_empty_filter_shows_everything_in_timeline_order() {
    let story = story();
    let all = Filter::default();
    assert!(all.is_empty());
    assert_eq!(visible(&story, &all), TIMELINE);
    assert!(story.events().iter().all(|e| story.event_matches(e, &all)));
    assert_eq!(points(&story, &all).len(), story.points().len());
    let by_date: Vec<String> = story
        .events_by_date()
        .iter()
        .map(|e| e.id.to_string())
        .collect();
    assert_eq!(by_date, TIMELINE);
}

#[test]
fn a_party_finds_the_events_of_the_people_speaking_for_it() {
    let story = story();
    // envoys has only wit, who speaks for us.
    assert_eq!(
        visible(&story, &filter(&["us"], &[])),
        ["envoys", "bilateral", "meeting"]
    );
    // summit and meeting have zel, not ua itself.
    assert_eq!(
        visible(&story, &filter(&["ua"], &[])),
        ["summit", "bilateral", "meeting"]
    );
    // Choosing a person directly still works.
    assert_eq!(visible(&story, &filter(&["wit"], &[])), ["envoys"]);
    // A party nobody speaks for finds only its own events; China none.
    assert_eq!(visible(&story, &filter(&["ru"], &[])), ["moscow"]);
    assert_eq!(visible(&story, &filter(&["cn"], &[])), Vec::<String>::new());
}

#[test]
fn parties_widen_tracks_widen_and_both_together_narrow() {
    let story = story();
    // Two parties: the union.
    assert_eq!(
        visible(&story, &filter(&["fr", "ru"], &[])),
        ["moscow", "summit", "follow-up"]
    );
    assert_eq!(
        visible(&story, &filter(&["ua", "us"], &[])),
        ["summit", "envoys", "bilateral", "meeting"]
    );
    // Two tracks: the union.
    assert_eq!(
        visible(&story, &filter(&[], &["sanc", "energy"])),
        ["moscow", "follow-up"]
    );
    // A party and a track: both must match. us is in envoys, bilateral, meeting;
    // territory covers moscow, envoys, bilateral.
    assert_eq!(
        visible(&story, &filter(&["us"], &["terr"])),
        ["envoys", "bilateral"]
    );
    assert_eq!(
        visible(&story, &filter(&["us"], &["sec"])),
        ["bilateral", "meeting"]
    );
    assert_eq!(
        visible(&story, &filter(&["ru"], &["sec"])),
        Vec::<String>::new()
    );
    // Two parties and two tracks: (fr or ru) and (sanc or energy).
    assert_eq!(
        visible(&story, &filter(&["fr", "ru"], &["sanc", "energy"])),
        ["moscow", "follow-up"]
    );
    assert_eq!(
        visible(&story, &filter(&["fr", "ua"], &["sanc", "energy"])),
        ["follow-up"]
    );
}

#[test]
fn points_match_through_positions_claim_speakers_and_linked_events() {
    let story = story();
    // Positions: ua and eu hold a position on aid.
    assert_eq!(points(&story, &filter(&["eu"], &[])), ["aid"]);
    // us: guarantees through envoys (wit), land through wit's claim; no position anywhere.
    assert_eq!(
        points(&story, &filter(&["us"], &[])),
        ["guarantees", "land"]
    );
    // ua: aid by position, monitoring and ceasefire through zel at the summit.
    assert_eq!(
        points(&story, &filter(&["ua"], &[])),
        ["aid", "monitoring", "ceasefire"]
    );
    assert_eq!(
        points(&story, &filter(&["coalition"], &[])),
        ["monitoring", "ceasefire"]
    );
    assert_eq!(points(&story, &filter(&["ru"], &[])), Vec::<String>::new());
    // Tracks: a point's own track; a point without one never matches a track.
    assert_eq!(
        points(&story, &filter(&[], &["sec"])),
        ["aid", "guarantees", "ceasefire"]
    );
    assert_eq!(points(&story, &filter(&[], &["terr"])), ["land"]);
    // Party and track together.
    assert_eq!(points(&story, &filter(&["us"], &["terr"])), ["land"]);
    assert_eq!(
        points(&story, &filter(&["ua"], &["sec"])),
        ["aid", "ceasefire"]
    );

    // Without the claim, land no longer involves us.
    let mut json = fixture();
    json["claims"] = json!([]);
    let story = load(&json);
    assert_eq!(points(&story, &filter(&["us"], &[])), ["guarantees"]);
}

#[test]
fn toggling_twice_restores_the_filter() {
    let mut f = Filter::default();
    f.toggle_party(PartyId::new("us"));
    f.toggle_track(TrackId::new("sec"));
    assert!(!f.is_empty());
    assert_eq!(f, filter(&["us"], &["sec"]));
    let before = f.clone();
    f.toggle_party(PartyId::new("ua"));
    assert_eq!(f.parties.len(), 2);
    f.toggle_party(PartyId::new("ua"));
    assert_eq!(f, before);
    f.toggle_party(PartyId::new("us"));
    f.toggle_track(TrackId::new("sec"));
    assert!(f.is_empty());
    assert_eq!(f, Filter::default());
}

#[test]
fn party_options_are_non_people_with_matches_counted_on_their_own() {
    let story = story();
    let options: Vec<(&str, usize, usize)> = story
        .party_options()
        .iter()
        .map(|o| (o.item.id.as_str(), o.events, o.points))
        .collect();
    // Counted by hand from the fixture (a person counts for their party):
    //   ua: summit, bilateral, meeting | aid, monitoring, ceasefire
    //   us: envoys, bilateral, meeting | guarantees, land
    //   fr: summit, follow-up          | monitoring, ceasefire
    //   ru: moscow                     | -
    //   coalition: summit              | monitoring, ceasefire
    //   eu: -                          | aid
    // China matches nothing; zel and wit are people.
    assert_eq!(
        options,
        [
            ("ua", 3, 3),
            ("us", 3, 2),
            ("fr", 2, 2),
            ("ru", 1, 0),
            ("coalition", 1, 2),
            ("eu", 0, 1)
        ]
    );
    // The counts are those of the filter the option stands for.
    for option in story.party_options() {
        let f = filter(&[option.item.id.as_str()], &[]);
        assert_eq!(option.events, visible(&story, &f).len());
        assert_eq!(option.points, points(&story, &f).len());
    }
}

#[test]
fn track_options_are_those_with_matches() {
    let story = story();
    let options: Vec<(&str, usize, usize)> = story
        .track_options()
        .iter()
        .map(|o| (o.item.id.as_str(), o.events, o.points))
        .collect();
    // sec: meeting, summit, bilateral | aid, guarantees, ceasefire
    // terr: bilateral, envoys, moscow | land
    // prisoners: nothing, not offered.
    assert_eq!(
        options,
        [
            ("sec", 3, 3),
            ("terr", 3, 1),
            ("sanc", 1, 0),
            ("energy", 1, 0)
        ]
    );
}

#[test]
fn the_default_event_is_the_latest_that_has_happened_by_now() {
    let story = story();
    // By the 10th: moscow, summit, envoys, bilateral (8th) have happened;
    // follow-up (12th) and the expected meeting have not.
    assert_eq!(
        default_id(&story, &Filter::default()).as_deref(),
        Some("bilateral")
    );

    // Without an update, now is the day published (7th).
    let mut json = fixture();
    json.as_object_mut().unwrap().remove("updated");
    assert_eq!(
        default_id(&load(&json), &Filter::default()).as_deref(),
        Some("envoys")
    );

    // An expected event whose window has begun has still not happened.
    let mut json = fixture();
    json["events"][0]["date"]["start"] = json!("2026-01-09");
    let early = load(&json);
    assert_eq!(
        visible(&early, &Filter::default())
            .last()
            .map(String::as_str),
        Some("follow-up")
    );
    assert_eq!(
        default_id(&early, &Filter::default()).as_deref(),
        Some("bilateral")
    );
}

#[test]
fn the_default_event_respects_the_filter() {
    let story = story();
    // France: summit (6th) happened, follow-up (12th) not yet.
    assert_eq!(
        default_id(&story, &filter(&["fr"], &[])).as_deref(),
        Some("summit")
    );
    assert_eq!(
        default_id(&story, &filter(&["ru"], &[])).as_deref(),
        Some("moscow")
    );
    // us: bilateral, not the later expected meeting.
    assert_eq!(
        default_id(&story, &filter(&["us"], &[])).as_deref(),
        Some("bilateral")
    );
    // Nothing visible has happened yet: the first visible one.
    assert_eq!(
        default_id(&story, &filter(&[], &["energy"])).as_deref(),
        Some("follow-up")
    );
    // Nothing visible at all.
    assert_eq!(default_id(&story, &filter(&["cn"], &[])), None);
}

#[test]
fn neighbours_step_through_visible_events_only() {
    let story = story();
    let all = Filter::default();
    let step = |from: &str, f: &Filter, by: isize| {
        story
            .neighbour_event(&id(from), f, by)
            .map(|e| e.id.to_string())
    };
    assert_eq!(step("summit", &all, 1).as_deref(), Some("envoys"));
    assert_eq!(step("summit", &all, -1).as_deref(), Some("moscow"));
    assert_eq!(step("summit", &all, 2).as_deref(), Some("bilateral"));
    assert_eq!(step("summit", &all, 0).as_deref(), Some("summit"));
    assert_eq!(step("moscow", &all, -1), None);
    assert_eq!(step("meeting", &all, 1), None);
    assert_eq!(step("summit", &all, -2), None);
    assert_eq!(step("summit", &all, 5), None);
    // Walking forward from the first reaches every event in timeline order.
    let mut walk = vec!["moscow".to_string()];
    while let Some(next) = step(walk.last().unwrap(), &all, 1) {
        walk.push(next);
    }
    assert_eq!(walk, TIMELINE);

    let france = filter(&["fr"], &[]);
    assert_eq!(
        step("summit", &france, 1).as_deref(),
        Some("follow-up"),
        "skips the hidden ones"
    );
    assert_eq!(step("follow-up", &france, -1).as_deref(), Some("summit"));
    assert_eq!(step("follow-up", &france, 1), None);
    assert_eq!(
        step("envoys", &france, 1),
        None,
        "the current event is hidden"
    );
    assert_eq!(step("nonexistent", &all, 1), None);
}

#[test]
fn event_position_counts_visible_events() {
    let story = story();
    let all = Filter::default();
    assert_eq!(story.event_position(&id("moscow"), &all), Some((1, 6)));
    assert_eq!(story.event_position(&id("summit"), &all), Some((2, 6)));
    assert_eq!(story.event_position(&id("meeting"), &all), Some((6, 6)));
    let us = filter(&["us"], &[]);
    assert_eq!(story.event_position(&id("bilateral"), &us), Some((2, 3)));
    assert_eq!(story.event_position(&id("summit"), &us), None);
    assert_eq!(story.event_position(&id("nonexistent"), &all), None);
}

#[test]
fn points_for_an_event_are_those_listing_it() {
    let story = story();
    let of = |event: &str| -> Vec<String> {
        story
            .points_for_event(&id(event))
            .iter()
            .map(|p| p.id.to_string())
            .collect()
    };
    assert_eq!(of("summit"), ["monitoring", "ceasefire"]);
    assert_eq!(of("envoys"), ["guarantees"]);
    assert_eq!(of("follow-up"), Vec::<String>::new());
}
