//! Spreadsheet authoring: every shipped story survives the trip to sheets (and CSV)
//! and back, and a spreadsheet with mistakes gets each one at its sheet, row and column.

use std::path::PathBuf;

use talks_tracker_story::sheets::{self, Problem, Workbook};
use talks_tracker_story::{parse, Story, StoryFile};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read_story(path: &str) -> Story {
    let json = std::fs::read_to_string(root().join(path)).expect("story file");
    let parsed = parse(&json);
    assert!(
        parsed.diagnostics.is_empty(),
        "{path}: {:#?}",
        parsed.diagnostics
    );
    parsed.story.expect("a story")
}

/// Story → workbook → CSV texts → workbook → story.
fn through_sheets(story: &Story) -> Story {
    let book = sheets::to_workbook(&story.to_file());
    let files = sheets::write_csv(&book);
    let back = sheets::read_csv(&files).expect("our own CSV reads");
    assert_eq!(back, book, "CSV keeps every cell");
    let file = match sheets::from_workbook(&back) {
        Ok(file) => file,
        Err(problems) => panic!("{}", lines(&problems)),
    };
    let json = serde_json::to_string(&file).unwrap();
    let parsed = parse(&json);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    let again = parsed.story.unwrap();
    assert_eq!(
        sheets::to_workbook(&again.to_file()),
        book,
        "a second trip writes the same sheets"
    );
    again
}

fn lines(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("{p}\n")).collect()
}

#[test]
fn shipped_stories_survive_the_round_trip() {
    for path in [
        "static/stories/paris-talks.json",
        "static/stories/paris-talks.uk.json",
        "static/stories/iran-2015.json",
        "static/stories/rtl-test.he.json",
        "crates/story/tests/fixtures/format-example.json",
        "crates/story/tests/fixtures/living.json",
    ] {
        let story = read_story(path);
        let back = through_sheets(&story);
        // The same JSON value, not only equal moments: offsets and every field kept.
        assert_eq!(
            serde_json::to_value(back.to_file()).unwrap(),
            serde_json::to_value(story.to_file()).unwrap(),
            "{path}"
        );
        assert_eq!(back, story, "{path}");
    }
}

#[test]
fn a_file_without_version_1_spellings_comes_back_as_written() {
    // iran-2015.json uses every field of version 2 and no version 1 `track`, so the
    // file from the sheets is the file on disk, field for field.
    let json = std::fs::read_to_string(root().join("static/stories/iran-2015.json")).unwrap();
    let story = read_story("static/stories/iran-2015.json");
    let book = sheets::to_workbook(&story.to_file());
    let file = sheets::from_workbook(&book).unwrap();
    let original: StoryFile = serde_json::from_str(&json).unwrap();
    assert_eq!(file, original);
}

fn book(files: &[(&str, &str)]) -> Workbook {
    sheets::read_csv(files).expect("CSV")
}

const STORY: &str = "\
Field,Value
Title,Trade talks
Summary,Two rounds so far.
Language,en
Published,2026-01-10T09:00:00+02:00
Publisher,Example News
";

#[test]
fn names_and_ids_are_resolved_and_made() {
    let book = book(&[
        ("story.csv", STORY),
        (
            "parties.csv",
            "Name,Kind\nNorthland,country\nAna Berg,person\n",
        ),
        (
            "events.csv",
            "Title,Date,End date,Date kind,Date wording,Participants,Summary\n\
             First round,6 January 2026,,,,northland; ana berg,Agenda set.\n\
             Second round,\"January 8, 2026\",2026-01-09,,,Northland,Tariffs.\n\
             Summit,2026-01-20,2026-01-24,expected,within two weeks,,Leaders meet.\n",
        ),
        (
            "points.csv",
            "Title,Status,Events,Summary\nAgenda,agreed,First round,Set.\n",
        ),
        (
            "history.csv",
            "Point,Status,Date,Note\nagenda,Largely agreed,7 Jan 2026,A draft.\n",
        ),
    ]);
    let file = sheets::from_workbook(&book).unwrap_or_else(|p| panic!("{}", lines(&p)));
    assert_eq!(file.head.id.as_str(), "trade-talks");
    let ids: Vec<&str> = file.parties.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["northland", "ana-berg"]);
    let participants: Vec<&str> = file.events[0]
        .participants
        .iter()
        .map(|p| p.as_str())
        .collect();
    assert_eq!(participants, ["northland", "ana-berg"]);
    assert_eq!(file.events[1].date.label_en(), "8–9 January 2026");
    assert!(file.events[2].date.is_expected());
    assert_eq!(file.points[0].events[0].as_str(), "first-round");
    assert_eq!(file.points[0].history.len(), 1);
}

