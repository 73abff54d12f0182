//! Time-aware display (issue 14): settled disputes are history, deadlines have an
//! outcome, dates counted from an event resolve once it happened, and roles,
//! media and documents are words in every interface language.

use serde_json::{json, Value};
use talks_tracker_story::{
    parse, ClaimId, Deadline, Disputes, EventId, Locale, Medium, PartyId, PartyRole, PointId, Story,
};

const LIVING: &str = include_str!("fixtures/living.json");

fn valid() -> Value {
    serde_json::from_str(LIVING).expect("the fixture is JSON")
}

fn story(value: &Value) -> Story {
    let parsed = parse(&value.to_string());
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    parsed.story.unwrap()
}

fn claim_ids(claims: &[&talks_tracker_story::Claim]) -> Vec<String> {
    claims.iter().map(|c| c.id.to_string()).collect()
}

#[test]
fn a_resolved_contradiction_is_not_a_live_dispute() {
    let story = story(&valid());
    let relief = PointId::new("relief");
    assert!(!story.accounts_differ(&relief));
    let split = story.disputes_on_point(&relief);
    assert!(split.live.is_empty());
    assert!(split.others.is_empty());
    assert_eq!(split.settled.len(), 1);
    let settled = &split.settled[0];
    assert_eq!(claim_ids(&settled.claims), ["sheet-says", "kerry-says"]);
    assert_eq!(
        settled.resolution.event.as_ref().map(|e| e.as_str()),
        Some("deal")
    );
    assert_eq!(
        settled.resolution.label(Locale::En),
        "Accounts differed until 14 July 2015"
    );
    assert_eq!(
        settled.resolution.label(Locale::Uk),
        "Свідчення розходилися до 14 липня 2015 р."
    );
}

#[test]
fn without_the_resolution_the_accounts_differ_again() {
    let mut value = valid();
    value["claims"][0]
        .as_object_mut()
        .unwrap()
        .remove("resolved");
    let story = story(&value);
    assert!(story.accounts_differ(&PointId::new("relief")));
    let split = story.disputes_on_point(&PointId::new("relief"));
    assert_eq!(claim_ids(&split.live), ["sheet-says", "kerry-says"]);
    assert!(split.settled.is_empty());
}

#[test]
fn one_unresolved_side_keeps_the_dispute_live() {
    let mut value = valid();
    // Kerry's claim names the document's claim too, without a resolution of its own.
    value["claims"][1]["contradicts"] = json!(["sheet-says"]);
    let story = story(&value);
    assert!(story.accounts_differ(&PointId::new("relief")));
    let sheet = story.claim(&ClaimId::new("sheet-says")).unwrap();
    let kerry = story.claim(&ClaimId::new("kerry-says")).unwrap();
    assert!(sheet.disputes_with(kerry) && kerry.disputes_with(sheet));
    assert!(sheet.settled_with(kerry).is_none());
    // Both resolved: settled again.
    value["claims"][1]["resolved"] = json!({"date": "2015-07-14"});
    let story2 = self::story(&value);
    assert!(!story2.accounts_differ(&PointId::new("relief")));
}

#[test]
fn a_live_dispute_and_a_settled_one_split_apart() {
    let mut value = valid();
    value["claims"].as_array_mut().unwrap().extend([
        json!({"id": "a", "attribution": {"kind": "on_record", "speaker": "us"}, "statement": "Yes.",
               "sources": ["wire"], "points": ["relief"], "contradicts": ["b"]}),
        json!({"id": "b", "attribution": {"kind": "on_record", "speaker": "kerry"}, "statement": "No.",
               "sources": ["wire"], "points": ["relief"]}),
        json!({"id": "c", "attribution": {"kind": "media_report"}, "statement": "Aside.",
               "sources": ["wire"], "points": ["relief"]}),
    ]);
    let story = story(&value);
    let split: Disputes = story.disputes_on_point(&PointId::new("relief"));
    assert_eq!(claim_ids(&split.live), ["a", "b"]);
    assert_eq!(split.settled.len(), 1);
    assert_eq!(
        claim_ids(&split.settled[0].claims),
        ["sheet-says", "kerry-says"]
    );
    assert_eq!(claim_ids(&split.others), ["c"]);
    assert!(story.accounts_differ(&PointId::new("relief")));
}

#[test]
fn deadlines_are_met_missed_or_extended() {
    let story = story(&valid());
    let first = story.event(&EventId::new("deadline-1")).unwrap();
    let second = story.event(&EventId::new("deadline-2")).unwrap();
    let deal = story.event(&EventId::new("deal")).unwrap();
    let extended = first.deadline(&story).unwrap();
    assert!(
        matches!(extended, Deadline::Extended { missed: true, to } if to.id.as_str() == "deadline-2")
    );
    assert_eq!(extended.as_str(), "extended");
    assert_eq!(
        extended.label(Locale::En),
        "Deadline missed, extended to 2 April 2015"
    );
    assert_eq!(
        extended.label(Locale::Uk),
        "Термін зірвано, продовжено до 2 квітня 2015 р."
    );
    assert_eq!(extended.tag(Locale::En), "Deadline extended");
    let met = second.deadline(&story).unwrap();
    assert_eq!((met, met.as_str()), (Deadline::Met, "met"));
    assert_eq!(met.label(Locale::En), "Deadline met");
    assert_eq!(deal.deadline(&story), None);

    let mut value = valid();
    value["events"][0]
        .as_object_mut()
        .unwrap()
        .remove("outcome");
    value["events"][1]
        .as_object_mut()
        .unwrap()
        .remove("outcome");
    let story = self::story(&value);
    let first = story.event(&EventId::new("deadline-1")).unwrap();
    assert_eq!(
        first.deadline(&story).unwrap().label(Locale::En),
        "Deadline extended to 2 April 2015"
    );
    let second = story.event(&EventId::new("deadline-2")).unwrap();
    assert_eq!(second.deadline(&story), Some(Deadline::Pending));
    assert_eq!(Deadline::Pending.label(Locale::En), "Deadline");
    assert_eq!(Deadline::Missed.label(Locale::En), "Deadline missed");
    assert_eq!(Deadline::Missed.as_str(), "missed");
}

