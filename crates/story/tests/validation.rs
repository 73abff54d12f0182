//! One test per validation rule: what is reported, where, and what it costs.

use serde_json::{json, Value};
use talks_tracker_story::{parse, Impact, Parsed};

/// A small story that is valid; each test breaks one thing in it.
fn valid() -> Value {
    json!({
        "version": 1,
        "id": "test-story",
        "title": "Talks",
        "summary": "Two rounds.",
        "language": "en",
        "published": "2026-01-10T09:00:00+02:00",
        "publisher": {"name": "Example News", "url": "https://example.com/"},
        "parties": [
            {"id": "ua", "name": "Ukraine", "kind": "country"},
            {"id": "zel", "name": "Volodymyr Zelenskyy", "kind": "person", "role": "President", "party": "ua"}
        ],
        "tracks": [{"id": "security", "name": "Security guarantees"}],
        "sources": [{"id": "wire", "outlet": "Example Wire", "url": "https://example.com/a"}],
        "events": [
            {"id": "summit", "title": "Summit", "summary": "Leaders met.", "place": "Paris",
             "date": {"kind": "exact", "date": "2026-01-06"},
             "participants": ["ua"], "tracks": ["security"], "sources": ["wire"]},
            {"id": "meeting", "title": "Meeting", "summary": "Expected.",
             "date": {"kind": "expected", "start": "2026-01-17", "end": "2026-01-20", "text": "within 7–10 days"}}
        ],
        "points": [
            {"id": "aid", "title": "Aid", "status": "agreed", "summary": "Continues.", "track": "security",
             "events": ["summit"], "positions": [{"party": "ua", "stance": "Welcomes it."}]}
        ],
        "claims": [
            {"id": "c1", "attribution": {"kind": "on_record", "speaker": "zel"},
             "quote": "We are counting on this support", "sources": ["wire"], "points": ["aid"]}
        ],
        "questions": [{"id": "q1", "question": "What was agreed?", "answer": "Aid.", "points": ["aid"]}],
        "next_steps": [{"id": "n1", "title": "Meeting", "event": "meeting",
            "expected": {"kind": "expected", "start": "2026-01-17", "end": "2026-01-20", "text": "soon"}}]
    })
}

fn run(story: &Value) -> Parsed {
    parse(&story.to_string())
}

/// The one problem a broken story must produce: (path, impact, message).
///
/// When the problem skips an item, references to it elsewhere are dropped too;
/// those follow-on reports (Field, "no … has the id …") are allowed after it.
fn only_problem(story: &Value) -> (String, Impact, String) {
    let parsed = run(story);
    let all: Vec<String> = parsed.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        !parsed.diagnostics.is_empty(),
        "expected a problem, got none"
    );
    let follow_on = |d: &&talks_tracker_story::Diagnostic| {
        d.impact() == Impact::Field && d.message().starts_with("no ")
    };
    assert!(
        parsed.diagnostics[1..].iter().all(|d| follow_on(&d)),
        "expected one problem, got {all:#?}"
    );
    let d = &parsed.diagnostics[0];
    (d.path().to_string(), d.impact(), d.message().to_string())
}

#[test]
fn the_valid_story_has_no_problems() {
    let parsed = run(&valid());
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let story = parsed.story.unwrap();
    assert_eq!(story.events().len(), 2);
    assert_eq!(story.claims().len(), 1);
}

#[test]
fn syntax_errors_give_line_and_column() {
    let parsed = parse("{\n  \"version\": 1,\n  \"title\": \"x\",,\n}");
    assert!(parsed.is_fatal());
    let d = &parsed.diagnostics[0];
    assert_eq!(d.impact(), Impact::Story);
    assert_eq!(d.line_column(), Some((3, 16)));
    assert!(d.to_string().starts_with("line 3 column 16: "), "{d}");
    assert!(
        !d.message().contains(" at line "),
        "position is kept apart: {}",
        d.message()
    );
}

#[test]
fn a_story_must_be_an_object() {
    let parsed = parse("[1, 2]");
    assert!(parsed.is_fatal());
    assert_eq!(
        parsed.diagnostics[0].message(),
        "expected a JSON object with the story's fields, got an array"
    );
}

