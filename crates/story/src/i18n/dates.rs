//! Dates in words, per locale, without ICU.
//!
//! Each locale's [`Formats`] holds its month and weekday names and a handful of
//! patterns with placeholders, in the manner of CLDR patterns: `{d}` day of
//! month, `{M}` month name as written with a day (Ukrainian genitive "січня"),
//! `{W}` weekday, `{y}` year; in ranges `{d1}` `{M1}` `{y1}` for the first day and `{d2}` `{M2}`
//! `{y2}` for the last. The patterns reproduce what Chromium's
//! `Intl.DateTimeFormat` prints for [`Locale::intl_tag`], except English ranges
//! within one month ("6–8 January 2026" here, "6 – 8 January 2026" in ICU).

use super::Locale;
use crate::{Day, EventDate};

/// How one locale writes dates and numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Formats {
    /// Month names as written with a day, January first ("6 січня").
    pub months_with_day: [&'static str; 12],
    /// Short month names standing alone, January first ("Jul", "лип."), for axis ticks
    /// (`Intl.DateTimeFormat` with month "short" only).
    pub months_short: [&'static str; 12],
    /// Weekday names, Monday first, as written in a date.
    pub weekdays: [&'static str; 7],
    /// Day and month: "{d} {M}" → "6 January".
    pub day_month: &'static str,
    /// Day, month and year: "{d} {M} {y}" → "6 January 2026".
    pub day_month_year: &'static str,
    /// Weekday, day, month and year: "{W}, {d} {M} {y}" → "Tuesday, 6 January 2026".
    pub weekday_day_month_year: &'static str,
    /// Days within one month: "{d1}–{d2} {M2} {y2}" → "6–8 January 2026".
    pub span_same_month: &'static str,
    /// Days in different months of one year: "{d1} {M1} – {d2} {M2} {y2}".
    pub span_same_year: &'static str,
    /// Days in different years: "{d1} {M1} {y1} – {d2} {M2} {y2}".
    pub span_across_years: &'static str,
    /// Between groups of three digits: "," in English, a no-break space in Ukrainian.
    pub group_separator: &'static str,
}

/// Replaces each `{name}` of `pattern` with its value; unknown names stay as written.
fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (close, *value))
        }) {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The values a pattern may use for one day.
struct Parts {
    day: String,
    month: &'static str,
    weekday: &'static str,
    year: String,
}

impl Parts {
    fn of(day: Day, formats: &Formats) -> Parts {
        let (year, month, dom) = day.ymd();
        let month = usize::from(month) - 1;
        Parts {
            day: dom.to_string(),
            month: formats.months_with_day[month],
            weekday: formats.weekdays[usize::from(day.weekday_from_monday())],
            year: year.to_string(),
        }
    }

    fn format(&self, pattern: &str) -> String {
        fill(
            pattern,
            &[
                ("d", &self.day),
                ("M", self.month),
                ("W", self.weekday),
                ("y", &self.year),
            ],
        )
    }
}

impl Day {
    fn parts(self, locale: Locale) -> (Parts, &'static Formats) {
        let formats = &locale.messages().formats;
        (Parts::of(self, formats), formats)
    }

    /// Weekday, day, month and year: "Tuesday, 6 January 2026", "вівторок, 6 січня 2026 р."
    /// (`Intl.DateTimeFormat` with weekday, day, month "long" and year).
    pub fn long(self, locale: Locale) -> String {
        let (parts, formats) = self.parts(locale);
        parts.format(formats.weekday_day_month_year)
    }

    /// Day and month, with the year if asked: "6 January 2026", "6 січня 2026 р.";
    /// "6 January", "6 січня".
    pub fn short(self, locale: Locale, with_year: bool) -> String {
        let (parts, formats) = self.parts(locale);
        parts.format(if with_year {
            formats.day_month_year
        } else {
            formats.day_month
        })
    }

    /// The days from `self` to `end`, inclusive, with the year once where it is shared:
    /// "6–8 January 2026", "30 January – 2 February 2026",
    /// "29 December 2025 – 4 January 2026"; one day alone when `end` is `self`.
    pub fn span(self, end: Day, locale: Locale) -> String {
        let (first, formats) = self.parts(locale);
        let last = Parts::of(end, formats);
        let ((y1, m1, _), (y2, m2, _)) = (self.ymd(), end.ymd());
        if self == end {
            return first.format(formats.day_month_year);
        }
        let pattern = if y1 == y2 && m1 == m2 {
            formats.span_same_month
        } else if y1 == y2 {
            formats.span_same_year
        } else {
            formats.span_across_years
        };
        fill(
            pattern,
            &[
                ("d1", &first.day),
                ("M1", first.month),
                ("y1", &first.year),
                ("d2", &last.day),
                ("M2", last.month),
                ("y2", &last.year),
            ],
        )
    }
}

impl EventDate {
    /// A deterministic label in `locale`: the wording when there is one, then the days.
    ///
    /// `"Tuesday, 6 January 2026"`, `"5–9 January 2026"`,
    /// `"last week (29 December 2025 – 4 January 2026)"`, `"90 days after the UN vote
    /// (about 18 October 2015)"` once the vote has happened and `"90 days after the UN
    /// vote"` before; the wording of vague and expected dates is the story's own.
    pub fn label(&self, locale: Locale) -> String {
        let days = match self {
            EventDate::Exact { date, .. } => date.long(locale),
            EventDate::After {
                window: Some(window),
                ..
            } if window.anchored => {
                (locale.messages().about_day)(&window.start.short(locale, true))
            }
            // Until the event it counts from has happened, the wording alone: "90 days
            // after the UN vote" (the window would be a guess on a guess).
            EventDate::After { text, .. } => return text.clone(),
            _ => self.start().span(self.end(), locale),
        };
        match self {
            EventDate::Approximate { text, .. }
            | EventDate::Expected { text, .. }
            | EventDate::After { text, .. } => format!("{text} ({days})"),
            EventDate::Exact { .. } | EventDate::Range { .. } => days,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fill_replaces_known_names_and_keeps_the_rest() {
        assert_eq!(
            fill(
                "{d} {M} {y} р.",
                &[("d", "6"), ("M", "січня"), ("y", "2026")]
            ),
            "6 січня 2026 р."
        );
        assert_eq!(
            fill("{d1}–{d2} {x} {", &[("d1", "6"), ("d2", "8")]),
            "6–8 {x} {"
        );
    }
}
