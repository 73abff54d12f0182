//! Edits by JSON path: how the forms of every part of a story change it, without an
//! edit variant per field.
//!
//! A path is the validator's (`points[2].positions[0].stance`), so a field's
//! problems, its DOM ids and its edits all name it the same way. The story goes to
//! JSON, the value at the path changes, and the story is read back: what the format
//! cannot take (a malformed day, an unknown status) is refused with serde's reason
//! and kept as the field's pending text. Ids of the lists that others refer to are
//! renamed with every reference ([`rename_id`]); items of those lists are removed with
//! every reference ([`remove_item`]), so no edit leaves one dangling.

use serde_json::{json, Map, Value};
use story::references::Target;
use story::*;

use crate::{
    date_as, date_with_day, date_with_text, ids, new_id, remove_item, rename_id, DateKind, DatePart,
};

/// What a field could not take: the text typed and the problem.
pub(crate) type Refused = (String, String);

/// A change to a date at a path (`claims[1].date`, `next_steps[0].expected`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateChange {
    /// Makes it a date of this kind; a field with no date yet starts on the day given.
    Kind(DateKind, Day),
    /// Sets one of its days, as typed (`YYYY-MM-DD`).
    Day(DatePart, String),
    /// Sets its wording.
    Text(String),
    /// Removes it (an optional date).
    Clear,
}

/// The lists a producer adds items to by a name (parties, events and sources have
/// edits of their own).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// `tracks`, named.
    Tracks,
    /// `points`, by title.
    Points,
    /// `claims`, by the statement in short.
    Claims,
    /// `questions`, by the question.
    Questions,
    /// `next_steps`, by title.
    NextSteps,
}

impl List {
    /// The list's name in the file.
    pub fn name(self) -> &'static str {
        match self {
            List::Tracks => "tracks",
            List::Points => "points",
            List::Claims => "claims",
            List::Questions => "questions",
            List::NextSteps => "next_steps",
        }
    }
}

/// One segment of a path: a field name or a list index.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

/// `points[2].positions[0].stance` as its segments; `None` for a malformed path.
fn segments(path: &str) -> Option<Vec<Segment>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if key.is_empty() {
            return None;
        }
        out.push(Segment::Key(key.to_string()));
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            out.push(Segment::Index(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
            if !after.is_empty() && !after.starts_with('[') {
                return None;
            }
        }
    }
    Some(out)
}

/// The top-level item a path is inside (`points[2]` for `points[2].title`), as its
/// list's name and index.
pub fn item_of(path: &str) -> Option<(String, usize)> {
    match segments(path)?.as_slice() {
        [Segment::Key(list), Segment::Index(i), ..] => Some((list.clone(), *i)),
        _ => None,
    }
}

/// The list a reference target's items live in, by the list's name.
fn target_of(list: &str) -> Option<Target> {
    Target::ALL.into_iter().find(|t| t.list() == list)
}

/// The value at `path`, creating empty objects (and nothing else) on the way when
/// `create` is set.
fn slot<'a>(value: &'a mut Value, path: &[Segment], create: bool) -> Option<&'a mut Value> {
    let mut at = value;
    for segment in path {
        at = match segment {
            Segment::Key(key) => {
                if create && at.get(key).is_none() {
                    at.as_object_mut()?
                        .insert(key.clone(), Value::Object(Map::new()));
                }
                at.get_mut(key)?
            }
            Segment::Index(i) => at.get_mut(*i)?,
        };
    }
    Some(at)
}

