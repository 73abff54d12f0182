//! The widget's own words in each interface language: a typed catalogue of
//! messages, plural rules, number and date formats.
//!
//! Every reader-visible string of the widget is a field of [`Messages`]; plain
//! strings are `&'static str`, strings with values in them are functions. Each
//! locale is one struct literal, so a missing message is a compile error, not
//! an English word in a Ukrainian page. Validation messages for editors
//! ([`crate::Diagnostic::message`]) stay English. The words for the model's
//! enums (`status.label(locale)`, `group.title(locale)`, …) are in `labels.rs`.
//!
//! Dates, numbers and plurals are done here, without ICU, so the server render,
//! the CLI and the browser print the same text. The formats follow what
//! Chromium's `Intl.DateTimeFormat` and `Intl.NumberFormat` print for the
//! locale's [`Locale::intl_tag`] (checked in `tests/i18n_dates.rs` and
//! `tests/i18n.rs`), with one exception kept on purpose: English day ranges
//! within a month are written `6–8 January 2026` (ICU: `6 – 8 January 2026`),
//! as the widget always has.
//!
//! - `catalogue.rs`: the one list of messages, which makes [`Messages`].
//! - `en.rs`, `uk.rs`: one [`Messages`] literal per locale, with its [`Formats`].
//! - `plural.rs`: CLDR cardinal rules ([`plural_category`]) and [`Plural`] forms.
//! - `numbers.rs`: digit grouping ([`format_integer`]).
//! - `dates.rs`: [`Formats`] and the date patterns (`day.long(locale)`, …).
//!
//! # How to add a locale
//!
//! 1. Copy `en.rs` to `<tag>.rs` (for example `de.rs`) and translate every
//!    field of the `Messages` literal: the compiler lists anything missing. The
//!    [`Formats`] in it hold the month and weekday names, the date patterns and
//!    the digit group separator; take them from what `Intl.DateTimeFormat(<tag>, …)`
//!    and `Intl.NumberFormat(<tag>)` print in Chromium. Plural messages use
//!    [`Plural`], whose forms follow [`plural_category`].
//! 2. Add a variant to [`Locale`], and the locale to [`Locale::ALL`],
//!    [`Locale::tag`], [`Locale::intl_tag`] and [`Locale::messages`]; declare the
//!    module below.
//! 3. Add the language's CLDR cardinal plural rule to [`plural_category`] in
//!    `plural.rs` if it is not one of the rules there already.
//! 4. Add the locale to the tests, with the expected strings taken from
//!    Chromium's `Intl` output: dates in `tests/i18n_dates.rs`, plurals and
//!    numbers in `tests/i18n.rs`. The catalogue tests there cover every
//!    locale in [`Locale::ALL`] already.
//!
//! # How to add a message
//!
//! One entry in the list in `catalogue.rs` (a doc comment with the English
//! words, the name, the type and, for a function, sample arguments), then the
//! words in each locale file.
//!
//! [`crate::UI_LOCALES`] and the interface language choice follow [`Locale::ALL`].

mod catalogue;
mod dates;
mod en;
mod numbers;
mod plural;
mod uk;

use std::fmt;

pub use catalogue::Messages;
pub use dates::Formats;
pub use numbers::format_integer;
pub use plural::{plural_category, Plural, PluralCategory};

/// An interface language the widget has words for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Locale {
    /// English (British usage: "6 January 2026").
    #[default]
    En,
    /// Ukrainian.
    Uk,
}

impl Locale {
    /// Every interface language, English first (the fallback).
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Uk];

    /// The BCP 47 primary language subtag: `"en"`, `"uk"`; what `lang` attributes get.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Uk => "uk",
        }
    }

    /// The tag whose `Intl` formats this locale's dates and numbers match: `"en-GB"`, `"uk"`.
    pub const fn intl_tag(self) -> &'static str {
        match self {
            Locale::En => "en-GB",
            Locale::Uk => "uk",
        }
    }

    /// The locale for a BCP 47 tag, matching its primary subtag case-insensitively
    /// (`"en-US"`, `"UK_ua"`); `None` when there is no such interface language.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Locale::ALL
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(primary))
    }

    /// The locale's words.
    pub fn messages(self) -> &'static Messages {
        match self {
            Locale::En => &en::EN,
            Locale::Uk => &uk::UK,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}
