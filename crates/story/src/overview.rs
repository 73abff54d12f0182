//! The overview: the whole story's time span on one line, above the detail strip.
//!
//! Unlike the strip (columns, pauses clamped, see [`crate::timeline`]), the overview is
//! linear in time, in percent of its width, so it always fits and shows the story's
//! shape: long pauses, busy weeks, what is still ahead. Events closer than one *slot*
//! (`1 / slots` of the width) merge into one mark with a count, so a story of thousands
//! of events draws at most `slots` marks. Milestones years beyond the rest (a
//! "Termination Day, about 2025" in a 2015 story) go to a *later* lane instead of
//! squashing the story into the first few percent.
//!
//! Everything is in story order: index `i` is the `i`-th event of the timeline (the
//! order of [`crate::timeline::Axis`]), which is also the slider's value.

use crate::{Day, Event, EventId, EventKind, Locale};

/// A pause this long (in days) before the last events may send them to the later lane…
pub const LATER_MIN_GAP_DAYS: i64 = 180;
/// …when it is also longer than this many times the span before it…
pub const LATER_GAP_FACTOR: i64 = 2;
/// …and when at most one event in this many goes there.
pub const LATER_SHARE: usize = 5;
/// Stories of fewer events keep every event on the linear axis.
pub const LATER_MIN_EVENTS: usize = 5;
/// At most this many days: week ticks besides month ticks.
pub const WEEK_TICKS_MAX_DAYS: i64 = 150;

/// One event of the overview, in time order.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    id: EventId,
    start: Day,
    end: Day,
    ahead: bool,
    deadline: bool,
    phase: bool,
}

/// A mark for one event or several close ones.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Where it sits, in percent of its lane (0–100).
    pub at: f64,
    /// The index of its first event.
    pub first: usize,
    /// How many events it stands for (1 or more).
    pub count: usize,
    /// Whether every event in it lies after "now" or is expected.
    pub ahead: bool,
    /// Whether one of its events is a deadline.
    pub deadline: bool,
}

/// What a tick marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickKind {
    /// A Monday (short spans only).
    Week,
    /// The first of a month.
    Month,
    /// The first of January.
    Year,
}

/// A tick on the time line.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Where, in percent.
    pub at: f64,
    /// The day it marks.
    pub day: Day,
    /// Week, month or year.
    pub kind: TickKind,
    /// Its label ("Jul", "Jan 2016", "2016"), when there is room for one.
    pub label: Option<String>,
}

/// A band under the marks: a phase or round of talks (a range event flagged `phase`).
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Start, in percent.
    pub x0: f64,
    /// End, in percent (at least `x0`).
    pub x1: f64,
    /// The index of the event it stands for.
    pub event: usize,
}

/// How the overview is drawn: its resolution and how far apart labels must be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// How many marks fit side by side; closer events merge.
    pub slots: usize,
    /// The least distance between two tick labels, in percent.
    pub label_gap: f64,
}

impl Layout {
    /// The horizontal layout (720 px and wider).
    pub const WIDE: Layout = Layout {
        slots: 100,
        label_gap: 6.0,
    };
    /// The vertical layout (phones).
    pub const NARROW: Layout = Layout {
        slots: 40,
        label_gap: 16.0,
    };
}

/// The laid-out overview.
#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    entries: Vec<Entry>,
    /// Events from this index on are in the later lane.
    split: usize,
    /// The first day of the linear span.
    pub start: Day,
    /// The last day of the linear span.
    pub end: Day,
    /// Marks on the linear span.
    pub marks: Vec<Mark>,
    /// Marks in the later lane, spread evenly over it.
    pub later: Vec<Mark>,
    /// Week, month and year ticks.
    pub ticks: Vec<Tick>,
    /// Where "now" falls, when it falls on the span.
    pub now: Option<f64>,
    /// Deadlines, each its own marker (in percent, with the event's index).
    pub deadlines: Vec<(f64, usize)>,
    /// Phases as bands.
    pub bands: Vec<Band>,
}

