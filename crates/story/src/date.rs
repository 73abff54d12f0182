//! Calendar days, timestamps and the four kinds of event date.
//!
//! A negotiation story rarely has only exact dates: "last week" and "within the
//! next 7–10 days" are dates too. [`EventDate`] keeps the wording next to a
//! machine-usable window so the timeline can place the event and still show
//! what the reporter wrote.
//!
//! Days and timestamps are parsed by hand rather than with the `time` crate:
//! the widget needs only `YYYY-MM-DD`, RFC 3339 and day arithmetic, and the
//! crate's general parser and formatter were about 25 KB of the wasm. The rules
//! are `time` 0.3's (`[year]-[month]-[day]` and `Rfc3339`), checked against it
//! in `tests/dates.rs`.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

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

/// `n` ASCII digits at the start of `text` as a number, and the rest.
fn digits(text: &[u8], n: usize) -> Option<(u32, &[u8])> {
    let (head, rest) = (text.get(..n)?, &text[n..]);
    let mut value = 0;
    for &byte in head {
        if !byte.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u32::from(byte - b'0');
    }
    Some((value, rest))
}

/// `byte` at the start of `text`, and the rest.
fn literal(text: &[u8], byte: u8) -> Option<&[u8]> {
    match text {
        [first, rest @ ..] if *first == byte => Some(rest),
        _ => None,
    }
}

fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
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
    fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
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
    fn days_since_epoch(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    fn from_days_since_epoch(days: i64) -> Self {
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

/// A moment with its UTC offset, written in RFC 3339 (`2026-01-10T09:00:00+02:00`).
///
/// Equal, ordered and hashed by the moment, whatever the offset (as `time`'s
/// `OffsetDateTime`); shown in its own offset.
#[derive(Clone, Copy, Debug)]
pub struct Timestamp {
    /// The local day, time and fraction in `offset_minutes`.
    day: Day,
    second_of_day: u32,
    nanosecond: u32,
    offset_minutes: i16,
}

impl Timestamp {
    /// Parses an RFC 3339 timestamp.
    pub fn parse(text: &str) -> Result<Self, String> {
        Self::parse_rfc3339(text.as_bytes()).ok_or_else(|| {
            format!(
                "expected a time written like 2026-01-10T09:00:00+02:00 (RFC 3339), got {text:?}"
            )
        })
    }

    fn parse_rfc3339(text: &[u8]) -> Option<Self> {
        let (year, text) = digits(text, 4)?;
        let (month, text) = digits(literal(text, b'-')?, 2)?;
        let (day, text) = digits(literal(text, b'-')?, 2)?;
        // RFC 3339 lets the separator be any character; `time` takes any one byte.
        let text = text.get(1..)?;
        let (hour, text) = digits(text, 2)?;
        let (minute, text) = digits(literal(text, b':')?, 2)?;
        let (mut second, mut text) = digits(literal(text, b':')?, 2)?;
        let mut nanosecond = 0;
        if let Some(rest) = literal(text, b'.') {
            // At least one digit; those past the ninth are read and ignored.
            let first = rest.first().filter(|b| b.is_ascii_digit())?;
            nanosecond = u32::from(first - b'0') * 100_000_000;
            let mut multiplier = 10_000_000;
            text = &rest[1..];
            while let Some((digit, rest)) = text.split_first().filter(|(b, _)| b.is_ascii_digit()) {
                nanosecond += u32::from(digit - b'0') * multiplier;
                multiplier /= 10;
                text = rest;
            }
        }
        let offset_minutes = match text {
            [b'Z' | b'z', rest @ ..] => {
                text = rest;
                0
            }
            [sign @ (b'+' | b'-'), rest @ ..] => {
                let (offset_hour, rest) = digits(rest, 2)?;
                let (offset_minute, rest) = digits(literal(rest, b':')?, 2)?;
                if offset_hour > 23 || offset_minute > 59 {
                    return None;
                }
                text = rest;
                let minutes = (offset_hour * 60 + offset_minute) as i16;
                if *sign == b'-' {
                    -minutes
                } else {
                    minutes
                }
            }
            _ => return None,
        };
        if !text.is_empty() {
            return None;
        }
        // A leap second stands in as its last nanosecond, and only where one can
        // fall: the end of a month, UTC.
        let leap_second = second == 60;
        if leap_second {
            second = 59;
            nanosecond = 999_999_999;
        }
        let day = Day::from_ymd(year as i32, month, day)?;
        if hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        let stamp = Timestamp {
            day,
            second_of_day: hour * 3600 + minute * 60 + second,
            nanosecond,
            offset_minutes,
        };
        if leap_second {
            let utc = stamp.utc_seconds();
            let utc_day = Day::from_days_since_epoch(utc.div_euclid(86_400));
            let last_second = utc.rem_euclid(86_400) == 86_399;
            if !(last_second && utc_day.day == days_in_month(utc_day.year, utc_day.month)) {
                return None;
            }
        }
        Some(stamp)
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    fn utc_seconds(self) -> i64 {
        self.day.days_since_epoch() * 86_400 + i64::from(self.second_of_day)
            - i64::from(self.offset_minutes) * 60
    }

    fn moment(self) -> (i64, u32) {
        (self.utc_seconds(), self.nanosecond)
    }

    /// The calendar day in the timestamp's own offset.
    pub fn day(self) -> Day {
        self.day
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.moment() == other.moment()
    }
}

impl Eq for Timestamp {}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        self.moment().cmp(&other.moment())
    }
}

impl Hash for Timestamp {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.moment().hash(state);
    }
}

