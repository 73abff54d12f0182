//! The overview: the whole span in percent, merged marks, ticks, the later lane,
//! the slider's steps and the summary; and the strip's busy columns.

use serde_json::{json, Value};
use talks_tracker_story::overview::{Layout, Overview, TickKind};
use talks_tracker_story::timeline::{shown_in_column, Axis};
use talks_tracker_story::{parse, EventId, Locale, Story};

fn exact(day: &str) -> Value {
    json!({"kind": "exact", "date": day})
}

/// A valid version 2 story whose "now" is `now` and whose events are `(id, date)`.
fn story(now: &str, events: &[(&str, Value)]) -> Story {
    let events: Vec<Value> = events
        .iter()
        .map(|(id, date)| json!({"id": id, "title": id, "summary": "Something happened.", "date": date}))
        .collect();
    let json = json!({
        "version": 2, "id": "t", "title": "Talks", "summary": "Talks.", "language": "en",
        "published": format!("{now}T12:00:00+00:00"),
        "publisher": {"name": "Example News"},
        "events": events,
    });
    let parsed = parse(&json.to_string());
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    parsed.story.expect("usable story")
}

fn overview(story: &Story, layout: Layout) -> Overview {
    let events: Vec<_> = story.events().iter().collect();
    Overview::new(&events, story.as_of().day(), layout, Locale::En)
}

/// Events every `step` days from 1 March 2015, `n` of them.
fn regular(n: usize, step: i64) -> Vec<(String, Value)> {
    let start = talks_tracker_story::Day::parse("2015-03-01").unwrap();
    (0..n)
        .map(|i| {
            (
                format!("e{i}"),
                exact(&start.plus_days(i as i64 * step).to_string()),
            )
        })
        .collect()
}

fn borrowed(events: &[(String, Value)]) -> Vec<(&str, Value)> {
    events
        .iter()
        .map(|(id, d)| (id.as_str(), d.clone()))
        .collect()
}

#[test]
fn the_span_runs_from_the_first_event_to_the_last_in_percent() {
    let s = story(
        "2015-03-20",
        &[
            ("a", exact("2015-03-01")),
            ("b", exact("2015-03-11")),
            ("c", exact("2015-03-21")),
        ],
    );
    let o = overview(&s, Layout::WIDE);
    assert_eq!(o.start.to_string(), "2015-03-01");
    assert_eq!(o.end.to_string(), "2015-03-21");
    let ats: Vec<f64> = o.marks.iter().map(|m| m.at).collect();
    assert_eq!(ats, [0.0, 50.0, 100.0]);
    assert_eq!(o.now, Some(95.0));
    assert!(!o.marks[1].ahead && o.marks[2].ahead, "after now is ahead");
    assert!(o.ticks.iter().all(|t| (0.0..=100.0).contains(&t.at)));
}

#[test]
fn now_after_the_last_event_widens_the_span() {
    let s = story(
        "2015-03-31",
        &[("a", exact("2015-03-01")), ("b", exact("2015-03-11"))],
    );
    let o = overview(&s, Layout::WIDE);
    assert_eq!(o.end.to_string(), "2015-03-31");
    assert_eq!(o.now, Some(100.0));
}

#[test]
fn close_events_merge_into_one_mark_with_a_count() {
    // 5,000 events a day apart: at most `slots` marks, every event counted once.
    let events = regular(5000, 1);
    let s = story("2020-01-01", &borrowed(&events));
    for layout in [Layout::WIDE, Layout::NARROW] {
        let o = overview(&s, layout);
        assert!(o.marks.len() <= layout.slots, "{} marks", o.marks.len());
        assert_eq!(o.marks.iter().map(|m| m.count).sum::<usize>(), 5000);
        for pair in o.marks.windows(2) {
            assert!(pair[1].at - pair[0].at >= 100.0 / layout.slots as f64 - 1e-9);
            assert_eq!(pair[1].first, pair[0].first + pair[0].count);
        }
    }
    // Same-day events share a mark; the first one is the column's first.
    let s = story(
        "2015-03-20",
        &[
            ("a", exact("2015-03-01")),
            ("b", exact("2015-03-01")),
            ("c", exact("2015-03-20")),
        ],
    );
    let o = overview(&s, Layout::WIDE);
    assert_eq!(o.marks.len(), 2);
    assert_eq!((o.marks[0].first, o.marks[0].count), (0, 2));
}

