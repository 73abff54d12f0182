//! The `talks-tracker` command line, run as a reader would run it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/static/stories/paris-talks.json"
);

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_talks-tracker"))
        .args(args)
        .output()
        .expect("the CLI runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Writes `text` to a fresh file named `name` and returns its path.
fn story_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tt-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A valid story with one party, source, event and point; `$EVENT`, `$POINT` and `$URL` are
/// replaced by each test to break one thing.
const BASE: &str = r#"{
  "version": 1, "id": "cli-test", "title": "Talks", "summary": "Two rounds.", "language": "en",
  "published": "2026-01-10T09:00:00+02:00", "publisher": {"name": "Example News"},
  "parties": [{"id": "ua", "name": "Ukraine", "kind": "country"}],
  "sources": [{"id": "wire", "outlet": "Example Wire", "url": $URL}],
  "events": [$EVENT],
  "points": [$POINT]
}"#;
const EVENT: &str = r#"{"id": "summit", "title": "Summit", "summary": "Leaders met.", "date": {"kind": "exact", "date": "2026-01-06"}, "participants": ["ua"]}"#;
const POINT: &str = r#"{"id": "aid", "title": "Aid", "status": "agreed", "summary": "Continues.", "events": ["summit"]}"#;

fn story(event: &str, point: &str, url: &str) -> String {
    BASE.replace("$EVENT", event)
        .replace("$POINT", point)
        .replace("$URL", url)
}

/// Validates `text` and returns (exit code, stdout).
fn validate(name: &str, text: &str) -> (i32, String) {
    let path = story_file(name, text);
    let output = run(&["validate", path.to_str().unwrap()]);
    let shown = stdout(&output).replace(path.to_str().unwrap(), "STORY");
    (output.status.code().unwrap(), shown)
}

/// Where the `nth` occurrence of `needle` starts in `text`, as the CLI prints it: `STORY:line:column`.
fn at(text: &str, needle: &str, nth: usize) -> String {
    let offset = text
        .match_indices(needle)
        .nth(nth)
        .expect("needle in text")
        .0;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |at| at + 1) + 1;
    format!("STORY:{line}:{column}")
}

