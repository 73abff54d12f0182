//! Editing a story file: the state of the story editor (`/editor.html`) as a pure
//! reducer over the model crate's [`StoryFile`], with its undo history.
//!
//! The editor's components only send [`Edit`]s; every rule (ids from names, renames
//! that follow every reference, removals that leave none dangling, dates as a
//! reporter enters them) is here, tested natively in `tests/edit.rs`. Like the model
//! crate it has no web dependencies. It is a crate of its own, not a module of the
//! model crate, so that the reader's wasm stays byte for byte what it was: code added
//! to the model crate changes how the compiler optimises the code the reader shares
//! with it, even when the reader never calls the new code.
//!
//! # From the top
//!
//! ```
//! use story::{parse, PartyId, Timestamp};
//! use talks_tracker_story_edit::{new_story, Edit, EventField, Editor, HeadField, PartyField};
//!
//! let now = Timestamp::parse("2026-01-10T09:00:00Z").unwrap();
//! let mut editor = Editor::new(new_story(now));
//! editor.apply(Edit::Head(HeadField::Title, "Trade talks".into()));
//! editor.apply(Edit::AddParty { name: "United States".into() });
//! editor.apply(Edit::AddEvent { title: "First round".into(), day: now.day() });
//! let us = PartyId::new("united-states");
//! editor.apply(Edit::Event(0, EventField::Participant(us, true)));
//!
//! // Renaming the party's id renames the event's reference to it.
//! editor.apply(Edit::Party(0, PartyField::Id("usa".into())));
//! assert_eq!(editor.file().events[0].participants, [PartyId::new("usa")]);
//!
//! // The story is not finished: the validator's problems name their fields.
//! let problems = editor.problems();
//! assert!(problems.iter().any(|p| p.path == "events[0].summary"));
//! assert!(parse(&editor.json()).diagnostics.len() == problems.len());
//!
//! editor.apply(Edit::Undo);
//! assert_eq!(editor.file().parties[0].id, PartyId::new("united-states"));
//! ```
//!
//! Implementation notes:
//! - Typing in one field is one undo step: consecutive edits of the same field
//!   (the same JSON path) replace the newest history entry instead of adding one.
//! - Text that cannot go into the file yet (a half-typed time, an invalid id) is
//!   kept as the field's *pending* text with its problem, and the file keeps its
//!   last good value, so the form never loses what the producer typed.
//! - Renames reuse [`StoryFile::references`], the one list of reference fields,
//!   through the JSON paths it reports, so a reference field added there is renamed too.

#![deny(missing_docs)]

use std::collections::BTreeMap;
use std::rc::Rc;

use serde_json::Value;
use story::references::{Slot, Target};
use story::*;

mod paths;

use paths::Refused;

pub use paths::{item_of, DateChange, List, LogEntry, StatusUpdate};
pub mod embed;
pub mod import;

/// How many undo steps the editor keeps.
pub const HISTORY_LIMIT: usize = 200;

/// An empty story to start from: format version [`FORMAT_VERSION`], in English,
/// published `now`. Its empty texts are what the validator asks for first.
pub fn new_story(now: Timestamp) -> StoryFile {
    StoryFile {
        head: StoryHead {
            version: FORMAT_VERSION,
            id: StoryId::new(""),
            title: String::new(),
            summary: String::new(),
            language: "en".into(),
            published: now,
            updated: None,
            publisher: Publisher {
                name: String::new(),
                url: None,
            },
            canonical_url: None,
        },
        parties: Vec::new(),
        tracks: Vec::new(),
        events: Vec::new(),
        points: Vec::new(),
        claims: Vec::new(),
        questions: Vec::new(),
        next_steps: Vec::new(),
        sources: Vec::new(),
        updates: Vec::new(),
    }
}

/// Reads a story file as the editor opens it: every field as written, nothing checked
/// (the editor shows the validator's problems beside the fields instead). An older
/// format version is brought to the current one first, as `talks-tracker migrate`
/// does, and a point's single `track` joins its `tracks`, so what the producer saves
/// is current.
pub fn read_file(json: &str) -> Result<StoryFile, String> {
    let migrated = story::migrate::migrate(json).map(|m| m.into_text());
    let text = migrated.as_deref().unwrap_or(json);
    let mut file: StoryFile = serde_json::from_str(text).map_err(|e| e.to_string())?;
    current_spelling(&mut file);
    Ok(file)
}

