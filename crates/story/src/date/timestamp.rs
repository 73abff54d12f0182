//! [`Timestamp`]: a moment with its UTC offset, read and written in RFC 3339.
//!
//! Parsed by hand to `time` 0.3's `Rfc3339` rules; see the note in `date/mod.rs`.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use super::day::{days_in_month, Day};
use super::{digits, literal};

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
            let (utc_year, utc_month, utc_day_of_month) = utc_day.ymd();
            if !(last_second && utc_day_of_month == days_in_month(utc_year, utc_month)) {
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

#[cfg(feature = "schema")]
mod schema {
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

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
