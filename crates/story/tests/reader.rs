//! The reader's state machine: selection, filters, moves, focus requests and the
//! timeline's window of columns.

use serde_json::{json, Value};
use talks_tracker_story::reader::{Action, Announcement, Move, Reader};
use talks_tracker_story::timeline::{Axis, WINDOW_MARGIN, WINDOW_THRESHOLD};
use talks_tracker_story::{parse, DomId, DomIds, EventId, PartyId, PointId, Story, TrackId};

fn event(id: &str, day: &str, participants: &[&str], tracks: &[&str]) -> Value {
    json!({"id": id, "title": format!("Title {id}"), "summary": "Happened.",
           "date": {"kind": "exact", "date": day}, "participants": participants, "tracks": tracks})
}

/// In time: a (1st, ua) < b (2nd, us) < c (3rd, ua+us) < d (5th, us, after now on the 4th).
/// Point p-ua is Ukraine's (position), p-us is on track "sec" only.
fn story() -> Story {
    let parsed = parse(&story_json().to_string());
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    parsed.story.expect("usable")
}

/// The JSON of [`story`].
fn story_json() -> Value {
    json!({
        "version": 1, "id": "t", "title": "Talks", "summary": "Talks.", "language": "en",
        "published": "2026-03-04T12:00:00+00:00", "publisher": {"name": "Example News"},
        "parties": [{"id": "ua", "name": "Ukraine", "kind": "country"},
                    {"id": "us", "name": "United States", "kind": "country"}],
        "tracks": [{"id": "sec", "name": "Security"}],
        "events": [event("d", "2026-03-05", &["us"], &["sec"]), event("b", "2026-03-02", &["us"], &[]),
                   event("a", "2026-03-01", &["ua"], &[]), event("c", "2026-03-03", &["ua", "us"], &["sec"])],
        "points": [
            {"id": "p-ua", "title": "Aid", "status": "agreed", "summary": "Yes.",
             "positions": [{"party": "ua", "stance": "Wants it."}]},
            {"id": "p-us", "title": "Guarantees", "status": "disputed", "summary": "No.", "track": "sec"}
        ]
    })
}

fn id(text: &str) -> EventId {
    EventId::new(text)
}

fn apply(reader: &Reader, story: &Story, action: Action) -> Reader {
    reader
        .apply(story, action.clone())
        .unwrap_or_else(|| panic!("{action:?} changed nothing"))
}

#[test]
fn a_reader_starts_on_the_latest_event_that_has_happened_without_a_filter() {
    let story = story();
    let reader = Reader::new(&story);
    assert_eq!(reader.selected(), Some(&id("c")));
    assert!(reader.filter().is_empty());
    assert!(!reader.chosen_by_reader());
    assert_eq!(reader.focus_event(), 0);
    assert_eq!(reader.announcement(), &Announcement::None);
}

#[test]
fn selecting_opens_without_moving_focus_and_revealing_moves_focus() {
    let story = story();
    let reader = Reader::new(&story);
    let selected = apply(&reader, &story, Action::Select(id("a")));
    assert_eq!(selected.selected(), Some(&id("a")));
    assert!(selected.chosen_by_reader());
    assert_eq!(selected.focus_event(), 0);
    assert_eq!(
        selected.announcement(),
        &Announcement::Selected {
            event: id("a"),
            position: 1,
            count: 4
        }
    );
    let revealed = apply(&selected, &story, Action::Reveal(id("d")));
    assert_eq!(revealed.selected(), Some(&id("d")));
    assert_eq!(revealed.focus_event(), 1);
    assert!(reader.apply(&story, Action::Select(id("nope"))).is_none());
}

#[test]
fn moves_step_through_visible_events_and_stop_at_the_ends() {
    let story = story();
    let reader = Reader::new(&story);
    let next = apply(&reader, &story, Action::Move(Move::Next));
    assert_eq!(next.selected(), Some(&id("d")));
    assert_eq!(next.focus_event(), 1);
    assert!(
        next.apply(&story, Action::Move(Move::Next)).is_none(),
        "past the end"
    );
    let first = apply(&next, &story, Action::Move(Move::First));
    assert_eq!(first.selected(), Some(&id("a")));
    assert!(
        first.apply(&story, Action::Move(Move::Previous)).is_none(),
        "before the start"
    );
    let last = apply(&first, &story, Action::Move(Move::Last));
    assert_eq!(last.selected(), Some(&id("d")));
    assert_eq!(last.focus_event(), 3);
    let back = apply(&last, &story, Action::Move(Move::Previous));
    assert_eq!(back.selected(), Some(&id("c")));
}