/// Writes what the file says in an older spelling the current way, so the form has
/// one field for it: a point's `track` joins its `tracks`.
fn current_spelling(file: &mut StoryFile) {
    for point in &mut file.points {
        if let Some(track) = point.track.take() {
            if !point.tracks.contains(&track) {
                point.tracks.insert(0, track);
            }
        }
    }
}

/// Opens a story file for editing, as [`read_file`] does, but a file with a broken
/// item still opens: each item the format cannot read (a missing title, a date that
/// is not one) is left out, and named with why, so the producer can add it again.
/// Only a file that is not JSON, or whose head cannot be read, does not open.
pub fn open_file(json: &str) -> Result<(StoryFile, Vec<Problem>), String> {
    if let Ok(file) = read_file(json) {
        return Ok((file, Vec::new()));
    }
    let migrated = story::migrate::migrate(json).map(|m| m.into_text());
    let text = migrated.as_deref().unwrap_or(json);
    let mut value: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let mut left_out = Vec::new();
    fn keep<T: serde::de::DeserializeOwned>(
        value: &mut Value,
        list: &str,
        left_out: &mut Vec<Problem>,
    ) {
        let Some(items) = value.get_mut(list) else {
            return;
        };
        let Some(array) = items.as_array_mut() else {
            left_out.push(Problem {
                path: list.to_string(),
                message: "not a list: left out".into(),
            });
            *items = Value::Array(Vec::new());
            return;
        };
        let mut index = 0;
        array.retain(|item| {
            let kept = serde_json::from_value::<T>(item.clone());
            if let Err(why) = &kept {
                left_out.push(Problem {
                    path: format!("{list}[{index}]"),
                    message: format!("left out ({why}); add it again here, or fix it in the file"),
                });
            }
            index += 1;
            kept.is_ok()
        });
    }
    keep::<Party>(&mut value, "parties", &mut left_out);
    keep::<Track>(&mut value, "tracks", &mut left_out);
    keep::<Event>(&mut value, "events", &mut left_out);
    keep::<Point>(&mut value, "points", &mut left_out);
    keep::<Claim>(&mut value, "claims", &mut left_out);
    keep::<Question>(&mut value, "questions", &mut left_out);
    keep::<NextStep>(&mut value, "next_steps", &mut left_out);
    keep::<Source>(&mut value, "sources", &mut left_out);
    keep::<Update>(&mut value, "updates", &mut left_out);
    let mut file = serde_json::from_value(value).map_err(|e| format!("the story's head: {e}"))?;
    current_spelling(&mut file);
    Ok((file, left_out))
}

/// A new item's id, made from its name by the one rule for ids from names
/// ([`story::id_from_name`], the importers' rule) and unique among `taken`:
/// "Volodymyr Zelenskyy" becomes `volodymyr-zelenskyy`, a second one
/// `volodymyr-zelenskyy-2`. A name with no letter that folds to ASCII gives `fallback`.
pub fn new_id(name: &str, fallback: &str, taken: &[&str]) -> String {
    let made = id_from_name(name);
    let base = if made.is_empty() { fallback } else { &made };
    if !taken.contains(&base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken.contains(&candidate.as_str()))
        .expect("a free suffix")
}

/// The ids of the list `target` names, in file order.
pub fn ids(file: &StoryFile, target: Target) -> Vec<&str> {
    fn of<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<&str> {
        items.iter().map(id).collect()
    }
    match target {
        Target::Party => of(&file.parties, |p| p.id.as_str()),
        Target::Track => of(&file.tracks, |t| t.id.as_str()),
        Target::Event => of(&file.events, |e| e.id.as_str()),
        Target::Point => of(&file.points, |p| p.id.as_str()),
        Target::Claim => of(&file.claims, |c| c.id.as_str()),
        Target::Source => of(&file.sources, |s| s.id.as_str()),
    }
}

/// The JSON pointer of a diagnostic-style path: `events[2].participants[1]` is
/// `/events/2/participants/1`.
fn pointer(path: &str) -> String {
    let mut pointer = String::from("/");
    for c in path.chars() {
        match c {
            '.' | '[' => pointer.push('/'),
            ']' => {}
            c => pointer.push(c),
        }
    }
    pointer
}