/// Runs `edit` on the JSON of the smallest part of the file that holds the path:
/// the item (`points[2]` for `points[2].positions[0].stance`) or else the head,
/// with the path's segments inside that part, and reads the part back. Nothing
/// changes when `edit` fails or the format cannot take the result; a keystroke in a
/// story of thousands of events costs one item's conversion, not the file's.
fn within(
    file: &mut StoryFile,
    segs: &[Segment],
    edit: impl FnOnce(&mut Value, &[Segment]) -> Result<(), String>,
) -> Result<(), String> {
    fn on<T: serde::Serialize + serde::de::DeserializeOwned>(
        part: Option<&mut T>,
        rest: &[Segment],
        edit: impl FnOnce(&mut Value, &[Segment]) -> Result<(), String>,
    ) -> Result<(), String> {
        let part = part.ok_or("no such item")?;
        let mut value = serde_json::to_value(&*part).expect("a story's part serializes");
        edit(&mut value, rest)?;
        *part = serde_json::from_value(value).map_err(|e| e.to_string())?;
        Ok(())
    }
    match segs {
        [Segment::Key(list), Segment::Index(i), rest @ ..] => match list.as_str() {
            "parties" => on(file.parties.get_mut(*i), rest, edit),
            "tracks" => on(file.tracks.get_mut(*i), rest, edit),
            "events" => on(file.events.get_mut(*i), rest, edit),
            "points" => on(file.points.get_mut(*i), rest, edit),
            "claims" => on(file.claims.get_mut(*i), rest, edit),
            "questions" => on(file.questions.get_mut(*i), rest, edit),
            "next_steps" => on(file.next_steps.get_mut(*i), rest, edit),
            "sources" => on(file.sources.get_mut(*i), rest, edit),
            "updates" => on(file.updates.get_mut(*i), rest, edit),
            _ => Err(format!("no list {list}")),
        },
        _ => on(Some(&mut file.head), segs, edit),
    }
}

/// Puts `new` at the end of `path` inside `value` (creating the objects on the way);
/// `None` removes the field.
fn put(value: &mut Value, path: &[Segment], new: Option<Value>) -> Result<(), String> {
    let (last, parent) = path.split_last().ok_or("no field")?;
    match (last, slot(value, parent, new.is_some())) {
        (Segment::Key(key), Some(Value::Object(map))) => {
            match new {
                Some(new) => map.insert(key.clone(), new),
                None => map.remove(key),
            };
        }
        (Segment::Index(i), Some(Value::Array(items))) if *i < items.len() => match new {
            Some(new) => items[*i] = new,
            None => {
                items.remove(*i);
            }
        },
        _ => return Err("no such field".into()),
    }
    Ok(())
}

/// Sets the text at `path`. Empty text removes an optional field; a required one
/// keeps it, empty, for the validator to report. The id of an item others refer to
/// is renamed with every reference.
pub(crate) fn set_text(file: &mut StoryFile, path: &str, text: String) -> Result<(), Refused> {
    let refuse = |problem: String| (text.clone(), problem);
    let segs = segments(path).ok_or_else(|| refuse(format!("no field {path}")))?;
    if let [Segment::Key(list), Segment::Index(i), Segment::Key(field)] = segs.as_slice() {
        if let (Some(target), "id") = (target_of(list), field.as_str()) {
            let from = ids(file, target)
                .get(*i)
                .map(|id| id.to_string())
                .ok_or_else(|| refuse(format!("no item at {list}[{i}]")))?;
            return rename_id(file, target, &from, &text).map_err(refuse);
        }
    }
    let typed = Some(Value::String(text.clone()));
    // Empty text: first without the field (an optional one), then as empty text.
    // Digits: as text (an id), then as a number (a count of days).
    let tries = if text.is_empty() {
        vec![None, typed]
    } else if let Ok(number) = text.trim().parse::<u64>() {
        vec![typed, Some(Value::from(number))]
    } else {
        vec![typed]
    };
    let mut why = String::new();
    for attempt in tries {
        match within(file, &segs, |value, rest| put(value, rest, attempt)) {
            Ok(()) => return Ok(()),
            Err(problem) => why = problem,
        }
    }
    Err(refuse(why))
}

/// Sets a list of texts at `path`, one per non-empty line.
pub(crate) fn set_lines(file: &mut StoryFile, path: &str, text: &str) -> Result<(), Refused> {
    let lines: Vec<Value> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| Value::String(line.to_string()))
        .collect();
    set_value(file, path, Value::Array(lines)).map_err(|p| (text.to_string(), p))
}

/// Puts `new` at `path` (creating the objects on the way).
fn set_value(file: &mut StoryFile, path: &str, new: Value) -> Result<(), String> {
    let segs = segments(path).ok_or_else(|| format!("no field {path}"))?;
    within(file, &segs, |value, rest| put(value, rest, Some(new)))
}