#[test]
fn another_format_version_is_fatal() {
    let mut story = valid();
    story["version"] = json!(3);
    let (path, impact, message) = only_problem(&story);
    assert_eq!((path.as_str(), impact), ("version", Impact::Story));
    assert!(
        message.contains("versions 1 to 2") && message.contains("says 3"),
        "{message}"
    );
    story["version"] = json!(0);
    assert_eq!(only_problem(&story).0, "version");
    for readable in [1, 2] {
        story["version"] = json!(readable);
        assert!(run(&story).diagnostics.is_empty(), "version {readable}");
    }
}

#[test]
fn a_missing_head_field_is_fatal_and_named() {
    let mut story = valid();
    story.as_object_mut().unwrap().remove("title");
    let parsed = run(&story);
    assert!(parsed.is_fatal());
    assert_eq!(parsed.diagnostics[0].path(), "story");
    assert_eq!(parsed.diagnostics[0].message(), "missing field `title`");
}

#[test]
fn an_empty_title_is_fatal() {
    let mut story = valid();
    story["title"] = json!("  ");
    assert_eq!(
        only_problem(&story),
        ("title".into(), Impact::Story, "must not be empty".into())
    );
    assert!(run(&story).is_fatal());
}

#[test]
fn a_language_must_be_a_language_tag() {
    let mut story = valid();
    story["language"] = json!("English");
    let (path, impact, _) = only_problem(&story);
    assert_eq!((path.as_str(), impact), ("language", Impact::Story));
    story["language"] = json!("uk-UA");
    assert!(run(&story).diagnostics.is_empty());
}

#[test]
fn a_quote_language_must_be_a_language_tag() {
    let mut story = valid();
    story["claims"][0]["quote_language"] = json!("English");
    assert_eq!(
        only_problem(&story),
        (
            "claims[0].quote_language".into(),
            Impact::Field,
            "expected a BCP 47 language tag such as \"en\" or \"uk\", got \"English\"".into()
        )
    );
    let parsed = run(&story);
    let kept = parsed.story.expect("usable story");
    let claim = &kept.claims()[0];
    assert_eq!(claim.quote_language, None, "the bad tag is dropped");
    assert!(claim.quote.is_some(), "the claim is kept");
    story["claims"][0]["quote_language"] = json!("en");
    let parsed = run(&story);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    assert_eq!(
        parsed.story.unwrap().claims()[0].quote_language.as_deref(),
        Some("en")
    );
}

#[test]
fn updated_before_published_is_impossible() {
    let mut story = valid();
    story["updated"] = json!("2026-01-09T09:00:00+02:00");
    let (path, impact, _) = only_problem(&story);
    assert_eq!((path.as_str(), impact), ("updated", Impact::Story));
}

#[test]
fn a_wrong_type_inside_an_item_skips_that_item_only() {
    let mut story = valid();
    story["events"][1]["title"] = json!(3);
    let (path, impact, message) = only_problem(&story);
    assert_eq!((path.as_str(), impact), ("events[1].title", Impact::Item));
    assert_eq!(message, "invalid type: integer `3`, expected a string");
    let parsed = run(&story);
    assert_eq!(parsed.story.unwrap().events().len(), 1);
}

#[test]
fn impossible_calendar_dates_are_named() {
    let mut story = valid();
    story["events"][0]["date"]["date"] = json!("2026-02-30");
    let (path, impact, message) = only_problem(&story);
    assert!(path.starts_with("events[0].date"), "{path}");
    assert_eq!(impact, Impact::Item);
    assert_eq!(
        message,
        "expected a date written YYYY-MM-DD that exists, got \"2026-02-30\""
    );
}

#[test]
fn a_date_window_must_not_end_before_it_starts() {
    let mut story = valid();
    story["events"][1]["date"]["end"] = json!("2026-01-16");
    let (path, impact, message) = only_problem(&story);
    assert_eq!((path.as_str(), impact), ("events[1].date", Impact::Item));
    assert_eq!(message, "end 2026-01-16 is before start 2026-01-17");
}

#[test]
fn unknown_date_kinds_are_rejected() {
    let mut story = valid();
    story["events"][0]["date"] = json!({"kind": "sometime", "date": "2026-01-06"});
    let (path, impact, message) = only_problem(&story);
    assert!(path.starts_with("events[0].date"), "{path}");
    assert_eq!(impact, Impact::Item);
    assert!(
        message.starts_with("unknown variant `sometime`"),
        "{message}"
    );
}

