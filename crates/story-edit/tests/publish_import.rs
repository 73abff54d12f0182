//! The publish step's embed codes and the editor's import, natively.

use talks_tracker_story_edit::embed::{encode_uri_component, Published};
use talks_tracker_story_edit::import::import_files;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap()
}

fn published<'a>(title: &'a str, story_url: &'a str) -> Published<'a> {
    Published {
        base: "https://cdn.example/tt/",
        story_url,
        instance: "trade-talks",
        title,
    }
}

#[test]
fn the_script_embed_is_the_two_lines_of_docs_embedding() {
    let codes = published(
        "Trade talks",
        "https://cdn.example/stories/trade-talks.json",
    );
    assert_eq!(
        codes.script_embed(),
        "<script type=\"module\" src=\"https://cdn.example/tt/loader.js\"></script>\n\
         <talks-tracker id=\"trade-talks\" src=\"https://cdn.example/stories/trade-talks.json\"></talks-tracker>"
    );
}

#[test]
fn the_iframe_embed_encodes_the_story_address_as_demo_js_does() {
    let codes = published("Trade talks", "https://cdn.example/stories/a b&c.json");
    let iframe = codes.iframe_embed();
    assert!(
        iframe.contains("src=\"https://cdn.example/tt/embed.html?story=https%3A%2F%2Fcdn.example%2Fstories%2Fa%20b%26c.json\""),
        "{iframe}"
    );
    assert!(iframe.contains("title=\"Trade talks\""), "{iframe}");
    assert!(
        iframe.ends_with("<script src=\"https://cdn.example/tt/embed/parent.js\" defer></script>")
    );
    assert_eq!(encode_uri_component("é!~*'()"), "%C3%A9!~*'()");
}

#[test]
fn the_positions_stylesheet_is_published_beside_the_story_file() {
    let at = |url| published("T", url).positions_url();
    assert_eq!(
        at("https://cdn.example/stories/trade-talks.json"),
        "https://cdn.example/stories/trade-talks.positions.css"
    );
    // A query (a cache buster) is not part of the file's name.
    assert_eq!(
        at("stories/trade-talks.json?v=3"),
        "stories/trade-talks.positions.css"
    );
    assert_eq!(at("data/latest"), "data/latest.positions.css");
}

#[test]
fn no_title_or_address_ends_an_attribute_or_element() {
    let codes = published("\"><script>alert(1)</script>", "x\"><script>.json");
    for code in [
        codes.script_embed(),
        codes.iframe_embed(),
        codes.prerendered_embed(""),
    ] {
        assert!(!code.contains("<script>"), "{code}");
        assert!(!code.contains("x\"><"), "{code}");
    }
    assert!(codes
        .script_embed()
        .contains("src=\"x&quot;&gt;&lt;script&gt;.json\""));
    assert!(codes
        .iframe_embed()
        .contains("title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    assert!(!codes.prerendered_embed("<p>x</p>").contains("<script"));
}

#[test]
fn a_timelinejs_json_file_imports_with_its_report_named_by_file() {
    let files = vec![(
        "every.json".to_string(),
        read("tests/fixtures/timelinejs-every-field.json"),
    )];
    let imported = import_files(&files).unwrap();
    assert_eq!(imported.kind, "a TimelineJS file");
    assert!(!imported.file.events.is_empty());
    assert!(imported
        .report
        .iter()
        .all(|line| line.starts_with("every.json: ")));
}

#[test]
fn a_timelinejs_sheet_is_told_from_the_template_by_its_header() {
    let files = vec![(
        "sheet.csv".to_string(),
        read("tests/fixtures/timelinejs-sheet.csv"),
    )];
    let imported = import_files(&files).unwrap();
    assert_eq!(imported.kind, "a TimelineJS file");
    assert!(imported
        .file
        .events
        .iter()
        .any(|e| e.title == "Geneva round opens"));
}

#[test]
fn the_template_as_csv_files_imports_and_its_mistakes_name_sheet_row_and_column() {
    let names = [
        "story",
        "parties",
        "tracks",
        "events",
        "points",
        "positions",
        "history",
        "claims",
        "questions",
        "next_steps",
        "sources",
        "updates",
    ];
    let files: Vec<(String, String)> = names
        .iter()
        .map(|n| {
            (
                format!("{n}.csv"),
                read(&format!("static/template/{n}.csv")),
            )
        })
        .collect();
    let imported = import_files(&files).unwrap();
    assert_eq!(imported.kind, "the spreadsheet template");
    assert!(!imported.file.events.is_empty());

    let mut broken = files.clone();
    let events = broken.iter_mut().find(|(n, _)| n == "events.csv").unwrap();
    events.1 = events.1.replacen("2026-03-10", "Jan 8th", 1);
    let problems = import_files(&broken).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("events, row 2, column \"Date\": ")),
        "{problems:?}"
    );
}

#[test]
fn other_files_are_refused_with_their_name() {
    let files = vec![
        ("events.csv".to_string(), "Title\nx\n".to_string()),
        ("notes.txt".to_string(), String::new()),
    ];
    assert_eq!(
        import_files(&files).unwrap_err(),
        ["notes.txt: choose either one TimelineJS .json file or .csv files only"]
    );
    assert!(import_files(&[]).is_err());
}
