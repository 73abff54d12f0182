//! The explainer sections: status groups, sourcing, who stands where, what's next.

use talks_tracker_story::{parse, AttributionKind, Status, StatusGroup, Story};

fn seed() -> Story {
    let parsed = parse(include_str!("../../../static/stories/paris-talks.json"));
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    parsed.story.unwrap()
}

/// The grouping as the cards issue states it, written out independently of the code.
#[test]
fn every_status_lands_in_its_section() {
    let expected = [
        ("agreed", StatusGroup::Agreed),
        ("largely_agreed", StatusGroup::Agreed),
        ("disputed", StatusGroup::Problems),
        ("not_agreed", StatusGroup::Problems),
        ("dropped", StatusGroup::Problems),
        ("interpretation_disputed", StatusGroup::Problems),
        ("in_progress", StatusGroup::Open),
        ("not_started", StatusGroup::Open),
    ];
    assert_eq!(expected.len(), Status::ALL.len());
    for (word, group) in expected {
        let status: Status = serde_json::from_str(&format!("\"{word}\"")).unwrap();
        assert_eq!(status.group(), group, "{word}");
        assert_eq!(status.as_str(), word);
    }
    let story = seed();
    let shown: usize = [
        StatusGroup::Agreed,
        StatusGroup::Problems,
        StatusGroup::Open,
    ]
    .into_iter()
    .map(|g| story.points_in(g).len())
    .sum();
    assert_eq!(
        shown,
        story.points().len(),
        "every point appears in exactly one section"
    );
}

#[test]
fn every_claim_resolves_to_a_numbered_source() {
    let story = seed();
    for claim in story.claims() {
        assert!(!claim.sources.is_empty(), "{} has no source", claim.id);
        for source in &claim.sources {
            let number = story
                .source_number(source)
                .unwrap_or_else(|| panic!("{} cites unknown {source}", claim.id));
            assert_eq!(story.sources()[number - 1].id, *source);
        }
        if claim.attribution.kind == AttributionKind::OnRecord {
            assert!(claim
                .attribution
                .speaker
                .as_ref()
                .and_then(|s| story.party(s))
                .is_some());
        }
    }
}

#[test]
fn who_stands_where_collects_each_partys_people() {
    let story = seed();
    let standings = story.standings();
    assert!(!standings.is_empty());
    let us = standings
        .iter()
        .find(|s| s.party.id.as_str() == "us")
        .expect("the US has a stance");
    // Witkoff speaks for the US: his quote is under the US, quotes before statements.
    assert!(us.claims.iter().any(|c| c
        .quote
        .as_deref()
        .is_some_and(|q| q.contains("significant progress"))));
    let first_statement = us
        .claims
        .iter()
        .position(|c| c.quote.is_none())
        .unwrap_or(us.claims.len());
    assert!(
        us.claims[first_statement..]
            .iter()
            .all(|c| c.quote.is_none()),
        "quotes come first"
    );
    for standing in &standings {
        assert!(standing.party.stance.is_some());
        for claim in &standing.claims {
            let speaker = story
                .party(claim.attribution.speaker.as_ref().unwrap())
                .unwrap();
            assert!(
                speaker.id == standing.party.id
                    || speaker.party.as_ref() == Some(&standing.party.id),
                "{} is not {}'s",
                claim.id,
                standing.party.id
            );
        }
    }
}

#[test]
fn next_steps_come_soonest_first() {
    let story = seed();
    let steps = story.next_steps_by_date();
    assert_eq!(steps.len(), story.next_steps().len());
    for pair in steps.windows(2) {
        assert!(
            pair[0].expected.start() <= pair[1].expected.start(),
            "{} after {}",
            pair[0].id,
            pair[1].id
        );
    }
    let meeting = steps.iter().find(|s| {
        s.event
            .as_ref()
            .is_some_and(|e| e.as_str() == "zelenskyy-trump-meeting")
    });
    assert!(
        meeting.is_some_and(|m| !m.conditions.is_empty()),
        "the meeting has its condition"
    );
}

#[test]
fn contradicting_claims_conflict_both_ways() {
    let story = seed();
    let pairs: Vec<_> = story
        .claims()
        .iter()
        .flat_map(|a| {
            story
                .claims()
                .iter()
                .filter(move |b| a.conflicts_with(b))
                .map(move |b| (a, b))
        })
        .collect();
    assert!(!pairs.is_empty());
    for (a, b) in pairs {
        assert!(
            b.conflicts_with(a),
            "{} and {} conflict one way only",
            a.id,
            b.id
        );
    }
}