#[test]
fn ids_must_be_well_formed() {
    let mut story = valid();
    story["tracks"][0]["id"] = json!("security guarantees");
    let parsed = run(&story);
    let first = &parsed.diagnostics[0];
    assert_eq!(
        (first.path(), first.impact()),
        ("tracks[0].id", Impact::Item)
    );
    assert!(first.message().contains("' '"), "{}", first.message());
    // The references to the skipped track are then dropped, each reported.
    let paths: Vec<&str> = parsed.diagnostics[1..].iter().map(|d| d.path()).collect();
    assert_eq!(paths, ["events[0].tracks[0]", "points[0].track"]);
    assert!(parsed.diagnostics[1..]
        .iter()
        .all(|d| d.impact() == Impact::Field));
}

#[test]
fn duplicate_ids_skip_the_second_item() {
    let mut story = valid();
    story["events"][1]["id"] = json!("summit");
    let (path, impact, message) = only_problem(&story);
    assert_eq!((path.as_str(), impact), ("events[1].id", Impact::Item));
    assert_eq!(
        message,
        "duplicate event id \"summit\", first used at events[0]"
    );
    let parsed_story = run(&story).story.unwrap();
    let events = parsed_story.events();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].title, "Summit");
}

#[test]
fn required_texts_must_not_be_empty() {
    let mut story = valid();
    story["points"][0]["summary"] = json!("");
    story["sources"][0]["outlet"] = json!(" ");
    let parsed = run(&story);
    let found: Vec<(&str, Impact)> = parsed
        .diagnostics
        .iter()
        .map(|d| (d.path(), d.impact()))
        .collect();
    assert!(
        found.contains(&("points[0].summary", Impact::Item)),
        "{found:?}"
    );
    assert!(
        found.contains(&("sources[0].outlet", Impact::Item)),
        "{found:?}"
    );
}

#[test]
fn unknown_references_are_dropped_and_reported() {
    let mut story = valid();
    story["events"][0]["participants"] = json!(["ua", "mars"]);
    let (path, impact, message) = only_problem(&story);
    assert_eq!(
        (path.as_str(), impact),
        ("events[0].participants[1]", Impact::Field)
    );
    assert_eq!(message, "no party has the id \"mars\"");
    let story = run(&story).story.unwrap();
    assert_eq!(story.events()[0].participants.len(), 1);
}

#[test]
fn urls_must_be_http_or_https() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,x",
        "/relative",
        "https://",
        "https://a b",
    ] {
        let mut story = valid();
        story["sources"][0]["url"] = json!(bad);
        let (path, impact, _) = only_problem(&story);
        assert_eq!(
            (path.as_str(), impact),
            ("sources[0].url", Impact::Field),
            "{bad}"
        );
        assert_eq!(run(&story).story.unwrap().sources()[0].url, None, "{bad}");
    }
    let mut story = valid();
    story["canonical_url"] = json!("JAVASCRIPT:alert(1)");
    assert_eq!(only_problem(&story).0, "canonical_url");
}

#[test]
fn unknown_fields_are_reported_not_silently_dropped() {
    let mut story = valid();
    story["events"][0]["sumary"] = json!("typo");
    story["titel"] = json!("typo");
    let parsed = run(&story);
    let found: Vec<(&str, Impact)> = parsed
        .diagnostics
        .iter()
        .map(|d| (d.path(), d.impact()))
        .collect();
    assert_eq!(
        found,
        [
            ("events[0].sumary", Impact::Field),
            ("titel", Impact::Field)
        ]
    );
}

