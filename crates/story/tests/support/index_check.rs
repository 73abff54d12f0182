//! The story's prebuilt index must answer every lookup as a linear scan of its
//! lists would; shared by tests/index.rs (the seed story) and tests/fuzz.rs.

use talks_tracker_story::*;

/// Panics where an index lookup and a scan of the lists disagree.
pub fn index_agrees_with_scans(story: &Story) {
    macro_rules! by_id {
        ($list:ident, $get:ident, $id:ty) => {
            for item in story.$list() {
                let found = story.$get(&item.id).expect("listed item found by id");
                let first = story.$list().iter().find(|x| x.id == item.id).unwrap();
                assert!(
                    std::ptr::eq(found, first),
                    "{} {}",
                    stringify!($get),
                    item.id
                );
            }
            assert!(story.$get(&<$id>::new("no-such-id-anywhere")).is_none());
        };
    }
    by_id!(parties, party, PartyId);
    by_id!(tracks, track, TrackId);
    by_id!(events, event, EventId);
    by_id!(points, point, PointId);
    by_id!(claims, claim, ClaimId);
    by_id!(questions, question, QuestionId);
    by_id!(next_steps, next_step, StepId);
    by_id!(sources, source, SourceId);

    for (i, source) in story.sources().iter().enumerate() {
        assert_eq!(story.source_number(&source.id), Some(i + 1));
    }

    let mut sorted: Vec<&Event> = story.events().iter().collect();
    sorted.sort_by_key(|e| e.date.sort_key());
    let ids = |events: &[&Event]| events.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&story.events_by_date()), ids(&sorted));

    let claim_ids = |claims: Vec<&Claim>| claims.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    let point_ids = |points: Vec<&Point>| points.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    for point in story.points() {
        let scan = story
            .claims()
            .iter()
            .filter(|c| c.points.contains(&point.id))
            .collect();
        assert_eq!(claim_ids(story.claims_on_point(&point.id)), claim_ids(scan));
    }
    for event in story.events() {
        let scan = story
            .claims()
            .iter()
            .filter(|c| c.events.contains(&event.id))
            .collect();
        assert_eq!(claim_ids(story.claims_on_event(&event.id)), claim_ids(scan));
        let scan = story
            .points()
            .iter()
            .filter(|p| p.events.contains(&event.id))
            .collect();
        assert_eq!(
            point_ids(story.points_for_event(&event.id)),
            point_ids(scan)
        );
    }
    let nowhere = EventId::new("no-such-id-anywhere");
    assert!(story.claims_on_event(&nowhere).is_empty());
    assert!(story.points_for_event(&nowhere).is_empty());
}