/// Renames the item `from` of the list `target` to `to`, and every reference to it.
///
/// Fails, changing nothing, when `to` is not a well-formed id, another item of the
/// list has it, or no item has the id `from`.
pub fn rename_id(file: &mut StoryFile, target: Target, from: &str, to: &str) -> Result<(), String> {
    check_id(to)?;
    if from == to {
        return Ok(());
    }
    let taken = ids(file, target);
    let at = taken
        .iter()
        .position(|id| *id == from)
        .ok_or_else(|| format!("no {} has the id {from:?}", target.noun()))?;
    if taken.contains(&to) {
        return Err(format!("another {} has the id {to:?}", target.noun()));
    }
    let mut paths = vec![format!("{}[{at}].id", target.list())];
    file.references(&mut |item, field| {
        if field.target != target {
            return;
        }
        let many = matches!(field.slot, Slot::Many(_));
        for (i, id) in field.ids().into_iter().enumerate() {
            if id == from {
                paths.push(field.path(item, many.then_some(i)));
            }
        }
    });
    if target == Target::Event {
        // Dates counted from another event hold its id too.
        let dates = (file.events.iter().map(|e| &e.date).enumerate())
            .map(|(i, date)| (format!("events[{i}].date.event"), date))
            .chain(
                (file.next_steps.iter().map(|s| &s.expected).enumerate())
                    .map(|(i, date)| (format!("next_steps[{i}].expected.event"), date)),
            );
        for (path, date) in dates {
            if date.anchor().map(EventId::as_str) == Some(from) {
                paths.push(path);
            }
        }
    }
    let mut value = serde_json::to_value(&*file).map_err(|e| e.to_string())?;
    for path in &paths {
        match value.pointer_mut(&pointer(path)) {
            Some(slot) => *slot = Value::String(to.to_string()),
            None => return Err(format!("{path}: not found while renaming")),
        }
    }
    *file = serde_json::from_value(value).map_err(|e| e.to_string())?;
    Ok(())
}

/// Removes the item `id` of the list `target` and every reference to it, so none dangles.
pub fn remove_item(file: &mut StoryFile, target: Target, id: &str) {
    fn drop_id<T>(items: &mut Vec<T>, id: &str, of: impl Fn(&T) -> &str) {
        items.retain(|item| of(item) != id);
    }
    match target {
        Target::Party => drop_id(&mut file.parties, id, |p| p.id.as_str()),
        Target::Track => drop_id(&mut file.tracks, id, |t| t.id.as_str()),
        Target::Event => drop_id(&mut file.events, id, |e| e.id.as_str()),
        Target::Point => drop_id(&mut file.points, id, |p| p.id.as_str()),
        Target::Claim => drop_id(&mut file.claims, id, |c| c.id.as_str()),
        Target::Source => drop_id(&mut file.sources, id, |s| s.id.as_str()),
    }
    file.references(&mut |_, field| {
        if field.target != target {
            return;
        }
        match field.slot {
            Slot::One(one) => {
                if one.id() == Some(id) {
                    one.clear();
                }
            }
            Slot::Many(many) => many.retain_ids(&mut |_, other| other != id),
        }
    });
}

/// The kinds of date a producer picks from: how a reporter knows when it happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateKind {
    /// One known day.
    Exact,
    /// Several known days.
    Range,
    /// A vague past date, with its wording ("last week").
    Approximate,
    /// Not yet happened, with its wording ("within 7–10 days").
    Expected,
    /// Counted from another event (read from a file; not offered for new dates).
    After,
}

impl DateKind {
    /// The kinds offered in the form, in order.
    pub const OFFERED: [DateKind; 4] = [
        DateKind::Exact,
        DateKind::Range,
        DateKind::Approximate,
        DateKind::Expected,
    ];

    /// The kind of a date.
    pub fn of(date: &EventDate) -> DateKind {
        match date {
            EventDate::Exact { .. } => DateKind::Exact,
            EventDate::Range { .. } => DateKind::Range,
            EventDate::Approximate { .. } => DateKind::Approximate,
            EventDate::Expected { .. } => DateKind::Expected,
            EventDate::After { .. } => DateKind::After,
        }
    }