#[test]
fn the_shipped_stories_are_clean() {
    let output = run(&["validate", SEED]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(stdout(&output), "");
}

#[test]
fn a_valid_base_is_clean() {
    assert_eq!(
        validate(
            "base.json",
            &story(EVENT, POINT, r#""https://example.com/""#)
        ),
        (0, String::new())
    );
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let text = story(EVENT, POINT, r#""https://example.com/""#)
        .replace(r#""Two rounds.","#, r#""Two rounds." "#);
    let (code, out) = validate("syntax.json", &text);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        // The quote of "language" is column 78; serde_json reports where it noticed, one further.
        "STORY:2:79: error: expected `,` or `}` (the story cannot be shown)\n  \
         hint: look for a missing comma, quote or bracket just before this point\n"
    );
}

#[test]
fn an_impossible_date_skips_the_event() {
    let text = story(
        &EVENT.replace("2026-01-06", "2026-02-30"),
        POINT,
        r#""https://example.com/""#,
    );
    let (code, out) = validate("date.json", &text);
    assert_eq!(code, 1);
    let first = out.lines().next().unwrap();
    assert_eq!(
        first,
        // The date object is read whole (its kind decides its fields), so the path stops at it.
        format!(
            "{}: events[0].date: error: expected a date written YYYY-MM-DD that exists, got \"2026-02-30\" (this item was skipped)",
            at(&text, "\"date\": {", 0)
        )
    );
    // The point's link to the skipped event is reported too.
    let link = format!(
        "{}: points[0].events[0]: warning: no event has the id \"summit\" (this value was ignored)",
        at(&text, "\"summit\"]", 0)
    );
    assert!(out.contains(&link), "{out}");
}

#[test]
fn an_unknown_reference_is_a_warning_with_a_hint() {
    let text = story(
        &EVENT.replace(r#"["ua"]"#, r#"["UA"]"#),
        POINT,
        r#""https://example.com/""#,
    );
    let (code, out) = validate("ref.json", &text);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!(
            "{}: events[0].participants[0]: warning: no party has the id \"UA\" (this value was ignored)\n  \
             hint: ids are case-sensitive: fix the id, or add the item it names\n",
            at(&text, "\"UA\"", 0)
        )
    );
}

#[test]
fn a_script_url_is_dropped() {
    let text = story(EVENT, POINT, r#""javascript:alert(1)""#);
    let (code, out) = validate("url.json", &text);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!(
            "{}: sources[0].url: warning: expected an http:// or https:// URL, got \"javascript:alert(1)\" (this value was ignored)\n  \
             hint: links must start with https:// (or http://); other schemes are never shown\n",
            at(&text, "\"url\"", 0)
        )
    );
}

#[test]
fn a_duplicate_id_and_a_misspelt_field_are_both_reported() {
    let text = story(
        &format!("{EVENT}, {}", EVENT.replace("\"summary\"", "\"sumary\"")),
        POINT,
        r#""https://example.com/""#,
    );
    let (code, out) = validate("dup.json", &text);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().filter(|l| !l.starts_with("  hint:")).collect();
    assert_eq!(
        lines,
        [format!(
            "{}: events[1]: error: missing field `summary` (this item was skipped)",
            at(&text, "{\"id\": \"summit\"", 1)
        )],
        "a misspelt required field is a missing field first"
    );
    let text = story(
        &format!("{EVENT}, {EVENT}"),
        POINT,
        r#""https://example.com/""#,
    );
    let (_, out) = validate("dup2.json", &text);
    let duplicate = format!(
        "{}: events[1].id: error: duplicate event id \"summit\", first used at events[0] (this item was skipped)\n",
        at(&text, "\"id\": \"summit\"", 1)
    );
    assert!(out.starts_with(&duplicate), "{out}");
}

#[test]
fn json_output_is_for_tools() {
    let text = story(EVENT, POINT, r#""ftp://example.com""#);
    let path = story_file("json.json", &text);
    let output = run(&["validate", "--format", "json", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(report[0]["path"], "sources[0].url");
    assert_eq!(report[0]["impact"], "field");
    let url_line = text.lines().position(|l| l.contains("ftp://")).unwrap() + 1;
    assert_eq!(report[0]["line"], url_line);
}

#[test]
fn unreadable_files_and_bad_usage_exit_2() {
    assert_eq!(
        run(&["validate", "/nonexistent/story.json"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["validate"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn a_story_saved_in_another_encoding_is_refused_with_where_it_stops_being_utf8() {
    // The base story saved as Windows-1252 with one accented title: "é" is byte 0xE9.
    let text = story(EVENT, POINT, r#""https://example.com/""#)
        .replace(r#""title": "Talks""#, r#""title": "Talks in Genève""#);
    let expected = at(&text, "è", 0);
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("Latin-1 only"))
        .collect();
    let dir = story_file("latin1.json", "")
        .parent()
        .unwrap()
        .to_path_buf();
    let path = dir.join("latin1.json");
    std::fs::write(&path, bytes).unwrap();
    for command in ["validate", "render"] {
        let output = run(&[command, path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{command}");
        let report = String::from_utf8(output.stderr).unwrap();
        assert_eq!(
            report.trim_end().replace(path.to_str().unwrap(), "STORY"),
            format!("{expected}: not UTF-8 text; save the file as UTF-8"),
            "{command}"
        );
    }
}

#[test]
fn schema_prints_the_committed_schema() {
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/static/story.schema.json"
    ))
    .unwrap();
    let output = run(&["schema"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), committed);
}

/// `import-sheet` and `export-sheet`: a spreadsheet in, a story out, and back.
mod sheets {
    use super::*;

    /// A fresh empty folder for one test.
    fn folder(name: &str) -> PathBuf {
        let dir = std::env::temp_dir()
            .join(format!("tt-cli-{}", std::process::id()))
            .join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn export_then_import_gives_the_seed_back() {
        let dir = folder("seed-sheets");
        let output = run(&["export-sheet", SEED, "--out", dir.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                "claims.csv",
                "events.csv",
                "history.csv",
                "next_steps.csv",
                "parties.csv",
                "points.csv",
                "positions.csv",
                "questions.csv",
                "sources.csv",
                "story.csv",
                "tracks.csv",
                "updates.csv",
            ]
        );
        let output = run(&["import-sheet", dir.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let back = story::parse(&stdout(&output));
        assert!(back.diagnostics.is_empty(), "{:?}", back.diagnostics);
        assert_eq!(
            back.story.unwrap(),
            talks_tracker_story_for_tests::parse_seed()
        );
    }

    #[test]
    fn an_xlsx_export_imports_back_to_the_same_story() {
        let path = folder("xlsx-export").join("seed.xlsx");
        let output = run(&["export-sheet", SEED, "--xlsx", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let output = run(&["import-sheet", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let back = story::parse(&stdout(&output)).story.unwrap();
        assert_eq!(back, talks_tracker_story_for_tests::parse_seed());
    }

    #[test]
    fn import_sheet_reports_each_mistake_by_sheet_row_and_column() {
        let dir = folder("mistakes");
        let story = "Field,Value\nTitle,Talks\nSummary,Two rounds.\nLanguage,en\n\
                     Published,2026-01-10T09:00:00+02:00\nPublisher,Example News\n";
        std::fs::write(dir.join("story.csv"), story).unwrap();
        std::fs::write(
            dir.join("events.csv"),
            "Title,Date,Participants,Summary\nSummit,6th Jan,Ukrain,Leaders met.\n",
        )
        .unwrap();
        std::fs::write(dir.join("parties.csv"), "Name,Kind\nUkraine,country\n").unwrap();
        let output = run(&["import-sheet", dir.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(stdout(&output), "", "no story when there are problems");
        assert_eq!(
            stderr(&output).replace(dir.to_str().unwrap(), "SHEETS"),
            "SHEETS: events, row 2, column \"Date\": expected a date like 2026-01-06 or 6 January 2026, got \"6th Jan\"\n\
             SHEETS: events, row 2, column \"Participants\": no party has the name or id \"Ukrain\"\n"
        );
        // A sheet saved as Windows-1252 ("Genève": "è" is byte 0xE8): where, and what to do.
        std::fs::write(
            dir.join("parties.csv"),
            b"Name,Kind\nUkraine,country\nGen\xe8ve,city\n",
        )
        .unwrap();
        let output = run(&["import-sheet", dir.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(
            stderr(&output).replace(dir.to_str().unwrap(), "SHEETS"),
            "SHEETS: cannot read: parties.csv:3:4: not UTF-8 text; save it as \"CSV UTF-8\"\n"
        );
        assert_eq!(run(&["import-sheet"]).status.code(), Some(2));
        assert_eq!(
            run(&["import-sheet", SEED]).status.code(),
            Some(2),
            "not a spreadsheet"
        );
        assert_eq!(
            run(&["export-sheet", SEED]).status.code(),
            Some(2),
            "no --out"
        );
    }

    #[test]
    fn import_sheet_reads_an_xlsx_file_with_date_cells() {
        use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
        let dir = folder("xlsx");
        let path = dir.join("talks.xlsx");
        let mut book = Workbook::new();
        let head = book.add_worksheet().set_name("Story").unwrap();
        for (row, (field, value)) in [
            ("Field", "Value"),
            ("Title", "Talks"),
            ("Summary", "Two rounds."),
            ("Language", "en"),
            ("Published", "2026-01-10T09:00:00+02:00"),
            ("Publisher", "Example News"),
        ]
        .into_iter()
        .enumerate()
        {
            head.write_string(row as u32, 0, field).unwrap();
            head.write_string(row as u32, 1, value).unwrap();
        }
        let parties = book.add_worksheet().set_name("Parties").unwrap();
        parties.write_string(0, 0, "Name").unwrap();
        parties.write_string(0, 1, "Kind").unwrap();
        parties.write_string(1, 0, "Ukraine").unwrap();
        parties.write_string(1, 1, "Country").unwrap();
        let events = book.add_worksheet().set_name("Events").unwrap();
        let day = Format::new().set_num_format("d mmmm yyyy");
        for (column, header) in ["Title", "Date", "Participants", "Summary", "Days after"]
            .into_iter()
            .enumerate()
        {
            events.write_string(0, column as u16, header).unwrap();
        }
        events.write_string(1, 0, "Summit").unwrap();
        let date = ExcelDateTime::from_ymd(2026, 1, 6).unwrap();
        events
            .write_datetime_with_format(1, 1, &date, &day)
            .unwrap();
        events.write_string(1, 2, "ukraine").unwrap();
        events.write_string(1, 3, "Leaders met.").unwrap();
        book.save(&path).unwrap();

        let output = run(&["import-sheet", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let parsed = story::parse(&stdout(&output));
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        let story = parsed.story.unwrap();
        let event = &story.events()[0];
        assert_eq!(event.date.label_en(), "Tuesday, 6 January 2026");
        assert_eq!(event.participants[0].as_str(), "ukraine");
    }
}

#[test]
fn render_writes_the_whole_story_as_html_without_script() {
    let output = run(&["render", "--standalone", SEED]);
    assert_eq!(output.status.code(), Some(0));
    let html = stdout(&output);
    let parsed = talks_tracker_story_for_tests::parse_seed();
    for event in parsed.events() {
        assert!(
            html.contains(&format!("data-event-id=\"{}\"", event.id)),
            "event {} missing",
            event.id
        );
    }
    for point in parsed.points() {
        assert!(
            html.contains(&format!("data-point-id=\"{}\"", point.id)),
            "point {} missing",
            point.id
        );
    }
    assert!(html.starts_with("<!doctype html>"));
    assert!(
        html.contains("<style>"),
        "standalone pages carry the stylesheet"
    );
    // No script runs: the one script element is data for search engines, in <head>.
    let head = &html[..html.find("</head>").unwrap()];
    assert_eq!(only_script(&html), Some(head.find(JSON_LD).unwrap()));
    let without = stdout(&run(&["render", "--standalone", "--no-json-ld", SEED]));
    assert!(!without.to_ascii_lowercase().contains("<script"));
    assert_eq!(
        without,
        html.replacen(&format!("{}\n", json_ld_of(&html)), "", 1)
    );
}

const JSON_LD: &str = r#"<script type="application/ld+json">"#;

/// Where the page's one script element starts, when it is the JSON-LD one and the
/// page has no other `<script` or `</script`; `None` otherwise.
fn only_script(html: &str) -> Option<usize> {
    let lower = html.to_ascii_lowercase();
    let at = lower.find("<script")?;
    let one_each = lower.matches("<script").count() == 1 && lower.matches("</script").count() == 1;
    (one_each && html[at..].starts_with(JSON_LD)).then_some(at)
}

/// The JSON-LD script element of `html`.
fn json_ld_of(html: &str) -> &str {
    let start = html.find(JSON_LD).expect("JSON-LD");
    let end = start + html[start..].find("</script>").unwrap() + "</script>".len();
    &html[start..end]
}

/// The JSON-LD of `html`, parsed.
fn json_ld_value(html: &str) -> serde_json::Value {
    let element = json_ld_of(html);
    serde_json::from_str(&element[JSON_LD.len()..element.len() - "</script>".len()]).unwrap()
}

mod talks_tracker_story_for_tests {
    pub fn parse_seed() -> story::Story {
        story::parse(&std::fs::read_to_string(super::SEED).unwrap())
            .story
            .unwrap()
    }
}

const TIMELINEJS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/timelinejs-every-field.json"
);

#[test]
fn a_timelinejs_file_imports_into_a_valid_story_and_says_what_it_dropped() {
    let (imported, json, report) = import_clean(TIMELINEJS);

    assert_eq!(imported.head().title, "Trade talks 2026");
    assert_eq!(
        imported.head().summary,
        "Two blocs negotiate tariffs & quotas."
    );
    // Four of the five events have a date, plus the era as a range event.
    assert_eq!(imported.events().len(), 5);
    let first = imported
        .event(&story::EventId::new("round-one"))
        .expect("unique_id became the id");
    assert_eq!(
        first.summary, "Delegations met in Geneva. Talks were constructive.",
        "HTML reduced to text, script dropped"
    );
    assert_eq!(first.date.text(), Some("Tuesday morning"));
    assert_eq!(first.date.start().to_string(), "2026-01-06");
    let second = imported
        .events()
        .iter()
        .find(|e| e.title == "Second round")
        .unwrap();
    assert_eq!(
        (
            second.date.start().to_string(),
            second.date.end().to_string()
        ),
        ("2026-01-08".into(), "2026-01-09".into())
    );
    assert_eq!(second.summary, "Quotas <and> rules of origin — no deal.");
    let month_only = imported
        .events()
        .iter()
        .find(|e| e.summary == "Ministers expected to meet.")
        .unwrap();
    assert!(month_only.date.is_approximate());
    assert_eq!(
        (
            month_only.date.start().to_string(),
            month_only.date.end().to_string()
        ),
        ("2026-02-01".into(), "2026-02-28".into())
    );
    let year_only = imported
        .events()
        .iter()
        .find(|e| e.title == "Preparations")
        .unwrap();
    assert_eq!(year_only.date.text(), Some("Throughout 2025"));
    assert_eq!(
        year_only.summary,
        story::import::NO_SUMMARY,
        "an empty text does not repeat the headline"
    );

    // Groups became tracks, credits sources (deduplicated, safe links only).
    let tracks: Vec<&str> = imported.tracks().iter().map(|t| t.name.as_str()).collect();
    assert_eq!(tracks, ["Tariffs", "Quotas"]);
    assert_eq!(imported.sources().len(), 1);
    assert_eq!(imported.sources()[0].outlet, "Example Wire");
    assert_eq!(
        imported.sources()[0].url.as_deref(),
        Some("https://wire.example/story")
    );
    assert_eq!(second.sources, first.sources);
    assert!(!json.contains("javascript:") && !json.contains("<script") && !json.contains("alert"));

    // ...and renders in the widget's components.
    let imported_file = story_file("imported.json", &json);
    let rendered = run(&["render", imported_file.to_str().unwrap()]);
    assert_eq!(rendered.status.code(), Some(0));
    let html = stdout(&rendered);
    for event in imported.events() {
        assert!(
            html.contains(&format!("data-event-id=\"{}\"", event.id)),
            "{} not rendered",
            event.id
        );
    }

    for dropped in [
        "scale",
        "title.media",
        "events[0].background",
        "events[0].autolink",
        "events[2].media: media without a credit",
        "events[4]: left out, it has no usable start_date",
        "eras[0]: era imported as a range event",
        "events[3].text.text: empty, and a story needs a summary",
        "events[0].start_date: the time of day is not carried over",
        "published: set to",
    ] {
        assert!(
            report.contains(dropped),
            "the report does not mention {dropped:?}:\n{report}"
        );
    }
}

/// Runs `import-timelinejs` on a fixture, insists the story validates with no
/// diagnostic at all, and gives it with the report.
fn import_clean(path: &str) -> (story::Story, String, String) {
    let output = run(&["import-timelinejs", path]);
    let report = String::from_utf8(output.stderr.clone()).unwrap();
    assert_eq!(output.status.code(), Some(0), "{report}");
    let json = stdout(&output);
    let parsed = story::parse(&json);
    assert!(
        parsed.diagnostics.is_empty(),
        "the imported story has problems: {:#?}",
        parsed.diagnostics
    );
    (parsed.story.unwrap(), json, report)
}

#[test]
fn a_newsroom_timelinejs_file_keeps_entities_lists_and_links() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/timelinejs-entities.json"
    );
    let (imported, json, report) = import_clean(path);
    assert_eq!(imported.head().title, "US–China trade talks: “a long road”");
    assert_eq!(
        imported.head().id.as_str(),
        "us-china-trade-talks-a-long-road"
    );
    assert!(!json.contains("&ndash;") && !json.contains("ndash") && !json.contains("javascript:"));
    let geneva = imported
        .event(&story::EventId::new(
            "geneva-round-opens-a-constructive-start",
        ))
        .unwrap();
    assert!(geneva
        .summary
        .contains("agreed on: A timetable. Two working groups. The next venue…"));
    let outlets: Vec<&str> = imported
        .sources()
        .iter()
        .map(|s| s.outlet.as_str())
        .collect();
    assert_eq!(outlets, ["reuters.com", "apnews.com", "Example Photos"]);
    assert_eq!(geneva.sources, [story::SourceId::new("reuters-com")]);
    for event in imported.events() {
        assert_ne!(event.summary, event.title);
    }
    assert!(report.contains("events[2].text.text: empty, and a story needs a summary"));
}

const SHEET_CSV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/timelinejs-sheet.csv"
);

#[test]
fn a_timelinejs_sheet_exported_as_csv_imports_by_extension_or_content() {
    let (imported, json, report) = import_clean(SHEET_CSV);
    assert_eq!(imported.head().title, "US–China trade talks");
    assert_eq!(imported.events().len(), 5);
    for line in [
        "timelinejs-sheet.csv: column \"Notes\": not a TimelineJS column, ignored",
        "timelinejs-sheet.csv: row 7, Month: expected a whole number, got \"Feb\"; left out",
        "timelinejs-sheet.csv: row 5, Background: not carried over",
    ] {
        assert!(report.contains(line), "no {line:?} in:\n{report}");
    }
    // The same sheet under a name that says nothing: recognised by its content.
    let renamed = story_file("sheet-export", &std::fs::read_to_string(SHEET_CSV).unwrap());
    let (_, same, _) = import_clean(renamed.to_str().unwrap());
    assert_eq!(same, json);
}

#[test]
fn a_csv_that_is_not_a_timelinejs_sheet_is_refused() {
    let path = story_file("names.csv", "Name,Role\nAda,Envoy\n");
    let output = run(&["import-timelinejs", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no Year column"));
}

#[test]
fn a_file_that_is_not_timelinejs_is_refused() {
    let path = story_file("not-tl.json", r#"{"slides": []}"#);
    let output = run(&["import-timelinejs", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no \"events\" array"));
}

#[test]
fn rendered_html_escapes_story_text() {
    let poisoned = story(
        &EVENT.replace(
            "Leaders met.",
            "<script>alert(1)</script><img src=x onerror=alert(2)>",
        ),
        &POINT.replace("Continues.", "\\\"><svg onload=alert(3)>"),
        r#""javascript:alert(4)""#,
    );
    let path = story_file("poisoned.json", &poisoned);
    for mode in ["--standalone", "--embed"] {
        let html = stdout(&run(&["render", mode, path.to_str().unwrap()]));
        let lower = html.to_ascii_lowercase();
        assert!(
            only_script(&html).is_some() && !lower.contains("<img") && !lower.contains("<svg"),
            "{mode}: markup from the story"
        );
        assert!(
            !lower.contains("href=\"javascript:"),
            "{mode}: a javascript: link survived"
        );
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{mode}: the text is shown escaped"
        );
    }
}

/// Runs `facts` on `path` and parses its JSON.
fn facts(args: &[&str]) -> serde_json::Value {
    let output = run(&[&["facts"], args].concat());
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_str(&stdout(&output)).expect("facts prints JSON")
}

fn ids(value: &serde_json::Value) -> Vec<&str> {
    value
        .as_array()
        .expect("a list of ids")
        .iter()
        .map(|id| id.as_str().unwrap())
        .collect()
}

/// A story written out of date order, with a person who speaks for a party, two tracks and
/// an expected event: every fact below is worked out by hand, not by the model.
const FACTS_STORY: &str = r#"{
  "version": 1, "id": "facts", "title": "Talks", "summary": "Three rounds.", "language": "en",
  "published": "2026-01-10T09:00:00+02:00", "publisher": {"name": "Example News"},
  "parties": [
    {"id": "ua", "name": "Ukraine", "kind": "country"},
    {"id": "us", "name": "United States", "kind": "country"},
    {"id": "envoy", "name": "An Envoy", "kind": "person", "party": "us"}
  ],
  "tracks": [{"id": "sec", "name": "Security"}, {"id": "econ", "name": "Economy"}],
  "sources": [{"id": "wire", "outlet": "Example Wire"}],
  "events": [
    {"id": "e3", "title": "Summit", "summary": "Expected.", "participants": ["ua", "us"],
     "date": {"kind": "expected", "start": "2026-02-01", "end": "2026-02-10", "text": "next month"}},
    {"id": "e2", "title": "Envoy visit", "summary": "Visited.", "participants": ["envoy"], "tracks": ["econ"],
     "date": {"kind": "exact", "date": "2026-01-05"}},
    {"id": "e1", "title": "First round", "summary": "Met.", "participants": ["ua"], "tracks": ["sec"],
     "date": {"kind": "exact", "date": "2026-01-02"}}
  ],
  "points": [
    {"id": "p3", "title": "Treaty", "status": "in_progress", "summary": "Open.", "events": ["e3"]},
    {"id": "p2", "title": "Tariffs", "status": "disputed", "summary": "Apart.", "track": "econ",
     "positions": [{"party": "us", "stance": "No."}]},
    {"id": "p1", "title": "Patrols", "status": "agreed", "summary": "Done.", "track": "sec", "events": ["e1"]}
  ]
}"#;

#[test]
fn facts_match_a_story_worked_out_by_hand() {
    let path = story_file("facts.json", FACTS_STORY);
    let f = facts(&["--pairs", path.to_str().unwrap()]);
    assert_eq!(ids(&f["events"]), ["e1", "e2", "e3"], "timeline order");
    assert_eq!(
        f["default_event"], "e2",
        "the latest event that has happened by the story's date"
    );
    assert_eq!(ids(&f["cards"]["agreed"]), ["p1"]);
    assert_eq!(ids(&f["cards"]["problems"]), ["p2"]);
    assert_eq!(ids(&f["cards"]["open"]), ["p3"]);

    // Persons are not options; the envoy counts for the United States.
    let option = |kind: &str, id: &str| {
        f[kind]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("no {kind} option {id}"))
    };
    assert_eq!(f["parties"].as_array().unwrap().len(), 2);
    let ua = option("parties", "ua");
    assert_eq!(ids(&ua["events"]), ["e1", "e3"]);
    assert_eq!(
        (
            ids(&ua["cards"]["agreed"]),
            ids(&ua["cards"]["problems"]),
            ids(&ua["cards"]["open"])
        ),
        (vec!["p1"], vec![], vec!["p3"])
    );
    assert_eq!(ua["default_event"], "e1");
    assert_eq!(ua["count"], serde_json::json!({"events": 2, "points": 2}));
    let us = option("parties", "us");
    assert_eq!(ids(&us["events"]), ["e2", "e3"]);
    assert_eq!(
        (
            ids(&us["cards"]["agreed"]),
            ids(&us["cards"]["problems"]),
            ids(&us["cards"]["open"])
        ),
        (vec![], vec!["p2"], vec!["p3"])
    );
    let econ = option("tracks", "econ");
    assert_eq!(ids(&econ["events"]), ["e2"]);
    assert_eq!(ids(&econ["cards"]["problems"]), ["p2"]);

    // Two parties widen; a party and a track narrow, down to nothing here.
    let pair = |parties: &[&str], tracks: &[&str]| {
        f["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| ids(&p["parties"]) == parties && ids(&p["tracks"]) == tracks)
            .cloned()
            .unwrap_or_else(|| panic!("no pair {parties:?} {tracks:?}"))
    };
    assert_eq!(ids(&pair(&["ua", "us"], &[])["events"]), ["e1", "e2", "e3"]);
    assert_eq!(ids(&pair(&["ua"], &["sec"])["events"]), ["e1"]);
    let none = pair(&["ua"], &["econ"]);
    assert_eq!(ids(&none["events"]), Vec::<&str>::new());
    assert_eq!(none["default_event"], serde_json::Value::Null);
}

#[test]
fn facts_of_the_seed_story_agree_with_its_json() {
    let f = facts(&[SEED]);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SEED).unwrap()).unwrap();
    let events = json["events"].as_array().unwrap();
    let mut written: Vec<&str> = events.iter().map(|e| e["id"].as_str().unwrap()).collect();
    let mut order = ids(&f["events"]);
    // First and last by date, read off the file: the one starting earliest, the one
    // starting latest (each unique in the seed story).
    let start = |e: &serde_json::Value| {
        e["date"]["date"]
            .as_str()
            .or(e["date"]["start"].as_str())
            .unwrap()
            .to_string()
    };
    let earliest = events.iter().min_by_key(|e| start(e)).unwrap();
    let latest = events.iter().max_by_key(|e| start(e)).unwrap();
    assert_eq!(earliest["id"], "trump-distracted");
    assert_eq!(order[0], "trump-distracted");
    assert_eq!(latest["id"], "zelenskyy-trump-meeting");
    assert_eq!(*order.last().unwrap(), "zelenskyy-trump-meeting");
    written.sort();
    order.sort();
    assert_eq!(order, written, "every event once");
    // The default event has happened by the story's date.
    let default = events
        .iter()
        .find(|e| e["id"] == f["default_event"])
        .unwrap();
    assert_ne!(default["date"]["kind"], "expected");
    assert!(start(default).as_str() <= &json["updated"].as_str().unwrap()[..10]);
    // Every point is in exactly one section.
    let mut cards: Vec<&str> = ["agreed", "problems", "open"]
        .iter()
        .flat_map(|s| ids(&f["cards"][s]))
        .collect();
    let mut points: Vec<&str> = json["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    cards.sort();
    points.sort();
    assert_eq!(cards, points);
}

/// A story whose every text is hostile, with an update log and a canonical URL.
const HOSTILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/crates/story/tests/fixtures/hostile.json"
);
/// The seed story as it shipped at format version 1.
const V1_SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/crates/story/tests/fixtures/v1-seed.json"
);

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn render_puts_json_ld_in_the_head_or_after_the_template() {
    let standalone = stdout(&run(&["render", "--standalone", HOSTILE]));
    let at = only_script(&standalone).expect("one script, the JSON-LD");
    assert!(at < standalone.find("</head>").unwrap());
    let ld = json_ld_value(&standalone);
    assert_eq!(ld["@type"], "LiveBlogPosting");
    assert_eq!(
        ld["headline"],
        "Talks </script><script>alert(1)</script> & <!-- more"
    );
    assert_eq!(ld["correction"][0]["@type"], "CorrectionComment");

    let embed = stdout(&run(&["render", "--embed", "--instance", "box", HOSTILE]));
    let at = only_script(&embed).expect("one script, the JSON-LD");
    assert!(
        at > embed.find("</template>").unwrap(),
        "after the template"
    );
    // Links name the ids of this instance.
    assert_eq!(
        json_ld_value(&embed)["liveBlogUpdate"][0]["url"],
        r##"https://example.org/talks?x=1&y="2"#box-update-1"##
    );
    let embed = stdout(&run(&["render", "--embed", "--no-json-ld", HOSTILE]));
    assert!(!embed.to_ascii_lowercase().contains("<script"));
}

/// `render --embed --positions FILE`: the fragment has no inline style (a strict CSP
/// blocks them), links the positions stylesheet, and that file places every element.
#[test]
fn render_embed_writes_its_positions_stylesheet_instead_of_inline_styles() {
    let positions = story_file("seed.positions.css", "");
    std::fs::remove_file(&positions).unwrap();
    let output = run(&[
        "render",
        "--embed",
        "--css",
        "tt.css",
        "--positions",
        positions.to_str().unwrap(),
        "--positions-url",
        "stories/seed.positions.css",
        SEED,
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "", "no warning with --positions");
    let embed = stdout(&output);
    assert!(!embed.contains(" style="), "an inline style attribute");
    assert!(embed.contains(
        "<link rel=\"stylesheet\" href=\"tt.css\"><link rel=\"stylesheet\" href=\"stories/seed.positions.css\">"
    ));
    let css = std::fs::read_to_string(&positions).expect("the positions file is written");
    let values: Vec<&str> = embed
        .split("data-css-vars=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert!(values.len() > 10, "the seed's timeline has positions");
    for value in values {
        assert!(
            css.contains(&format!("[data-css-vars=\"{value}\"]{{{value}}}")),
            "no rule for {value}"
        );
    }

    // Without it the producer is told what is missing, and the output still has no
    // inline style.
    let output = run(&["render", "--embed", "--css", "tt.css", SEED]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stderr(&output).contains("--positions FILE"),
        "{}",
        stderr(&output)
    );
    assert!(!stdout(&output).contains(" style="));

    // A path that cannot be written is an error naming it, not a half-written embed.
    let output = run(&[
        "render",
        "--embed",
        "--positions",
        "/nonexistent-dir/p.css",
        SEED,
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("/nonexistent-dir/p.css"));
    assert_eq!(stdout(&output), "");
}

#[test]
fn feed_writes_the_update_log_as_atom() {
    let output = run(&["feed", HOSTILE]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let xml = stdout(&output);
    assert!(xml.starts_with(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""
    ));
    assert_eq!(xml.matches("<entry>").count(), 2);
    // Newest first, the correction marked as one.
    let correction = xml
        .find("<title type=\"text\">Correction: The summit")
        .unwrap();
    let update = xml.find("<title type=\"text\">Update: Aid agreed").unwrap();
    assert!(correction < update);
    assert!(xml.contains(
        r#"href="https://example.org/talks?x=1&amp;y=&quot;2&quot;#hostile-event-summit""#
    ));
    // Story text only as escaped text: no element or CDATA end from it.
    for raw in ["<script", "</script", "<b>", "<!--", "]]>"] {
        assert!(!xml.contains(raw), "{raw} in the feed");
    }

    let with_instance = stdout(&run(&["feed", "--instance", "box", HOSTILE]));
    assert!(with_instance.contains("#box-update-1\""));
    assert_eq!(run(&["feed"]).status.code(), Some(2));
    assert_eq!(
        run(&["feed", "--instance", "no spaces", HOSTILE])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn migrate_writes_version_2_and_changes_nothing_else() {
    let v1 = std::fs::read_to_string(V1_SEED).unwrap();
    let output = run(&["migrate", V1_SEED]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        v1.replacen("\"version\": 1,", "\"version\": 2,", 1)
    );
    assert_eq!(stderr(&output), "");

    // A current file is printed unchanged, with a note.
    let output = run(&["migrate", HOSTILE]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), std::fs::read_to_string(HOSTILE).unwrap());
    assert!(stderr(&output).ends_with(": already at format version 2; nothing to change\n"));
}

#[test]
fn migrate_in_place_rewrites_the_file_once() {
    let v1 = std::fs::read_to_string(V1_SEED).unwrap();
    let path = story_file("in-place.json", &v1);
    let file = path.to_str().unwrap();
    let output = run(&["migrate", "--in-place", file]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        format!("{file}: migrated from format version 1 to 2\n")
    );
    let v2 = std::fs::read_to_string(&path).unwrap();
    assert_eq!(v2, v1.replacen("\"version\": 1,", "\"version\": 2,", 1));
    assert_eq!(run(&["validate", file]).status.code(), Some(0));

    let again = run(&["migrate", "--in-place", file]);
    assert_eq!(again.status.code(), Some(0));
    assert!(stderr(&again).contains("already at format version 2"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), v2);
}

#[test]
fn migrate_refuses_what_it_cannot_migrate_and_says_where() {
    let text = "{\n  \"id\": \"x\",\n  \"version\": 7\n}";
    let path = story_file("future.json", text);
    let output = run(&["migrate", "--in-place", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output).replace(path.to_str().unwrap(), "STORY"),
        format!(
            "{}: error: version: this tool migrates story format versions 1 to 2, the file says 7\n",
            at(text, "\"version\"", 0)
        )
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "left alone");

    let path = story_file("broken.json", "{\"version\": 1,}");
    let output = run(&["migrate", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains(":1:15: error: trailing comma"),
        "{}",
        stderr(&output)
    );

    assert_eq!(run(&["migrate"]).status.code(), Some(2));
    assert_eq!(
        run(&["migrate", "--in-plaice", V1_SEED]).status.code(),
        Some(2)
    );
    assert_eq!(
        run(&["migrate", "/nonexistent/story.json"]).status.code(),
        Some(2)
    );
}

/// `oembed` with the addresses every call needs, then `extra`; (exit code, stdout, stderr).
fn oembed(extra: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "oembed",
        "--embed-url",
        "https://embeds.example/tt/embed.html",
        "--story-url",
        "https://embeds.example/stories/paris-talks.json?v=2&lang=uk",
    ];
    args.extend_from_slice(extra);
    let output = run(&args);
    (
        output.status.code().unwrap(),
        stdout(&output),
        stderr(&output),
    )
}

/// The value of attribute `name` in `html`, unescaped (only the escapes the CLI writes).
fn attribute(html: &str, name: &str) -> String {
    let start = html.find(&format!(" {name}=\"")).expect("the attribute") + name.len() + 3;
    let end = start + html[start..].find('"').unwrap();
    html[start..end]
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn oembed_writes_a_rich_response_with_the_iframe_embed() {
    let (code, out, err) = oembed(&[SEED]);
    assert_eq!(code, 0, "{err}");
    let response: serde_json::Value = serde_json::from_str(&out).unwrap();
    let seed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SEED).unwrap()).unwrap();
    assert_eq!(response["type"], "rich");
    assert_eq!(response["version"], "1.0");
    assert_eq!(response["title"], seed["title"]);
    assert_eq!(response["provider_name"], "talks-tracker");
    assert!(response.get("provider_url").is_none());
    assert_eq!(response["width"], 640);
    assert_eq!(response["height"], 800);
    let html = response["html"].as_str().unwrap();
    assert!(
        html.starts_with("<iframe data-talks-tracker-frame "),
        "{html}"
    );
    assert_eq!(
        attribute(html, "src"),
        "https://embeds.example/tt/embed.html?story=https%3A%2F%2Fembeds.example%2Fstories%2Fparis-talks.json%3Fv%3D2%26lang%3Duk"
    );
    assert_eq!(attribute(html, "title"), seed["title"].as_str().unwrap());
    assert_eq!(attribute(html, "width"), "640");
    assert_eq!(attribute(html, "height"), "800");
    assert!(
        html.ends_with(
            "</iframe>\n<script src=\"https://embeds.example/tt/embed/parent.js\" defer></script>"
        ),
        "{html}"
    );
}

#[test]
fn oembed_keeps_every_character_of_the_title_and_escapes_it_in_the_html() {
    let title = r#"Say "no" to <b>deals</b> & 'leaks' </iframe><script>alert(1)</script>"#;
    let text = story(EVENT, POINT, "\"https://wire.example/1\"").replace(
        r#""title": "Talks""#,
        &format!(r#""title": {}"#, serde_json::to_string(title).unwrap()),
    );
    let file = story_file("oembed-hostile.json", &text);
    let (code, out, err) = oembed(&[
        "--provider",
        "Example \"News\" <Desk>",
        "--provider-url",
        "https://news.example/",
        "--width",
        "500",
        "--height",
        "1200",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let response: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(response["title"], title);
    assert_eq!(response["provider_name"], "Example \"News\" <Desk>");
    assert_eq!(response["provider_url"], "https://news.example/");
    assert_eq!(response["width"], 500);
    assert_eq!(response["height"], 1200);
    let html = response["html"].as_str().unwrap();
    assert_eq!(attribute(html, "title"), title);
    assert!(html.contains(
        "title=\"Say &quot;no&quot; to &lt;b&gt;deals&lt;/b&gt; &amp; 'leaks' \
         &lt;/iframe&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""
    ));
    // The title ends no attribute and opens no element: one iframe, one script (parent.js).
    assert_eq!(html.matches('<').count(), 4, "{html}");
    assert_eq!(attribute(html, "width"), "500");
    assert_eq!(attribute(html, "height"), "1200");
}

#[test]
fn oembed_says_what_is_missing_or_wrong() {
    let usage = [
        (
            vec!["oembed", "--story-url", "https://a.example/s.json", SEED],
            "talks-tracker oembed: --embed-url is required: the public address of embed.html",
        ),
        (
            vec![
                "oembed",
                "--embed-url",
                "javascript:alert(1)",
                "--story-url",
                "https://a.example/s.json",
                SEED,
            ],
            "talks-tracker oembed: --embed-url takes an https:// or http:// address, got \"javascript:alert(1)\"",
        ),
        (
            vec![
                "oembed",
                "--embed-url",
                "https://a.example/embed.html",
                "--story-url",
                "https://a.example/s.json",
                "--width",
                "0",
                SEED,
            ],
            "talks-tracker oembed: --width takes a number of pixels from 1 to 10000, got \"0\"",
        ),
        (
            vec![
                "oembed",
                "--embed-url",
                "https://a.example/embed.html",
                "--story-url",
                "https://a.example/s.json",
            ],
            "talks-tracker oembed: name one story file",
        ),
    ];
    for (args, message) in usage {
        let output = run(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&output).trim_end(), message);
        assert_eq!(stdout(&output), "", "nothing on stdout for {args:?}");
    }

    let (code, out, err) = oembed(&["/nonexistent/story.json"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("/nonexistent/story.json: cannot read"),
        "{err}"
    );
    assert_eq!(out, "");

    let broken = story_file("oembed-broken.json", "{\"version\": 2, \"title\": ");
    let (code, out, err) = oembed(&[broken.to_str().unwrap()]);
    assert_eq!(code, 1, "a story that cannot be read is a story problem");
    assert!(err.contains("oembed-broken.json:"), "{err}");
    assert_eq!(out, "");
}
