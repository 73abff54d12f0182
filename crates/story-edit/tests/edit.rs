//! The story editor's reducer (`talks_tracker_story_edit`): ids from names, renames
//! that follow every reference, removals that leave none dangling, dates, undo/redo.

use std::rc::Rc;

use story::references::Target;
use story::{parse, Day, EventDate, PartyId, SourceId, StoryFile, Timestamp};
use talks_tracker_story_edit::*;

fn now() -> Timestamp {
    Timestamp::parse("2026-01-10T09:00:00Z").unwrap()
}

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

/// Every story this repository ships with every field of format 2 (the Iran story) and the seed.
fn shipped(name: &str) -> StoryFile {
    let path = format!("{}/../../static/stories/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// (item path, target, id) of every reference in the file.
fn references(file: &StoryFile) -> Vec<(String, Target, String)> {
    let mut found = Vec::new();
    file.clone().references(&mut |item, field| {
        for id in field.ids() {
            found.push((
                format!("{item}.{}", field.field),
                field.target,
                id.to_string(),
            ));
        }
    });
    found
}

/// A story built the way the browser test builds one: two parties, three events, a source.
fn built() -> Editor {
    let mut editor = Editor::new(new_story(now()));
    for (field, text) in [
        (HeadField::Id, "trade-talks"),
        (HeadField::Title, "Trade talks"),
        (HeadField::Summary, "Two rounds so far."),
        (HeadField::Publisher, "Example News"),
    ] {
        editor.apply(Edit::Head(field, text.into()));
    }
    editor.apply(Edit::AddParty {
        name: "United States".into(),
    });
    editor.apply(Edit::AddParty {
        name: "European Union".into(),
    });
    editor.apply(Edit::AddSource {
        outlet: "Example Wire".into(),
    });
    for (i, title) in ["First round", "Second round", "Third round"]
        .into_iter()
        .enumerate()
    {
        editor.apply(Edit::AddEvent {
            title: title.into(),
            day: day("2026-01-05"),
        });
        editor.apply(Edit::Event(
            i,
            EventField::Summary(format!("Round {}.", i + 1)),
        ));
        editor.apply(Edit::Event(
            i,
            EventField::Participant(PartyId::new("united-states"), true),
        ));
        editor.apply(Edit::Event(
            i,
            EventField::Participant(PartyId::new("european-union"), true),
        ));
    }
    editor.apply(Edit::Event(
        0,
        EventField::Source(SourceId::new("example-wire"), true),
    ));
    editor.apply(Edit::Date(
        "events[1].date".to_string(),
        DateChange::Kind(DateKind::Approximate, day("2026-01-05")),
    ));
    editor.apply(Edit::Date(
        "events[1].date".to_string(),
        DateChange::Day(DatePart::End, "2026-01-08".into()),
    ));
    editor.apply(Edit::Date(
        "events[1].date".to_string(),
        DateChange::Text("last week".into()),
    ));
    editor.apply(Edit::Date(
        "events[2].date".to_string(),
        DateChange::Kind(DateKind::Expected, day("2026-01-05")),
    ));
    editor.apply(Edit::Date(
        "events[2].date".to_string(),
        DateChange::Day(DatePart::Start, "2026-01-12".into()),
    ));
    editor.apply(Edit::Date(
        "events[2].date".to_string(),
        DateChange::Day(DatePart::End, "2026-01-20".into()),
    ));
    editor.apply(Edit::Date(
        "events[2].date".to_string(),
        DateChange::Text("within ten days".into()),
    ));
    editor
}

#[test]
fn ids_come_from_names_and_stay_unique() {
    assert_eq!(
        new_id("Volodymyr Zelenskyy", "party", &[]),
        "volodymyr-zelenskyy"
    );
    // The importers' rule: Cyrillic is transliterated, as in every id made from a name.
    assert_eq!(new_id("Київ", "party", &[]), story::id_from_name("Київ"));
    assert_eq!(new_id("Київ", "party", &[]), "kyiv");
    assert_eq!(new_id("שלום", "party", &[]), "party");
    assert_eq!(new_id("EU", "party", &["eu", "eu-2"]), "eu-3");
    assert_eq!(new_id("שלום", "party", &["party"]), "party-2");
    let long = new_id(&"word ".repeat(40), "party", &[]);
    assert!(story::check_id(&format!("{long}-99")).is_ok(), "{long}");
}

#[test]
fn a_story_built_in_the_editor_validates_clean() {
    let editor = built();
    let parsed = parse(&editor.json());
    let problems: Vec<String> = parsed.diagnostics.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let story = parsed.story.unwrap();
    assert_eq!(story.events_by_date().len(), 3);
    let file = editor.file();
    assert_eq!(file.parties.len(), 2);
    assert_eq!(
        file.events[1].date,
        EventDate::Approximate {
            start: day("2026-01-05"),
            end: day("2026-01-08"),
            text: "last week".into(),
        }
    );
    assert!(matches!(file.events[2].date, EventDate::Expected { .. }));
    assert_eq!(file.events[0].sources, [SourceId::new("example-wire")]);
}

#[test]
fn an_empty_story_asks_for_its_texts() {
    let editor = Editor::new(new_story(now()));
    let paths: Vec<String> = parse(&editor.json())
        .diagnostics
        .iter()
        .map(|d| d.path().to_string())
        .collect();
    for path in ["id", "title", "summary", "publisher.name"] {
        assert!(paths.contains(&path.to_string()), "{path} in {paths:?}");
    }
}

#[test]
fn renaming_an_id_renames_every_reference_to_it() {
    for name in ["iran-2015.json", "paris-talks.json"] {
        let original = shipped(name);
        let before = references(&original);
        for target in [
            Target::Party,
            Target::Event,
            Target::Source,
            Target::Point,
            Target::Claim,
            Target::Track,
        ] {
            for id in ids(&original, target).into_iter().map(str::to_string) {
                let mut file = original.clone();
                let to = format!("{id}-renamed");
                rename_id(&mut file, target, &id, &to).unwrap();
                assert!(
                    ids(&file, target).contains(&to.as_str()),
                    "{name}: {id} renamed"
                );
                // The same references, with `to` wherever `id` was.
                let expected: Vec<_> = before
                    .iter()
                    .map(|(at, t, other)| {
                        let renamed = if *t == target && *other == id {
                            to.clone()
                        } else {
                            other.clone()
                        };
                        (at.clone(), *t, renamed)
                    })
                    .collect();
                assert_eq!(
                    references(&file),
                    expected,
                    "{name}: renaming {} {id}",
                    target.noun()
                );
                let problems = parse(&serde_json::to_string(&file).unwrap()).diagnostics;
                assert!(problems.is_empty(), "{name}: renaming {id}: {problems:?}");
            }
        }
    }
}

#[test]
fn renaming_counts_dates_from_another_event_too() {
    let mut file = shipped("iran-2015.json");
    let anchored: Vec<String> = file
        .events
        .iter()
        .filter_map(|e| e.date.anchor().map(|a| a.to_string()))
        .collect();
    assert!(
        !anchored.is_empty(),
        "the Iran story has a date counted from an event"
    );
    let anchor = anchored[0].clone();
    rename_id(&mut file, Target::Event, &anchor, "the-anchor").unwrap();
    assert!(file
        .events
        .iter()
        .any(|e| e.date.anchor().map(|a| a.as_str()) == Some("the-anchor")));
    assert!(file
        .events
        .iter()
        .all(|e| e.date.anchor().map(|a| a.as_str()) != Some(anchor.as_str())));
}

#[test]
fn a_rename_that_would_clash_or_is_malformed_changes_nothing() {
    let mut file = built().file().as_ref().clone();
    let before = file.clone();
    assert_eq!(
        rename_id(&mut file, Target::Party, "united-states", "european-union").unwrap_err(),
        "another party has the id \"european-union\""
    );
    assert!(rename_id(&mut file, Target::Party, "united-states", "u s").is_err());
    assert!(rename_id(&mut file, Target::Party, "nobody", "somebody").is_err());
    assert_eq!(file, before);
}

#[test]
fn a_rename_typed_in_the_form_follows_and_keeps_bad_text_pending() {
    let mut editor = built();
    editor.apply(Edit::Party(0, PartyField::Id("us".into())));
    let file = editor.file();
    assert_eq!(file.parties[0].id, PartyId::new("us"));
    assert!(file
        .events
        .iter()
        .all(|e| e.participants.contains(&PartyId::new("us"))));
    editor.apply(Edit::Party(0, PartyField::Id("u s".into())));
    assert_eq!(
        editor.file().parties[0].id,
        PartyId::new("us"),
        "the file keeps the last good id"
    );
    let pending = editor.pending("parties[0].id").unwrap();
    assert_eq!(pending.text, "u s");
    assert!(pending.problem.contains("' '"), "{}", pending.problem);
    editor.apply(Edit::Party(0, PartyField::Id("usa".into())));
    assert!(editor.pending("parties[0].id").is_none());
}

#[test]
fn removing_an_item_leaves_no_reference_dangling() {
    let mut editor = built();
    editor.apply(Edit::Remove(Target::Party, "united-states".into()));
    editor.apply(Edit::Remove(Target::Source, "example-wire".into()));
    let file = editor.file();
    assert_eq!(file.parties.len(), 1);
    assert!(file
        .events
        .iter()
        .all(|e| e.participants == [PartyId::new("european-union")]));
    assert!(file.events.iter().all(|e| e.sources.is_empty()));
    assert!(parse(&editor.json()).diagnostics.is_empty());
}

#[test]
fn dates_keep_their_days_and_wording_across_kinds() {
    let exact = EventDate::Exact {
        date: day("2026-01-05"),
        text: Some("on Monday".into()),
    };
    let range = date_as(&exact, DateKind::Range);
    assert_eq!(
        range,
        EventDate::Range {
            start: day("2026-01-05"),
            end: day("2026-01-05"),
            text: Some("on Monday".into())
        }
    );
    let earlier = date_with_day(&range, DatePart::End, day("2026-01-02"));
    assert_eq!(
        (earlier.start(), earlier.end()),
        (day("2026-01-02"), day("2026-01-02")),
        "a window never ends before it starts"
    );
    let approximate = date_as(&date_with_text(&range, ""), DateKind::Approximate);
    assert_eq!(approximate.text(), Some(""), "the wording is asked for");
    assert_eq!(
        date_as(&approximate, DateKind::Exact),
        EventDate::Exact {
            date: day("2026-01-05"),
            text: None
        }
    );
    for kind in DateKind::OFFERED {
        assert_eq!(DateKind::parse(kind.as_str()), Some(kind));
    }
}

#[test]
fn problems_name_their_fields_pending_text_first() {
    let mut editor = Editor::new(new_story(now()));
    editor.apply(Edit::Head(HeadField::Published, "soon".into()));
    let problems = editor.problems();
    assert_eq!(problems[0].path, "published");
    assert!(
        problems[0].message.ends_with("(not in the story yet)"),
        "{}",
        problems[0].message
    );
    let title = problems.iter().find(|p| p.path == "title").unwrap();
    assert_eq!(
        title.message,
        "must not be empty (the story cannot be shown)"
    );
}

#[test]
fn a_bad_day_or_time_stays_pending_with_its_problem() {
    let mut editor = built();
    let before = editor.file().clone();
    editor.apply(Edit::Head(HeadField::Published, "yesterday".into()));
    editor.apply(Edit::Date(
        "events[0].date".to_string(),
        DateChange::Day(DatePart::Start, "".into()),
    ));
    assert_eq!(editor.file(), &before);
    assert_eq!(editor.pending("published").unwrap().text, "yesterday");
    assert!(editor.pending("events[0].date.start").is_some());
    assert_eq!(editor.all_pending().count(), 2);
    editor.apply(Edit::Head(
        HeadField::Published,
        "2026-01-09T10:00:00+02:00".into(),
    ));
    assert!(editor.pending("published").is_none());
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let mut editor = Editor::new(new_story(now()));
    assert!(!editor.can_undo());
    for text in ["T", "Tr", "Tra", "Trade"] {
        editor.apply(Edit::Head(HeadField::Title, text.into()));
    }
    editor.apply(Edit::Head(HeadField::Summary, "S".into()));
    editor.apply(Edit::Head(HeadField::Summary, "Sum".into()));
    editor.apply(Edit::Undo);
    assert_eq!(editor.file().head.summary, "");
    assert_eq!(editor.file().head.title, "Trade");
    editor.apply(Edit::Undo);
    assert_eq!(editor.file().head.title, "");
    assert!(!editor.can_undo());
    editor.apply(Edit::Redo);
    editor.apply(Edit::Redo);
    assert_eq!(editor.file().head.summary, "Sum");
    assert!(!editor.can_redo());
    // Typing into the same field after an undo is a new step.
    editor.apply(Edit::Undo);
    editor.apply(Edit::Head(HeadField::Title, "Trade talks".into()));
    assert!(!editor.can_redo(), "a new edit drops the steps undone");
    editor.apply(Edit::Undo);
    assert_eq!(editor.file().head.title, "Trade");
}

#[test]
fn undo_and_redo_cover_adding_and_removing() {
    let mut editor = built();
    let full = editor.file().clone();
    editor.apply(Edit::Remove(Target::Event, "second-round".into()));
    assert_eq!(editor.file().events.len(), 2);
    editor.apply(Edit::Undo);
    assert_eq!(editor.file(), &full);
    editor.apply(Edit::Redo);
    assert_eq!(editor.file().events.len(), 2);
    let replaced = Rc::new(new_story(now()));
    editor.apply(Edit::Replace(replaced.clone()));
    assert!(Rc::ptr_eq(editor.file(), &replaced));
    editor.apply(Edit::Undo);
    assert_eq!(editor.file().events.len(), 2);
}

#[test]
fn the_history_is_bounded() {
    let mut editor = Editor::new(new_story(now()));
    for i in 0..HISTORY_LIMIT + 20 {
        editor.apply(Edit::AddParty {
            name: format!("Party {i}"),
        });
    }
    let mut undone = 0;
    while editor.can_undo() {
        editor.apply(Edit::Undo);
        undone += 1;
    }
    assert_eq!(undone, HISTORY_LIMIT);
}

#[test]
fn diagnostics_map_to_fields_and_fields_to_dom_ids() {
    assert!(concerns("events[2].date.start", "events[2].date"));
    assert!(concerns(
        "events[2].participants[0]",
        "events[2].participants"
    ));
    assert!(concerns("title", "title"));
    assert!(!concerns("events[21].title", "events[2]"));
    assert!(!concerns("titles", "title"));
    let ids = FieldIds::of("events[2].date.start");
    assert_eq!(
        (ids.input.as_str(), ids.problems.as_str(), ids.hint.as_str()),
        (
            "ed-f-events-2-date-start",
            "ed-p-events-2-date-start",
            "ed-h-events-2-date-start"
        )
    );
    assert_eq!(FieldIds::of("publisher.name").input, "ed-f-publisher-name");
}

#[test]
fn a_version_1_file_opens_at_the_current_version_and_saves_clean() {
    let path = format!(
        "{}/../story/tests/fixtures/v1-seed.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let v1 = std::fs::read_to_string(path).unwrap();
    assert!(v1.contains("\"version\": 1"), "the fixture is version 1");
    let opened = read_file(&v1).unwrap();
    assert_eq!(opened.head.version, story::FORMAT_VERSION);
    let saved = serde_json::to_string(&opened).unwrap();
    let parsed = parse(&saved);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    // Not JSON at all: a message, not a panic.
    assert!(read_file("{ not json").is_err());
}

fn later() -> Timestamp {
    Timestamp::parse("2026-01-12T15:30:00Z").unwrap()
}

/// [`built`] with every other part filled through the path edits the forms send:
/// a track, a point whose status changed, a position, a claim with a source, a
/// question, a next step and an update.
fn complete() -> Editor {
    let mut editor = built();
    let at = now();
    let mut apply = |edit: Edit| editor.apply_at(edit, at);
    apply(Edit::Add(List::Tracks, "Tariffs".into(), day("2026-01-10")));
    apply(Edit::Add(
        List::Points,
        "Steel tariffs".into(),
        day("2026-01-10"),
    ));
    apply(Edit::Set(
        "points[0].summary".into(),
        "Duties on steel.".into(),
    ));
    apply(Edit::Pick(
        "points[0].tracks".into(),
        "tariffs".into(),
        true,
    ));
    apply(Edit::Pick(
        "points[0].events".into(),
        "first-round".into(),
        true,
    ));
    apply(Edit::Push("points[0].positions".into(), day("2026-01-10")));
    apply(Edit::Set(
        "points[0].positions[0].stance".into(),
        "Wants them gone.".into(),
    ));
    apply(Edit::Status(StatusUpdate {
        point: 0,
        status: story::Status::Disputed,
        day: day("2026-01-09"),
        note: "The sides set out opposite demands.".into(),
        time: at,
        log: None,
    }));
    apply(Edit::Add(
        List::Claims,
        "We will not accept any tariff on steel".into(),
        day("2026-01-10"),
    ));
    apply(Edit::Set(
        "claims[0].attribution.speaker".into(),
        "united-states".into(),
    ));
    apply(Edit::Pick(
        "claims[0].sources".into(),
        "example-wire".into(),
        true,
    ));
    apply(Edit::Pick(
        "claims[0].points".into(),
        "steel-tariffs".into(),
        true,
    ));
    apply(Edit::Date(
        "claims[0].date".into(),
        DateChange::Kind(DateKind::Exact, day("2026-01-05")),
    ));
    apply(Edit::Add(
        List::Questions,
        "Will the tariffs go?".into(),
        day("2026-01-10"),
    ));
    apply(Edit::Set("questions[0].answer".into(), "Not yet.".into()));
    apply(Edit::Add(
        List::NextSteps,
        "Fourth round".into(),
        day("2026-01-10"),
    ));
    apply(Edit::Date(
        "next_steps[0].expected".into(),
        DateChange::Text("next week".into()),
    ));
    apply(Edit::Lines(
        "next_steps[0].conditions".into(),
        "a draft text\n\n  both sides attend \n".into(),
    ));
    apply(Edit::Log(LogEntry {
        kind: story::UpdateKind::Update,
        text: "Added the steel dispute.".into(),
        time: at,
        item: Some(("points".into(), "steel-tariffs".into())),
    }));
    editor
}

#[test]
fn every_part_filled_through_path_edits_validates_clean() {
    let editor = complete();
    let problems = editor.problems();
    assert!(problems.is_empty(), "{problems:#?}");
    let file = editor.file();
    let point = &file.points[0];
    assert_eq!(point.status, story::Status::Disputed);
    assert_eq!(point.positions[0].party, PartyId::new("united-states"));
    assert_eq!(point.positions[0].stance, "Wants them gone.");
    assert_eq!(
        file.claims[0].statement.as_deref(),
        Some("We will not accept any tariff on steel")
    );
    assert_eq!(file.claims[0].sources, [SourceId::new("example-wire")]);
    assert_eq!(
        file.next_steps[0].conditions,
        ["a draft text", "both sides attend"]
    );
    assert_eq!(
        file.updates[0].points,
        [story::PointId::new("steel-tariffs")]
    );
    assert_eq!(file.updates[0].time, now());
}

#[test]
fn a_status_change_keeps_the_old_status_in_the_history() {
    let editor = complete();
    let point = &editor.file().points[0];
    assert_eq!(point.history.len(), 1);
    let earlier = &point.history[0];
    assert_eq!(earlier.status, story::Status::InProgress);
    assert_eq!(earlier.note, "The sides set out opposite demands.");
    assert_eq!(earlier.until, Some(now()));
    // Held from the point's first event to the day it changed.
    assert_eq!(earlier.date.start(), day("2026-01-05"));
    assert_eq!(earlier.date.end(), day("2026-01-09"));

    let mut editor = editor;
    let change = |status| {
        Edit::Status(StatusUpdate {
            point: 0,
            status,
            day: day("2026-01-11"),
            note: "Agreed at the fourth round.".into(),
            time: later(),
            log: Some((story::UpdateKind::Update, "Steel tariffs agreed.".into())),
        })
    };
    editor.apply_at(change(story::Status::Disputed), later());
    assert_eq!(
        editor.file().points[0].history.len(),
        1,
        "no change, no entry"
    );
    editor.apply_at(change(story::Status::Agreed), later());
    let history = &editor.file().points[0].history;
    assert_eq!(history[1].status, story::Status::Disputed);
    // The second entry starts where the first ended.
    assert_eq!(history[1].date.start(), day("2026-01-09"));
    // The note for readers came in the same step.
    let update = editor.file().updates.last().unwrap();
    assert_eq!(update.text, "Steel tariffs agreed.");
    assert_eq!(update.points, [story::PointId::new("steel-tariffs")]);
    assert_eq!(editor.file().updates.len(), 2);
    assert!(editor.problems().is_empty(), "{:#?}", editor.problems());
    editor.apply(Edit::Undo);
    assert_eq!(editor.file().points[0].status, story::Status::Disputed);
    assert_eq!(editor.file().updates.len(), 1, "one step undoes both");
}

#[test]
fn stamps_mark_what_is_new_and_what_changed_after_it_was_added() {
    let mut editor = complete();
    let file = editor.file().clone();
    assert_eq!(file.points[0].added, Some(now()));
    // Changed in the session that added it: new to readers, not updated.
    assert_eq!(file.points[0].updated, None);
    assert_eq!(file.claims[0].added, Some(now()));

    // A later session changes it: the change is stamped.
    let mut next = Editor::new((*file).clone());
    next.apply_at(
        Edit::Set(
            "points[0].summary".into(),
            "Duties on steel and aluminium.".into(),
        ),
        later(),
    );
    assert_eq!(next.file().points[0].updated, Some(later()));
    assert_eq!(next.file().points[0].added, Some(now()));
    assert_eq!(next.file().claims[0].updated, None, "only the item changed");
    // Items from before stamps existed get `updated` too.
    next.apply_at(
        Edit::Set("events[0].place".into(), "Geneva".into()),
        later(),
    );
    assert_eq!(next.file().events[0].updated, Some(later()));
    assert!(next.problems().is_empty(), "{:#?}", next.problems());
    editor.apply(Edit::Undo);
}

#[test]
fn path_edits_refuse_what_the_format_cannot_take_and_keep_the_text() {
    let mut editor = complete();
    let before = editor.file().clone();
    editor.apply(Edit::Set(
        "claims[0].attribution.kind".into(),
        "rumour".into(),
    ));
    editor.apply(Edit::Set(
        "sources[0].published".into(),
        "2026-02-30".into(),
    ));
    assert_eq!(editor.file(), &before);
    let pending = editor.pending("claims[0].attribution.kind").unwrap();
    assert_eq!(pending.text, "rumour");
    assert!(
        pending.problem.contains("unknown variant"),
        "{}",
        pending.problem
    );
    assert!(editor.pending("sources[0].published").is_some());
    assert!(editor
        .problems()
        .iter()
        .any(|p| p.path == "claims[0].attribution.kind"));

    // Empty text removes an optional field and keeps a required one, empty.
    editor.apply(Edit::Set("events[0].place".into(), "Geneva".into()));
    assert_eq!(editor.file().events[0].place.as_deref(), Some("Geneva"));
    editor.apply(Edit::Set("events[0].place".into(), String::new()));
    assert_eq!(editor.file().events[0].place, None);
    editor.apply(Edit::Set("questions[0].answer".into(), String::new()));
    assert_eq!(editor.file().questions[0].answer, "");
    assert!(editor
        .problems()
        .iter()
        .any(|p| p.path == "questions[0].answer"));
}

#[test]
fn path_renames_and_removals_leave_no_reference_dangling() {
    let mut editor = complete();
    editor.apply(Edit::Set("points[0].id".into(), "steel".into()));
    let file = editor.file().clone();
    assert_eq!(file.claims[0].points, [story::PointId::new("steel")]);
    assert_eq!(file.updates[0].points, [story::PointId::new("steel")]);
    editor.apply(Edit::Set("tracks[0].id".into(), "duties".into()));
    assert_eq!(
        editor.file().points[0].tracks,
        [story::TrackId::new("duties")]
    );
    // A taken id is refused and kept as pending text.
    editor.apply(Edit::Set("events[1].id".into(), "first-round".into()));
    assert!(editor.pending("events[1].id").is_some());

    editor.apply(Edit::RemoveAt("points[0].positions[0]".into()));
    assert!(editor.file().points[0].positions.is_empty());
    editor.apply(Edit::RemoveAt("points[0]".into()));
    let file = editor.file().clone();
    assert!(file.points.is_empty());
    assert!(file.claims[0].points.is_empty());
    for (path, target, id) in references(&file) {
        assert!(ids(&file, target).contains(&id.as_str()), "{path} → {id}");
    }
    editor.apply(Edit::Date("claims[0].date".into(), DateChange::Clear));
    assert_eq!(editor.file().claims[0].date, None);
    editor.apply(Edit::Pick(
        "claims[0].sources".into(),
        "example-wire".into(),
        false,
    ));
    assert!(editor.file().claims[0].sources.is_empty());
}

#[test]
fn a_file_with_broken_items_opens_without_them_and_names_each() {
    let mut value: serde_json::Value = serde_json::to_value(&*complete().file().clone()).unwrap();
    value["events"][1].as_object_mut().unwrap().remove("title");
    value["claims"][0]["date"] = serde_json::json!({"kind": "exact", "date": "sometime"});
    let (file, left_out) = open_file(&value.to_string()).unwrap();
    let paths: Vec<&str> = left_out.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["events[1]", "claims[0]"]);
    assert!(
        left_out[0].message.contains("title"),
        "{}",
        left_out[0].message
    );
    assert_eq!(file.events.len(), 2);
    assert!(file.claims.is_empty());
    assert_eq!(file.points.len(), 1, "the rest opens");

    // Not JSON, or no head: nothing opens, and the reason says where.
    let broken = open_file("{\"title\": \"x\",").unwrap_err();
    assert!(broken.contains("line 1"), "{broken}");
    value.as_object_mut().unwrap().remove("published");
    assert!(open_file(&value.to_string())
        .unwrap_err()
        .contains("published"));
    // A whole file opens as it is.
    let whole = complete().json();
    assert!(open_file(&whole).unwrap().1.is_empty());
}

#[test]
fn a_points_single_track_opens_as_its_first_track() {
    let seed = std::fs::read_to_string(format!(
        "{}/../../static/stories/paris-talks.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let raw: serde_json::Value = serde_json::from_str(&seed).unwrap();
    let track = raw["points"][0]["track"].as_str().unwrap().to_string();
    let file = read_file(&seed).unwrap();
    assert_eq!(file.points[0].track, None);
    assert_eq!(file.points[0].tracks[0].as_str(), track);
    // Read the same by the widget: the story's points keep their tracks.
    let editor = Editor::new(file);
    let before = parse(&seed).story.unwrap();
    let after = parse(&editor.json()).story.unwrap();
    assert_eq!(
        before
            .points()
            .iter()
            .map(|p| p.tracks.clone())
            .collect::<Vec<_>>(),
        after
            .points()
            .iter()
            .map(|p| p.tracks.clone())
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_date_counted_from_another_event_is_edited_field_by_field() {
    let mut editor = complete();
    let mut file = (**editor.file()).clone();
    file.events[2].date = EventDate::After {
        event: story::EventId::new("first-round"),
        days: 30,
        text: "a month after the first round".into(),
        window: None,
    };
    editor.apply(Edit::Replace(Rc::new(file)));
    editor.apply(Edit::Set("events[2].date.days".into(), "90".into()));
    editor.apply(Edit::Set(
        "events[2].date.event".into(),
        "second-round".into(),
    ));
    match &editor.file().events[2].date {
        EventDate::After { event, days, .. } => {
            assert_eq!((event.as_str(), *days), ("second-round", 90));
        }
        other => panic!("{other:?}"),
    }
    editor.apply(Edit::Set("events[2].date.days".into(), "soon".into()));
    assert!(editor.pending("events[2].date.days").is_some());
    assert!(
        editor.problems().iter().all(|p| p.path != "events[2].date"),
        "{:#?}",
        editor.problems()
    );
}