    /// The JSON spelling, also the value of the form's choice.
    pub fn as_str(self) -> &'static str {
        match self {
            DateKind::Exact => "exact",
            DateKind::Range => "range",
            DateKind::Approximate => "approximate",
            DateKind::Expected => "expected",
            DateKind::After => "after",
        }
    }

    /// The kind from its JSON spelling.
    pub fn parse(kind: &str) -> Option<DateKind> {
        [DateKind::After]
            .into_iter()
            .chain(DateKind::OFFERED)
            .find(|k| k.as_str() == kind)
    }

    /// The choice in the editor's words.
    pub fn label_en(self) -> &'static str {
        match self {
            DateKind::Exact => "An exact day",
            DateKind::Range => "A range of days",
            DateKind::Approximate => "Approximately (\"last week\")",
            DateKind::Expected => "Expected (\"within 7–10 days\")",
            DateKind::After => "Counted from another event",
        }
    }
}

/// Which part of an event's date a form field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    /// The day, or the first day of a window.
    Start,
    /// The last day of a window.
    End,
}

/// The date as kind `kind`, keeping its days and wording where the kind has them.
/// A date counted from another event stays as it is.
pub fn date_as(date: &EventDate, kind: DateKind) -> EventDate {
    if let EventDate::After { .. } = date {
        // Its window comes from another event; the form shows it but does not convert it.
        return date.clone();
    }
    let (start, end) = (date.start(), date.end().max(date.start()));
    let text = date.text().filter(|t| !t.is_empty()).map(str::to_string);
    match kind {
        DateKind::Exact => EventDate::Exact { date: start, text },
        DateKind::Range => EventDate::Range { start, end, text },
        DateKind::Approximate => EventDate::Approximate {
            start,
            end,
            text: text.unwrap_or_default(),
        },
        DateKind::Expected => EventDate::Expected {
            start,
            end,
            text: text.unwrap_or_default(),
        },
        DateKind::After => date.clone(),
    }
}

/// The date with one of its days set; an exact date's day is its `Start`.
/// A window whose end would come before its start is widened to the new day.
pub fn date_with_day(date: &EventDate, part: DatePart, day: Day) -> EventDate {
    let mut date = date.clone();
    match (&mut date, part) {
        (EventDate::Exact { date, .. }, DatePart::Start) => *date = day,
        (
            EventDate::Range { start, end, .. }
            | EventDate::Approximate { start, end, .. }
            | EventDate::Expected { start, end, .. },
            part,
        ) => match part {
            DatePart::Start => {
                *start = day;
                *end = (*end).max(day);
            }
            DatePart::End => {
                *end = day;
                *start = (*start).min(day);
            }
        },
        _ => {}
    }
    date
}

/// The date with the reporter's wording set; empty wording is no wording where it is optional.
pub fn date_with_text(date: &EventDate, wording: &str) -> EventDate {
    let mut date = date.clone();
    match &mut date {
        EventDate::Exact { text, .. } | EventDate::Range { text, .. } => {
            *text = (!wording.is_empty()).then(|| wording.to_string());
        }
        EventDate::Approximate { text, .. }
        | EventDate::Expected { text, .. }
        | EventDate::After { text, .. } => *text = wording.to_string(),
    }
    date
}

/// A field of the story's head.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadField {
    /// `id`.
    Id,
    /// `title`.
    Title,
    /// `summary`.
    Summary,
    /// `language`.
    Language,
    /// `publisher.name`.
    Publisher,
    /// `published`, RFC 3339.
    Published,
    /// `updated`, RFC 3339; empty for none.
    Updated,
}

impl HeadField {
    /// The field's JSON path.
    pub fn path(self) -> &'static str {
        match self {
            HeadField::Id => "id",
            HeadField::Title => "title",
            HeadField::Summary => "summary",
            HeadField::Language => "language",
            HeadField::Publisher => "publisher.name",
            HeadField::Published => "published",
            HeadField::Updated => "updated",
        }
    }
}

/// A field of a party.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartyField {
    /// Its id: renaming it renames every reference.
    Id(String),
    /// Its name.
    Name(String),
    /// Country, bloc, organisation or person.
    Kind(PartyKind),
}

/// A field of an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventField {
    /// Its id: renaming it renames every reference.
    Id(String),
    /// Its headline.
    Title(String),
    /// What happened.
    Summary(String),
    /// Whether a party takes part.
    Participant(PartyId, bool),
    /// Whether a source backs the event.
    Source(SourceId, bool),
}

/// A field of a source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceField {
    /// Its id: renaming it renames every reference.
    Id(String),
    /// The outlet.
    Outlet(String),
    /// The piece's title; empty for none.
    Title(String),
    /// The link; empty for none.
    Url(String),
    /// The day it was published, `YYYY-MM-DD`; empty for none.
    Published(String),
}

