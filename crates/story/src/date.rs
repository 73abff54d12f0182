//! Calendar days, timestamps and the four kinds of event date.
//!
//! A negotiation story rarely has only exact dates: "last week" and "within the
//! next 7–10 days" are dates too. [`EventDate`] keeps the wording next to a
//! machine-usable window so the timeline can place the event and still show
//! what the reporter wrote.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

use crate::i18n::Locale;

/// A calendar day, written `YYYY-MM-DD` in a story file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(time::Date);

impl Day {
    /// Parses `YYYY-MM-DD`, rejecting days that do not exist (`2026-02-30`).
    pub fn parse(text: &str) -> Result<Self, String> {
        let format = format_description!("[year]-[month]-[day]");
        time::Date::parse(text, format)
            .map(Day)
            .map_err(|_| format!("expected a date written YYYY-MM-DD that exists, got {text:?}"))
    }

    /// The year, month (1–12) and day of month.
    pub fn ymd(self) -> (i32, u8, u8) {
        (self.0.year(), self.0.month() as u8, self.0.day())
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        (later.0 - self.0).whole_days()
    }

    /// The day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday_from_monday(self) -> u8 {
        self.0.weekday().number_days_from_monday()
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(time::OffsetDateTime);

impl Timestamp {
    /// Parses an RFC 3339 timestamp.
    pub fn parse(text: &str) -> Result<Self, String> {
        time::OffsetDateTime::parse(text, &Rfc3339).map(Timestamp).map_err(|_| {
            format!("expected a time written like 2026-01-10T09:00:00+02:00 (RFC 3339), got {text:?}")
        })
    }

    /// The calendar day in the timestamp's own offset.
    pub fn day(self) -> Day {
        Day(self.0.date())
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0.format(&Rfc3339).map_err(|_| fmt::Error)?;
        f.write_str(&text)
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
