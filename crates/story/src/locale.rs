//! Which language the widget's own words are in.
//!
//! The interface follows the embedding element's `lang`, else the page's, else the
//! story's language. Only the locales listed in [`UI_LOCALES`] exist; anything else
//! falls back to English and says so.

/// Interface languages the widget has words for, as BCP 47 primary subtags.
pub const UI_LOCALES: [&str; 1] = ["en"];

/// The interface language chosen for a widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UiLanguage {
    /// The locale used, one of [`UI_LOCALES`].
    pub locale: &'static str,
    /// The language asked for when it is not available (then `locale` is English).
    pub missing: Option<String>,
}

/// Picks the interface language from the first non-empty of `requested`
/// (element `lang`, page `lang`, story `language`), matching on the primary subtag.
pub fn ui_language(requested: &[&str]) -> UiLanguage {
    let wanted = requested
        .iter()
        .map(|tag| tag.trim())
        .find(|tag| !tag.is_empty());
    let Some(wanted) = wanted else {
        return UiLanguage {
            locale: "en",
            missing: None,
        };
    };
    let primary = wanted
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match UI_LOCALES.iter().find(|locale| **locale == primary) {
        Some(locale) => UiLanguage {
            locale,
            missing: None,
        },
        None => UiLanguage {
            locale: "en",
            missing: Some(wanted.to_string()),
        },
    }
}
