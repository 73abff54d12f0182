//! Choosing the interface language: element, then page, then story; English when missing.

use talks_tracker_story::{ui_language, UI_LOCALES};

#[test]
fn the_first_language_given_wins_and_regions_do_not_matter() {
    assert_eq!(ui_language(&["en-GB", "uk", "uk"]).locale, "en");
    assert_eq!(ui_language(&["", "EN-us", "uk"]).missing, None);
    assert_eq!(ui_language(&["", "", "en"]).locale, "en");
}

#[test]
fn a_missing_language_falls_back_to_english_and_is_named() {
    let chosen = ui_language(&["", "uk-UA", "en"]);
    assert_eq!(chosen.locale, "en");
    assert_eq!(chosen.missing.as_deref(), Some("uk-UA"));
    assert!(
        !UI_LOCALES.contains(&"uk"),
        "update this test when Ukrainian arrives"
    );
}

#[test]
fn nothing_asked_means_english_without_a_note() {
    assert_eq!(ui_language(&[]).missing, None);
    assert_eq!(ui_language(&["  ", ""]).locale, "en");
}