/// Picks (`on`) or unpicks the id `id` in the list of references at `path`.
pub(crate) fn pick(file: &mut StoryFile, path: &str, id: &str, on: bool) -> Result<(), String> {
    let segs = segments(path).ok_or_else(|| format!("no field {path}"))?;
    within(file, &segs, |value, rest| {
        let current: Vec<Value> = slot(value, rest, false)
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default();
        let mut list: Vec<Value> = current
            .into_iter()
            .filter(|v| v.as_str() != Some(id))
            .collect();
        if on {
            list.push(Value::String(id.to_string()));
        }
        put(value, rest, Some(Value::Array(list)))
    })
}

/// Changes the date at `path`.
pub(crate) fn change_date(
    file: &mut StoryFile,
    path: &str,
    change: DateChange,
) -> Result<(), Refused> {
    let segs = segments(path).ok_or_else(|| (String::new(), format!("no field {path}")))?;
    let mut current: Option<EventDate> = None;
    // Read through `within` too: the date's part is converted, not the whole file.
    let _ = within(file, &segs, |value, rest| {
        current = slot(value, rest, false)
            .filter(|v| !v.is_null())
            .and_then(|v| serde_json::from_value(v.clone()).ok());
        Err("only read".into())
    });
    let date = match (change, current) {
        (DateChange::Clear, _) => return remove_at(file, path).map_err(|p| (String::new(), p)),
        (DateChange::Kind(kind, _), Some(date)) => date_as(&date, kind),
        (DateChange::Kind(kind, day), None) => date_as(
            &EventDate::Exact {
                date: day,
                text: None,
            },
            kind,
        ),
        (DateChange::Day(part, text), Some(date)) => {
            let day = Day::parse(&text).map_err(|p| (text, p))?;
            date_with_day(&date, part, day)
        }
        (DateChange::Text(text), Some(date)) => date_with_text(&date, &text),
        (DateChange::Day(_, text) | DateChange::Text(text), None) => {
            return Err((text, "pick the kind of date first".into()))
        }
    };
    let new = serde_json::to_value(&date).expect("a date serializes");
    set_value(file, path, new).map_err(|p| (String::new(), p))
}

/// Removes the entry or field at `path`: an item others refer to goes with every
/// reference to it.
pub(crate) fn remove_at(file: &mut StoryFile, path: &str) -> Result<(), String> {
    let segs = segments(path).ok_or_else(|| format!("no field {path}"))?;
    if let [Segment::Key(list), Segment::Index(i)] = segs.as_slice() {
        if let Some(target) = target_of(list) {
            let id = ids(file, target)
                .get(*i)
                .map(|id| id.to_string())
                .ok_or_else(|| format!("no item at {path}"))?;
            remove_item(file, target, &id);
            return Ok(());
        }
        fn drop_at<T>(items: &mut Vec<T>, i: usize) -> Result<(), String> {
            (i < items.len())
                .then(|| drop(items.remove(i)))
                .ok_or_else(|| format!("no item at {i}"))
        }
        return match list.as_str() {
            "questions" => drop_at(&mut file.questions, *i),
            "next_steps" => drop_at(&mut file.next_steps, *i),
            "updates" => drop_at(&mut file.updates, *i),
            _ => Err(format!("no list {list}")),
        };
    }
    within(file, &segs, |value, rest| put(value, rest, None))
}

/// Adds an entry to the list inside an item at `path` (a point's positions or
/// history, a position's earlier stances), filled as far as the story allows:
/// a position is for the first party without one.
pub(crate) fn push(file: &mut StoryFile, path: &str, today: Day) -> Result<(), String> {
    let segs = segments(path).ok_or_else(|| format!("no field {path}"))?;
    let day = json!({"kind": "exact", "date": today.to_string()});
    let entry = match segs.as_slice() {
        [Segment::Key(list), Segment::Index(i), Segment::Key(field)] if list == "points" => {
            let point = file
                .points
                .get(*i)
                .ok_or_else(|| format!("no item at {path}"))?;
            match field.as_str() {
                "positions" => {
                    let party = file
                        .parties
                        .iter()
                        .find(|p| !point.positions.iter().any(|pos| pos.party == p.id))
                        .or(file.parties.first())
                        .ok_or("add a party first")?;
                    json!({"party": party.id.as_str(), "stance": ""})
                }
                "history" => {
                    json!({"status": point.status.as_str(), "date": day, "note": ""})
                }
                _ => return Err(format!("no list {path}")),
            }
        }
        [Segment::Key(list), Segment::Index(_), Segment::Key(positions), Segment::Index(_), Segment::Key(history)]
            if list == "points" && positions == "positions" && history == "history" =>
        {
            json!({"stance": "", "date": day})
        }
        _ => return Err(format!("no list {path}")),
    };
    within(file, &segs, |value, rest| {
        match slot(value, rest, true).ok_or_else(|| format!("no list {path}"))? {
            Value::Array(items) => items.push(entry),
            empty if empty.as_object().is_some_and(Map::is_empty) => *empty = json!([entry]),
            _ => return Err(format!("no list {path}")),
        }
        Ok(())
    })
}