/// One change the editor can make: what its components send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Sets a field of the head to the text typed.
    Head(HeadField, String),
    /// Adds a party named `name`, its id made from the name.
    AddParty {
        /// Its name.
        name: String,
    },
    /// Changes the party at an index.
    Party(usize, PartyField),
    /// Adds an event titled `title` on the exact day `day`.
    AddEvent {
        /// Its headline.
        title: String,
        /// Its day, until the producer says otherwise.
        day: Day,
    },
    /// Changes the event at an index.
    Event(usize, EventField),
    /// Adds a source from `outlet`.
    AddSource {
        /// The outlet.
        outlet: String,
    },
    /// Changes the source at an index.
    Source(usize, SourceField),
    /// Removes an item and every reference to it.
    Remove(Target, String),
    /// Sets the text at a JSON path (`points[2].summary`, `claims[0].attribution.kind`);
    /// empty text removes an optional field. An id others refer to is renamed with
    /// every reference.
    Set(String, String),
    /// Sets the list of texts at a path (`next_steps[0].conditions`), one per line.
    Lines(String, String),
    /// Picks (`true`) or unpicks an id in the list of references at a path.
    Pick(String, String, bool),
    /// Changes the date at a path (`claims[1].date`).
    Date(String, DateChange),
    /// Adds an item named by the text to a list; `Day` is today, where a new item needs a day.
    Add(List, String, Day),
    /// Adds an entry to the list at a path inside an item (`points[0].positions`),
    /// dated today where it needs a date.
    Push(String, Day),
    /// Removes the entry or field at a path (`points[0].positions[1]`,
    /// `claims[2].resolved`); an item others refer to goes with every reference.
    RemoveAt(String),
    /// Changes a point's status and keeps the one it had in its history.
    Status(StatusUpdate),
    /// Adds an entry to the update log.
    Log(LogEntry),
    /// Replaces the whole story (a file opened, a new story).
    Replace(Rc<StoryFile>),
    /// Goes back one step.
    Undo,
    /// Goes forward one step.
    Redo,
}

impl Edit {
    /// The JSON path of the field the edit types into, for edits that merge into one
    /// undo step while the producer types.
    pub fn field_path(&self) -> Option<String> {
        let path = match self {
            Edit::Head(field, _) => field.path().to_string(),
            Edit::Party(i, field) => {
                let name = match field {
                    PartyField::Id(_) => "id",
                    PartyField::Name(_) => "name",
                    PartyField::Kind(_) => "kind",
                };
                format!("parties[{i}].{name}")
            }
            Edit::Event(i, field) => {
                let name = match field {
                    EventField::Id(_) => "id",
                    EventField::Title(_) => "title",
                    EventField::Summary(_) => "summary",
                    EventField::Participant(..) | EventField::Source(..) => return None,
                };
                format!("events[{i}].{name}")
            }
            Edit::Source(i, field) => {
                let name = match field {
                    SourceField::Id(_) => "id",
                    SourceField::Outlet(_) => "outlet",
                    SourceField::Title(_) => "title",
                    SourceField::Url(_) => "url",
                    SourceField::Published(_) => "published",
                };
                format!("sources[{i}].{name}")
            }
            Edit::Set(path, _) | Edit::Lines(path, _) => path.clone(),
            Edit::Date(path, DateChange::Day(DatePart::Start, _)) => format!("{path}.start"),
            Edit::Date(path, DateChange::Day(DatePart::End, _)) => format!("{path}.end"),
            Edit::Date(path, DateChange::Text(_)) => format!("{path}.text"),
            _ => return None,
        };
        Some(path)
    }

