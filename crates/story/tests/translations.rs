//! Stories in other languages: the Ukrainian version of the seed story
//! (static/stories/paris-talks.uk.json) and a Hebrew right-to-left test story
//! (static/stories/rtl-test.he.json).
//!
//! A translation may change every word but no fact: the Ukrainian story must keep
//! the English seed's ids, dates, statuses and references, so that fixing one
//! file and forgetting the other fails here instead of drifting silently.

use serde_json::Value;
use talks_tracker_story::{parse, Day, EventDate, Story};

const STORIES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/stories/");

/// Parses a story from `static/stories/`, failing on any diagnostic.
fn story(file: &str) -> Story {
    let path = format!("{STORIES}{file}");
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let parsed = parse(&json);
    let problems: Vec<String> = parsed.diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "{file} has problems:\n{}",
        problems.join("\n")
    );
    parsed.story.expect("usable story")
}

fn english() -> Story {
    story("paris-talks.json")
}

fn ukrainian() -> Story {
    story("paris-talks.uk.json")
}

/// A date without its wording: the kind and the window of days.
fn window(date: &EventDate) -> (&'static str, Day, Day) {
    let kind = match date {
        EventDate::Exact { .. } => "exact",
        EventDate::Range { .. } => "range",
        EventDate::Approximate { .. } => "approximate",
        EventDate::After { .. } => "after",
        EventDate::Expected { .. } => "expected",
    };
    (kind, date.start(), date.end())
}

/// Fields whose values are words, translated; everything else is structure.
const TEXT_FIELDS: [&str; 17] = [
    "name",
    "role",
    "stance",
    "description",
    "title",
    "summary",
    "place",
    "text",
    "note",
    "quote",
    "statement",
    "context",
    "described_as",
    "question",
    "answer",
    "conditions",
    "outlet",
];

/// The story's lists with every translated word blanked (keeping which texts
/// exist) and `quote_language` removed: what must be identical across languages.
fn skeleton(story: &Story) -> Value {
    fn blank(value: &mut Value) {
        match value {
            Value::String(text) => text.clear(),
            Value::Array(items) => items.iter_mut().for_each(blank),
            _ => {}
        }
    }
    fn strip(value: &mut Value) {
        match value {
            Value::Object(fields) => {
                fields.remove("quote_language");
                for (key, field) in fields.iter_mut() {
                    if TEXT_FIELDS.contains(&key.as_str()) {
                        blank(field);
                    } else {
                        strip(field);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(story.to_file()).expect("a story serialises");
    let fields = value.as_object_mut().expect("a story is an object");
    let mut lists: serde_json::Map<String, Value> = [
        "parties",
        "tracks",
        "events",
        "points",
        "claims",
        "questions",
        "next_steps",
        "sources",
        "updates",
    ]
    .into_iter()
    .map(|list| (list.to_string(), fields.remove(list).unwrap_or(Value::Null)))
    .collect();
    lists.values_mut().for_each(strip);
    Value::Object(lists)
}

#[test]
fn the_ukrainian_story_parses_without_problems() {
    let uk = ukrainian();
    assert_eq!(uk.head().language, "uk");
    assert_ne!(
        uk.head().id,
        english().head().id,
        "two stories on one page need different ids"
    );
    assert_eq!(uk.head().published, english().head().published);
    assert_eq!(uk.head().updated, english().head().updated);
}

#[test]
fn the_ukrainian_story_has_the_same_ids_as_the_english_seed() {
    let (en, uk) = (english(), ukrainian());
    macro_rules! same_ids {
        ($list:ident) => {
            assert_eq!(
                uk.$list().iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
                en.$list().iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
                concat!(stringify!($list), " differ")
            );
        };
    }
    same_ids!(parties);
    same_ids!(tracks);
    same_ids!(events);
    same_ids!(points);
    same_ids!(claims);
    same_ids!(questions);
    same_ids!(next_steps);
    same_ids!(sources);
}

#[test]
fn the_ukrainian_story_has_the_same_dates_and_statuses_as_the_english_seed() {
    let (en, uk) = (english(), ukrainian());
    let event_dates = |s: &Story| {
        s.events()
            .iter()
            .map(|e| window(&e.date))
            .collect::<Vec<_>>()
    };
    assert_eq!(event_dates(&uk), event_dates(&en));
    let step_dates = |s: &Story| {
        s.next_steps()
            .iter()
            .map(|n| window(&n.expected))
            .collect::<Vec<_>>()
    };
    assert_eq!(step_dates(&uk), step_dates(&en));
    let claim_dates = |s: &Story| {
        s.claims()
            .iter()
            .map(|c| c.date.as_ref().map(window))
            .collect::<Vec<_>>()
    };
    assert_eq!(claim_dates(&uk), claim_dates(&en));
    let statuses = |s: &Story| {
        s.points()
            .iter()
            .map(|p| {
                let history: Vec<_> = p
                    .history
                    .iter()
                    .map(|h| (h.status, window(&h.date)))
                    .collect();
                (p.status, history)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(statuses(&uk), statuses(&en));
    let published = |s: &Story| s.sources().iter().map(|x| x.published).collect::<Vec<_>>();
    assert_eq!(published(&uk), published(&en));
}

#[test]
fn the_ukrainian_story_differs_from_the_english_seed_only_in_words() {
    let (en, uk) = (skeleton(&english()), skeleton(&ukrainian()));
    for (list, en_items) in en.as_object().unwrap() {
        let uk_items = &uk[list];
        let (en_items, uk_items) = (en_items.as_array().unwrap(), uk_items.as_array().unwrap());
        assert_eq!(uk_items.len(), en_items.len(), "{list}: lengths differ");
        for (index, (en_item, uk_item)) in en_items.iter().zip(uk_items).enumerate() {
            assert_eq!(
                uk_item, en_item,
                "{list}[{index}] differs in more than its words (references, kinds, urls or which texts exist)"
            );
        }
    }
}

#[test]
fn every_ukrainian_quote_is_marked_as_translated_from_english() {
    let uk = ukrainian();
    let quoted: Vec<_> = uk.claims().iter().filter(|c| c.quote.is_some()).collect();
    assert_eq!(
        quoted.len(),
        english()
            .claims()
            .iter()
            .filter(|c| c.quote.is_some())
            .count(),
        "every English quote is translated"
    );
    for claim in quoted {
        assert_eq!(
            claim.quote_language.as_deref(),
            Some("en"),
            "claims {}: the quote is a translation of the English article",
            claim.id
        );
    }
    assert!(
        uk.claims()
            .iter()
            .all(|c| c.quote.is_some() || c.quote_language.is_none()),
        "quote_language only goes with a quote"
    );
}

#[test]
fn the_hebrew_test_story_parses_without_problems() {
    let he = story("rtl-test.he.json");
    assert_eq!(he.head().language, "he");
    assert!(
        he.head().title.contains("סיפור בדיקה"),
        "the title says it is a test story"
    );
    let kinds: Vec<_> = he.events().iter().map(|e| window(&e.date).0).collect();
    for kind in ["exact", "range", "approximate", "expected"] {
        assert!(kinds.contains(&kind), "no {kind} date in {kinds:?}");
    }
    assert!(
        he.sources()
            .iter()
            .all(|s| s.url.as_deref().is_some_and(|u| u.starts_with("https://"))),
        "every source links over https"
    );
}
