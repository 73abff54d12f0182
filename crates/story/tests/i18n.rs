//! The interface in English and Ukrainian: every message present, CLDR plural
//! rules, dates and relative days as browsers print them, text direction and
//! the choice of interface language.
//!
//! Expected date, relative-time and number strings are what Chromium 156
//! (`/usr/bin/chromium --headless=new`) printed for `Intl.DateTimeFormat`,
//! `Intl.RelativeTimeFormat` and `Intl.NumberFormat` with the locales "en-GB"
//! and "uk", copied here as literals. Node 20's ICU prints the same except in
//! ranges, where it puts thin (U+2009) and narrow no-break (U+202F) spaces
//! where Chromium prints plain spaces.

use talks_tracker_story::i18n::{
    format_integer, plural_category, relative_days, Plural, PluralCategory,
};
use talks_tracker_story::{
    parse, text_direction, ui_language, AttributionKind, Day, Direction, EventDate, Locale, Status,
    StatusGroup, UI_LOCALES,
};

fn day(text: &str) -> Day {
    Day::parse(text).expect("a valid day")
}

// ---- The catalogue ----------------------------------------------------------

/// Messages that may read the same in Ukrainian as in English (none so far).
const SAME_IN_UKRAINIAN: &[&str] = &[];

#[test]
fn every_locale_defines_every_message() {
    let english = Locale::En.messages().entries();
    assert!(english.len() > 60, "{} entries", english.len());
    for locale in Locale::ALL {
        let entries = locale.messages().entries();
        let names: Vec<&str> = entries.iter().map(|(name, _)| name.as_str()).collect();
        let english_names: Vec<&str> = english.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, english_names, "{locale}");
        for (name, text) in &entries {
            assert!(!text.trim().is_empty(), "{locale}: {name} is empty");
            assert!(
                !text.contains("{n}") && !text.contains("{}"),
                "{locale}: {name} has a placeholder left: {text:?}"
            );
        }
        let formats = &locale.messages().formats;
        for name in formats
            .months_with_day
            .iter()
            .chain(&formats.months_alone)
            .chain(&formats.weekdays)
        {
            assert!(
                !name.trim().is_empty(),
                "{locale}: an empty month or weekday"
            );
        }
    }
    let ukrainian = Locale::Uk.messages().entries();
    for ((name, en), (_, uk)) in english.iter().zip(&ukrainian) {
        if !SAME_IN_UKRAINIAN.contains(&name.as_str()) {
            assert_ne!(en, uk, "{name} is not translated");
        }
    }
}

#[test]
fn english_messages_are_the_widgets_words() {
    let en = Locale::En.messages();
    assert_eq!(en.loading, "Loading the story…");
    assert_eq!((en.event_position)(3, 14), "3 of 14");
    assert_eq!((en.problems_in_file)(1), "1 problem in the story file");
    assert_eq!((en.problems_in_file)(2), "2 problems in the story file");
    assert_eq!((en.days_later)(12), "12 days later");
    assert_eq!(
        (en.fetch_timed_out)("s.json", 15),
        "The story from s.json took too long to arrive (over 15 seconds)."
    );
    assert_eq!(
        (en.interface_unavailable)("de"),
        "This widget's interface is not available in \"de\" yet, so it is shown in English."
    );
    assert_eq!(
        (en.filter_result)(3, 14, 5, 20),
        "Showing 3 of 14 events and 5 of 20 cards."
    );
    assert_eq!(
        (en.event_selected)("Talks", "Tuesday, 6 January 2026", 3, 14),
        "Talks, Tuesday, 6 January 2026. Event 3 of 14."
    );
    assert_eq!((en.translated_from)("en-US"), "translated from English");
}

