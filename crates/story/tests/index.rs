//! The index a story is built with answers as scans of its lists would.

#[path = "support/index_check.rs"]
mod index_check;

use talks_tracker_story::parse;

#[test]
fn the_index_agrees_with_scans_on_the_seed_stories() {
    for json in [
        include_str!("../../../static/stories/paris-talks.json"),
        include_str!("../../../static/stories/paris-talks.uk.json"),
    ] {
        let parsed = parse(json);
        let story = parsed.story.expect("the seed parses");
        assert!(!story.claims().is_empty() && !story.events().is_empty());
        index_check::index_agrees_with_scans(&story);
    }
}

#[test]
fn a_story_equals_its_file_parsed_again() {
    let story = parse(include_str!("../../../static/stories/paris-talks.json"))
        .story
        .unwrap();
    let json = serde_json::to_string(&story.to_file()).unwrap();
    let again = parse(&json);
    assert!(again.diagnostics.is_empty(), "{:?}", again.diagnostics);
    assert_eq!(again.story.unwrap(), story);
}

#[test]
fn the_format_docs_name_every_reference_field() {
    let docs = include_str!("../../../docs/story-format.md");
    // The seed has every kind of item, positions and status history, so every
    // reference field of every item type is visited at least once.
    let story = parse(include_str!("../../../static/stories/paris-talks.json"))
        .story
        .unwrap();
    let mut fields = std::collections::BTreeSet::new();
    story.to_file().references(&mut |at, field| {
        let list = &at[..at.find('[').unwrap()];
        fields.insert((format!("`{list}[].{}`", field.field), field.target.list()));
    });
    // Every reference field but the two inside parts the seed leaves out: a
    // settled dispute's `resolved.event` and an earlier position's `sources`.
    assert_eq!(fields.len(), 31, "{fields:?}");
    for (field, target) in fields {
        let row = docs
            .lines()
            .find(|line| line.starts_with('|') && line.contains(&field))
            .unwrap_or_else(|| panic!("docs/story-format.md does not name {field}"));
        assert!(
            row.contains(target),
            "{row:?} should say it refers to {target}"
        );
    }
}
