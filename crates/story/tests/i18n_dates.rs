//! Dates in English and Ukrainian as browsers print them.
//!
//! Expected strings are what Chromium 156 (`/usr/bin/chromium --headless=new`)
//! printed for `Intl.DateTimeFormat` with the locales "en-GB" and "uk", copied
//! here as literals. Node 20's ICU prints the same except in ranges, where it
//! puts thin (U+2009) and narrow no-break (U+202F) spaces where Chromium prints
//! plain spaces.

use talks_tracker_story::{Day, EventDate, Locale};

fn day(text: &str) -> Day {
    Day::parse(text).expect("a valid day")
}

// ---- Dates (Chromium 156 Intl.DateTimeFormat, timeZone "UTC") ---------------

#[test]
fn english_dates_match_intl_en_gb() {
    let (tue, mon) = (day("2026-01-06"), day("2025-12-29"));
    let en = Locale::En;
    // {weekday: "long", day: "numeric", month: "long", year: "numeric"}
    assert_eq!(tue.long(en), "Tuesday, 6 January 2026");
    assert_eq!(mon.long(en), "Monday, 29 December 2025");
    // {day: "numeric", month: "long", year: "numeric"} and without the year
    assert_eq!(tue.short(en, true), "6 January 2026");
    assert_eq!(mon.short(en, false), "29 December");
    let months: Vec<String> = (1..=12)
        .map(|m| day(&format!("2026-{m:02}-01")).short(en, false))
        .collect();
    assert_eq!(
        months,
        [
            "1 January",
            "1 February",
            "1 March",
            "1 April",
            "1 May",
            "1 June",
            "1 July",
            "1 August",
            "1 September",
            "1 October",
            "1 November",
            "1 December"
        ]
    );
    // 2026-01-05 is a Monday.
    let weekdays: Vec<String> = (5..=11)
        .map(|d| day(&format!("2026-01-{d:02}")).long(en))
        .map(|long| long.split(',').next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        weekdays,
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday"
        ]
    );
}

#[test]
fn english_ranges_match_intl_en_gb_except_within_a_month() {
    let en = Locale::En;
    // formatRange with {day: "numeric", month: "long", year: "numeric"}:
    assert_eq!(
        day("2026-01-30").span(day("2026-02-02"), en),
        "30 January – 2 February 2026"
    );
    assert_eq!(
        day("2025-12-29").span(day("2026-01-04"), en),
        "29 December 2025 – 4 January 2026"
    );
    assert_eq!(
        day("2026-01-06").span(day("2026-01-06"), en),
        "6 January 2026"
    );
    // Chromium prints "6 – 8 January 2026"; the widget keeps its unspaced dash.
    assert_eq!(
        day("2026-01-06").span(day("2026-01-08"), en),
        "6–8 January 2026"
    );
}

#[test]
fn ukrainian_dates_match_intl_uk() {
    let (tue, mon) = (day("2026-01-06"), day("2025-12-29"));
    let uk = Locale::Uk;
    assert_eq!(tue.long(uk), "вівторок, 6 січня 2026 р.");
    assert_eq!(mon.long(uk), "понеділок, 29 грудня 2025 р.");
    assert_eq!(tue.short(uk, true), "6 січня 2026 р.");
    assert_eq!(mon.short(uk, true), "29 грудня 2025 р.");
    assert_eq!(tue.short(uk, false), "6 січня");
    let with_day: Vec<String> = (1..=12)
        .map(|m| day(&format!("2026-{m:02}-01")).short(uk, false))
        .collect();
    assert_eq!(
        with_day,
        [
            "1 січня",
            "1 лютого",
            "1 березня",
            "1 квітня",
            "1 травня",
            "1 червня",
            "1 липня",
            "1 серпня",
            "1 вересня",
            "1 жовтня",
            "1 листопада",
            "1 грудня"
        ]
    );
    let weekdays: Vec<String> = (5..=11)
        .map(|d| day(&format!("2026-01-{d:02}")).long(uk))
        .map(|text| text.split(',').next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        weekdays,
        // "пʼятниця" with U+02BC, as Chromium prints it.
        [
            "понеділок",
            "вівторок",
            "середа",
            "четвер",
            "п\u{2bc}ятниця",
            "субота",
            "неділя"
        ]
    );
}

#[test]
fn ukrainian_ranges_match_intl_uk() {
    let uk = Locale::Uk;
    assert_eq!(
        day("2026-01-06").span(day("2026-01-08"), uk),
        "6–8 січня 2026 р."
    );
    assert_eq!(
        day("2026-01-30").span(day("2026-02-02"), uk),
        "30 січня – 2 лютого 2026 р."
    );
    assert_eq!(
        day("2025-12-29").span(day("2026-01-04"), uk),
        "29 грудня 2025 – 4 січня 2026 рр."
    );
    assert_eq!(
        day("2026-01-06").span(day("2026-01-06"), uk),
        "6 січня 2026 р."
    );
}

#[test]
fn event_date_labels_in_each_locale() {
    let exact = EventDate::Exact {
        date: day("2026-01-06"),
        text: Some("on Tuesday".into()),
    };
    let range = EventDate::Range {
        start: day("2026-01-05"),
        end: day("2026-01-09"),
        text: None,
    };
    let vague = EventDate::Approximate {
        start: day("2025-12-29"),
        end: day("2026-01-04"),
        text: "минулого тижня".into(),
    };
    let expected = EventDate::Expected {
        start: day("2026-01-15"),
        end: day("2026-01-15"),
        text: "next Thursday".into(),
    };
    // English exactly as the widget has always written it.
    assert_eq!(exact.label_en(), "Tuesday, 6 January 2026");
    assert_eq!(range.label_en(), "5–9 January 2026");
    assert_eq!(
        vague.label_en(),
        "минулого тижня (29 December 2025 – 4 January 2026)"
    );
    assert_eq!(expected.label_en(), "next Thursday (15 January 2026)");
    assert_eq!(
        expected.label(Locale::En),
        "next Thursday (15 January 2026)"
    );
    assert_eq!(exact.start().long_en(), "Tuesday, 6 January 2026");
    assert_eq!(exact.start().short_en(false), "6 January");
    // Ukrainian: the days in Ukrainian, the reporter's wording as written.
    assert_eq!(exact.label(Locale::Uk), "вівторок, 6 січня 2026 р.");
    assert_eq!(range.label(Locale::Uk), "5–9 січня 2026 р.");
    assert_eq!(
        vague.label(Locale::Uk),
        "минулого тижня (29 грудня 2025 – 4 січня 2026 рр.)"
    );
}
