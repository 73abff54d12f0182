//! The hand-written day and RFC 3339 parsing (src/date.rs) against the `time`
//! crate it replaced: same inputs accepted, same text written back, same order.

use proptest::prelude::*;
use talks_tracker_story::{Day, Timestamp};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::OffsetDateTime;

fn reference_day(text: &str) -> Option<time::Date> {
    time::Date::parse(text, format_description!("[year]-[month]-[day]")).ok()
}

fn reference_time(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

fn check_day(text: &str) {
    let ours = Day::parse(text).ok();
    let theirs = reference_day(text);
    assert_eq!(ours.is_some(), theirs.is_some(), "accepting {text:?}");
    if let (Some(ours), Some(theirs)) = (ours, theirs) {
        assert_eq!(
            ours.ymd(),
            (theirs.year(), theirs.month() as u8, theirs.day()),
            "{text:?}"
        );
        assert_eq!(
            ours.weekday_from_monday(),
            theirs.weekday().number_days_from_monday(),
            "{text:?}"
        );
        let epoch = time::Date::from_calendar_date(1970, time::Month::January, 1).unwrap();
        let origin = Day::parse("1970-01-01").unwrap();
        assert_eq!(
            origin.days_until(ours),
            (theirs - epoch).whole_days(),
            "{text:?}"
        );
    }
}

fn check_time(text: &str) {
    let ours = Timestamp::parse(text).ok();
    let theirs = reference_time(text);
    assert_eq!(ours.is_some(), theirs.is_some(), "accepting {text:?}");
    if let (Some(ours), Some(theirs)) = (ours, theirs) {
        assert_eq!(
            ours.to_string(),
            theirs.format(&Rfc3339).unwrap(),
            "{text:?}"
        );
        let day = theirs.date();
        assert_eq!(
            ours.day().ymd(),
            (day.year(), day.month() as u8, day.day()),
            "{text:?}"
        );
    }
}

/// Near-valid day texts: digits, signs and dashes in roughly the right places.
fn day_text() -> impl Strategy<Value = String> {
    (
        "[-+]?",
        "[0-9]{3,5}",
        "[-/]",
        "[0-9]{1,3}",
        "[-]",
        "[0-9]{1,3}",
        "[ xZ]{0,1}",
    )
        .prop_map(|(a, b, c, d, e, f, g)| format!("{a}{b}{c}{d}{e}{f}{g}"))
}

/// Near-valid RFC 3339 texts, with leap seconds, fractions and odd offsets.
fn time_text() -> impl Strategy<Value = String> {
    (
        prop_oneof!["(19|20|00|99)[0-9]{2}", "[0-9]{4}"],
        "(0[0-9]|1[0-3])",
        "([0-2][0-9]|3[0-2])",
        "[Tt _é]",
        "([01][0-9]|2[0-5])",
        "([0-5][0-9]|60)",
        "([0-5][0-9]|6[01])",
        prop_oneof!["", "\\.[0-9]{0,12}"],
        prop_oneof![
            "[Zz]",
            "[-+]([01][0-9]|2[0-5]):([0-5][0-9]|60)",
            "",
            "[-+][0-9]{4}"
        ],
    )
        .prop_map(|(y, mo, d, sep, h, mi, s, frac, off)| {
            format!("{y}-{mo}-{d}{sep}{h}:{mi}:{s}{frac}{off}")
        })
}

#[test]
fn known_days_and_times() {
    for text in [
        "2026-01-06",
        "2024-02-29",
        "2026-02-29",
        "2026-02-30",
        "2000-02-29",
        "1900-02-29",
        "0000-01-01",
        "9999-12-31",
        "+2026-01-06",
        "-0001-03-01",
        "2026-1-06",
        "2026-01-6",
        "20260106",
        "2026-13-01",
        "2026-00-10",
        "2026-01-00",
        "2026-01-06 ",
        "",
        "-",
    ] {
        check_day(text);
    }
    for text in [
        "2026-01-10T09:00:00+02:00",
        "2026-01-10T09:00:00Z",
        "2026-01-10t09:00:00z",
        "2026-01-10 09:00:00-00:00",
        "2026-01-10T09:00:00.120+05:30",
        "2026-01-10T09:00:00.",
        "2016-12-31T23:59:60Z",
        "2016-12-31T23:59:60.5Z",
        "2016-12-30T23:59:60Z",
        "2017-01-01T01:59:60+02:00",
        "2026-01-10T24:00:00Z",
        "2026-01-10T09:00:00+24:00",
        "2026-01-10T09:00:00+02:60",
        "2026-01-10T09:00:00",
        "2026-01-10T09:00:00+0200",
        "0000-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-23:59",
        "2026-01-10T09:00:00.0000000001Z",
    ] {
        check_time(text);
    }
}

#[test]
fn timestamps_compare_by_moment() {
    let a = Timestamp::parse("2026-01-10T09:00:00+02:00").unwrap();
    let b = Timestamp::parse("2026-01-10T07:00:00Z").unwrap();
    let c = Timestamp::parse("2026-01-10T07:00:00.5Z").unwrap();
    assert_eq!(a, b);
    assert!(b < c && a < c);
    assert_eq!(a.day(), Day::parse("2026-01-10").unwrap());
}

proptest! {
    #[test]
    fn days_match_the_time_crate(text in day_text()) {
        check_day(&text);
    }

    #[test]
    fn any_day_text_matches_the_time_crate(text in "[-+0-9]{0,12}") {
        check_day(&text);
    }

    #[test]
    fn times_match_the_time_crate(text in time_text()) {
        check_time(&text);
    }

    #[test]
    fn times_order_like_the_time_crate(a in time_text(), b in time_text()) {
        if let (Ok(ours_a), Ok(ours_b), Some(theirs_a), Some(theirs_b)) =
            (Timestamp::parse(&a), Timestamp::parse(&b), reference_time(&a), reference_time(&b))
        {
            prop_assert_eq!(ours_a.cmp(&ours_b), theirs_a.cmp(&theirs_b));
            prop_assert_eq!(ours_a == ours_b, theirs_a == theirs_b);
        }
    }

    #[test]
    fn every_day_of_four_centuries_matches(days in -146_097i64..2 * 146_097) {
        let epoch = time::Date::from_calendar_date(1970, time::Month::January, 1).unwrap();
        let theirs = epoch + time::Duration::days(days);
        let text = format!("{:04}-{:02}-{:02}", theirs.year(), theirs.month() as u8, theirs.day());
        check_day(&text);
    }
}
