//! Where events sit on the time axis.
//!
//! The axis is measured in *columns* (one column fits one event tab). Events
//! with the same date window share a column, stacked, so they never overlap.
//! Consecutive columns are spaced by the days between them, at
//! [`COLUMNS_PER_DAY`], but never closer than one column and never further
//! than [`MAX_STEP`] columns: a longer pause is drawn as a break labelled with
//! its length, so a quiet month does not push the rest off screen.

use std::ops::Range;

use crate::{Day, Event, EventDate, EventId};

/// Columns per day between two groups, before clamping.
pub const COLUMNS_PER_DAY: f64 = 0.5;
/// The widest step between two neighbouring groups, in columns.
pub const MAX_STEP: f64 = 2.5;
/// Pauses longer than this many days are shown as a labelled break.
pub const BREAK_DAYS: i64 = 5;

/// Timelines with more columns than this render a window of them, not all: the
/// browser then builds a few hundred elements for a story of thousands of events.
pub const WINDOW_THRESHOLD: usize = 120;

/// Columns rendered on each side of those the reader is looking at.
pub const WINDOW_MARGIN: usize = 20;

/// Events that share a date window, drawn in one column.
#[derive(Clone, Debug, PartialEq)]
pub struct DayGroup {
    /// The shared date (the first event's; all share its window and kind).
    pub date: EventDate,
    /// The events, in story order.
    pub events: Vec<EventId>,
    /// Position of the column's start, in columns from the axis start.
    pub x: f64,
    /// Days since the previous group started, when that pause is long enough to label.
    pub pause_before: Option<i64>,
}

/// A vague or future window drawn as a soft band under the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// Index of the group the band belongs to.
    pub group: usize,
    /// Band start and end, in columns.
    pub x0: f64,
    /// Band end, in columns (at least `x0 + 1`).
    pub x1: f64,
}

/// The laid-out axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// Groups in time order.
    pub groups: Vec<DayGroup>,
    /// Bands for approximate and expected windows longer than a day.
    pub spans: Vec<Span>,
    /// Where "now" (the story's updated day) falls, in columns.
    pub now_x: f64,
    /// Total length, in columns.
    pub length: f64,
}

/// Same kind, days and wording: the same ordering key, so equal windows are adjacent after sorting.
fn same_window(a: &EventDate, b: &EventDate) -> bool {
    a.sort_key() == b.sort_key()
}

/// How much time the strip spreads over its width: the reader's zoom level. Closer
/// levels space columns by the days between them; farther ones pack them side by side
/// (and the widget draws narrower columns), so more of the story fits on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Zoom {
    /// Days apart: the default.
    #[default]
    Day,
    /// About a week per screen: pauses shrink.
    Week,
    /// About a month per screen: columns side by side.
    Month,
    /// The whole story at once, as far as columns allow.
    Story,
}

impl Zoom {
    /// Every level, closest first.
    pub const ALL: [Zoom; 4] = [Zoom::Day, Zoom::Week, Zoom::Month, Zoom::Story];

    /// Columns per day and the widest step between two groups.
    fn spacing(self) -> (f64, f64) {
        match self {
            Zoom::Day => (COLUMNS_PER_DAY, MAX_STEP),
            Zoom::Week => (1.0 / 7.0, 1.5),
            Zoom::Month | Zoom::Story => (0.0, 1.0),
        }
    }

    /// `day`, `week`, `month` or `story`: the widget's `data-zoom`.
    pub fn as_str(self) -> &'static str {
        match self {
            Zoom::Day => "day",
            Zoom::Week => "week",
            Zoom::Month => "month",
            Zoom::Story => "story",
        }
    }

    /// One level in (`in_` true) or out, staying within the levels.
    pub fn step(self, in_: bool) -> Zoom {
        let at = Zoom::ALL.iter().position(|&z| z == self).unwrap_or(0);
        let to = if in_ {
            at.saturating_sub(1)
        } else {
            (at + 1).min(Zoom::ALL.len() - 1)
        };
        Zoom::ALL[to]
    }
}

fn step(days: i64, zoom: Zoom) -> f64 {
    let (per_day, max) = zoom.spacing();
    (days as f64 * per_day).clamp(1.0, max)
}

impl Axis {
    /// Lays out `events` (in any order) against `now`, at the closest zoom.
    pub fn new(events: &[&Event], now: Day) -> Axis {
        Axis::zoomed(events, now, Zoom::Day)
    }