impl fmt::Display for Timestamp {
    /// RFC 3339 as `time` writes it: the fraction without trailing zeros, `Z` for UTC.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seconds = self.second_of_day;
        write!(
            f,
            "{}T{:02}:{:02}:{:02}",
            self.day,
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        )?;
        if self.nanosecond != 0 {
            let fraction = format!("{:09}", self.nanosecond);
            write!(f, ".{}", fraction.trim_end_matches('0'))?;
        }
        match self.offset_minutes {
            0 => f.write_str("Z"),
            minutes => {
                let sign = if minutes < 0 { '-' } else { '+' };
                let minutes = minutes.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", minutes / 60, minutes % 60)
            }
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text).map_err(de::Error::custom)
    }
}

/// When an event happened or is expected to happen.
///
/// In JSON the `kind` field picks the variant:
/// `{"kind": "exact", "date": "2026-01-06"}`,
/// `{"kind": "range", "start": "2026-01-05", "end": "2026-01-09"}`,
/// `{"kind": "approximate", "start": …, "end": …, "text": "last week"}`,
/// `{"kind": "expected", "start": …, "end": …, "text": "within the next 7–10 days"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventDate {
    /// One known day.
    Exact {
        /// The day.
        date: Day,
        /// The date as the reporter wrote it, if it adds something ("on Tuesday").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    /// Several known days, first to last inclusive.
    Range {
        /// The first day.
        start: Day,
        /// The last day (inclusive).
        end: Day,
        /// The dates as the reporter wrote them.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    /// A vague past date ("last week"): `start`–`end` is the editor's best window.
    Approximate {
        /// Earliest plausible day.
        start: Day,
        /// Latest plausible day (inclusive).
        end: Day,
        /// The wording the reader sees, for example "last week".
        text: String,
    },
    /// Something that has not happened yet and is expected within `start`–`end`.
    Expected {
        /// Earliest expected day.
        start: Day,
        /// Latest expected day (inclusive).
        end: Day,
        /// The wording the reader sees, for example "within the next 7–10 days".
        text: String,
    },
}

impl EventDate {
    /// The first day of the date's window.
    pub fn start(&self) -> Day {
        match self {
            EventDate::Exact { date, .. } => *date,
            EventDate::Range { start, .. }
            | EventDate::Approximate { start, .. }
            | EventDate::Expected { start, .. } => *start,
        }
    }

    /// The last day of the date's window (inclusive).
    pub fn end(&self) -> Day {
        match self {
            EventDate::Exact { date, .. } => *date,
            EventDate::Range { end, .. }
            | EventDate::Approximate { end, .. }
            | EventDate::Expected { end, .. } => *end,
        }
    }

    /// The reporter's wording, when the story gives one.
    pub fn text(&self) -> Option<&str> {
        match self {
            EventDate::Exact { text, .. } | EventDate::Range { text, .. } => text.as_deref(),
            EventDate::Approximate { text, .. } | EventDate::Expected { text, .. } => Some(text),
        }
    }

    /// Whether the date lies in the future of the story (not happened yet).
    pub fn is_expected(&self) -> bool {
        matches!(self, EventDate::Expected { .. })
    }

    /// Whether the date is vague ("last week").
    pub fn is_approximate(&self) -> bool {
        matches!(self, EventDate::Approximate { .. })
    }

    /// The order of the timeline: by first day, then last day, then kind; vague
    /// and expected windows also by wording. Dates with equal keys share a
    /// column on the timeline: same-day events whatever their wording, and
    /// "this week" apart from "early this week".
    pub fn sort_key(&self) -> (Day, Day, u8, &str) {
        let (kind, wording) = match self {
            EventDate::Exact { .. } => (0, ""),
            EventDate::Range { .. } => (1, ""),
            EventDate::Approximate { text, .. } => (2, text.as_str()),
            EventDate::Expected { text, .. } => (3, text.as_str()),
        };
        (self.start(), self.end(), kind, wording)
    }

    /// A deterministic English label: the wording when there is one, then the days
    /// ([`EventDate::label`] in English).
    ///
    /// `"Tuesday, 6 January 2026"`, `"5–9 January 2026"`,
    /// `"last week (29 December 2025 – 4 January 2026)"`.
    pub fn label_en(&self) -> String {
        self.label(Locale::En)
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

    impl JsonSchema for super::Timestamp {
        fn schema_name() -> Cow<'static, str> {
            "Timestamp".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "format": "date-time",
                "description": "An RFC 3339 time with offset, e.g. 2026-01-10T09:00:00+02:00."
            })
        }
    }
}