#[test]
fn ticks_are_weeks_and_months_on_short_spans_and_years_on_long_ones() {
    let events = regular(40, 3); // 1 March – 27 June 2015
    let s = story("2015-05-01", &borrowed(&events));
    let o = overview(&s, Layout::WIDE);
    let months: Vec<String> = o
        .ticks
        .iter()
        .filter(|t| t.kind == TickKind::Month && t.at > 0.0)
        .map(|t| t.day.to_string())
        .collect();
    assert_eq!(months, ["2015-04-01", "2015-05-01", "2015-06-01"]);
    assert!(o.ticks.iter().any(|t| t.kind == TickKind::Week));
    let labels: Vec<&str> = o.ticks.iter().filter_map(|t| t.label.as_deref()).collect();
    assert_eq!(labels, ["Mar 2015", "Apr", "May", "Jun"]);
    let mut last = f64::NEG_INFINITY;
    for tick in o.ticks.iter().filter(|t| t.label.is_some()) {
        assert!(tick.at - last >= Layout::WIDE.label_gap);
        last = tick.at;
    }

    // Five years: no week ticks; on a phone, years only.
    let events = regular(40, 45);
    let s = story("2016-01-01", &borrowed(&events));
    let wide = overview(&s, Layout::WIDE);
    assert!(wide.ticks.iter().all(|t| t.kind != TickKind::Week));
    let narrow = overview(&s, Layout::NARROW);
    assert!(narrow
        .ticks
        .iter()
        .skip(1)
        .all(|t| t.kind == TickKind::Year));
    let labels: Vec<&str> = narrow
        .ticks
        .iter()
        .filter_map(|t| t.label.as_deref())
        .collect();
    assert_eq!(labels[0], "2015");
    assert!(labels.contains(&"2017"), "{labels:?}");

    // Ukrainian month names.
    let events = regular(40, 3);
    let s = story("2015-05-01", &borrowed(&events));
    let all: Vec<_> = s.events().iter().collect();
    let uk = Overview::new(&all, s.as_of().day(), Layout::WIDE, Locale::Uk);
    let labels: Vec<&str> = uk.ticks.iter().filter_map(|t| t.label.as_deref()).collect();
    assert_eq!(labels, ["бер. 2015", "квіт.", "трав.", "черв."]);
}

#[test]
fn far_future_milestones_go_to_the_later_lane() {
    let mut events = regular(30, 7); // 1 March – 20 September 2015
    events.push(("transition".into(), exact("2023-10-18")));
    events.push(("termination".into(), exact("2025-10-18")));
    let s = story("2015-10-01", &borrowed(&events));
    let o = overview(&s, Layout::WIDE);
    assert_eq!(
        o.end.to_string(),
        "2015-10-01",
        "the span ends at now, not in 2025"
    );
    assert_eq!(o.marks.iter().map(|m| m.count).sum::<usize>(), 30);
    assert_eq!(o.later.len(), 2);
    assert!(o.is_later(30) && o.is_later(31) && !o.is_later(29));
    assert_eq!(o.later_label(31), "2025");
    assert_eq!(o.position(31), Some((true, 75.0)));
    assert_eq!(
        o.summary(Locale::En, Some(3)),
        "32 events, 1 March – 20 September 2015. 2 more later, up to 2025. You are at 22 March 2015."
    );

    // A story that simply runs long keeps every event on the axis.
    let events = regular(30, 60);
    let s = story("2015-10-01", &borrowed(&events));
    assert!(overview(&s, Layout::WIDE).later.is_empty());
}

#[test]
fn the_shipped_iran_story_puts_its_2023_and_2025_milestones_in_the_later_lane() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../static/stories/iran-2015.json"
    ))
    .unwrap();
    let s = parse(&text).story.unwrap();
    let o = overview(&s, Layout::WIDE);
    let later: Vec<&str> = (0..o.len())
        .filter(|&i| o.is_later(i))
        .map(|i| o.event(i).unwrap().as_str())
        .collect();
    assert_eq!(later, ["transition", "termination"]);
    assert!(!o.deadlines.is_empty(), "deadlines are markers");
    assert_eq!(
        o.summary(Locale::Uk, None),
        "36 подій: 24 листопада 2013 – 17 січня 2016 рр. Ще 2 пізніше, до 2025 р."
    );
}

#[test]
fn the_slider_finds_the_nearest_event_and_pages_by_a_month() {
    let events = regular(40, 3);
    let s = story("2015-05-01", &borrowed(&events));
    let o = overview(&s, Layout::WIDE);
    assert_eq!(o.nearest(0.0), Some(0));
    assert_eq!(o.nearest(100.0), Some(39));
    let middle = o.nearest(50.0).unwrap();
    assert!((o.position(middle).unwrap().1 - 50.0).abs() <= 1.3);
    assert_eq!(o.page(0, true), 10);
    assert_eq!(o.page(10, false), 0);
    assert_eq!(o.page(39, true), 39);
    assert_eq!(o.page(0, false), 0);
    // Never stuck: a month with no event still moves one on.
    let s = story(
        "2015-05-01",
        &[("a", exact("2015-01-01")), ("b", exact("2015-06-01"))],
    );
    let o = overview(&s, Layout::WIDE);
    assert_eq!(o.page(0, true), 1);
    assert_eq!(o.page(1, false), 0);
    // Same-day events: the first of the day.
    let s = story(
        "2015-05-01",
        &[
            ("a", exact("2015-01-01")),
            ("b", exact("2015-03-01")),
            ("c", exact("2015-03-01")),
        ],
    );
    let o = overview(&s, Layout::WIDE);
    assert_eq!(o.event(o.nearest(60.0).unwrap()).unwrap().as_str(), "b");
}