/// Adds an item to `list`, named `name`, its id made from the name. A next step
/// starts as expected within the week from `today`.
pub(crate) fn add(file: &mut StoryFile, list: List, name: &str, today: Day) {
    let name = name.trim();
    let taken: Vec<String> = match list {
        List::Tracks => ids(file, Target::Track)
            .into_iter()
            .map(String::from)
            .collect(),
        List::Points => ids(file, Target::Point)
            .into_iter()
            .map(String::from)
            .collect(),
        List::Claims => ids(file, Target::Claim)
            .into_iter()
            .map(String::from)
            .collect(),
        List::Questions => file.questions.iter().map(|q| q.id.to_string()).collect(),
        List::NextSteps => file.next_steps.iter().map(|s| s.id.to_string()).collect(),
    };
    let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
    let fallback = match list {
        List::Tracks => "track",
        List::Points => "point",
        List::Claims => "claim",
        List::Questions => "question",
        List::NextSteps => "next-step",
    };
    // Long texts (a claim, a question) make long ids: the first words are enough.
    let short: String = name
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    let id = new_id(&short, fallback, &taken);
    let item = match list {
        List::Tracks => json!({"id": id, "name": name}),
        List::Points => json!({"id": id, "title": name, "status": "in_progress", "summary": ""}),
        List::Claims => {
            json!({"id": id, "attribution": {"kind": "on_record"}, "statement": name, "sources": []})
        }
        List::Questions => json!({"id": id, "question": name, "answer": ""}),
        List::NextSteps => json!({
            "id": id, "title": name,
            "expected": {"kind": "expected", "start": today.to_string(),
                "end": today.plus_days(7).to_string(), "text": ""},
        }),
    };
    fn read<T: serde::de::DeserializeOwned>(item: Value) -> T {
        serde_json::from_value(item).expect("a new item reads back")
    }
    match list {
        List::Tracks => file.tracks.push(read(item)),
        List::Points => file.points.push(read(item)),
        List::Claims => file.claims.push(read(item)),
        List::Questions => file.questions.push(read(item)),
        List::NextSteps => file.next_steps.push(read(item)),
    }
}

/// A status change as the producer gives it: the new status, since when, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusUpdate {
    /// The point's index.
    pub point: usize,
    /// Its new status.
    pub status: Status,
    /// The day it changed.
    pub day: Day,
    /// What the earlier status was based on, or why it changed.
    pub note: String,
    /// When the story moves on (now): readers who visited before are told.
    pub time: Timestamp,
    /// A note for the update log, written in the same step (update or correction, and text).
    pub log: Option<(UpdateKind, String)>,
}

/// Sets a point's status and keeps the one it had in its history, held from the end
/// of the previous change (or the point's first event) to the day of this one.
pub(crate) fn change_status(file: &mut StoryFile, change: StatusUpdate) -> Result<(), String> {
    let events: Vec<(EventId, Day)> = file
        .events
        .iter()
        .map(|e| (e.id.clone(), e.date.start()))
        .collect();
    let point = file
        .points
        .get_mut(change.point)
        .ok_or_else(|| format!("no item at points[{}]", change.point))?;
    if point.status == change.status {
        return Ok(());
    }
    let since = point
        .history
        .last()
        .map(|h| h.date.end())
        .or_else(|| {
            (events.iter())
                .filter(|(id, _)| point.events.contains(id))
                .map(|(_, day)| *day)
                .min()
        })
        .filter(|since| *since < change.day);
    let date = match since {
        Some(start) => EventDate::Range {
            start,
            end: change.day,
            text: None,
        },
        None => EventDate::Exact {
            date: change.day,
            text: None,
        },
    };
    point.history.push(StatusChange {
        status: point.status,
        date,
        note: change.note.trim().to_string(),
        sources: Vec::new(),
        event: None,
        claims: Vec::new(),
        until: Some(change.time),
    });
    point.status = change.status;
    let id = point.id.to_string();
    if let Some((kind, text)) = change.log.filter(|(_, text)| !text.trim().is_empty()) {
        log(
            file,
            LogEntry {
                kind,
                text,
                time: change.time,
                item: Some(("points".into(), id)),
            },
        );
    }
    Ok(())
}