#[test]
fn moves_skip_events_the_filter_hides() {
    let story = story();
    let ua = apply(
        &Reader::new(&story),
        &story,
        Action::ToggleParty(PartyId::new("ua")),
    );
    // Ukraine's events are a and c; c stays open.
    assert_eq!(ua.selected(), Some(&id("c")));
    let back = apply(&ua, &story, Action::Move(Move::Previous));
    assert_eq!(back.selected(), Some(&id("a")), "b is hidden");
    assert!(back.apply(&story, Action::Move(Move::Previous)).is_none());
}

#[test]
fn a_filter_hiding_the_open_event_opens_the_latest_visible_one() {
    let story = story();
    let on_a = apply(&Reader::new(&story), &story, Action::Select(id("a")));
    let us = apply(&on_a, &story, Action::ToggleParty(PartyId::new("us")));
    // The United States' events: b, c, d; d is after "now", so c opens.
    assert_eq!(us.selected(), Some(&id("c")));
    assert_eq!(
        us.announcement(),
        &Announcement::Filtered {
            events: 3,
            all_events: 4,
            cards: 0,
            all_cards: 2
        }
    );
    let sec = apply(&us, &story, Action::ToggleTrack(TrackId::new("sec")));
    assert_eq!(sec.filter().tracks.len(), 1);
    assert_eq!(
        sec.announcement(),
        &Announcement::Filtered {
            events: 2,
            all_events: 4,
            cards: 0,
            all_cards: 2
        }
    );
    let cleared = apply(&sec, &story, Action::ClearFilter);
    assert!(cleared.filter().is_empty());
    assert_eq!(cleared.selected(), Some(&id("c")));
    // Toggling twice un-chooses.
    let twice = apply(&us, &story, Action::ToggleParty(PartyId::new("us")));
    assert!(twice.filter().is_empty());
}

#[test]
fn opening_a_hidden_event_or_card_clears_the_filter() {
    let story = story();
    let ua = apply(
        &Reader::new(&story),
        &story,
        Action::ToggleParty(PartyId::new("ua")),
    );
    let b = apply(&ua, &story, Action::Reveal(id("b")));
    assert!(b.filter().is_empty());
    assert_eq!(b.selected(), Some(&id("b")));

    let point = PointId::new("p-us");
    let card = apply(&ua, &story, Action::RevealPoint(point.clone()));
    assert!(card.filter().is_empty(), "p-us has no Ukrainian side");
    assert_eq!(card.focus_point(), Some(&point));
    assert_eq!(
        card.focus_element(),
        Some(&(DomId::Point(point.clone()), 1))
    );
    let again = apply(&card, &story, Action::RevealPoint(point.clone()));
    assert_eq!(
        again.focus_element(),
        Some(&(DomId::Point(point), 2)),
        "each request is new"
    );
    // A card the filter shows keeps the filter.
    let kept = apply(&ua, &story, Action::RevealPoint(PointId::new("p-ua")));
    assert_eq!(kept.filter(), ua.filter());
    assert!(ua
        .apply(&story, Action::RevealPoint(PointId::new("nope")))
        .is_none());
}

#[test]
fn a_citation_asks_for_its_source_each_time_and_only_for_a_source_that_exists() {
    let mut json = story_json();
    json["sources"] = json!([{"id": "s1", "outlet": "Wire"}, {"id": "s2", "outlet": "Paper"}]);
    let story = parse(&json.to_string()).story.expect("usable");
    let start = Reader::new(&story);
    assert_eq!(start.focus_source(), None);
    let first = apply(&start, &story, Action::RevealSource(2));
    assert_eq!(first.focus_source(), Some(2));
    assert_eq!(first.focus_element(), Some(&(DomId::Source(2), 1)));
    let again = apply(&first, &story, Action::RevealSource(2));
    assert_eq!(
        again.focus_element(),
        Some(&(DomId::Source(2), 2)),
        "each request is new"
    );
    // A card asked for next replaces the source.
    let card = apply(&again, &story, Action::RevealPoint(PointId::new("p-ua")));
    assert_eq!(
        (card.focus_source(), card.focus_point()),
        (None, Some(&PointId::new("p-ua")))
    );
    assert_eq!(first.filter(), start.filter(), "sources are not filtered");
    for missing in [0, 3] {
        assert!(
            start.apply(&story, Action::RevealSource(missing)).is_none(),
            "{missing}"
        );
    }
}

