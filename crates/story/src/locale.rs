//! Which language the widget's own words are in, and which way the story's text runs.
//!
//! The interface follows the embedding element's `lang`, else the story's
//! `language`, else the page's `lang`: an element asking for a language is an
//! explicit choice, and a Ukrainian story on an English-language site reads
//! better with Ukrainian labels. Only the locales of [`Locale::ALL`] exist;
//! anything else falls back to English and says so.

use crate::i18n::Locale;

/// Interface languages the widget has words for, as BCP 47 primary subtags.
pub const UI_LOCALES: [&str; Locale::ALL.len()] = {
    let mut tags = [""; Locale::ALL.len()];
    let mut i = 0;
    while i < tags.len() {
        tags[i] = Locale::ALL[i].tag();
        i += 1;
    }
    tags
};

/// The interface language chosen for a widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UiLanguage {
    /// The locale used.
    pub locale: Locale,
    /// The language asked for when it is not available (then `locale` is English).
    pub missing: Option<String>,
}

impl UiLanguage {
    /// The BCP 47 tag of the locale used, for `lang` attributes: `"en"`, `"uk"`.
    pub fn tag(&self) -> &'static str {
        self.locale.tag()
    }
}

/// Picks the interface language from the first non-empty tag of `requested`,
/// matching on the primary subtag: pass the element's `lang`, then the story's
/// `language`, then the page's `lang` (empty strings for those not given).
///
/// With nothing asked for, English. When the first tag given names a language
/// without interface words, English, with that tag in [`UiLanguage::missing`]
/// so the widget can say so; later tags are not tried.
pub fn ui_language(requested: &[&str]) -> UiLanguage {
    let wanted = requested
        .iter()
        .map(|tag| tag.trim())
        .find(|tag| !tag.is_empty());
    let Some(wanted) = wanted else {
        return UiLanguage {
            locale: Locale::En,
            missing: None,
        };
    };
    match Locale::from_tag(wanted) {
        Some(locale) => UiLanguage {
            locale,
            missing: None,
        },
        None => UiLanguage {
            locale: Locale::En,
            missing: Some(wanted.to_string()),
        },
    }
}

/// Which way a language's text runs, for the `dir` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Direction {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The `dir` attribute value: `"ltr"` or `"rtl"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Languages written right to left in their usual script (CLDR likely subtags).
/// Kurdish (`ku`), Punjabi (`pa`) and others written in several scripts are
/// right to left only with an explicit script subtag (`ku-Arab`).
const RTL_LANGUAGES: [&str; 26] = [
    "ar", "arc", "azb", "bal", "bqi", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "khw", "ks",
    "lrc", "mzn", "nqo", "pnb", "prs", "ps", "sd", "sdh", "syr", "ug", "ur", "yi",
];

/// Scripts written right to left (ISO 15924).
const RTL_SCRIPTS: [&str; 12] = [
    "adlm", "arab", "aran", "hebr", "mand", "mend", "nkoo", "rohg", "samr", "syrc", "thaa", "yezi",
];

/// Which way text in the language `language_tag` (BCP 47) runs: right to left
/// for Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish, Dhivehi, … and for any
/// language written in a right-to-left script subtag (`ku-Arab`, `az-Arab`);
/// left to right otherwise, including for an explicit left-to-right script
/// (`ks-Deva`) and for an empty or unknown tag.
pub fn text_direction(language_tag: &str) -> Direction {
    let mut subtags = language_tag.trim().split(['-', '_']);
    let primary = subtags.next().unwrap_or("").to_ascii_lowercase();
    let script = subtags
        .next()
        .filter(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_lowercase);
    let rtl = match script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
        None => RTL_LANGUAGES.contains(&primary.as_str()),
    };
    if rtl {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}