/// Where the first event of the later lane is, or `entries.len()` when there is none.
fn later_split(entries: &[Entry], now: Day) -> usize {
    let n = entries.len();
    if n < LATER_MIN_EVENTS {
        return n;
    }
    let first = entries[0].start.min(now);
    (n - n / LATER_SHARE..n)
        .filter(|&i| i > 0)
        .find(|&i| {
            let before = entries[i - 1].start.max(now.min(entries[i].start));
            let gap = before.days_until(entries[i].start);
            gap > LATER_MIN_GAP_DAYS && gap > LATER_GAP_FACTOR * first.days_until(before)
        })
        .unwrap_or(n)
}

impl Overview {
    /// Lays out `events` (in any order) against `now`, in `locale` (tick labels).
    pub fn new(events: &[&Event], now: Day, layout: Layout, locale: Locale) -> Overview {
        let mut sorted: Vec<&Event> = events.to_vec();
        crate::sort::sort_by_key(&mut sorted, |event| event.date.sort_key());
        let entries: Vec<Entry> = sorted
            .iter()
            .map(|event| Entry {
                id: event.id.clone(),
                start: event.date.start(),
                end: event.date.end(),
                ahead: event.date.is_expected() || event.date.start() > now,
                deadline: event.kind == EventKind::Deadline,
                phase: event.phase,
            })
            .collect();
        let split = later_split(&entries, now);
        let main = &entries[..split];
        let (mut start, mut end) = match (main.first(), main.last()) {
            (Some(first), Some(last)) => (first.start, last.start),
            _ => (now, now),
        };
        // "Now" belongs on the span unless it lies in the later lane's years.
        if entries.get(split).is_none_or(|later| now < later.start) {
            start = start.min(now);
            end = end.max(now);
        }
        let mut overview = Overview {
            split,
            start,
            end,
            marks: Vec::new(),
            later: Vec::new(),
            ticks: Vec::new(),
            now: (start..=end).contains(&now).then_some(0.0),
            deadlines: Vec::new(),
            bands: Vec::new(),
            entries,
        };
        overview.now = overview.now.map(|_| overview.at(now));
        overview.marks = overview.merge(layout.slots);
        overview.later = (split..overview.entries.len())
            .map(|index| {
                let entry = &overview.entries[index];
                let count = overview.entries.len() - split;
                Mark {
                    at: ((index - split) as f64 + 0.5) * 100.0 / count as f64,
                    first: index,
                    count: 1,
                    ahead: entry.ahead,
                    deadline: entry.deadline,
                }
            })
            .collect();
        let mut last_deadline = f64::NEG_INFINITY;
        for (index, entry) in overview.entries[..split].iter().enumerate() {
            let at = overview.at(entry.start);
            // One marker per slot: deadlines a day apart would draw as one blot anyway.
            if entry.deadline && at - last_deadline >= 100.0 / layout.slots as f64 {
                overview.deadlines.push((at, index));
                last_deadline = at;
            }
        }
        overview.bands = overview.entries[..split]
            .iter()
            .enumerate()
            .filter(|(_, entry)| entry.phase)
            .map(|(index, entry)| Band {
                x0: overview.at(entry.start),
                x1: overview.at(entry.end).max(overview.at(entry.start)),
                event: index,
            })
            .collect();
        overview.ticks = overview.make_ticks(layout, locale);
        overview
    }

    fn span_days(&self) -> f64 {
        self.start.days_until(self.end).max(1) as f64
    }

    /// Where `day` falls on the span, in percent (clamped to 0–100).
    pub fn at(&self, day: Day) -> f64 {
        self.at_offset(self.start.days_until(day) as f64)
    }

    /// Where the day `days` (fractional) after the span's start falls, in percent.
    pub fn at_offset(&self, days: f64) -> f64 {
        (days / self.span_days() * 100.0).clamp(0.0, 100.0)
    }

    /// Where `days` after `origin` falls: maps a position of the strip (whose axis
    /// counts from its first event, see [`crate::timeline::Axis::days_at`]).
    pub fn at_from(&self, origin: Day, days: f64) -> f64 {
        self.at_offset(self.start.days_until(origin) as f64 + days)
    }