#[test]
fn deep_links_name_an_event_a_card_or_a_source_of_this_widget_and_story() {
    let mut json = story_json();
    json["sources"] = json!([{"id": "s1", "outlet": "Wire"}, {"id": "s2", "outlet": "Paper"}]);
    let story = parse(&json.to_string()).story.expect("usable");
    let ids = DomIds::new("tt2");
    let cases = [
        ("tt2-event-b", Some(DomId::Event(id("b"))), "an event"),
        (
            "tt2-point-p-ua",
            Some(DomId::Point(PointId::new("p-ua"))),
            "a card",
        ),
        ("tt2-source-2", Some(DomId::Source(2)), "the last source"),
        ("tt1-event-b", None, "another widget's"),
        ("tt21-event-b", None, "another widget's, sharing a prefix"),
        ("tt2-event-zz", None, "no such event"),
        ("tt2-point-zz", None, "no such card"),
        ("tt2-source-3", None, "past the last source"),
        ("tt2-source-0", None, "sources count from 1"),
        ("tt2-card-title-p-ua", None, "not a link target"),
        ("tt2-timeline", None, "not a link target"),
        ("", None, "empty"),
    ];
    for (fragment, expected, why) in cases {
        assert_eq!(
            ids.deep_link(&story, fragment),
            expected,
            "{fragment}: {why}"
        );
    }
}

#[test]
fn a_citation_names_a_source_of_this_widget_by_number() {
    for instance in ["tt2", "9lives", "my-widget"] {
        let ids = DomIds::new(instance);
        for n in [1, 7, 120, 4000] {
            let href = ids.href(&DomId::Source(n));
            let fragment = href.strip_prefix('#').expect("a fragment link");
            assert_eq!(ids.linked_source(fragment), Some(n), "{href}");
        }
    }
    let ids = DomIds::new("tt2");
    for not_ours in [
        "tt21-source-3",
        "tt1-source-3",
        "tt2-source-0",
        "tt2-source-+3",
        "tt2-source-3x",
        "tt2-source-",
        "tt2-event-3",
        "",
    ] {
        assert_eq!(ids.linked_source(not_ours), None, "{not_ours}");
    }
}

/// A story of `n` events, one per day, so the axis has `n` columns.
fn long_story(n: usize) -> Story {
    let events: Vec<Value> = (0..n)
        .map(|i| {
            let day = format!("{}-{:02}-{:02}", 2000 + i / 336, i % 336 / 28 + 1, i % 28 + 1);
            json!({"id": format!("e{i}"), "title": "T", "summary": "S", "date": {"kind": "exact", "date": day}})
        })
        .collect();
    let json = json!({
        "version": 1, "id": "t", "title": "Talks", "summary": "Talks.", "language": "en",
        "published": "2030-01-01T12:00:00+00:00", "publisher": {"name": "Example News"}, "events": events
    });
    let parsed = parse(&json.to_string());
    assert!(
        parsed.diagnostics.is_empty(),
        "{:#?}",
        &parsed.diagnostics[..1]
    );
    parsed.story.expect("usable")
}

fn axis_of(story: &Story) -> Axis {
    let events: Vec<_> = story.events().iter().collect();
    Axis::new(&events, story.as_of().day())
}

#[test]
fn short_timelines_render_every_column() {
    let story = long_story(WINDOW_THRESHOLD);
    let axis = axis_of(&story);
    let rendered = axis.rendered(None, Some(&id("e5")));
    assert_eq!(rendered.window, 0..WINDOW_THRESHOLD);
    assert_eq!((rendered.earlier, rendered.later), (0, 0));
}

#[test]
fn long_timelines_render_a_window_around_the_open_event() {
    let n = 1000;
    let story = long_story(n);
    let axis = axis_of(&story);
    let rendered = axis.rendered(None, Some(&id("e500")));
    assert_eq!(rendered.window, 500 - WINDOW_MARGIN..501 + WINDOW_MARGIN);
    assert_eq!(
        rendered.columns,
        rendered.window.clone().collect::<Vec<_>>()
    );
    assert_eq!(rendered.earlier, (500 - WINDOW_MARGIN) as u64);
    assert_eq!(rendered.later, (n - 501 - WINDOW_MARGIN) as u64);
    // Near the start the window keeps its width.
    let start = axis.rendered(None, Some(&id("e0")));
    assert_eq!(start.window, 0..2 * WINDOW_MARGIN);
    assert_eq!(start.earlier, 0);
}

