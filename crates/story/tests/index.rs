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