#[test]
fn ukrainian_messages_agree_with_their_numbers() {
    let uk = Locale::Uk.messages();
    assert_eq!((uk.event_position)(3, 14), "3 з 14");
    let events: Vec<String> = [1, 2, 5, 11, 21, 22, 25, 111, 112]
        .into_iter()
        .map(uk.events_count)
        .collect();
    assert_eq!(
        events,
        [
            "1 подія",
            "2 події",
            "5 подій",
            "11 подій",
            "21 подія",
            "22 події",
            "25 подій",
            "111 подій",
            "112 подій"
        ]
    );
    assert_eq!((uk.cards_count)(3), "3 картки");
    assert_eq!((uk.problems_in_file)(1), "1 проблема у файлі сюжету");
    assert_eq!((uk.problems_in_file)(4), "4 проблеми у файлі сюжету");
    assert_eq!((uk.problems_in_file)(12), "12 проблем у файлі сюжету");
    assert_eq!((uk.days_later)(21), "через 21 день");
    assert_eq!((uk.days_later)(3), "через 3 дні");
    assert_eq!((uk.days_later)(14), "через 14 днів");
    // Intl.NumberFormat("uk") groups with a no-break space.
    assert_eq!((uk.events_count)(10_000), "10\u{a0}000 подій");
    assert_eq!((uk.translated_from)("en"), "переклад з англійської");
}

