//! [`Day`]: a calendar day, its `YYYY-MM-DD` form and day arithmetic.
//!
//! Parsed by hand to `time` 0.3's `[year]-[month]-[day]` rules; see the note in
//! `date/mod.rs`.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use super::{digits, literal};
use crate::i18n::Locale;

/// A calendar day, written `YYYY-MM-DD` in a story file.
///
/// Fields in calendar order, so the derived ordering is the calendar's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: i32,
    month: u8,
    day: u8,
}

fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub(super) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    /// The last day a story file can name (9999-12-31).
    pub const LAST: Day = Day {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// The day `days` later (earlier when negative).
    pub fn plus_days(self, days: i64) -> Day {
        Day::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// Parses `YYYY-MM-DD`, rejecting days that do not exist (`2026-02-30`).
    pub fn parse(text: &str) -> Result<Self, String> {
        Self::parse_prefix(text.as_bytes())
            .filter(|(_, rest)| rest.is_empty())
            .map(|(day, _)| day)
            .ok_or_else(|| format!("expected a date written YYYY-MM-DD that exists, got {text:?}"))
    }

    /// `[+-]YYYY-MM-DD` at the start of `text` (`time`'s `[year]-[month]-[day]`), and the rest.
    fn parse_prefix(text: &[u8]) -> Option<(Self, &[u8])> {
        let (negative, text) = match text {
            [b'-', rest @ ..] => (true, rest),
            [b'+', rest @ ..] => (false, rest),
            _ => (false, text),
        };
        let (year, text) = digits(text, 4)?;
        let (month, text) = digits(literal(text, b'-')?, 2)?;
        let (day, text) = digits(literal(text, b'-')?, 2)?;
        let year = if negative {
            -(year as i32)
        } else {
            year as i32
        };
        Some((Self::from_ymd(year, month, day)?, text))
    }

    /// The day, if it exists.
    pub(super) fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        let day = u8::try_from(day)
            .ok()
            .filter(|d| (1..=days_in_month(year, month)).contains(d))?;
        Some(Day { year, month, day })
    }

    /// The year, month (1–12) and day of month.
    pub fn ymd(self) -> (i32, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub(super) fn days_since_epoch(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    pub(super) fn from_days_since_epoch(days: i64) -> Self {
        let days = days + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Day { year, month, day }
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// The day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday_from_monday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        (self.days_since_epoch() + 3).rem_euclid(7) as u8
    }

    /// English long form, for example "Tuesday, 6 January 2026": [`Day::long`] in English.
    ///
    /// Deterministic, so the server render and the CLI print the same text.
    pub fn long_en(self) -> String {
        self.long(Locale::En)
    }

    /// English short form: "6 January 2026", or "6 January" without the year
    /// ([`Day::short`] in English).
    pub fn short_en(self, with_year: bool) -> String {
        self.short(Locale::En, with_year)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Day::parse(&text).map_err(de::Error::custom)
    }
}

#[cfg(feature = "schema")]
mod schema {
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

    impl JsonSchema for super::Day {
        fn schema_name() -> Cow<'static, str> {
            "Day".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "format": "date",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                "description": "A calendar day, YYYY-MM-DD."
            })
        }
    }
}