/// An entry for the update log, as the producer writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    /// Update or correction.
    pub kind: UpdateKind,
    /// What changed, for readers.
    pub text: String,
    /// When.
    pub time: Timestamp,
    /// The item it concerns, as its list's name and id (`points`, `sanctions`).
    pub item: Option<(String, String)>,
}

/// Adds an entry to the update log, naming the item it concerns where the log can.
pub(crate) fn log(file: &mut StoryFile, entry: LogEntry) {
    let mut update = Update {
        time: entry.time,
        kind: entry.kind,
        text: entry.text.trim().to_string(),
        events: Vec::new(),
        points: Vec::new(),
        claims: Vec::new(),
        parties: Vec::new(),
    };
    if let Some((list, id)) = entry.item {
        match list.as_str() {
            "events" => update.events.push(EventId::new(id)),
            "points" => update.points.push(PointId::new(id)),
            "claims" => update.claims.push(ClaimId::new(id)),
            "parties" => update.parties.push(PartyId::new(id)),
            _ => {}
        }
    }
    file.updates.push(update);
}

/// Stamps the item at `list[index]`: `added` for a new item, else `updated`.
pub(crate) fn stamp(file: &mut StoryFile, list: &str, index: usize, added: bool, now: Timestamp) {
    fn set<T>(items: &mut [T], index: usize, f: impl FnOnce(&mut T)) {
        if let Some(item) = items.get_mut(index) {
            f(item);
        }
    }
    macro_rules! stamp_in {
        ($items:expr) => {
            set($items, index, |item| {
                if added {
                    item.added = Some(now);
                } else {
                    item.updated = Some(now);
                }
            })
        };
    }
    match list {
        "parties" => stamp_in!(&mut file.parties),
        "tracks" => stamp_in!(&mut file.tracks),
        "events" => stamp_in!(&mut file.events),
        "points" => stamp_in!(&mut file.points),
        "claims" => stamp_in!(&mut file.claims),
        "questions" => stamp_in!(&mut file.questions),
        "next_steps" => stamp_in!(&mut file.next_steps),
        "sources" => stamp_in!(&mut file.sources),
        _ => {}
    }
}

/// When the item at `list[index]` was added, if the file says.
pub(crate) fn added_at(file: &StoryFile, list: &str, index: usize) -> Option<Timestamp> {
    match list {
        "parties" => file.parties.get(index)?.added,
        "tracks" => file.tracks.get(index)?.added,
        "events" => file.events.get(index)?.added,
        "points" => file.points.get(index)?.added,
        "claims" => file.claims.get(index)?.added,
        "questions" => file.questions.get(index)?.added,
        "next_steps" => file.next_steps.get(index)?.added,
        "sources" => file.sources.get(index)?.added,
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_split_into_keys_and_indexes() {
        assert_eq!(
            segments("points[2].positions[0].stance"),
            Some(vec![
                Segment::Key("points".into()),
                Segment::Index(2),
                Segment::Key("positions".into()),
                Segment::Index(0),
                Segment::Key("stance".into()),
            ])
        );
        assert_eq!(segments("publisher.url").map(|s| s.len()), Some(2));
        for bad in ["", "points[x]", "points[1", "points[1]x", ".title"] {
            assert_eq!(segments(bad), None, "{bad}");
        }
        assert_eq!(
            item_of("claims[3].attribution.kind"),
            Some(("claims".into(), 3))
        );
        assert_eq!(item_of("title"), None);
    }
}