#[test]
fn the_summary_counts_and_dates_in_every_language() {
    let events = regular(39, 5);
    let s = story("2015-07-14", &borrowed(&events));
    let o = overview(&s, Layout::WIDE);
    let at = o.index_of(&EventId::new("e27")).unwrap();
    assert_eq!(
        o.summary(Locale::En, Some(at)),
        "39 events, 1 March – 7 September 2015. You are at 14 July 2015."
    );
    assert_eq!(
        o.summary(Locale::Uk, Some(at)),
        "39 подій: 1 березня – 7 вересня 2015 р. Ви тут: 14 липня 2015 р."
    );
}

#[test]
fn the_strip_maps_back_to_days() {
    let s = story(
        "2015-03-20",
        &[
            ("a", exact("2015-03-01")),
            ("b", exact("2015-03-03")),
            ("c", exact("2015-03-30")),
        ],
    );
    let events: Vec<_> = s.events().iter().collect();
    let axis = Axis::new(&events, s.as_of().day());
    assert_eq!(axis.days_at(0.0), 0.0);
    assert_eq!(axis.days_at(axis.groups[1].x), 2.0);
    assert_eq!(axis.days_at(axis.groups[2].x), 29.0);
    let mid = (axis.groups[1].x + axis.groups[2].x) / 2.0;
    assert!((axis.days_at(mid) - 15.5).abs() < 1e-9);
    assert!(axis.days_at(-3.0) == 0.0 && axis.days_at(axis.length + 5.0) >= 29.0);
}

#[test]
fn a_busy_column_shows_its_first_events_and_always_the_open_one() {
    let ids: Vec<EventId> = (0..6).map(|i| EventId::new(format!("e{i}"))).collect();
    let names = |shown: &[&EventId]| {
        shown
            .iter()
            .map(|e| e.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    let (shown, hidden) = shown_in_column(&ids, None, false, 3);
    assert_eq!(
        (names(&shown), hidden),
        (vec!["e0".into(), "e1".into(), "e2".into()], 3)
    );
    let (shown, hidden) = shown_in_column(&ids, Some(&ids[4]), false, 3);
    assert_eq!(
        (names(&shown), hidden),
        (vec!["e0".into(), "e1".into(), "e4".into()], 3)
    );
    let (shown, hidden) = shown_in_column(&ids, Some(&ids[1]), false, 3);
    assert_eq!((shown.len(), hidden), (3, 3));
    let (shown, hidden) = shown_in_column(&ids, None, true, 3);
    assert_eq!((shown.len(), hidden), (6, 0));
    let (shown, hidden) = shown_in_column(&ids[..3], None, false, 3);
    assert_eq!((shown.len(), hidden), (3, 0));
}

#[test]
fn phases_are_bands_across_their_dates() {
    let mut events: Vec<(String, Value)> = regular(10, 10); // 1 March – 21 June 2015
    events.push((
        "round-1".into(),
        json!({"kind": "range", "start": "2015-03-11", "end": "2015-04-10"}),
    ));
    let s = {
        let events: Vec<Value> = borrowed(&events)
            .iter()
            .map(|(id, date)| {
                json!({"id": id, "title": id, "summary": "Something happened.", "date": date,
                       "phase": *id == "round-1"})
            })
            .collect();
        let text = json!({
            "version": 2, "id": "t", "title": "Talks", "summary": "Talks.", "language": "en",
            "published": "2015-06-21T12:00:00+00:00", "publisher": {"name": "Example News"},
            "events": events,
        });
        let parsed = parse(&text.to_string());
        assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
        parsed.story.unwrap()
    };
    let o = overview(&s, Layout::WIDE);
    assert_eq!(o.bands.len(), 1);
    let band = &o.bands[0];
    assert_eq!(o.event(band.event).unwrap().as_str(), "round-1");
    assert!((band.x0 - 10.0 / 112.0 * 100.0).abs() < 1e-9, "{band:?}");
    assert!((band.x1 - 40.0 / 112.0 * 100.0).abs() < 1e-9, "{band:?}");
}

#[test]
fn farther_zoom_levels_pack_the_columns_closer() {
    use talks_tracker_story::timeline::Zoom;
    let events = regular(20, 4);
    let s = story("2015-04-01", &borrowed(&events));
    let all: Vec<_> = s.events().iter().collect();
    let lengths: Vec<f64> = Zoom::ALL
        .iter()
        .map(|&zoom| Axis::zoomed(&all, s.as_of().day(), zoom).length)
        .collect();
    assert!(lengths.windows(2).all(|w| w[0] >= w[1]), "{lengths:?}");
    assert!(lengths[0] > lengths[2]);
    // Month: one column per group, side by side.
    let month = Axis::zoomed(&all, s.as_of().day(), Zoom::Month);
    assert_eq!(month.groups[19].x, 19.0);
    assert_eq!(Zoom::Day.step(true), Zoom::Day);
    assert_eq!(Zoom::Day.step(false), Zoom::Week);
    assert_eq!(Zoom::Story.step(false), Zoom::Story);
    assert_eq!(Zoom::Story.step(true), Zoom::Month);
}
