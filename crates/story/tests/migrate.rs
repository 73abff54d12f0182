//! `migrate`: a version 1 file becomes version 2 with nothing else changed, a current
//! file is left alone, and a file it cannot migrate says where and why.

use talks_tracker_story::migrate::migrate;
use talks_tracker_story::{parse, StoryFile, FORMAT_VERSION};

/// The seed story as it shipped at format version 1.
const V1_SEED: &str = include_str!("fixtures/v1-seed.json");
/// A story at version 2 using the living-story fields.
const V2: &str = include_str!("fixtures/living.json");

fn file_of(json: &str) -> StoryFile {
    let parsed = parse(json);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    parsed.story.expect("a usable story").to_file()
}

#[test]
fn the_version_1_seed_becomes_version_2_and_reads_the_same() {
    assert!(
        V1_SEED.contains("\"version\": 1,"),
        "the fixture is version 1"
    );
    let migration = migrate(V1_SEED).unwrap();
    assert_eq!(migration.from_version(), 1);
    assert!(!migration.is_current());

    // Only the version's digit changed: order, spacing and every other byte stay.
    assert_eq!(
        migration.text(),
        V1_SEED.replacen("\"version\": 1,", "\"version\": 2,", 1)
    );

    let before = file_of(V1_SEED);
    let after = file_of(migration.text());
    assert_eq!(before.head.version, 1);
    assert_eq!(after.head.version, FORMAT_VERSION);
    let mut expected = before;
    expected.head.version = FORMAT_VERSION;
    assert_eq!(after, expected, "the migrated story reads as the original");
}

#[test]
fn a_current_file_comes_back_unchanged() {
    let migration = migrate(V2).unwrap();
    assert!(migration.is_current());
    assert_eq!(migration.from_version(), 2);
    assert_eq!(migration.text(), V2);

    let twice = migrate(migrate(V1_SEED).unwrap().text()).unwrap();
    assert!(twice.is_current());
}

#[test]
fn only_the_top_level_version_changes() {
    let v1 = r#"{ "publisher" : {"name": "A", "version": 1},
  "extra": {"version": 1}, "n": 1.50, "e": 1e2, "text": "\"version\": 1",
  "version"  :  1 , "id": "x" }"#;
    let migration = migrate(v1).unwrap();
    assert_eq!(
        migration.text(),
        r#"{ "publisher" : {"name": "A", "version": 1},
  "extra": {"version": 1}, "n": 1.50, "e": 1e2, "text": "\"version\": 1",
  "version"  :  2 , "id": "x" }"#
    );
}

#[test]
fn a_file_that_is_not_json_says_where() {
    let error =
        migrate("{\n  \"version\": 1,\n  \"id\": \"x\"\n  \"title\": \"T\"\n}").unwrap_err();
    assert_eq!(error.path(), "story");
    assert_eq!(error.line_column(), Some((4, 3)));
    assert_eq!(error.to_string(), "line 4 column 3: expected `,` or `}`");
}

#[test]
fn a_file_that_is_not_an_object_is_refused() {
    let error = migrate("[1, 2]").unwrap_err();
    assert_eq!(error.path(), "story");
    assert_eq!(
        error.message(),
        "expected a JSON object with the story's fields, got an array"
    );
}

#[test]
fn a_file_without_a_version_is_refused() {
    let error = migrate(r#"{"id": "x"}"#).unwrap_err();
    assert_eq!(error.path(), "story");
    assert!(
        error.message().starts_with("missing field `version`"),
        "{error}"
    );
}

#[test]
fn a_version_that_is_not_a_number_names_its_line() {
    let error = migrate("{\n  \"id\": \"x\",\n  \"version\": \"1\"\n}").unwrap_err();
    assert_eq!(error.path(), "version");
    assert_eq!(error.line_column(), Some((3, 3)));
    assert_eq!(
        error.to_string(),
        "line 3 column 3: version: expected a whole number for the format version, got a string"
    );
}

#[test]
fn unknown_versions_are_refused() {
    for (version, shown) in [("3", "3"), ("0", "0"), ("1.5", "1.5"), ("-1", "-1")] {
        let error = migrate(&format!("{{\"version\": {version}}}")).unwrap_err();
        assert_eq!(error.path(), "version");
        assert_eq!(error.line_column(), Some((1, 2)));
        assert_eq!(
            error.message(),
            format!("this tool migrates story format versions 1 to 2, the file says {shown}")
        );
    }
}

#[test]
fn a_twice_given_version_is_refused_not_half_migrated() {
    let error = migrate(r#"{"version": 1, "id": "x", "version": 1}"#).unwrap_err();
    assert_eq!(error.path(), "version");
    assert!(error.message().contains("given twice"), "{error}");
}