#[test]
fn on_record_claims_need_a_known_speaker() {
    // Missing: the rule reports once (it used to be checked twice, before and after
    // references, with two different messages).
    let mut story = valid();
    story["claims"][0]["attribution"] = json!({"kind": "on_record"});
    let parsed = run(&story);
    let found: Vec<(&str, Impact, &str)> = parsed
        .diagnostics
        .iter()
        .map(|d| (d.path(), d.impact(), d.message()))
        .collect();
    assert_eq!(
        found,
        [(
            "claims[0].attribution.speaker",
            Impact::Item,
            "an on_record claim needs a speaker"
        )]
    );

    // Unknown: the reference is dropped like any other, and then the same rule
    // reports the claim once.
    let mut story = valid();
    story["claims"][0]["attribution"]["speaker"] = json!("nobody");
    let parsed = run(&story);
    let found: Vec<(&str, Impact, &str)> = parsed
        .diagnostics
        .iter()
        .map(|d| (d.path(), d.impact(), d.message()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "claims[0].attribution.speaker",
                Impact::Field,
                "no party has the id \"nobody\""
            ),
            (
                "claims[0].attribution.speaker",
                Impact::Item,
                "an on_record claim needs a speaker"
            )
        ]
    );
    assert!(parsed.story.unwrap().claims().is_empty());

    // Not on record: no speaker needed, and an unknown one is only dropped.
    let mut story = valid();
    story["claims"][0]["attribution"] = json!({"kind": "anonymous_source", "speaker": "nobody"});
    let parsed = run(&story);
    assert_eq!(parsed.diagnostics.len(), 1, "{:?}", parsed.diagnostics);
    assert_eq!(parsed.story.unwrap().claims().len(), 1);
}

#[test]
fn every_dropped_reference_is_reported_the_same_way_positions_included() {
    let mut story = valid();
    story["events"][0]["participants"] = json!(["ua", "x"]);
    story["points"][0]["positions"] = json!([
        {"party": "ua", "stance": "Welcomes it."},
        {"party": "x", "stance": "Unknown."}
    ]);
    story["points"][0]["history"] = json!([{"status": "in_progress", "note": "Earlier.",
        "date": {"kind": "exact", "date": "2026-01-01"}, "sources": ["wire", "x"]}]);
    let parsed = run(&story);
    let found: Vec<(&str, Impact, &str, Option<&str>)> = parsed
        .diagnostics
        .iter()
        .map(|d| (d.path(), d.impact(), d.message(), d.hint()))
        .collect();
    let hint = Some("ids are case-sensitive: fix the id, or add the item it names");
    assert_eq!(
        found,
        [
            (
                "events[0].participants[1]",
                Impact::Field,
                "no party has the id \"x\"",
                hint
            ),
            (
                "points[0].positions[1].party",
                Impact::Field,
                "no party has the id \"x\"",
                hint
            ),
            (
                "points[0].history[0].sources[1]",
                Impact::Field,
                "no source has the id \"x\"",
                hint
            ),
        ]
    );
    let kept = parsed.story.unwrap();
    assert_eq!(kept.events()[0].participants.len(), 1);
    assert_eq!(
        kept.points()[0].positions.len(),
        1,
        "the position is dropped"
    );
    assert_eq!(kept.points()[0].history[0].sources.len(), 1);
}

#[test]
fn claims_need_words_and_a_known_source() {
    let mut story = valid();
    story["claims"][0].as_object_mut().unwrap().remove("quote");
    assert_eq!(
        only_problem(&story),
        (
            "claims[0]".into(),
            Impact::Item,
            "needs a quote or a statement".into()
        )
    );

    let mut story = valid();
    story["claims"][0]["sources"] = json!(["gone"]);
    let parsed = run(&story);
    let last = parsed.diagnostics.last().unwrap();
    assert_eq!((last.path(), last.impact()), ("claims[0]", Impact::Item));
    assert_eq!(last.message(), "a claim needs at least one known source");
}

#[test]
fn a_list_that_is_not_an_array_is_skipped_whole() {
    let mut story = valid();
    story["points"] = json!({"aid": {}});
    let parsed = run(&story);
    let first = &parsed.diagnostics[0];
    assert_eq!((first.path(), first.impact()), ("points", Impact::Item));
    assert_eq!(first.message(), "expected an array, got an object");
    let story = parsed.story.expect("the rest of the story still renders");
    assert!(story.points().is_empty());
    assert_eq!(story.events().len(), 2);
}

#[test]
fn every_problem_is_reported_in_one_pass() {
    let mut story = valid();
    story["title"] = json!("");
    story["events"][0]["summary"] = json!("");
    story["events"][1]["date"]["start"] = json!("2026-13-01");
    story["sources"][0]["url"] = json!("ftp://example.com");
    let parsed = run(&story);
    let paths: Vec<&str> = parsed.diagnostics.iter().map(|d| d.path()).collect();
    assert!(parsed.is_fatal());
    for expected in ["title", "events[0].summary", "sources[0].url"] {
        assert!(
            paths.contains(&expected),
            "{expected} missing from {paths:?}"
        );
    }
    assert!(
        paths.iter().any(|p| p.starts_with("events[1].date")),
        "{paths:?}"
    );
}

