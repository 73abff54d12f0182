//! Choosing the interface language: element, then story, then page; English when
//! missing. Locales by tag, and the text direction of a language.

use talks_tracker_story::{text_direction, ui_language, Direction, Locale, UI_LOCALES};

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

// ---- Text direction ----------------------------------------------------------

#[test]
fn right_to_left_languages_and_scripts() {
    for tag in [
        "ar", "ar-EG", "AR", "he", "he_IL", "iw", "fa", "fa-AF", "ur", "ps", "yi", "dv", "ckb",
        "ku-Arab", "az-Arab", "pa-Arab", "ug", "sd",
    ] {
        assert_eq!(text_direction(tag), Direction::Rtl, "{tag}");
    }
    for tag in [
        "en", "en-GB", "uk", "ru", "ku", "ku-Latn", "az", "sd-Deva", "zh-Hant", "", "x", "arz-Latn",
    ] {
        assert_eq!(text_direction(tag), Direction::Ltr, "{tag}");
    }
    assert_eq!(Direction::Rtl.as_str(), "rtl");
    assert_eq!(Direction::Ltr.as_str(), "ltr");
}

// ---- Locales and the interface language ------------------------------------

#[test]
fn locales_by_tag() {
    assert_eq!(Locale::ALL, [Locale::En, Locale::Uk]);
    assert_eq!(UI_LOCALES, ["en", "uk"]);
    assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
    assert_eq!(Locale::from_tag("EN"), Some(Locale::En));
    assert_eq!(Locale::from_tag("uk-UA"), Some(Locale::Uk));
    assert_eq!(Locale::from_tag("UK_ua"), Some(Locale::Uk));
    assert_eq!(Locale::from_tag("ukr"), None);
    assert_eq!(Locale::from_tag("de"), None);
    assert_eq!(Locale::from_tag(""), None);
    assert_eq!(Locale::Uk.tag(), "uk");
    assert_eq!(Locale::En.intl_tag(), "en-GB");
    assert_eq!(Locale::Uk.to_string(), "uk");
}

/// The order the widget passes: element `lang`, story `language`, page `lang`.
fn choose(element: &str, story: &str, page: &str) -> talks_tracker_story::UiLanguage {
    ui_language(&[element, story, page])
}

#[test]
fn the_element_then_the_story_then_the_page_choose_the_interface() {
    assert_eq!(choose("uk", "en", "en").locale, Locale::Uk);
    assert_eq!(choose("en", "uk", "uk").locale, Locale::En);
    assert_eq!(choose("", "uk", "en-GB").locale, Locale::Uk);
    assert_eq!(choose("", "en", "uk").locale, Locale::En);
    assert_eq!(choose("", "", "uk").locale, Locale::Uk);
    let none = choose("", "", "");
    assert_eq!((none.locale, none.missing), (Locale::En, None));
}

#[test]
fn an_unavailable_choice_falls_back_to_english_and_is_reported() {
    let element = choose("de-CH", "uk", "uk");
    assert_eq!(element.locale, Locale::En);
    assert_eq!(element.missing.as_deref(), Some("de-CH"));
    let story = choose("", "he", "uk");
    assert_eq!(story.locale, Locale::En);
    assert_eq!(story.missing.as_deref(), Some("he"));
    assert_eq!(story.tag(), "en");
}
