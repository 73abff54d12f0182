//! CLDR cardinal plural rules for the interface languages, and messages in
//! their plural forms.
//!
//! Only whole numbers are counted in the widget, so only the integer part of
//! each rule is written (CLDR's conditions on `v`, the visible fraction digits,
//! are always true here).

use super::{format_integer, Locale};

/// The CLDR cardinal plural categories the interface languages use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PluralCategory {
    /// English 1; Ukrainian 1, 21, 31, … but not 11.
    One,
    /// Ukrainian 2–4, 22–24, … but not 12–14.
    Few,
    /// Ukrainian 0, 5–20, 25–30, …
    Many,
    /// English everything but 1.
    Other,
}

/// The CLDR cardinal plural category of the whole number `n` in `locale`.
///
/// English: one for 1, other otherwise. Ukrainian: one when `n % 10 == 1` and
/// `n % 100 != 11`; few when `n % 10` is 2–4 and `n % 100` is not 12–14; many
/// otherwise (CLDR's "other" is for fractions only).
pub fn plural_category(locale: Locale, n: u64) -> PluralCategory {
    match locale {
        Locale::En if n == 1 => PluralCategory::One,
        Locale::En => PluralCategory::Other,
        Locale::Uk => match (n % 10, n % 100) {
            (1, r) if r != 11 => PluralCategory::One,
            (2..=4, r) if !(12..=14).contains(&r) => PluralCategory::Few,
            _ => PluralCategory::Many,
        },
    }
}

/// A message in its plural forms, each with `{n}` where the number goes.
///
/// Languages fill the forms their rule uses and repeat one in the others
/// ([`Plural::two`] for English-like languages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    /// For [`PluralCategory::One`].
    pub one: &'static str,
    /// For [`PluralCategory::Few`].
    pub few: &'static str,
    /// For [`PluralCategory::Many`].
    pub many: &'static str,
    /// For [`PluralCategory::Other`].
    pub other: &'static str,
}

impl Plural {
    /// A message with a singular and a plural form only.
    pub const fn two(one: &'static str, other: &'static str) -> Plural {
        Plural {
            one,
            few: other,
            many: other,
            other,
        }
    }

    /// The form for `n` in `locale`, with `{n}` replaced by the number as `locale` writes it.
    pub fn format(&self, locale: Locale, n: u64) -> String {
        let form = match plural_category(locale, n) {
            PluralCategory::One => self.one,
            PluralCategory::Few => self.few,
            PluralCategory::Many => self.many,
            PluralCategory::Other => self.other,
        };
        form.replace("{n}", &format_integer(locale, n))
    }
}