    /// Lays out `events` (in any order) against `now` at `zoom`.
    pub fn zoomed(events: &[&Event], now: Day, zoom: Zoom) -> Axis {
        let mut sorted: Vec<&Event> = events.to_vec();
        crate::sort::sort_by_key(&mut sorted, |event| event.date.sort_key());

        let mut groups: Vec<DayGroup> = Vec::new();
        for event in sorted {
            match groups.last_mut() {
                Some(last) if same_window(&last.date, &event.date) => {
                    last.events.push(event.id.clone())
                }
                last => {
                    let (x, pause_before) = match last {
                        None => (0.0, None),
                        Some(previous) => {
                            let days = previous.date.start().days_until(event.date.start());
                            (
                                previous.x + step(days, zoom),
                                (days > BREAK_DAYS).then_some(days),
                            )
                        }
                    };
                    groups.push(DayGroup {
                        date: event.date.clone(),
                        events: vec![event.id.clone()],
                        x,
                        pause_before,
                    });
                }
            }
        }

        let axis_x = |day: Day| x_of_day(&groups, day, zoom);
        let spans = groups
            .iter()
            .enumerate()
            .filter(|(_, g)| {
                matches!(
                    g.date,
                    EventDate::Approximate { .. } | EventDate::Expected { .. }
                )
            })
            .filter(|(_, g)| g.date.start() != g.date.end())
            .map(|(index, g)| {
                let x0 = g.x;
                let x1 = (axis_x(g.date.end()) + 1.0).max(x0 + 1.0);
                Span {
                    group: index,
                    x0,
                    x1,
                }
            })
            .collect::<Vec<_>>();
        let now_x = axis_x(now);
        let last_column = groups.last().map_or(1.0, |g| g.x + 1.0);
        let length = spans
            .iter()
            .map(|s| s.x1)
            .fold(last_column.max(now_x + 1.0), f64::max);
        Axis {
            groups,
            spans,
            now_x,
            length,
        }
    }

    /// The index of the group holding `event`.
    pub fn group_of(&self, event: &EventId) -> Option<usize> {
        self.groups.iter().position(|g| g.events.contains(event))
    }

    /// The groups whose column overlaps `[x0, x1]` (in columns), found by binary search.
    pub fn groups_between(&self, x0: f64, x1: f64) -> Range<usize> {
        let start = self.groups.partition_point(|g| g.x + 1.0 <= x0);
        let end = self.groups.partition_point(|g| g.x < x1);
        start..end.max(start)
    }

    /// Which groups to render when the reader looks at the groups in `focus`: all of
    /// them for a timeline of up to [`WINDOW_THRESHOLD`] columns, else `focus` widened
    /// by [`WINDOW_MARGIN`] on each side (at least `2 × WINDOW_MARGIN` columns).
    pub fn window(&self, focus: Range<usize>) -> Range<usize> {
        let len = self.groups.len();
        if len <= WINDOW_THRESHOLD {
            return 0..len;
        }
        let focus = focus.start.min(len)..focus.end.clamp(focus.start.min(len), len);
        let start = focus.start.saturating_sub(WINDOW_MARGIN);
        let end = (focus.end + WINDOW_MARGIN)
            .max(start + 2 * WINDOW_MARGIN)
            .min(len);
        end.saturating_sub(2 * WINDOW_MARGIN).min(start)..end
    }
}

/// The columns a reader asked to see, by scrolling the strip or with "Show earlier/later
/// events", and the selection they asked under. A new selection makes the request
/// lapse: the window then follows the open event again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ColumnRequest {
    focus: Range<usize>,
    under: Option<EventId>,
}

/// The columns a long timeline renders, and what lies outside them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    /// The window of columns around what the reader looks at.
    pub window: Range<usize>,
    /// The columns to render, in order: the window, plus the open event's column when
    /// it lies outside (so the tab list keeps its one tab stop).
    pub columns: Vec<usize>,
    /// Events in the columns before the window.
    pub earlier: u64,
    /// Events in the columns after the window.
    pub later: u64,
}

impl Axis {
    /// What to render while `selected` is open and the reader made `request` (if any).
    pub fn rendered(
        &self,
        request: Option<&ColumnRequest>,
        selected: Option<&EventId>,
    ) -> Rendered {
        let selected_group = selected.and_then(|id| self.group_of(id));
        let focus = match (request, selected_group) {
            (Some(request), _) if request.under.as_ref() == selected => request.focus.clone(),
            (_, Some(group)) => group..group + 1,
            _ => 0..1,
        };
        let window = self.window(focus);
        let mut columns: Vec<usize> = window.clone().collect();
        if let Some(group) = selected_group.filter(|g| !window.contains(g)) {
            columns.push(group);
            crate::sort::sort_indices(&mut columns, &|a, b| a.cmp(&b));
        }
        let count = |groups: &[DayGroup]| groups.iter().map(|g| g.events.len() as u64).sum();
        Rendered {
            earlier: count(&self.groups[..window.start]),
            later: count(&self.groups[window.end..]),
            window,
            columns,
        }
    }

    /// The request to make after the reader scrolled the strip to show columns
    /// `x0..x1`: `None` while they stay well inside the rendered window.
    pub fn scrolled(
        &self,
        rendered: &Rendered,
        (x0, x1): (f64, f64),
        selected: Option<&EventId>,
    ) -> Option<ColumnRequest> {
        let seen = self.groups_between(x0, x1);
        let window = &rendered.window;
        let near_start = window.start > 0 && seen.start < window.start + WINDOW_MARGIN / 2;
        let near_end = window.end < self.groups.len() && seen.end + WINDOW_MARGIN / 2 > window.end;
        (near_start || near_end).then(|| ColumnRequest {
            focus: seen,
            under: selected.cloned(),
        })
    }

