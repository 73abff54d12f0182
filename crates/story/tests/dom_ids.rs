//! Element ids: one builder, and no two elements of one widget share an id for any
//! valid story.

use proptest::prelude::*;
use talks_tracker_story::dom_ids::PREFIXES;
use talks_tracker_story::{
    check_id, DomId, DomIds, EventId, PartyId, PointId, QuestionId, StatusGroup, StepId, TrackId,
};

/// Every kind of element, with `id` wherever a story id goes.
fn every_kind(id: &str, n: usize) -> Vec<DomId> {
    vec![
        DomId::Title,
        DomId::Timeline,
        DomId::Panel,
        DomId::Filters,
        DomId::FiltersBody,
        DomId::FilterParties,
        DomId::FilterTracks,
        DomId::Section(StatusGroup::Agreed),
        DomId::Section(StatusGroup::Problems),
        DomId::Section(StatusGroup::Open),
        DomId::Standings,
        DomId::NextSteps,
        DomId::Sources,
        DomId::Questions,
        DomId::Event(EventId::new(id)),
        DomId::Point(PointId::new(id)),
        DomId::PointTitle(PointId::new(id)),
        DomId::Answer(QuestionId::new(id)),
        DomId::Source(n),
        DomId::PartyCount(PartyId::new(id)),
        DomId::TrackCount(TrackId::new(id)),
        DomId::Since,
        DomId::Updates,
        DomId::Step(StepId::new(id)),
        DomId::Update(n),
        DomId::Overview,
    ]
}

#[test]
fn ids_that_collided_before_are_distinct() {
    let ids = DomIds::new("tt1");
    // An event called "panel" and the event panel.
    assert_ne!(
        ids.id(&DomId::Event(EventId::new("panel"))),
        ids.id(&DomId::Panel)
    );
    // Point "a-title" and the heading of point "a".
    assert_ne!(
        ids.id(&DomId::Point(PointId::new("a-title"))),
        ids.id(&DomId::PointTitle(PointId::new("a")))
    );
    // A party chip's counts and a track chip's, for the ids "track-x" and "x".
    assert_ne!(
        ids.id(&DomId::PartyCount(PartyId::new("track-x"))),
        ids.id(&DomId::TrackCount(TrackId::new("x")))
    );
    // Every fixed name used as a story id stays apart from the fixed element.
    for name in DomId::fixed_names() {
        let fixed: Vec<DomId> = every_kind("unused", 1).into_iter().take(14).collect();
        for element in every_kind(name, 1).into_iter().skip(14) {
            let id = ids.id(&element);
            assert!(fixed.iter().all(|f| ids.id(f) != id), "{element:?} is {id}");
        }
    }
}

#[test]
fn deep_links_keep_their_documented_form() {
    // README: `#<instance>-event-<event id>`.
    let ids = DomIds::new("paris");
    assert_eq!(
        ids.href(&DomId::Event(EventId::new("kyiv-1"))),
        "#paris-event-kyiv-1"
    );
    assert_eq!(
        ids.parse("paris-event-kyiv-1"),
        Some(DomId::Event(EventId::new("kyiv-1")))
    );
    assert_eq!(ids.parse("other-event-kyiv-1"), None);
    assert_eq!(ids.parse("paris-event-"), None);
    assert_eq!(ids.parse("paris-event-bad id"), None);
    assert_eq!(ids.parse("parisevent-x"), None);
}

#[test]
fn no_prefix_begins_another_and_no_fixed_name_begins_with_a_prefix() {
    for (i, a) in PREFIXES.iter().enumerate() {
        assert!(a.ends_with('-'), "{a}");
        for (j, b) in PREFIXES.iter().enumerate() {
            assert!(i == j || !b.starts_with(a), "{b} begins with {a}");
        }
        for name in DomId::fixed_names() {
            assert!(!name.starts_with(a), "fixed {name} begins with {a}");
        }
    }
}

fn valid_id() -> impl Strategy<Value = String> {
    // Weighted towards ids that look like the widget's own names and prefixes.
    prop_oneof![
        "[A-Za-z0-9_-]{1,64}",
        "(event|point|card|title|panel|source|party|track|count|answer|open)(-(event|point|card|title|panel|source|party|track|count|answer|[0-9]))*",
    ]
    .prop_filter("a valid id", |id| check_id(id).is_ok())
}

proptest! {
    /// Every id reads back as the element it was built for, so no two elements share one.
    #[test]
    fn every_id_reads_back_as_its_element(instance in valid_id(), id in valid_id(), n in 1usize..10_000) {
        let ids = DomIds::new(instance);
        for element in every_kind(&id, n) {
            let dom_id = ids.id(&element);
            prop_assert_eq!(ids.parse(&dom_id), Some(element.clone()), "{}", dom_id);
        }
    }

    /// Two different elements (any kinds, any ids) never get the same id.
    #[test]
    fn different_elements_get_different_ids(a in valid_id(), b in valid_id(), n in 1usize..50, m in 1usize..50) {
        let ids = DomIds::new("tt1");
        for x in every_kind(&a, n) {
            for y in every_kind(&b, m) {
                if x != y {
                    prop_assert_ne!(ids.id(&x), ids.id(&y));
                }
            }
        }
    }
}
