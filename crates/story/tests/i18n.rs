//! The interface in English and Ukrainian: every message written out and
//! translated, the model's words, CLDR plural rules and numbers as browsers
//! print them. Dates are in `i18n_dates.rs`, the choice of language in `locale.rs`.
//!
//! Expected number strings are what Chromium 156 (`/usr/bin/chromium
//! --headless=new`) printed for `Intl.NumberFormat` with the locales "en-GB"
//! and "uk", copied here as literals.

use talks_tracker_story::i18n::{format_integer, plural_category, Plural, PluralCategory};
use talks_tracker_story::{
    parse, Attribution, AttributionKind, Impact, Locale, PartyId, Source, SourceId, Status,
    StatusGroup,
};

// ---- The catalogue ----------------------------------------------------------

/// Messages that may read the same in another locale as in English (none so far).
const SAME_AS_ENGLISH: &[(Locale, &str)] = &[];

/// The URL `Messages::entries` passes where its list says `URL`.
const SAMPLE_URL: &str = "https://example.org/story.json";

/// Sample calls whose argument is replaced by other words: a known language tag
/// becomes the language's name.
const ARGUMENT_REWORDED: &[&str] = &["translated_from(\"en\")"];

/// The sample arguments of an entry named like `fetch_http_error(URL, 404, "Not Found")`,
/// as they must appear in the text in `locale`: numbers grouped, `URL` as the URL.
fn sample_arguments(name: &str, locale: Locale) -> Vec<String> {
    let Some((_, args)) = name.split_once('(') else {
        return Vec::new();
    };
    args.trim_end_matches(')')
        .split(", ")
        .map(|arg| match arg.parse::<u64>() {
            Ok(n) => format_integer(locale, n),
            Err(_) if arg == "URL" => SAMPLE_URL.to_string(),
            Err(_) => arg.trim_matches('"').to_string(),
        })
        .collect()
}

#[test]
fn every_message_of_every_locale_is_written_out_with_its_values() {
    for locale in Locale::ALL {
        let entries = locale.messages().entries();
        assert!(entries.len() > 100, "{locale}: {} entries", entries.len());
        for (name, text) in &entries {
            assert!(!text.trim().is_empty(), "{locale}: {name} is empty");
            assert!(
                !text.contains(['{', '}']),
                "{locale}: {name} has a placeholder left: {text:?}"
            );
            if ARGUMENT_REWORDED.contains(&name.as_str()) {
                continue;
            }
            for value in sample_arguments(name, locale) {
                assert!(
                    text.contains(&value),
                    "{locale}: {name} leaves out {value:?}: {text:?}"
                );
            }
        }
        let formats = &locale.messages().formats;
        for name in formats.months_with_day.iter().chain(&formats.weekdays) {
            assert!(
                !name.trim().is_empty(),
                "{locale}: an empty month or weekday"
            );
        }
    }
}

