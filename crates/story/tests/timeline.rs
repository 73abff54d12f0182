//! The time axis: grouping events by date window, spacing the columns, the
//! bands of vague windows and where "now" falls.

use serde_json::{json, Value};
use talks_tracker_story::timeline::{
    Axis, BREAK_DAYS, COLUMNS_PER_DAY, MAX_STEP, WINDOW_MARGIN, WINDOW_THRESHOLD,
};
use talks_tracker_story::{parse, Day, EventDate, Story};

fn exact(day: &str) -> Value {
    json!({"kind": "exact", "date": day})
}

fn approx(start: &str, end: &str, text: &str) -> Value {
    json!({"kind": "approximate", "start": start, "end": end, "text": text})
}

fn expected(start: &str, end: &str, text: &str) -> Value {
    json!({"kind": "expected", "start": start, "end": end, "text": text})
}

fn range(start: &str, end: &str) -> Value {
    json!({"kind": "range", "start": start, "end": end})
}

/// A valid story whose "now" is `now` and whose events are `(id, date)`, in that order.
fn story(now: &str, events: &[(&str, Value)]) -> Story {
    let events: Vec<Value> = events
        .iter()
        .map(|(id, date)| json!({"id": id, "title": id, "summary": "Something happened.", "date": date}))
        .collect();
    let json = json!({
        "version": 1, "id": "t", "title": "Talks", "summary": "Talks.", "language": "en",
        "published": format!("{now}T12:00:00+00:00"),
        "publisher": {"name": "Example News"},
        "events": events,
    });
    let parsed = parse(&json.to_string());
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    parsed.story.expect("usable story")
}

/// The axis of all the story's events, against the story's "now".
fn axis(story: &Story) -> Axis {
    let events: Vec<_> = story.events().iter().collect();
    Axis::new(&events, story.as_of().day())
}

/// The event ids of each group.
fn groups(axis: &Axis) -> Vec<Vec<&str>> {
    axis.groups
        .iter()
        .map(|g| g.events.iter().map(|e| e.as_str()).collect())
        .collect()
}

fn xs(axis: &Axis) -> Vec<f64> {
    axis.groups.iter().map(|g| g.x).collect()
}

/// Each group takes one column: the next one starts at least a column later.
fn assert_columns_disjoint(axis: &Axis) {
    for pair in axis.groups.windows(2) {
        assert!(
            pair[1].x - pair[0].x >= 1.0,
            "columns overlap: {:?} then {:?}",
            pair[0],
            pair[1]
        );
    }
}

fn assert_close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 1e-9,
        "expected {expected}, got {actual}"
    );
}

#[test]
fn events_with_the_same_window_share_a_column_and_other_windows_do_not() {
    let story = story(
        "2026-01-10",
        &[
            ("summit", exact("2026-01-06")),
            (
                "after-talks",
                approx("2026-01-06", "2026-01-07", "after the first day"),
            ),
            ("coordination", exact("2026-01-06")),
            (
                "same-day-worded",
                json!({"kind": "exact", "date": "2026-01-06", "text": "on Tuesday"}),
            ),
            ("two-days", range("2026-01-06", "2026-01-07")),
        ],
    );
    let axis = axis(&story);
    // Exact dates on one day share a group whatever their wording, in story order.
    // Every other event differs in kind or end: a group of its own.
    let mut found = groups(&axis);
    found.sort();
    assert_eq!(
        found,
        [
            vec!["after-talks"],
            vec!["summit", "coordination", "same-day-worded"],
            vec!["two-days"]
        ]
    );
    assert_eq!(axis.groups.len(), 3);
    for group in &axis.groups {
        for id in &group.events {
            let date = &story.event(id).unwrap().date;
            assert_eq!(
                date.sort_key(),
                group.date.sort_key(),
                "{id} is in a group with another window"
            );
        }
        assert_eq!(group.pause_before, None, "all start on the same day");
    }
    assert_columns_disjoint(&axis);
    // Same start day, so each next group is exactly one column further.
    for pair in axis.groups.windows(2) {
        assert_close(pair[1].x - pair[0].x, 1.0);
    }
    assert_eq!(
        axis.group_of(&story.events()[2].id),
        axis.group_of(&story.events()[0].id)
    );
    assert_ne!(
        axis.group_of(&story.events()[1].id),
        axis.group_of(&story.events()[0].id)
    );
}