    /// The item the edit changes, as its list's name and index, and whether it is
    /// a new one: what [`Editor::apply_at`] stamps.
    fn item(&self, file: &StoryFile) -> Option<(String, usize, bool)> {
        let last = |list: &str, len: usize| Some((list.to_string(), len.checked_sub(1)?, true));
        match self {
            Edit::AddParty { .. } => last("parties", file.parties.len()),
            Edit::AddEvent { .. } => last("events", file.events.len()),
            Edit::AddSource { .. } => last("sources", file.sources.len()),
            Edit::Add(list, ..) => {
                let len = match list {
                    List::Tracks => file.tracks.len(),
                    List::Points => file.points.len(),
                    List::Claims => file.claims.len(),
                    List::Questions => file.questions.len(),
                    List::NextSteps => file.next_steps.len(),
                };
                last(list.name(), len)
            }
            Edit::Party(i, _) => Some(("parties".into(), *i, false)),
            Edit::Event(i, _) => Some(("events".into(), *i, false)),
            Edit::Source(i, _) => Some(("sources".into(), *i, false)),
            Edit::Status(change) => Some(("points".into(), change.point, false)),
            Edit::Set(path, _)
            | Edit::Lines(path, _)
            | Edit::Pick(path, ..)
            | Edit::Date(path, _)
            | Edit::Push(path, _) => item_of(path).map(|(list, i)| (list, i, false)),
            Edit::RemoveAt(path) => {
                // Removing an item is not a change to it; removing inside one is.
                let (list, i) = item_of(path)?;
                (path != &format!("{list}[{i}]")).then_some((list, i, false))
            }
            _ => None,
        }
    }
}

/// Text typed into a field that cannot go into the file yet, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    /// What the producer typed.
    pub text: String,
    /// Why it is not in the file, lowercase.
    pub problem: String,
}

/// A problem the editor shows beside a field and in its list of problems: one the
/// validator found, or text a field could not take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The JSON path of what it concerns (`events[2].date.start`; `story` for the file).
    pub path: String,
    /// What is wrong and what it costs, in words.
    pub message: String,
}

/// The DOM ids of one form field, made from its JSON path. Paths hold only list
/// names, field names and indexes, never a story's ids, so no story can make two
/// fields share an id; each kind of element has its own prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldIds {
    /// The input, select or group: `ed-f-events-2-summary`.
    pub input: String,
    /// The list of its problems: `ed-p-events-2-summary`.
    pub problems: String,
    /// Its hint: `ed-h-events-2-summary`.
    pub hint: String,
}

impl FieldIds {
    /// The ids of the field at `path`.
    pub fn of(path: &str) -> FieldIds {
        let mut tail = String::new();
        for c in path.chars() {
            match c {
                '.' | '[' => tail.push('-'),
                ']' => {}
                c => tail.push(c),
            }
        }
        FieldIds {
            input: format!("ed-f-{tail}"),
            problems: format!("ed-p-{tail}"),
            hint: format!("ed-h-{tail}"),
        }
    }
}

/// The editor: the story being edited, its undo history and the text typed into
/// fields that cannot take it yet.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    past: Vec<Rc<StoryFile>>,
    present: Rc<StoryFile>,
    future: Vec<Rc<StoryFile>>,
    /// The field the newest history step types into.
    typing: Option<String>,
    pending: BTreeMap<String, Pending>,
    /// When this editing session made its first change: what it adds is new to readers.
    session: Option<Timestamp>,
}

impl Editor {
    /// An editor on `file`, with no history.
    pub fn new(file: StoryFile) -> Self {
        Editor {
            past: Vec::new(),
            present: Rc::new(file),
            future: Vec::new(),
            typing: None,
            pending: BTreeMap::new(),
            session: None,
        }
    }

    /// The story as it stands.
    pub fn file(&self) -> &Rc<StoryFile> {
        &self.present
    }