#[test]
fn a_date_after_an_event_reads_as_a_day_once_the_event_happened() {
    let story = story(&valid());
    let adoption = &story.event(&EventId::new("adoption")).unwrap().date;
    assert_eq!(
        adoption.label(Locale::En),
        "90 days after the UN vote (about 18 October 2015)"
    );
    assert_eq!(
        adoption.label(Locale::Uk),
        "90 days after the UN vote (приблизно 18 жовтня 2015 р.)"
    );
    // Counted from an event still ahead: the wording alone.
    let implementation = &story.event(&EventId::new("implementation")).unwrap().date;
    assert_eq!(implementation.label(Locale::En), "when the IAEA verifies");

    // Before the vote happened, the adoption date is only the wording.
    let mut value = valid();
    value["events"][3]["date"] = json!({"kind": "expected", "start": "2015-07-20", "end": "2015-07-31", "text": "later this month"});
    let story = self::story(&value);
    let adoption = &story.event(&EventId::new("adoption")).unwrap().date;
    assert_eq!(adoption.label(Locale::En), "90 days after the UN vote");
}

#[test]
fn positions_have_a_date_and_earlier_stances() {
    let story = story(&valid());
    let relief = story.point(&PointId::new("relief")).unwrap();
    let position = story.position_of(relief, &PartyId::new("us")).unwrap();
    let since = position.date.as_ref().unwrap().compact_label(Locale::En);
    assert_eq!(
        (Locale::En.messages().position_since)(&since),
        "since 14 July 2015"
    );
    assert_eq!(
        position.history[0].date.compact_label(Locale::En),
        "2 April 2015"
    );
    assert!(story.position_of(relief, &PartyId::new("iaea")).is_none());
    // An approximate date is its window of days, not wording like "last week",
    // which would read wrongly after "since".
    let vague: talks_tracker_story::EventDate = serde_json::from_value(json!(
        {"kind": "approximate", "start": "2015-10-11", "end": "2015-10-31", "text": "in October 2015"}
    ))
    .unwrap();
    assert_eq!(vague.compact_label(Locale::En), "11–31 October 2015");
}

#[test]
fn roles_and_media_have_words_in_every_language() {
    for locale in Locale::ALL {
        for role in [
            PartyRole::Negotiator,
            PartyRole::Mediator,
            PartyRole::Facilitator,
            PartyRole::Guarantor,
            PartyRole::Verifier,
            PartyRole::Critic,
            PartyRole::Observer,
        ] {
            assert!(!role.label(locale).is_empty());
        }
        for medium in [
            Medium::WrittenStatement,
            Medium::PressConference,
            Medium::Interview,
            Medium::SocialMedia,
            Medium::TelevisedAddress,
            Medium::Speech,
            Medium::Briefing,
        ] {
            assert!(!medium.label(locale).is_empty());
        }
    }
    assert_eq!(PartyRole::Verifier.label(Locale::En), "Verifier");
    assert_eq!(PartyRole::Mediator.label(Locale::Uk), "Посередник");
    assert_eq!(
        Medium::PressConference.label(Locale::En),
        "at a press conference"
    );
    assert_eq!(Medium::SocialMedia.label(Locale::Uk), "у соцмережах");
}

#[test]
fn a_document_claim_is_attributed_to_the_document() {
    let story = story(&valid());
    let claim = story.claim(&ClaimId::new("sheet-says")).unwrap();
    let source = claim.sources.first().and_then(|id| story.source(id));
    assert_eq!(
        claim.attribution.label(&story, source, Locale::En),
        "Parameters (US State Department), issued by United States"
    );
    // Without a speaker, the document alone.
    let mut value = valid();
    value["claims"][0]["attribution"]
        .as_object_mut()
        .unwrap()
        .remove("speaker");
    let story = self::story(&value);
    let claim = story.claim(&ClaimId::new("sheet-says")).unwrap();
    assert_eq!(
        claim.attribution.label(&story, None, Locale::Uk),
        "Parameters (US State Department)"
    );
}

#[test]
fn two_claims_each_settled_against_a_third_are_both_shown_as_settled() {
    let mut value = valid();
    value["claims"].as_array_mut().unwrap().push(json!({
        "id": "third", "attribution": {"kind": "on_record", "speaker": "us"}, "statement": "Later.",
        "sources": ["wire"], "points": ["relief"], "contradicts": ["kerry-says"],
        "resolved": {"date": "2015-07-20", "event": "vote"}
    }));
    let story = story(&value);
    let split = story.disputes_on_point(&PointId::new("relief"));
    assert!(split.live.is_empty() && split.others.is_empty());
    let groups: Vec<Vec<String>> = split.settled.iter().map(|s| claim_ids(&s.claims)).collect();
    assert_eq!(groups, [vec!["sheet-says", "kerry-says"], vec!["third"]]);
    assert_eq!(
        split.settled[1].resolution.label(Locale::En),
        "Accounts differed until 20 July 2015"
    );
}