#[test]
fn accounts_differ_only_when_contradicting_claims_share_a_point() {
    let mut story = valid();
    story["claims"].as_array_mut().unwrap().push(json!({"id": "c2", "attribution": {"kind": "media_report", "described_as": "an official"},
        "statement": "The opposite.", "sources": ["wire"], "points": ["aid"], "contradicts": ["c1"]}));
    let parsed = run(&story);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let model = parsed.story.unwrap();
    let aid = &model.points()[0].id;
    assert!(model.accounts_differ(aid));

    story["claims"][1]["points"] = json!([]);
    let model = run(&story).story.unwrap();
    assert!(!model.accounts_differ(&model.points()[0].id));
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let mut story = valid();
    story["summary"] = json!("x".repeat(talks_tracker_story::limits::MAX_STORY_BYTES));
    let parsed = run(&story);
    assert!(parsed.is_fatal());
    let d = &parsed.diagnostics[0];
    assert!(
        d.message().contains("bytes; the limit is"),
        "{}",
        d.message()
    );
    assert_eq!(parsed.diagnostics.len(), 1);
}

#[test]
fn nesting_deeper_than_the_format_needs_is_refused_with_its_line() {
    let limit = talks_tracker_story::limits::MAX_DEPTH;
    let deep = format!(
        "{{\n\"version\": 1,\n\"x\": {}{}\n}}",
        "[".repeat(limit + 5),
        "]".repeat(limit + 5)
    );
    let parsed = parse(&deep);
    assert!(parsed.is_fatal());
    let d = &parsed.diagnostics[0];
    assert_eq!(d.line_column(), Some((3, 6 + limit - 1)));
    assert!(
        d.message().contains(&format!("more than {limit} deep")),
        "{}",
        d.message()
    );
    // Brackets inside strings do not count.
    let mut story = valid();
    story["summary"] = json!("[".repeat(limit * 3));
    assert!(run(&story).diagnostics.is_empty());
}

#[test]
fn an_overlong_text_skips_its_item_and_names_the_field() {
    let mut story = valid();
    story["events"][1]["summary"] =
        json!("y".repeat(talks_tracker_story::limits::MAX_TEXT_BYTES + 1));
    let (path, impact, message) = only_problem(&story);
    assert_eq!((path.as_str(), impact), ("events[1].summary", Impact::Item));
    assert!(message.contains("the limit is 10000"), "{message}");
    assert_eq!(run(&story).story.unwrap().events().len(), 1);
}

#[test]
fn lists_beyond_their_limit_are_cut_with_one_report() {
    let limit = talks_tracker_story::limits::max_items("questions");
    let mut story = valid();
    let questions: Vec<_> = (0..limit + 3)
        .map(|i| json!({"id": format!("q{i}"), "question": "Why?", "answer": "Because."}))
        .collect();
    story["questions"] = json!(questions);
    let parsed = run(&story);
    let d = &parsed.diagnostics[0];
    assert_eq!(
        (d.path(), d.impact()),
        (format!("questions[{limit}]").as_str(), Impact::Item)
    );
    assert!(
        d.message().contains(&format!(
            "has {} questions; the limit is {limit}",
            limit + 3
        )),
        "{}",
        d.message()
    );
    assert_eq!(parsed.story.unwrap().questions().len(), limit);
}

#[test]
fn a_claim_dropped_after_references_leaves_no_contradiction_dangling() {
    let mut story = valid();
    story["claims"][0]["contradicts"] = json!(["c2"]);
    story["claims"].as_array_mut().unwrap().push(
        json!({"id": "c2", "attribution": {"kind": "on_record", "speaker": "nobody"},
                     "statement": "No.", "sources": ["wire"], "contradicts": ["c1"]}),
    );
    let parsed = run(&story);
    let found: Vec<&str> = parsed.diagnostics.iter().map(|d| d.path()).collect();
    assert_eq!(
        found,
        [
            "claims[1].attribution.speaker",
            "claims[1].attribution.speaker",
            "claims[0].contradicts[0]"
        ]
    );
    assert!(parsed.story.unwrap().claims()[0].contradicts.is_empty());
}
