//! Choosing the interface language: element, then story, then page; English when missing.

use talks_tracker_story::{ui_language, Locale, UI_LOCALES};

#[test]
fn the_first_language_given_wins_and_regions_do_not_matter() {
    assert_eq!(ui_language(&["en-GB", "uk", "uk"]).locale, Locale::En);
    assert_eq!(ui_language(&["", "EN-us", "uk"]).missing, None);
    assert_eq!(ui_language(&["", "", "en"]).locale, Locale::En);
    assert_eq!(ui_language(&["", "uk-UA", "en"]).locale, Locale::Uk);
    assert_eq!(ui_language(&["UK", "en", "en"]).tag(), "uk");
}

#[test]
fn a_missing_language_falls_back_to_english_and_is_named() {
    let chosen = ui_language(&["", "de-AT", "uk"]);
    assert_eq!(chosen.locale, Locale::En);
    assert_eq!(chosen.missing.as_deref(), Some("de-AT"));
    assert_eq!(UI_LOCALES, ["en", "uk"]);
}

#[test]
fn nothing_asked_means_english_without_a_note() {
    assert_eq!(ui_language(&[]).missing, None);
    assert_eq!(ui_language(&["  ", ""]).locale, Locale::En);
}