    /// The request behind "Show earlier events": the window moves back by a margin.
    pub fn earlier(&self, rendered: &Rendered, selected: Option<&EventId>) -> ColumnRequest {
        let window = &rendered.window;
        ColumnRequest {
            focus: window.start.saturating_sub(2 * WINDOW_MARGIN)
                ..window.end.saturating_sub(WINDOW_MARGIN),
            under: selected.cloned(),
        }
    }

    /// The request behind "Show later events": the window moves on by a margin.
    pub fn later(&self, rendered: &Rendered, selected: Option<&EventId>) -> ColumnRequest {
        let window = &rendered.window;
        ColumnRequest {
            focus: window.start + WINDOW_MARGIN..window.end + 2 * WINDOW_MARGIN,
            under: selected.cloned(),
        }
    }

    /// The first event, in reading order, that `request` shows and `rendered` did not:
    /// the first event of the first column it adds. "Show earlier/later events" moves
    /// focus there, since the button itself goes once nothing is left to show.
    pub fn first_added(&self, rendered: &Rendered, request: &ColumnRequest) -> Option<&EventId> {
        let added = self
            .window(request.focus.clone())
            .find(|column| rendered.columns.binary_search(column).is_err())?;
        self.groups[added].events.first()
    }

    /// Where the vertical layout draws its "now" line: before the first column that
    /// starts after `now` (the number of columns when none does).
    pub fn now_index(&self, now: Day) -> usize {
        self.groups
            .iter()
            .position(|g| g.date.start() > now)
            .unwrap_or(self.groups.len())
    }

    /// How far the `position`-th rendered column sits from the one rendered before it
    /// (or from the axis start), in columns: skipped columns keep their space.
    pub fn gap_before(&self, columns: &[usize], position: usize) -> f64 {
        let x = self.groups[columns[position]].x;
        match position {
            0 => x,
            _ => x - self.groups[columns[position - 1]].x - 1.0,
        }
    }
}

impl Axis {
    /// The day at axis position `x` (in columns), as days (fractional) after the first
    /// column's day: the inverse of how days are placed, so the overview can show what
    /// the strip shows.
    pub fn days_at(&self, x: f64) -> f64 {
        let Some(first) = self.groups.first() else {
            return 0.0;
        };
        let origin = first.date.start();
        let offset = |g: &DayGroup| origin.days_until(g.date.start()) as f64;
        let after = self.groups.partition_point(|g| g.x <= x);
        match (after.checked_sub(1), self.groups.get(after)) {
            (None, _) => 0.0,
            (Some(i), Some(b)) => {
                let a = &self.groups[i];
                let t = ((x - a.x) / (b.x - a.x)).clamp(0.0, 1.0);
                offset(a) + t * (offset(b) - offset(a))
            }
            // Past the last column: its window, then a day per column.
            (Some(i), None) => {
                let a = &self.groups[i];
                let within = (x - a.x).clamp(0.0, 1.0);
                let window = a.date.start().days_until(a.date.end()) as f64;
                offset(a) + within * window + (x - a.x - 1.0).max(0.0)
            }
        }
    }
}

/// How many events a column of the horizontal strip shows before a "+k more" button:
/// with titles cut to three lines, six keep the strip within a laptop screen.
pub const COLUMN_LIMIT: usize = 6;

/// The events of a column to show: all when `expanded` or when there are at most
/// `limit`, else the first `limit - 1` and the open event if it is further down
/// (else the first `limit`). The second value counts the events left out.
pub fn shown_in_column<'a>(
    events: &'a [EventId],
    selected: Option<&EventId>,
    expanded: bool,
    limit: usize,
) -> (Vec<&'a EventId>, usize) {
    if expanded || events.len() <= limit {
        return (events.iter().collect(), 0);
    }
    let position = selected.and_then(|id| events.iter().position(|e| e == id));
    let shown: Vec<&EventId> = match position {
        Some(p) if p >= limit => events[..limit - 1]
            .iter()
            .chain(std::iter::once(&events[p]))
            .collect(),
        _ => events[..limit].iter().collect(),
    };
    let hidden = events.len() - shown.len();
    (shown, hidden)
}

/// Maps a day to the axis: piecewise linear between group starts, so the
/// spacing stays true to time locally; before the first group and after the
/// last it continues at the clamped step.
fn x_of_day(groups: &[DayGroup], day: Day, zoom: Zoom) -> f64 {
    let Some(first) = groups.first() else {
        return 0.0;
    };
    if day <= first.date.start() {
        return first.x;
    }
    for pair in groups.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (da, db) = (a.date.start(), b.date.start());
        if day >= da && day <= db {
            let span = da.days_until(db);
            if span == 0 {
                return a.x;
            }
            return a.x + (b.x - a.x) * da.days_until(day) as f64 / span as f64;
        }
    }
    let last = groups.last().unwrap_or(first);
    let days = last.date.start().days_until(day);
    last.x + if days == 0 { 0.0 } else { step(days, zoom) }
}
