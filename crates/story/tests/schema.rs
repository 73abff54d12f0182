//! `static/story.schema.json` is generated from the Rust types, so editors' autocompletion
//! and the parser cannot drift apart. Regenerate with `UPDATE_SCHEMA=1 cargo test -p talks-tracker-story --test schema`.

const SCHEMA_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../static/story.schema.json"
);

fn generated() -> String {
    talks_tracker_story::json_schema()
}

#[test]
fn committed_schema_matches_the_types() {
    let fresh = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &fresh).expect("write schema");
    }
    let committed = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(
        committed == fresh,
        "static/story.schema.json is out of date; run UPDATE_SCHEMA=1 cargo test -p talks-tracker-story --test schema"
    );
}

#[test]
fn schema_requires_what_the_parser_requires() {
    let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    for field in [
        "version",
        "id",
        "title",
        "summary",
        "language",
        "published",
        "publisher",
    ] {
        assert!(
            required.contains(&field),
            "{field} should be required, schema says {required:?}"
        );
    }
    assert!(!required.contains(&"events"), "lists are optional");
    let status = &schema["$defs"]["Status"];
    let text = status.to_string();
    for word in [
        "agreed",
        "largely_agreed",
        "in_progress",
        "not_started",
        "disputed",
        "not_agreed",
        "dropped",
    ] {
        assert!(
            text.contains(&format!("\"{word}\"")),
            "status {word} missing from {text}"
        );
    }
}