#[test]
fn groups_are_spaced_by_days_clamped_and_long_pauses_are_labelled() {
    assert_eq!(
        (COLUMNS_PER_DAY, MAX_STEP, BREAK_DAYS),
        (0.5, 2.5, 5),
        "the steps below assume these"
    );
    let story = story(
        "2026-03-01",
        &[
            ("d0", exact("2026-01-01")),
            ("d1", exact("2026-01-02")), // 1 day: 0.5 columns, clamped up to 1
            ("d5", exact("2026-01-06")), // 4 days: 2 columns
            ("d8", exact("2026-01-09")), // 3 days: 1.5 columns
            ("d13", exact("2026-01-14")), // 5 days: 2.5 columns, not yet a labelled pause
            ("d19", exact("2026-01-20")), // 6 days: 3 columns, clamped down to 2.5, labelled
            ("d49", exact("2026-02-19")), // 30 days: clamped to 2.5, labelled
        ],
    );
    let axis = axis(&story);
    assert_eq!(groups(&axis).len(), 7);
    let steps: Vec<f64> = xs(&axis).windows(2).map(|w| w[1] - w[0]).collect();
    let want = [1.0, 2.0, 1.5, 2.5, 2.5, 2.5];
    assert_eq!(steps.len(), want.len());
    for (step, want) in steps.iter().zip(want) {
        assert_close(*step, want);
    }
    assert_close(steps[5], MAX_STEP);
    assert_close(axis.groups[0].x, 0.0);
    let pauses: Vec<Option<i64>> = axis.groups.iter().map(|g| g.pause_before).collect();
    assert_eq!(pauses, [None, None, None, None, None, Some(6), Some(30)]);
    assert_columns_disjoint(&axis);
}

#[test]
fn events_given_out_of_order_come_out_sorted() {
    let story = story(
        "2026-01-20",
        &[
            ("late", exact("2026-01-09")),
            ("early", exact("2026-01-02")),
            (
                "next",
                expected("2026-01-17", "2026-01-20", "within a week"),
            ),
            ("middle", exact("2026-01-05")),
        ],
    );
    let axis = axis(&story);
    assert_eq!(groups(&axis), [["early"], ["middle"], ["late"], ["next"]]);
    let starts: Vec<Day> = axis.groups.iter().map(|g| g.date.start()).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
    assert!(xs(&axis).windows(2).all(|w| w[0] < w[1]));

    let by_date: Vec<&str> = story
        .events_by_date()
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(by_date, ["early", "middle", "late", "next"]);
    // The input order does not matter.
    let reversed: Vec<_> = story.events().iter().rev().collect();
    assert_eq!(Axis::new(&reversed, story.as_of().day()).groups.len(), 4);
    assert_eq!(
        groups(&Axis::new(&reversed, story.as_of().day())),
        groups(&axis)
    );
}

#[test]
fn interleaved_wordings_of_one_window_are_still_grouped_by_identical_window() {
    let story = story(
        "2026-01-10",
        &[
            ("w1", approx("2026-01-05", "2026-01-09", "this week")),
            (
                "other-words",
                approx("2026-01-05", "2026-01-09", "in recent days"),
            ),
            ("w2", approx("2026-01-05", "2026-01-09", "this week")),
            ("exact", exact("2026-01-05")),
            (
                "expected-same-days",
                expected("2026-01-05", "2026-01-09", "this week"),
            ),
            ("w3", approx("2026-01-05", "2026-01-09", "this week")),
        ],
    );
    let axis = axis(&story);
    let found = groups(&axis);
    assert_eq!(found.len(), 4, "{found:?}");
    // One group per distinct window, its events in story order.
    assert!(found.contains(&vec!["w1", "w2", "w3"]), "{found:?}");
    assert!(found.contains(&vec!["other-words"]), "{found:?}");
    for (i, a) in axis.groups.iter().enumerate() {
        for b in &axis.groups[i + 1..] {
            assert_ne!(a.date, b.date, "one window split over two groups");
        }
    }
    // The exact one-day event ends first, so it comes first.
    assert_eq!(found[0], ["exact"]);
    assert_columns_disjoint(&axis);

    let by_date: Vec<&str> = story
        .events_by_date()
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    let pos = |id: &str| by_date.iter().position(|e| *e == id).unwrap();
    assert_eq!(pos("w2"), pos("w1") + 1);
    assert_eq!(pos("w3"), pos("w2") + 1);
}