    /// The story file's text, as saved: indented, unless it is so large that indenting
    /// could take it over the size readers accept ([`story::limits::MAX_STORY_BYTES`]).
    pub fn json(&self) -> String {
        let compact = serde_json::to_string(&*self.present).expect("a story file serializes");
        // Indentation adds about half again; it must not push a large story over the
        // size readers accept (and a story that large is not read by eye).
        if compact.len() > story::limits::MAX_STORY_BYTES / 2 {
            return compact + "\n";
        }
        serde_json::to_string_pretty(&*self.present).expect("a story file serializes") + "\n"
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// The text typed into the field at `path` that is not in the file yet.
    pub fn pending(&self, path: &str) -> Option<&Pending> {
        self.pending.get(path)
    }

    /// Every pending field, by path.
    pub fn all_pending(&self) -> impl Iterator<Item = (&str, &Pending)> {
        self.pending.iter().map(|(path, p)| (path.as_str(), p))
    }

    /// Every problem: text that fields could not take, then what the validator says
    /// of the file as it stands.
    pub fn problems(&self) -> Vec<Problem> {
        self.problems_in(&self.json())
    }

    /// [`Editor::problems`], given the file's text as [`Editor::json`] wrote it (so a
    /// caller that has it does not serialize the story twice per change).
    pub fn problems_in(&self, json: &str) -> Vec<Problem> {
        let pending = self.pending.iter().map(|(path, pending)| Problem {
            path: path.clone(),
            message: format!("{} (not in the story yet)", pending.problem),
        });
        let parsed = parse(json);
        let found = parsed.diagnostics.iter().map(|d| Problem {
            path: d.path().to_string(),
            message: match d.hint() {
                Some(hint) => format!("{} ({}); {hint}", d.message(), d.consequence()),
                None => format!("{} ({})", d.message(), d.consequence()),
            },
        });
        pending.chain(found).collect()
    }

    /// Makes one change at the time `now`, stamping the item it adds (`added`) or
    /// changes (`updated`). An item added in this session is not stamped as updated:
    /// to readers it is new.
    pub fn apply_at(&mut self, edit: Edit, now: Timestamp) {
        let session = *self.session.get_or_insert(now);
        let before = self.present.clone();
        let probe = edit.clone();
        self.apply(edit);
        if Rc::ptr_eq(&before, &self.present) {
            return;
        }
        // Read after the change, so that an addition names the new last item.
        let Some((list, i, added)) = probe.item(&self.present) else {
            return;
        };
        if !added && paths::added_at(&self.present, &list, i).is_some_and(|at| at >= session) {
            return;
        }
        paths::stamp(Rc::make_mut(&mut self.present), &list, i, added, now);
    }

    /// Makes one change.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Undo => {
                if let Some(previous) = self.past.pop() {
                    self.future
                        .push(std::mem::replace(&mut self.present, previous));
                }
                self.after_jump();
            }
            Edit::Redo => {
                if let Some(next) = self.future.pop() {
                    self.past.push(std::mem::replace(&mut self.present, next));
                }
                self.after_jump();
            }
            Edit::Replace(file) => {
                self.push(None);
                self.present = file;
                self.pending.clear();
            }
            edit => {
                let path = edit.field_path();
                let mut file = (*self.present).clone();
                let outcome = change(&mut file, edit);
                if let Some(path) = &path {
                    match &outcome {
                        Err((text, problem)) => {
                            let pending = Pending {
                                text: text.clone(),
                                problem: problem.clone(),
                            };
                            self.pending.insert(path.clone(), pending);
                        }
                        Ok(()) => {
                            self.pending.remove(path);
                        }
                    }
                }
                if outcome.is_ok() && file != *self.present {
                    self.push(path);
                    self.present = Rc::new(file);
                }
            }
        }
    }

    /// Keeps the present in the history before it changes, unless the change types
    /// into the same field as the newest step.
    fn push(&mut self, typing: Option<String>) {
        self.future.clear();
        if typing.is_some() && typing == self.typing {
            return;
        }
        self.past.push(self.present.clone());
        if self.past.len() > HISTORY_LIMIT {
            self.past.remove(0);
        }
        self.typing = typing;
    }

    fn after_jump(&mut self) {
        self.typing = None;
        self.pending.clear();
    }
}