#[test]
fn a_spreadsheet_with_mistakes_gets_every_one_with_its_place() {
    let book = book(&[
        ("story.csv", STORY),
        (
            "parties.csv",
            "Party id,Name,Kind\nnorthland,Northland,country\nnorthland,Southland,country\n",
        ),
        (
            "events.csv",
            "Event id,Title,Date,Participants,Summary\n\
             round-1,First round,2026-01-06,Northland,Agenda set.\n\
             round-2,Second round,Jan 6th,Northland,Tariffs.\n\
             round-3,Third round,2026-01-09,Eastland,Quotas.\n\
             round-4,,2026-01-10,,No title.\n",
        ),
        (
            "points.csv",
            "Point id,Title,Status,Summary,Events\nagenda,Agenda,mostly agreed,Set.,round-4\n",
        ),
    ]);
    let problems = sheets::from_workbook(&book).unwrap_err();
    let got = lines(&problems);
    let want = "\
parties, row 3, column \"Party id\": duplicate party id \"northland\", first used at parties row 2
events, row 3, column \"Date\": expected a date like 2026-01-06 or 6 January 2026, got \"Jan 6th\"
events, row 4, column \"Participants\": no party has the name or id \"Eastland\"
events, row 5, column \"Title\": must not be empty
points, row 2, column \"Status\": expected one of agreed, largely agreed, in progress, not started, disputed, interpretation disputed, not agreed, dropped; got \"mostly agreed\"
";
    assert_eq!(got, want);
    // The point's event "round-4" is skipped for its missing title; the point's
    // reference to it is not a second problem.
    let first = &problems[0];
    assert_eq!(
        (first.sheet(), first.row(), first.column()),
        ("parties", Some(3), Some("Party id"))
    );
}

#[test]
fn semicolon_and_tab_separated_files_read_too() {
    let story = STORY.replace(',', ";");
    let book = book(&[
        ("story.csv", &story),
        (
            "parties.csv",
            "Name\tKind\nNorthland, the republic\tcountry\n",
        ),
    ]);
    let file = sheets::from_workbook(&book).unwrap_or_else(|p| panic!("{}", lines(&p)));
    assert_eq!(file.head.title, "Trade talks");
    assert_eq!(file.parties[0].name, "Northland, the republic");
}

#[test]
fn unknown_sheets_columns_and_missing_head_fields_are_reported() {
    let book = book(&[
        ("story.csv", "Field,Value\nTitle,Trade talks\nHeadline,x\n"),
        ("evnets.csv", "Title\nx\n"),
        ("tracks.csv", "Name,Colour\nWater,blue\n"),
    ]);
    let got = lines(&sheets::from_workbook(&book).unwrap_err());
    assert!(
        got.contains("story, row 3, column \"Field\": unknown field \"Headline\""),
        "{got}"
    );
    assert!(got.contains("evnets: unknown sheet"), "{got}");
    assert!(
        got.contains("tracks, row 1, column \"Colour\": unknown column"),
        "{got}"
    );
    assert!(
        got.contains("story: \"Published\" (no such row yet): needs the time"),
        "{got}"
    );
    assert!(
        got.contains("story: \"Summary\" (no such row yet): must not be empty"),
        "{got}"
    );
}

#[test]
fn the_template_reads_clean() {
    let dir = root().join("static/template");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("static/template")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "csv"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    assert_eq!(files.len(), 12, "one CSV file per sheet");
    let book = sheets::read_csv(&files).unwrap();
    let file = sheets::from_workbook(&book).unwrap_or_else(|p| panic!("{}", lines(&p)));
    // One example row on every sheet but the story's key/value sheet.
    for sheet in book.sheets().iter().filter(|s| s.name() != "story") {
        assert_eq!(
            sheet.rows().len(),
            2,
            "{}: the header and one example",
            sheet.name()
        );
    }
    assert_eq!(file.events.len(), 1);
}

/// static/template/ is the example story (tests/fixtures/template.json) as sheets;
/// `make template` (UPDATE_TEMPLATE=1) writes it again after a change of layout.
#[test]
fn the_template_is_the_example_story_as_sheets() {
    let story = read_story("crates/story/tests/fixtures/template.json");
    let files = sheets::write_csv(&sheets::to_workbook(&story.to_file()));
    let dir = root().join("static/template");
    for (name, text) in files {
        let path = dir.join(&name);
        if std::env::var_os("UPDATE_TEMPLATE").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            committed, text,
            "{name} is out of date: run `make template`"
        );
    }
}