#[test]
fn sort_key_orders_by_start_then_end_and_keeps_equal_windows_together() {
    let date = |v: Value| serde_json::from_value::<EventDate>(v).unwrap();
    let a = date(exact("2026-01-05"));
    let b = date(range("2026-01-05", "2026-01-06"));
    let c = date(approx("2026-01-05", "2026-01-09", "this week"));
    let d = date(exact("2026-01-06"));
    assert!(
        a.sort_key() < b.sort_key(),
        "same start: the earlier end first"
    );
    assert!(b.sort_key() < c.sort_key());
    assert!(
        c.sort_key() < d.sort_key(),
        "a later start comes after, however long the window"
    );
    // Same days: kind and wording decide, and identical dates give identical keys.
    let same_days = date(approx("2026-01-05", "2026-01-05", "that day"));
    assert!(a.sort_key() < same_days.sort_key());
    let this_week = date(approx("2026-01-05", "2026-01-09", "this week"));
    assert_eq!(c.sort_key(), this_week.sort_key());
    let recent = date(approx("2026-01-05", "2026-01-09", "in recent days"));
    assert_ne!(c.sort_key(), recent.sort_key());
}

#[test]
fn vague_windows_longer_than_a_day_get_a_band_over_the_groups_they_cover() {
    let story = story(
        "2026-01-20",
        &[
            ("week", approx("2026-01-05", "2026-01-09", "this week")),
            ("tue", exact("2026-01-06")),
            ("wed", exact("2026-01-07")),
            ("later", exact("2026-01-12")),
        ],
    );
    let axis = axis(&story);
    assert_eq!(groups(&axis), [["week"], ["tue"], ["wed"], ["later"]]);
    assert_eq!(
        axis.spans.len(),
        1,
        "only the approximate window gets a band: {:?}",
        axis.spans
    );
    let span = &axis.spans[0];
    assert_eq!(span.group, 0);
    assert_close(span.x0, axis.groups[0].x);
    assert!(
        span.x1 > span.x0 + 1.0,
        "a five-day window is wider than one column: {span:?}"
    );
    // The 6th and 7th lie inside the window: their columns lie inside the band.
    for covered in &axis.groups[1..3] {
        assert!(
            covered.x >= span.x0 && covered.x + 1.0 <= span.x1,
            "{covered:?} not under {span:?}"
        );
    }
    assert!(axis.length >= span.x1);
}

#[test]
fn exact_ranges_and_one_day_vague_dates_get_no_band() {
    let story = story(
        "2026-01-20",
        &[
            ("exact", exact("2026-01-05")),
            ("range", range("2026-01-06", "2026-01-09")),
            ("one-day", approx("2026-01-10", "2026-01-10", "on Saturday")),
            (
                "one-day-expected",
                expected("2026-01-12", "2026-01-12", "on Monday"),
            ),
        ],
    );
    assert_eq!(axis(&story).spans, []);

    let story = self::story(
        "2026-01-10",
        &[
            ("now", exact("2026-01-10")),
            (
                "next",
                expected("2026-01-17", "2026-01-20", "within 7–10 days"),
            ),
        ],
    );
    let axis = axis(&story);
    assert_eq!(axis.spans.len(), 1);
    assert_eq!(axis.spans[0].group, 1);
    assert!(axis.spans[0].x1 > axis.spans[0].x0 + 1.0);
}

#[test]
fn now_between_two_groups_lies_strictly_between_them() {
    let story = story(
        "2026-01-06",
        &[
            ("before", exact("2026-01-02")),
            ("after", exact("2026-01-12")),
        ],
    );
    let axis = axis(&story);
    let (a, b) = (axis.groups[0].x, axis.groups[1].x);
    assert!(
        a < axis.now_x && axis.now_x < b,
        "now {} not between {a} and {b}",
        axis.now_x
    );
    assert!(axis.length >= b + 1.0 && axis.length >= axis.now_x);

    // On a group's own day, now is at that group.
    let story = self::story(
        "2026-01-02",
        &[
            ("today", exact("2026-01-02")),
            ("later", exact("2026-01-12")),
        ],
    );
    let axis = self::axis(&story);
    assert_close(axis.now_x, axis.groups[0].x);
}

