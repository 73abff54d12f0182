//! The seed story (static/stories/paris-talks.json) against the article it is written from
//! (tests/fixtures/seed-article.txt, a copy of the newsroom's text).

use std::collections::HashSet;

use talks_tracker_story::{parse, AttributionKind, Status, StatusGroup, Story};

fn seed() -> Story {
    let json = include_str!("../../../static/stories/paris-talks.json");
    let parsed = parse(json);
    let problems: Vec<String> = parsed.diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "the seed story has problems:\n{}",
        problems.join("\n")
    );
    parsed.story.expect("usable story")
}

/// Typographic quotes and apostrophes vary between copies; words must not.
fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            _ => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_quote_is_verbatim_from_the_article() {
    let article = normalise(include_str!("fixtures/seed-article.txt"));
    let story = seed();
    let quotes: Vec<&str> = story
        .claims()
        .iter()
        .filter_map(|c| c.quote.as_deref())
        .collect();
    assert!(
        quotes.len() >= 4,
        "the article has at least four direct quotes, found {}",
        quotes.len()
    );
    for quote in quotes {
        assert!(
            article.contains(&normalise(quote)),
            "not verbatim in the article: {quote:?}"
        );
    }
}

#[test]
fn every_key_question_of_the_article_is_there() {
    let story = seed();
    let asked: HashSet<String> = story
        .questions()
        .iter()
        .map(|q| normalise(&q.question))
        .collect();
    for question in [
        "What did the \"coalition of the willing\" discuss in Paris?",
        "At what stage are US security guarantees?",
        "Under what conditions is a new meeting between Zelenskyy and Trump possible?",
    ] {
        assert!(
            asked.contains(&normalise(question)),
            "missing key question {question:?}"
        );
    }
    assert!(story
        .questions()
        .iter()
        .all(|q| !q.points.is_empty() || !q.events.is_empty()));
}

#[test]
fn the_conflicting_accounts_of_the_security_protocols_are_linked() {
    let story = seed();
    let witkoff = story
        .claims()
        .iter()
        .find(|c| {
            c.quote
                .as_deref()
                .is_some_and(|q| q.contains("significant progress"))
        })
        .expect("Witkoff's quote on significant progress");
    assert_eq!(witkoff.attribution.kind, AttributionKind::OnRecord);
    let disputed: Vec<_> = story
        .points()
        .iter()
        .filter(|p| story.accounts_differ(&p.id))
        .collect();
    assert!(!disputed.is_empty(), "no point shows that accounts differ");
    let media_reports = story
        .claims()
        .iter()
        .filter(|c| c.attribution.kind == AttributionKind::MediaReport)
        .count();
    assert!(
        media_reports >= 2,
        "Politico's reports are media reports, found {media_reports}"
    );
    assert!(story
        .claims()
        .iter()
        .any(|c| c.attribution.kind == AttributionKind::AnonymousSource));
}

#[test]
fn the_story_uses_every_kind_of_date_and_every_section() {
    let story = seed();
    let dates: Vec<_> = story.events().iter().map(|e| &e.date).collect();
    assert!(
        dates.iter().any(|d| d.is_expected()),
        "the Zelenskyy–Trump meeting is expected"
    );
    assert!(
        dates.iter().any(|d| d.is_approximate()),
        "\"last week\" is approximate"
    );
    assert!(dates
        .iter()
        .any(|d| d.start() == d.end() && !d.is_approximate() && !d.is_expected()));
    for group in [StatusGroup::Agreed, StatusGroup::Problems] {
        assert!(!story.points_in(group).is_empty(), "no points in {group:?}");
    }
    let history = story
        .points()
        .iter()
        .find(|p| !p.history.is_empty())
        .expect("a status change");
    assert_ne!(history.history[0].status, history.status);
    assert!(story
        .points()
        .iter()
        .any(|p| p.status == Status::LargelyAgreed));
    assert!(!story.next_steps().is_empty());
    assert!(story.next_steps().iter().any(|s| !s.conditions.is_empty()));
}

#[test]
fn people_and_blocs_are_parties_with_roles() {
    let story = seed();
    for name in [
        "Volodymyr Zelenskyy",
        "Donald Trump",
        "Steve Witkoff",
        "Jared Kushner",
        "Alex Grynkewich",
        "Charles Kushner",
        "Josh Gruenbaum",
        "Emmanuel Macron",
        "Fabien Mandon",
        "Andrii Sybiha",
        "Kirill Dmitriev",
        "Lindsey Graham",
        "Coalition of the Willing",
    ] {
        let party = story.parties().iter().find(|p| p.name.contains(name));
        assert!(party.is_some(), "missing party {name:?}");
    }
    let envoys = story
        .parties()
        .iter()
        .filter(|p| p.role.is_some() && p.party.is_some())
        .count();
    assert!(
        envoys >= 10,
        "people carry a role and the party they speak for, found {envoys}"
    );
}