#[test]
fn model_words_in_english_are_unchanged() {
    for status in Status::ALL {
        assert_eq!(status.label(Locale::En), status.label_en());
        assert_ne!(status.label(Locale::Uk), status.label_en());
    }
    for group in [
        StatusGroup::Agreed,
        StatusGroup::Problems,
        StatusGroup::Open,
    ] {
        assert_eq!(group.title(Locale::En), group.title_en());
    }
    for kind in [
        AttributionKind::OnRecord,
        AttributionKind::AnonymousSource,
        AttributionKind::MediaReport,
    ] {
        assert_eq!(kind.label(Locale::En), kind.label_en());
    }
    let parsed = parse(include_str!("fixtures/format-example.json"));
    let story = parsed.story.expect("the format example is valid");
    assert!(!story.claims().is_empty());
    for claim in story.claims() {
        let first = claim
            .sources
            .first()
            .and_then(|id| story.sources().iter().find(|s| &s.id == id));
        assert_eq!(
            claim.attribution.label(&story, first, Locale::En),
            claim.attribution.label_en(&story, first)
        );
    }
    let broken = parse(r#"{"version": 1}"#);
    assert!(!broken.diagnostics.is_empty());
    for diagnostic in &broken.diagnostics {
        assert_eq!(
            diagnostic.consequence_in(Locale::En),
            diagnostic.consequence()
        );
        assert_eq!(
            diagnostic.consequence_in(Locale::Uk),
            "сюжет неможливо показати"
        );
    }
}

// ---- Plural rules (CLDR 48 cardinal rules and their examples) ---------------

#[test]
fn english_plurals_are_one_and_other() {
    assert_eq!(plural_category(Locale::En, 1), PluralCategory::One);
    for n in [0, 2, 3, 5, 11, 21, 101, 1001] {
        assert_eq!(plural_category(Locale::En, n), PluralCategory::Other, "{n}");
    }
}

#[test]
fn ukrainian_plurals_follow_cldr() {
    // one: v = 0 and i % 10 = 1 and i % 100 != 11
    for n in [1, 21, 31, 41, 51, 61, 71, 81, 101, 121, 1001] {
        assert_eq!(plural_category(Locale::Uk, n), PluralCategory::One, "{n}");
    }
    // few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14
    for n in [2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 52, 62, 102, 1002] {
        assert_eq!(plural_category(Locale::Uk, n), PluralCategory::Few, "{n}");
    }
    // many: v = 0 and (i % 10 = 0 or i % 10 = 5..9 or i % 100 = 11..14)
    for n in [
        0, 5, 6, 9, 10, 11, 12, 13, 14, 15, 19, 20, 25, 100, 111, 112, 113, 114, 1000, 1011, 10000,
        100000,
    ] {
        assert_eq!(plural_category(Locale::Uk, n), PluralCategory::Many, "{n}");
    }
}

#[test]
fn a_plural_message_substitutes_the_number() {
    let days = Plural {
        one: "{n} день",
        few: "{n} дні",
        many: "{n} днів",
        other: "{n} дня",
    };
    assert_eq!(days.format(Locale::Uk, 1), "1 день");
    assert_eq!(days.format(Locale::Uk, 2), "2 дні");
    assert_eq!(days.format(Locale::Uk, 5), "5 днів");
    assert_eq!(days.format(Locale::Uk, 11), "11 днів");
    assert_eq!(days.format(Locale::Uk, 21), "21 день");
    let events = Plural::two("{n} event", "{n} events");
    assert_eq!(events.format(Locale::En, 1), "1 event");
    assert_eq!(events.format(Locale::En, 0), "0 events");
    assert_eq!(events.format(Locale::En, 1234), "1,234 events");
}

#[test]
fn numbers_are_grouped_as_intl_number_format_does() {
    // Intl.NumberFormat("en-GB") / ("uk") in Chromium 156.
    assert_eq!(format_integer(Locale::En, 999), "999");
    assert_eq!(format_integer(Locale::En, 1000), "1,000");
    assert_eq!(format_integer(Locale::En, 12_345), "12,345");
    assert_eq!(format_integer(Locale::En, 1_234_567), "1,234,567");
    assert_eq!(format_integer(Locale::Uk, 999), "999");
    assert_eq!(format_integer(Locale::Uk, 1000), "1\u{a0}000");
    assert_eq!(format_integer(Locale::Uk, 1_234_567), "1\u{a0}234\u{a0}567");
}

// ---- Dates (Chromium 156 Intl.DateTimeFormat, timeZone "UTC") ---------------

#[test]
fn english_dates_match_intl_en_gb() {
    let (tue, mon) = (day("2026-01-06"), day("2025-12-29"));
    let en = Locale::En;
    // {weekday: "long", day: "numeric", month: "long", year: "numeric"}
    assert_eq!(tue.long(en), "Tuesday, 6 January 2026");
    assert_eq!(mon.long(en), "Monday, 29 December 2025");
    // {weekday: "long", day: "numeric", month: "long"}
    assert_eq!(tue.weekday_day_month(en), "Tuesday 6 January");
    assert_eq!(mon.weekday_day_month(en), "Monday 29 December");
    // {day: "numeric", month: "long", year: "numeric"} and without the year
    assert_eq!(tue.short(en, true), "6 January 2026");
    assert_eq!(mon.short(en, false), "29 December");
    // {month: "long", year: "numeric"}
    assert_eq!(tue.month_year(en), "January 2026");
    assert_eq!(mon.month_year(en), "December 2025");
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
    assert_eq!(tue.weekday_day_month(uk), "вівторок, 6 січня");
    assert_eq!(mon.weekday_day_month(uk), "понеділок, 29 грудня");
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
    let alone: Vec<String> = (1..=12)
        .map(|m| day(&format!("2026-{m:02}-01")).month_year(uk))
        .collect();
    assert_eq!(
        alone,
        [
            "січень 2026 р.",
            "лютий 2026 р.",
            "березень 2026 р.",
            "квітень 2026 р.",
            "травень 2026 р.",
            "червень 2026 р.",
            "липень 2026 р.",
            "серпень 2026 р.",
            "вересень 2026 р.",
            "жовтень 2026 р.",
            "листопад 2026 р.",
            "грудень 2026 р."
        ]
    );
    let weekdays: Vec<String> = (5..=11)
        .map(|d| day(&format!("2026-01-{d:02}")).weekday_day_month(uk))
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
    assert_eq!(expected.label(Locale::En), expected.label_en());
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

// ---- Relative days (Intl.RelativeTimeFormat(locale, {numeric: "auto"}), "day")

#[test]
fn relative_days_in_english_match_intl_en_gb() {
    let cases = [
        (0, "today"),
        (-1, "yesterday"),
        (1, "tomorrow"),
        (2, "in 2 days"),
        (-2, "2 days ago"),
        (-3, "3 days ago"),
        (-7, "7 days ago"),
        (-21, "21 days ago"),
        (21, "in 21 days"),
        (-112, "112 days ago"),
        (-1000, "1,000 days ago"),
        (1_234_567, "in 1,234,567 days"),
    ];
    for (days, text) in cases {
        assert_eq!(relative_days(Locale::En, days), text, "{days}");
    }
}

#[test]
fn relative_days_in_ukrainian_match_intl_uk() {
    let cases = [
        (0, "сьогодні"),
        (-1, "учора"),
        (1, "завтра"),
        (-2, "позавчора"),
        (2, "післязавтра"),
        (3, "через 3 дні"),
        (5, "через 5 днів"),
        (7, "через 7 днів"),
        (11, "через 11 днів"),
        (21, "через 21 день"),
        (22, "через 22 дні"),
        (25, "через 25 днів"),
        (-3, "3 дні тому"),
        (-4, "4 дні тому"),
        (-5, "5 днів тому"),
        (-11, "11 днів тому"),
        (-12, "12 днів тому"),
        (-14, "14 днів тому"),
        (-21, "21 день тому"),
        (-22, "22 дні тому"),
        (-25, "25 днів тому"),
        (-101, "101 день тому"),
        (-102, "102 дні тому"),
        (-111, "111 днів тому"),
        (-112, "112 днів тому"),
        (-1000, "1\u{a0}000 днів тому"),
        (-1001, "1\u{a0}001 день тому"),
        (1_234_567, "через 1\u{a0}234\u{a0}567 днів"),
    ];
    for (days, text) in cases {
        assert_eq!(relative_days(Locale::Uk, days), text, "{days}");
    }
}

// ---- Text direction ----------------------------------------------------------

#[test]
fn right_to_left_languages_and_scripts() {
    for tag in [
        "ar", "ar-EG", "AR", "he", "he_IL", "iw", "fa", "fa-AF", "ur", "ps", "yi", "dv", "ckb",
        "ku-Arab", "az-Arab", "pa-Arab", "ug", "sd",
    ] {
        assert_eq!(text_direction(tag), Direction::Rtl, "{tag}");
    }
    for tag in [
        "en", "en-GB", "uk", "ru", "ku", "ku-Latn", "az", "sd-Deva", "zh-Hant", "", "x", "arz-Latn",
    ] {
        assert_eq!(text_direction(tag), Direction::Ltr, "{tag}");
    }
    assert_eq!(Direction::Rtl.as_str(), "rtl");
    assert_eq!(Direction::Ltr.as_str(), "ltr");
}

// ---- Locales and the interface language ------------------------------------

#[test]
fn locales_by_tag() {
    assert_eq!(Locale::ALL, [Locale::En, Locale::Uk]);
    assert_eq!(UI_LOCALES, ["en", "uk"]);
    assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
    assert_eq!(Locale::from_tag("EN"), Some(Locale::En));
    assert_eq!(Locale::from_tag("uk-UA"), Some(Locale::Uk));
    assert_eq!(Locale::from_tag("UK_ua"), Some(Locale::Uk));
    assert_eq!(Locale::from_tag("ukr"), None);
    assert_eq!(Locale::from_tag("de"), None);
    assert_eq!(Locale::from_tag(""), None);
    assert_eq!(Locale::Uk.tag(), "uk");
    assert_eq!(Locale::En.intl_tag(), "en-GB");
    assert_eq!(Locale::Uk.to_string(), "uk");
}

/// The order the widget passes: element `lang`, story `language`, page `lang`.
fn choose(element: &str, story: &str, page: &str) -> talks_tracker_story::UiLanguage {
    ui_language(&[element, story, page])
}

#[test]
fn the_element_then_the_story_then_the_page_choose_the_interface() {
    assert_eq!(choose("uk", "en", "en").locale, Locale::Uk);
    assert_eq!(choose("en", "uk", "uk").locale, Locale::En);
    assert_eq!(choose("", "uk", "en-GB").locale, Locale::Uk);
    assert_eq!(choose("", "en", "uk").locale, Locale::En);
    assert_eq!(choose("", "", "uk").locale, Locale::Uk);
    let none = choose("", "", "");
    assert_eq!((none.locale, none.missing), (Locale::En, None));
}

#[test]
fn an_unavailable_choice_falls_back_to_english_and_is_reported() {
    let element = choose("de-CH", "uk", "uk");
    assert_eq!(element.locale, Locale::En);
    assert_eq!(element.missing.as_deref(), Some("de-CH"));
    let story = choose("", "he", "uk");
    assert_eq!(story.locale, Locale::En);
    assert_eq!(story.missing.as_deref(), Some("he"));
    assert_eq!(story.tag(), "en");
}