#[test]
fn now_after_the_last_group_lies_after_it_and_the_axis_reaches_it() {
    let story = story(
        "2026-01-20",
        &[("a", exact("2026-01-02")), ("b", exact("2026-01-05"))],
    );
    let axis = axis(&story);
    let last = axis.groups.last().unwrap().x;
    assert!(
        axis.now_x > last,
        "now {} not after the last group at {last}",
        axis.now_x
    );
    // Spacing never closer than a column holds for now as well.
    assert!(
        axis.now_x >= last + 1.0,
        "now {} inside the last column at {last}",
        axis.now_x
    );
    assert!(axis.length >= last + 1.0);
    assert!(axis.length >= axis.now_x);

    // Now before everything stays at the start.
    let story = self::story(
        "2026-01-01",
        &[("a", exact("2026-01-02")), ("b", exact("2026-01-05"))],
    );
    let axis = self::axis(&story);
    assert!(axis.now_x <= axis.groups[0].x);
}

#[test]
fn the_length_covers_the_last_column_every_band_and_now() {
    let story = story(
        "2026-01-10",
        &[
            ("a", exact("2026-01-05")),
            ("b", exact("2026-01-08")),
            ("c", expected("2026-01-12", "2026-03-31", "within weeks")),
        ],
    );
    let axis = axis(&story);
    let last = axis.groups.last().unwrap();
    assert!(axis.length >= last.x + 1.0);
    assert_eq!(axis.spans.len(), 1);
    assert!(
        axis.spans[0].x1 > last.x + 1.0,
        "a window reaching far past its start ends past its column"
    );
    assert!(axis.length >= axis.spans[0].x1);
    assert!(axis.now_x > axis.groups[1].x && axis.now_x < last.x);
    assert!(axis.length >= axis.now_x);
}

#[test]
fn the_seed_story_lays_out_every_event_once_without_overlap() {
    let parsed = parse(include_str!("../../../static/stories/paris-talks.json"));
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    let story = parsed.story.unwrap();
    let axis = axis(&story);

    let slots: usize = axis.groups.iter().map(|g| g.events.len()).sum();
    assert_eq!(slots, story.events().len());
    for event in story.events() {
        let holding = axis
            .groups
            .iter()
            .filter(|g| g.events.contains(&event.id))
            .count();
        assert_eq!(holding, 1, "{} is in {holding} groups", event.id);
        let group = &axis.groups[axis.group_of(&event.id).unwrap()];
        assert_eq!(
            group.date.sort_key(),
            event.date.sort_key(),
            "{} is grouped with another window",
            event.id
        );
    }
    for (i, a) in axis.groups.iter().enumerate() {
        for b in &axis.groups[i + 1..] {
            assert_ne!(
                a.date.sort_key(),
                b.date.sort_key(),
                "one window split over two groups"
            );
        }
    }
    assert_columns_disjoint(&axis);

    let meeting = story
        .events()
        .iter()
        .find(|e| e.id.as_str() == "zelenskyy-trump-meeting")
        .unwrap();
    assert!(meeting.date.is_expected());
    let group = &axis.groups[axis.group_of(&meeting.id).unwrap()];
    assert!(
        group.x > axis.now_x,
        "the expected meeting at {} is not after now at {}",
        group.x,
        axis.now_x
    );
    // Everything that has already happened sits at or before now.
    let now = story.as_of().day();
    for group in axis.groups.iter().filter(|g| g.date.start() <= now) {
        assert!(group.x <= axis.now_x, "{group:?} after now {}", axis.now_x);
    }
    assert!(axis.length >= axis.now_x && axis.spans.iter().all(|s| axis.length >= s.x1));
}

