//! Every problem gets a line and column: its JSON path located in the file's text.

use proptest::prelude::*;
use talks_tracker_story::{locate, parse, utf8_text, NotUtf8};

const SEED: &str = include_str!("../../../static/stories/paris-talks.json");

/// Line and column (1-based) of byte offset `at` in `text`, counted independently here.
fn position(text: &str, at: usize) -> (usize, usize) {
    let mut line = 1;
    let mut column = 1;
    for character in text[..at].chars() {
        if character == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

#[test]
fn keys_and_elements_are_found_past_tricky_strings() {
    let text = r#"{
  "title": "a } tricky ] \" string, with [brackets]",
  "events": [
    { "id": "a", "note": {"nested": [1, {"x": "}"}]} },
    { "id": "b",
      "date": { "kind": "exact", "date": "2026-01-06" } }
  ],
  "ünïcödé": 1, "after": true
}"#;
    let second_event = text.find(r#"{ "id": "b""#).unwrap();
    assert_eq!(
        locate(text, "events[1]"),
        Some(position(text, second_event))
    );
    let date_key = text.find(r#""date": {"#).unwrap();
    assert_eq!(
        locate(text, "events[1].date"),
        Some(position(text, date_key))
    );
    let after = text.find(r#""after""#).unwrap();
    assert_eq!(
        locate(text, "after"),
        Some(position(text, after)),
        "columns count characters, not bytes"
    );
    assert_eq!(locate(text, "events[2]"), None);
    assert_eq!(locate(text, "missing"), None);
    assert_eq!(locate(text, "title[0]"), None);
}

#[test]
fn item_and_field_problems_carry_the_line_of_their_path() {
    // Break the second exact date (the third event) and misspell a field of the first point, by editing text.
    let mut json = SEED.to_string();
    let events = json.find("\"events\"").unwrap();
    let second_date = events
        + json[events..]
            .match_indices("\"date\": \"2026-")
            .nth(1)
            .map(|(at, _)| at)
            .unwrap();
    json.replace_range(second_date + 9..second_date + 19, "2026-02-30");
    let points = json.find("\"points\"").unwrap();
    let track = points + json[points..].find("\"track\"").unwrap();
    json.replace_range(track..track + 7, "\"trak\"");

    let parsed = parse(&json);
    assert!(parsed.story.is_some());
    let typo = parsed
        .diagnostics
        .iter()
        .find(|d| d.path().ends_with(".trak"))
        .expect("typo reported");
    assert_eq!(typo.line_column(), Some(position(&json, track)));
    let bad_date = parsed
        .diagnostics
        .iter()
        .find(|d| d.message().contains("2026-02-30"))
        .expect("impossible date reported");
    assert!(
        bad_date.path().starts_with("events[2]"),
        "{}",
        bad_date.path()
    );
    let (line, _) = bad_date.line_column().expect("the date problem has a line");
    let (date_line, _) = position(&json, second_date);
    assert!(
        line <= date_line && date_line - line <= 3,
        "line {line} is at the date (line {date_line})"
    );
}

proptest! {
    #[test]
    fn locate_never_panics(text in "[\\[\\]{}\",:a-z0-9 \\\\é\n]{0,60}", path in "[a-z]{0,3}(\\[[0-9]\\])?(\\.[a-z]{1,3})?") {
        let _ = locate(&text, &path);
    }
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_the_place_of_its_first_bad_byte() {
    let good = "{\n  \"title\": \"Café – Київ\"\n}\n";
    assert_eq!(utf8_text(good.as_bytes().to_vec()).as_deref(), Ok(good));
    // The same file saved as Windows-1252: "é" is the single byte 0xE9.
    let mut latin = b"{\n  \"title\": \"Caf".to_vec();
    latin.extend([0xE9, b'"', b'\n', b'}']);
    assert_eq!(
        utf8_text(latin),
        Err(NotUtf8 {
            line: 2,
            column: 16
        }),
        "the byte after `  \"title\": \"Caf` (15 characters)"
    );
    // Columns count characters, not bytes; a cut-off character is found too.
    let mut cut = "«Ї»".as_bytes().to_vec();
    cut.extend(&"Ї".as_bytes()[..1]);
    assert_eq!(utf8_text(cut), Err(NotUtf8 { line: 1, column: 4 }));
}