#[test]
fn show_later_moves_the_window_and_keeps_the_open_tab() {
    let story = long_story(1000);
    let axis = axis_of(&story);
    let open = id("e500");
    let first = axis.rendered(None, Some(&open));
    let request = axis.later(&first, Some(&open));
    let later = axis.rendered(Some(&request), Some(&open));
    // The list grows at its end (phones scroll down through it); the start stays.
    assert_eq!(later.window.start, first.window.start);
    assert_eq!(later.window.end, first.window.end + 3 * WINDOW_MARGIN);
    assert_eq!(later.later, first.later - 3 * WINDOW_MARGIN as u64);
    assert_eq!(later.earlier, first.earlier);
    let request = axis.later(&later, Some(&open));
    // "Earlier" from there grows the start back, and the open tab is always rendered.
    let earlier = axis.rendered(Some(&axis.earlier(&first, Some(&open))), Some(&open));
    assert_eq!(earlier.window.start, first.window.start - 3 * WINDOW_MARGIN);
    assert!(earlier.columns.contains(&500));
    // Another selection makes the request lapse: the window follows the event again.
    let other = id("e100");
    let follows = axis.rendered(Some(&request), Some(&other));
    assert!(follows.window.contains(&100));
    // And "earlier" from the start stays at the start.
    let start = axis.rendered(None, Some(&id("e0")));
    let earlier = axis.rendered(Some(&axis.earlier(&start, None)), None);
    assert_eq!(earlier.window.start, 0);
}

#[test]
fn show_earlier_or_later_names_the_first_event_it_adds() {
    let story = long_story(1000);
    let axis = axis_of(&story);
    let open = id("e500");
    let first = axis.rendered(None, Some(&open));
    let request = axis.later(&first, Some(&open));
    // Reading order: later events come after the last one rendered before.
    let after_last = format!("e{}", first.window.end);
    assert_eq!(axis.first_added(&first, &request), Some(&id(&after_last)));
    // Earlier ones come before the first rendered: the first added is the new first one.
    let request = axis.earlier(&first, Some(&open));
    let earlier = axis.rendered(Some(&request), Some(&open));
    let new_first = format!("e{}", earlier.window.start);
    assert_eq!(axis.first_added(&first, &request), Some(&id(&new_first)));
    assert!(earlier.window.start < first.window.start);
    // Nothing added, nothing named: "earlier" at the start.
    let start = axis.rendered(None, Some(&id("e0")));
    let request = axis.earlier(&start, Some(&id("e0")));
    assert_eq!(axis.first_added(&start, &request), None);
    // Columns of several events: the column's first event, in story order.
    let mut events: Vec<Value> = (0..300)
        .map(|i| {
            let day = format!("2001-{:02}-{:02}", i / 2 / 28 + 1, i / 2 % 28 + 1);
            json!({"id": format!("x{i}"), "title": "T", "summary": "S", "date": {"kind": "exact", "date": day}})
        })
        .collect();
    events.reverse();
    let mut json = story_json();
    json["events"] = json!(events);
    let busy = parse(&json.to_string()).story.expect("usable");
    let axis = axis_of(&busy);
    let open = id("x150");
    let first = axis.rendered(None, Some(&open));
    let request = axis.later(&first, Some(&open));
    let added = axis.first_added(&first, &request).expect("later columns");
    let column = &axis.groups[first.window.end];
    assert_eq!(column.events.len(), 2, "two events a day");
    assert_eq!(added, &column.events[0]);
}

#[test]
fn scrolling_near_an_edge_of_the_window_moves_it() {
    let story = long_story(1000);
    let axis = axis_of(&story);
    let open = id("e500");
    let rendered = axis.rendered(None, Some(&open));
    let x = |group: usize| axis.groups[group].x;
    // Looking at the middle of the window: nothing to do.
    let middle = rendered.window.start + WINDOW_MARGIN;
    assert_eq!(
        axis.scrolled(&rendered, (x(middle), x(middle + 2)), Some(&open)),
        None
    );
    // Looking at its last columns: a new window around them.
    let end = rendered.window.end - 2;
    let request = axis
        .scrolled(&rendered, (x(end), x(end + 1) + 0.5), Some(&open))
        .expect("moves");
    let moved = axis.rendered(Some(&request), Some(&open));
    assert!(moved.window.end > rendered.window.end);
    assert!(moved.window.contains(&end));
}
