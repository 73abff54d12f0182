//! [`EventDate`]: exact, range, approximate or expected, with the reporter's wording.

use serde::{Deserialize, Serialize};

use super::Day;
use crate::i18n::Locale;

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