    fn merge(&self, slots: usize) -> Vec<Mark> {
        let slots = slots.max(1);
        let slot_of = |at: f64| ((at / 100.0 * slots as f64) as usize).min(slots - 1);
        let mut marks: Vec<(usize, Mark)> = Vec::new();
        for (index, entry) in self.entries[..self.split].iter().enumerate() {
            let slot = slot_of(self.at(entry.start));
            match marks.last_mut() {
                Some((last, mark)) if *last == slot => {
                    mark.count += 1;
                    mark.ahead &= entry.ahead;
                    mark.deadline |= entry.deadline;
                }
                _ => marks.push((
                    slot,
                    Mark {
                        at: self.at(entry.start),
                        first: index,
                        count: 1,
                        ahead: entry.ahead,
                        deadline: entry.deadline,
                    },
                )),
            }
        }
        // A merged mark sits at its slot's centre, so marks never crowd closer than a slot.
        marks
            .into_iter()
            .map(|(slot, mut mark)| {
                if mark.count > 1 {
                    mark.at = (slot as f64 + 0.5) * 100.0 / slots as f64;
                }
                mark
            })
            .collect()
    }

    fn make_ticks(&self, layout: Layout, locale: Locale) -> Vec<Tick> {
        let formats = &locale.messages().formats;
        let span = self.start.days_until(self.end);
        let months = {
            let ((y0, m0, _), (y1, m1, _)) = (self.start.ymd(), self.end.ymd());
            i64::from(y1 - y0) * 12 + i64::from(m1) - i64::from(m0)
        };
        // Month ticks while a month is wider than a slot or two; else years only.
        let month_ticks = months * 2 <= layout.slots as i64;
        let mut ticks = Vec::new();
        if span <= WEEK_TICKS_MAX_DAYS {
            let mut day = self.start;
            while day <= self.end {
                if day.weekday_from_monday() == 0 && day.ymd().2 != 1 {
                    ticks.push(Tick {
                        at: self.at(day),
                        day,
                        kind: TickKind::Week,
                        label: None,
                    });
                }
                day = day.plus_days(1);
            }
        }
        let mut day = match self.start.ymd().2 {
            1 => self.start,
            _ => next_month(self.start),
        };
        while day <= self.end {
            let kind = match day.ymd().1 {
                1 => TickKind::Year,
                _ => TickKind::Month,
            };
            if month_ticks || kind == TickKind::Year {
                ticks.push(Tick {
                    at: self.at(day),
                    day,
                    kind,
                    label: None,
                });
            }
            day = next_month(day);
        }
        crate::sort::sort_by_key(&mut ticks, |t| t.day);
        // Labels: the span's start, then month (or year) ticks with room after the last label.
        let label = |day: Day, with_year: bool, kind: TickKind| {
            let (year, month, _) = day.ymd();
            match kind {
                TickKind::Year if !month_ticks => year.to_string(),
                _ if with_year => {
                    format!("{} {year}", formats.months_short[usize::from(month) - 1])
                }
                _ => formats.months_short[usize::from(month) - 1].to_string(),
            }
        };
        let mut last: Option<f64> = None;
        let first_labelled = ticks
            .iter()
            .find(|t| t.kind != TickKind::Week)
            .map(|t| t.at);
        let mut labels_start = Vec::new();
        if first_labelled.is_none_or(|at| at >= layout.label_gap) {
            // Name the start's month (or year) at the left edge.
            labels_start.push(Tick {
                at: 0.0,
                day: self.start,
                kind: TickKind::Month,
                label: Some(label(
                    self.start,
                    true,
                    if month_ticks {
                        TickKind::Month
                    } else {
                        TickKind::Year
                    },
                )),
            });
            last = Some(0.0);
        }
        for tick in &mut ticks {
            if tick.kind == TickKind::Week || tick.at > 100.0 - layout.label_gap {
                continue;
            }
            if last.is_some_and(|last| tick.at - last < layout.label_gap) {
                continue;
            }
            let with_year = last.is_none() || tick.kind == TickKind::Year;
            tick.label = Some(label(tick.day, with_year, tick.kind));
            last = Some(tick.at);
        }
        labels_start.extend(ticks);
        labels_start
    }

    /// How many events it shows (both lanes).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it shows no event.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The id of the `index`-th event.
    pub fn event(&self, index: usize) -> Option<&EventId> {
        self.entries.get(index).map(|e| &e.id)
    }

    /// The first day of the `index`-th event.
    pub fn day(&self, index: usize) -> Option<Day> {
        self.entries.get(index).map(|e| e.start)
    }