fn change(file: &mut StoryFile, edit: Edit) -> Result<(), Refused> {
    match edit {
        Edit::Head(field, text) => set_head(&mut file.head, field, text),
        Edit::AddParty { name } => {
            let taken = ids(file, Target::Party);
            let id = new_id(&name, "party", &taken);
            file.parties.push(Party {
                id: PartyId::new(id),
                added: None,
                updated: None,
                name: name.trim().to_string(),
                kind: PartyKind::Country,
                role: None,
                party: None,
                members: Vec::new(),
                stance: None,
                roles: Vec::new(),
            });
            Ok(())
        }
        Edit::Party(i, field) => {
            let Some(party) = file.parties.get_mut(i) else {
                return Ok(());
            };
            match field {
                PartyField::Id(to) => {
                    let from = party.id.as_str().to_string();
                    rename_id(file, Target::Party, &from, &to).map_err(|p| (to, p))
                }
                PartyField::Name(name) => {
                    party.name = name;
                    Ok(())
                }
                PartyField::Kind(kind) => {
                    party.kind = kind;
                    Ok(())
                }
            }
        }
        Edit::AddEvent { title, day } => {
            let taken = ids(file, Target::Event);
            let id = new_id(&title, "event", &taken);
            file.events.push(Event {
                id: EventId::new(id),
                added: None,
                updated: None,
                title: title.trim().to_string(),
                date: EventDate::Exact {
                    date: day,
                    text: None,
                },
                place: None,
                participants: Vec::new(),
                tracks: Vec::new(),
                summary: String::new(),
                sources: Vec::new(),
                kind: EventKind::Event,
                outcome: None,
                extended_to: None,
                phase: false,
            });
            Ok(())
        }
        Edit::Event(i, field) => {
            let Some(event) = file.events.get_mut(i) else {
                return Ok(());
            };
            match field {
                EventField::Id(to) => {
                    let from = event.id.as_str().to_string();
                    return rename_id(file, Target::Event, &from, &to).map_err(|p| (to, p));
                }
                EventField::Title(title) => event.title = title,
                EventField::Summary(summary) => event.summary = summary,
                EventField::Participant(party, on) => toggle(&mut event.participants, party, on),
                EventField::Source(source, on) => toggle(&mut event.sources, source, on),
            }
            Ok(())
        }
        Edit::AddSource { outlet } => {
            let taken = ids(file, Target::Source);
            let id = new_id(&outlet, "source", &taken);
            file.sources.push(Source {
                id: SourceId::new(id),
                added: None,
                updated: None,
                outlet: outlet.trim().to_string(),
                title: None,
                url: None,
                published: None,
            });
            Ok(())
        }
        Edit::Source(i, field) => {
            let Some(source) = file.sources.get_mut(i) else {
                return Ok(());
            };
            let optional = |text: String| (!text.is_empty()).then_some(text);
            match field {
                SourceField::Id(to) => {
                    let from = source.id.as_str().to_string();
                    return rename_id(file, Target::Source, &from, &to).map_err(|p| (to, p));
                }
                SourceField::Outlet(outlet) => source.outlet = outlet,
                SourceField::Title(title) => source.title = optional(title),
                SourceField::Url(url) => source.url = optional(url),
                SourceField::Published(text) if text.is_empty() => source.published = None,
                SourceField::Published(text) => {
                    source.published = Some(Day::parse(&text).map_err(|p| (text, p))?);
                }
            }
            Ok(())
        }
        Edit::Remove(target, id) => {
            remove_item(file, target, &id);
            Ok(())
        }
        Edit::Set(path, text) => paths::set_text(file, &path, text),
        Edit::Lines(path, text) => paths::set_lines(file, &path, &text),
        Edit::Pick(path, id, on) => paths::pick(file, &path, &id, on).map_err(|p| (id, p)),
        Edit::Date(path, change) => paths::change_date(file, &path, change),
        Edit::Add(list, name, today) => {
            paths::add(file, list, &name, today);
            Ok(())
        }
        Edit::Push(path, today) => paths::push(file, &path, today).map_err(|p| (String::new(), p)),
        Edit::RemoveAt(path) => paths::remove_at(file, &path).map_err(|p| (String::new(), p)),
        Edit::Status(change) => paths::change_status(file, change).map_err(|p| (String::new(), p)),
        Edit::Log(entry) => {
            paths::log(file, entry);
            Ok(())
        }
        Edit::Replace(_) | Edit::Undo | Edit::Redo => Ok(()),
    }
}

fn set_head(head: &mut StoryHead, field: HeadField, text: String) -> Result<(), Refused> {
    match field {
        HeadField::Id => head.id = StoryId::new(text),
        HeadField::Title => head.title = text,
        HeadField::Summary => head.summary = text,
        HeadField::Language => head.language = text,
        HeadField::Publisher => head.publisher.name = text,
        HeadField::Published => head.published = Timestamp::parse(&text).map_err(|p| (text, p))?,
        HeadField::Updated if text.is_empty() => head.updated = None,
        HeadField::Updated => {
            head.updated = Some(Timestamp::parse(&text).map_err(|p| (text, p))?);
        }
    }
    Ok(())
}

fn toggle<I: PartialEq>(ids: &mut Vec<I>, id: I, on: bool) {
    let has = ids.contains(&id);
    if on && !has {
        ids.push(id);
    } else if !on {
        ids.retain(|other| *other != id);
    }
}

/// Whether a diagnostic at `path` concerns the field at `field`: the same path, or
/// a path inside it (`events[2].date.start` is inside `events[2].date`).
pub fn concerns(path: &str, field: &str) -> bool {
    path.strip_prefix(field)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}