#[test]
fn every_message_is_translated() {
    let english = Locale::En.messages().entries();
    for locale in Locale::ALL.into_iter().filter(|&l| l != Locale::En) {
        for (name, text) in locale.messages().entries() {
            let en = english
                .iter()
                .find(|(english_name, _)| *english_name == name)
                .map(|(_, text)| text)
                .unwrap_or_else(|| panic!("{locale}: {name} is not in English"));
            if !SAME_AS_ENGLISH.contains(&(locale, name.as_str())) {
                assert_ne!(en, &text, "{locale}: {name} is not translated");
            }
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
fn model_words_are_the_widgets_words() {
    let statuses = [
        "Agreed",
        "Largely agreed",
        "In progress",
        "Not started",
        "Disputed",
        "Agreed, read differently",
        "Not agreed",
        "Dropped",
    ];
    let mut ukrainian = Vec::new();
    for (status, english) in Status::ALL.into_iter().zip(statuses) {
        assert_eq!(status.label(Locale::En), english);
        assert_eq!(status.label_en(), english);
        assert_ne!(status.label(Locale::Uk), english);
        ukrainian.push(status.label(Locale::Uk));
    }
    ukrainian.sort_unstable();
    ukrainian.dedup();
    assert_eq!(
        ukrainian.len(),
        Status::ALL.len(),
        "two statuses read the same"
    );
    let groups = [
        (StatusGroup::Agreed, "What was agreed", "Про що домовилися"),
        (
            StatusGroup::Problems,
            "Where problems emerged",
            "Де виникли проблеми",
        ),
        (StatusGroup::Open, "Still open", "Що ще не вирішено"),
    ];
    for (group, english, ukrainian) in groups {
        assert_eq!(group.title(Locale::En), english);
        assert_eq!(group.title_en(), english);
        assert_eq!(group.title(Locale::Uk), ukrainian);
    }
    let kinds = [
        (AttributionKind::OnRecord, "On record", "Публічна заява"),
        (
            AttributionKind::AnonymousSource,
            "Anonymous source",
            "Анонімне джерело",
        ),
        (
            AttributionKind::MediaReport,
            "Media report",
            "Повідомлення ЗМІ",
        ),
        (AttributionKind::Document, "Document", "Документ"),
    ];
    for (kind, english, ukrainian) in kinds {
        assert_eq!(kind.label(Locale::En), english);
        assert_eq!(kind.label_en(), english);
        assert_eq!(kind.label(Locale::Uk), ukrainian);
    }
    let broken = parse(r#"{"version": 1}"#);
    assert!(!broken.diagnostics.is_empty());
    for diagnostic in &broken.diagnostics {
        assert_eq!(diagnostic.impact(), Impact::Story);
        assert_eq!(diagnostic.consequence(), "the story cannot be shown");
        assert_eq!(
            diagnostic.consequence_in(Locale::En),
            "the story cannot be shown"
        );
        assert_eq!(
            diagnostic.consequence_in(Locale::Uk),
            "сюжет неможливо показати"
        );
    }
}

#[test]
fn attributions_in_words() {
    let parsed = parse(include_str!("fixtures/format-example.json"));
    let story = parsed.story.expect("the format example is valid");
    let wire = Source {
        id: SourceId::new("wire"),
        outlet: "Example Wire".into(),
        title: None,
        url: None,
        published: None,
        added: None,
        updated: None,
    };
    let attribution = |kind, speaker: Option<&str>, described_as: Option<&str>| Attribution {
        kind,
        speaker: speaker.map(PartyId::new),
        described_as: described_as.map(String::from),
        document: None,
    };
    let (on_record, anonymous, media) = (
        AttributionKind::OnRecord,
        AttributionKind::AnonymousSource,
        AttributionKind::MediaReport,
    );
    let official = Some("a Southland official");
    // (attribution, first source, English, Ukrainian): names and descriptions are the story's.
    let cases = [
        (
            attribution(on_record, Some("berg"), None),
            Some(&wire),
            "Ana Berg (Foreign Minister of Northland)",
            "Ana Berg (Foreign Minister of Northland)",
        ),
        (
            attribution(on_record, Some("northland"), None),
            None,
            "Northland",
            "Northland",
        ),
        (
            attribution(media, None, official),
            Some(&wire),
            "Example Wire, citing a Southland official",
            "Example Wire з посиланням на a Southland official",
        ),
        (
            attribution(media, None, None),
            Some(&wire),
            "Example Wire",
            "Example Wire",
        ),
        (
            attribution(media, None, official),
            None,
            "a Southland official",
            "a Southland official",
        ),
        (
            attribution(anonymous, None, official),
            Some(&wire),
            "a Southland official",
            "a Southland official",
        ),
        (
            attribution(anonymous, None, None),
            Some(&wire),
            "an unnamed source",
            "неназване джерело",
        ),
    ];
    for (attribution, source, english, ukrainian) in cases {
        assert_eq!(attribution.label(&story, source, Locale::En), english);
        assert_eq!(attribution.label_en(&story, source), english);
        assert_eq!(attribution.label(&story, source, Locale::Uk), ukrainian);
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
