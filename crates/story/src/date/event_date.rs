//! [`EventDate`]: exact, range, approximate or expected, with the reporter's wording.

use serde::{Deserialize, Serialize};

use super::Day;
use crate::i18n::Locale;
use crate::ids::EventId;

/// When an event happened or is expected to happen.
///
/// In JSON the `kind` field picks the variant:
/// `{"kind": "exact", "date": "2026-01-06"}`,
/// `{"kind": "range", "start": "2026-01-05", "end": "2026-01-09"}`,
/// `{"kind": "approximate", "start": …, "end": …, "text": "last week"}`,
/// `{"kind": "expected", "start": …, "end": …, "text": "within the next 7–10 days"}`,
/// `{"kind": "after", "event": "un-vote", "days": 90, "text": "90 days after the UN vote"}`.
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
    /// Expected a number of days after another event (version 2): "90 days after
    /// the UN vote", "when the IAEA verifies" (0 days). Only on events and next steps.
    After {
        /// The event it counts from.
        event: EventId,
        /// Days after that event's last day; 0 for "as soon as it happens".
        days: u16,
        /// The wording the reader sees, for example "90 days after the UN vote".
        text: String,
        /// Not in the file: the window worked out from the anchor event when the
        /// story is read ([`EventDate::resolve_after`]).
        #[serde(skip)]
        #[cfg_attr(feature = "schema", schemars(skip))]
        window: Option<AfterWindow>,
    },
}

/// When a date counted from another event falls, as worked out from that event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AfterWindow {
    /// Earliest expected day.
    pub start: Day,
    /// Latest expected day (inclusive).
    pub end: Day,
    /// Whether the event it counts from has happened: the day is then known ("about 18 October").
    pub anchored: bool,
}

impl EventDate {
    /// The first day of the date's window.
    ///
    /// A date counted from another event has its window once the story is read;
    /// before that (a file not yet parsed) it counts as the latest possible day.
    pub fn start(&self) -> Day {
        match self {
            EventDate::Exact { date, .. } => *date,
            EventDate::Range { start, .. }
            | EventDate::Approximate { start, .. }
            | EventDate::Expected { start, .. } => *start,
            EventDate::After { window, .. } => window.map_or(Day::LAST, |w| w.start),
        }
    }

    /// The last day of the date's window (inclusive).
    pub fn end(&self) -> Day {
        match self {
            EventDate::Exact { date, .. } => *date,
            EventDate::Range { end, .. }
            | EventDate::Approximate { end, .. }
            | EventDate::Expected { end, .. } => *end,
            EventDate::After { window, .. } => window.map_or(Day::LAST, |w| w.end),
        }
    }

    /// The reporter's wording, when the story gives one.
    pub fn text(&self) -> Option<&str> {
        match self {
            EventDate::Exact { text, .. } | EventDate::Range { text, .. } => text.as_deref(),
            EventDate::Approximate { text, .. }
            | EventDate::Expected { text, .. }
            | EventDate::After { text, .. } => Some(text),
        }
    }

    /// Whether the date lies in the future of the story (not happened yet).
    pub fn is_expected(&self) -> bool {
        matches!(self, EventDate::Expected { .. } | EventDate::After { .. })
    }

    /// For a date counted from another event: that event's id.
    pub fn anchor(&self) -> Option<&EventId> {
        match self {
            EventDate::After { event, .. } => Some(event),
            _ => None,
        }
    }

    /// For a date counted from another event: its worked-out window, once the story is read.
    pub fn after_window(&self) -> Option<AfterWindow> {
        match self {
            EventDate::After { window, .. } => *window,
            _ => None,
        }
    }

    /// Works out a date counted from `anchor` (the anchor event's date, itself
    /// already resolved): `days` after its last day once it has happened, else
    /// `days` after its expected window. Other dates are left alone.
    pub fn resolve_after(&mut self, anchor: &EventDate) {
        if let EventDate::After { days, window, .. } = self {
            let days = i64::from(*days);
            let anchored = !anchor.is_expected();
            let (start, end) = if anchored {
                let day = anchor.end().plus_days(days);
                (day, day)
            } else {
                (anchor.start().plus_days(days), anchor.end().plus_days(days))
            };
            *window = Some(AfterWindow {
                start,
                end,
                anchored,
            });
        }
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
            EventDate::After { text, .. } => (4, text.as_str()),
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