/// An exact date written with an empty wording sorts like one with none; grouping
/// must agree, or story order would split identical windows (a bug found here).
#[test]
fn an_empty_wording_does_not_split_identical_windows() {
    let story = story(
        "2026-01-10",
        &[
            ("a", exact("2026-01-06")),
            (
                "b",
                json!({"kind": "exact", "date": "2026-01-06", "text": ""}),
            ),
            ("c", exact("2026-01-06")),
        ],
    );
    let axis = axis(&story);
    for (i, a) in axis.groups.iter().enumerate() {
        for b in &axis.groups[i + 1..] {
            assert_ne!(
                a.date,
                b.date,
                "one window split over two groups: {:?}",
                groups(&axis)
            );
        }
    }
}

/// The day `offset` days after 1 January 2026, as YYYY-MM-DD.
fn day_after_new_year(offset: usize) -> String {
    let (mut year, mut month, mut day) = (2026, 1, 1);
    for _ in 0..offset {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let length = [
            31,
            if leap { 29 } else { 28 },
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ][month - 1];
        day += 1;
        if day > length {
            day = 1;
            month += 1;
            if month > 12 {
                month = 1;
                year += 1;
            }
        }
    }
    format!("{year:04}-{month:02}-{day:02}")
}

/// A story of `n` events, one every two days from 1 January 2026 (so each has its own column).
fn long_story(n: usize) -> Story {
    let days: Vec<String> = (0..n).map(|i| day_after_new_year(2 * i)).collect();
    let events: Vec<(String, Value)> = days
        .iter()
        .enumerate()
        .map(|(i, d)| (format!("e{i}"), exact(d)))
        .collect();
    let refs: Vec<(&str, Value)> = events
        .iter()
        .map(|(id, v)| (id.as_str(), v.clone()))
        .collect();
    story(&days[0], &refs)
}

#[test]
fn short_timelines_render_whole() {
    let story = long_story(WINDOW_THRESHOLD);
    let axis = axis(&story);
    assert_eq!(axis.window(5..6), 0..WINDOW_THRESHOLD);
}

#[test]
fn long_timelines_render_a_window_around_what_the_reader_sees() {
    let n = 1000;
    let story = long_story(n);
    let axis = axis(&story);
    assert_eq!(axis.groups.len(), n);
    // Around one selected column in the middle: the margin on both sides.
    assert_eq!(
        axis.window(500..501),
        500 - WINDOW_MARGIN..501 + WINDOW_MARGIN
    );
    // At the ends the window keeps its size, inside the timeline.
    assert_eq!(axis.window(0..1), 0..2 * WINDOW_MARGIN);
    assert_eq!(axis.window(n - 1..n), n - 2 * WINDOW_MARGIN..n);
    // A wide view (a scrolled strip) is covered whole.
    let wide = axis.window(300..420);
    assert!(wide.start <= 300 && wide.end >= 420);
    // Out-of-range focus is clamped, never panics.
    assert_eq!(axis.window(5000..6000), n - 2 * WINDOW_MARGIN..n);
}

#[test]
fn groups_between_finds_the_columns_in_view() {
    let story = long_story(300);
    let axis = axis(&story);
    // Columns are one step apart: two days at COLUMNS_PER_DAY.
    let step = 2.0 * COLUMNS_PER_DAY;
    let found = axis.groups_between(10.0 * step + 0.5, 20.0 * step);
    // Group 10 spans [10·step, 10·step + 1), so it overlaps; group 20 starts at the edge.
    assert_eq!(found, 10..20);
    assert_eq!(axis.groups_between(-5.0, 0.0), 0..0);
    assert_eq!(axis.groups_between(1e9, 2e9), 300..300);
}

#[test]
fn the_time_order_is_a_cache_that_does_not_change_the_story() {
    // Events listed out of order: the index must sort them, once, and stay invisible.
    let story_a = story(
        "2026-01-10",
        &[
            ("late", exact("2026-01-09")),
            ("early", exact("2026-01-02")),
            ("middle", exact("2026-01-05")),
        ],
    );
    let story_b = story_a.clone();
    let order = |s: &Story| {
        s.events_by_date()
            .iter()
            .map(|e| e.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(order(&story_a), ["early", "middle", "late"]);
    assert_eq!(
        order(&story_a),
        ["early", "middle", "late"],
        "the second call reads the cache"
    );
    assert_eq!(
        story_a, story_b,
        "a filled cache does not make stories differ"
    );
    assert_eq!(order(&story_b), ["early", "middle", "late"]);
}