    /// The index of `id`.
    pub fn index_of(&self, id: &EventId) -> Option<usize> {
        self.entries.iter().position(|e| &e.id == id)
    }

    /// Whether the `index`-th event is in the later lane.
    pub fn is_later(&self, index: usize) -> bool {
        index >= self.split
    }

    /// The event nearest to `at` percent of the span (the first of equals); the later
    /// lane's events are reached from its own marks, not from here.
    pub fn nearest(&self, at: f64) -> Option<usize> {
        let main = &self.entries[..self.split];
        if main.is_empty() {
            return (!self.entries.is_empty()).then_some(0);
        }
        let days = at.clamp(0.0, 100.0) / 100.0 * self.span_days();
        let offset = |e: &Entry| self.start.days_until(e.start) as f64;
        let after = main.partition_point(|e| offset(e) < days);
        let candidates = [after.checked_sub(1), (after < main.len()).then_some(after)];
        candidates
            .into_iter()
            .flatten()
            .min_by(|&a, &b| {
                let (da, db) = (
                    (offset(&main[a]) - days).abs(),
                    (offset(&main[b]) - days).abs(),
                );
                da.total_cmp(&db).then(a.cmp(&b))
            })
            .map(|i| {
                // The first event of its day, as the strip lists them.
                let day = main[i].start;
                main[..i]
                    .iter()
                    .rposition(|e| e.start != day)
                    .map_or(0, |p| p + 1)
            })
    }

    /// A page step of the slider from event `index`: the event nearest a month later
    /// (earlier when `!forward`), and never `index` itself while there is a next one.
    pub fn page(&self, index: usize, forward: bool) -> usize {
        let Some(day) = self.day(index) else {
            return index;
        };
        let target = day.plus_days(if forward { 30 } else { -30 });
        let found = if forward {
            self.entries.partition_point(|e| e.start < target)
        } else {
            self.entries
                .partition_point(|e| e.start <= target)
                .saturating_sub(1)
        };
        let last = self.entries.len().saturating_sub(1);
        if forward {
            found.min(last).max((index + 1).min(last))
        } else {
            found.min(index.saturating_sub(1))
        }
    }

    /// Where the `index`-th event's mark is: its lane (`true` for the later lane) and
    /// its position in that lane, in percent.
    pub fn position(&self, index: usize) -> Option<(bool, f64)> {
        let entry = self.entries.get(index)?;
        if index >= self.split {
            let count = self.entries.len() - self.split;
            Some((
                true,
                ((index - self.split) as f64 + 0.5) * 100.0 / count as f64,
            ))
        } else {
            Some((false, self.at(entry.start)))
        }
    }

    /// What a screen reader hears and the line above the overview reads: "39 events,
    /// 26 March – 20 October 2015; 2 more later, to 2025. You are at 14 July 2015."
    pub fn summary(&self, locale: Locale, selected: Option<usize>) -> String {
        let m = locale.messages();
        let main = &self.entries[..self.split];
        let mut text = match (main.first(), main.last()) {
            (Some(first), Some(last)) => (m.overview_summary)(
                self.entries.len() as u64,
                &first.start.span(last.start, locale),
            ),
            _ => (m.events_count)(self.entries.len() as u64),
        };
        if let Some(last) = self.entries[self.split..].last() {
            let year = match last.start {
                Day::LAST => "…".to_string(),
                day => day.ymd().0.to_string(),
            };
            text.push(' ');
            text.push_str(&(m.overview_later)(
                (self.entries.len() - self.split) as u64,
                &year,
            ));
        }
        if let Some(day) = selected.and_then(|i| self.day(i)) {
            text.push(' ');
            text.push_str(&(m.overview_you_are_at)(&day.short(locale, true)));
        }
        text
    }

    /// The year a later-lane mark is labelled with ("2025"; "…" when not yet known).
    pub fn later_label(&self, index: usize) -> String {
        match self.day(index) {
            Some(Day::LAST) | None => "…".to_string(),
            Some(day) => day.ymd().0.to_string(),
        }
    }
}

/// The first day of the month after `day`'s: `32 - d` days on always lands in the next
/// month, within its first four days.
fn next_month(day: Day) -> Day {
    let later = day.plus_days(32 - i64::from(day.ymd().2));
    later.plus_days(1 - i64::from(later.ymd().2))
}
