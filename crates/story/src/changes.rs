//! What changed in a story since a reader last saw it.
//!
//! The reader's browser keeps one [`Visit`] per story id: when they last opened it,
//! and the newest stamp of the story they saw then ([`Story::latest_stamp`]). Items
//! are compared with that stamp, not with the reader's clock, so a wrong clock or a
//! cached copy of the story never hides a change: an item added to the story after
//! the copy the reader saw carries a later stamp than anything in that copy.
//!
//! An item is *new* when its `added` stamp (else the story's publication) is later
//! than the stamp seen, and *updated* when it is not new and its `updated` stamp is
//! later. A point whose status history says it moved on (`until`) after the stamp
//! seen has *changed status*, from the status it had then to the one it has now.

use std::collections::HashMap;

use crate::date::Timestamp;
use crate::i18n::Locale;
use crate::ids::*;
use crate::model::{Stamped, Status, Update, UpdateKind};
use crate::story::Story;

/// How an item changed since the reader's last visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    /// Added since.
    New,
    /// Changed in substance since.
    Updated,
}

impl Change {
    /// The value of `data-change`: `new` or `updated`.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::New => "new",
            Change::Updated => "updated",
        }
    }

    /// The badge text: "New" or "Updated".
    pub fn label(self, locale: Locale) -> &'static str {
        let m = locale.messages();
        match self {
            Change::New => m.badge_new,
            Change::Updated => m.badge_updated,
        }
    }
}

/// What the reader's browser remembers of their last visit to a story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Visit {
    /// When they opened the story (their clock), shown as "since your last visit on …".
    pub visited: Timestamp,
    /// The newest stamp of the story they saw: what changes are counted from.
    pub seen: Timestamp,
}

impl Visit {
    /// The stored form: the two timestamps in RFC 3339, visit first, space between.
    pub fn to_stored(self) -> String {
        format!("{} {}", self.visited, self.seen)
    }

    /// Reads the stored form back; anything else (an older or tampered value) is `None`.
    pub fn from_stored(text: &str) -> Option<Visit> {
        let (visited, seen) = text.trim().split_once(' ')?;
        Some(Visit {
            visited: Timestamp::parse(visited).ok()?,
            seen: Timestamp::parse(seen).ok()?,
        })
    }
}

/// A point whose status changed since the last visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusMove {
    /// The point.
    pub point: PointId,
    /// Its status at the reader's last visit.
    pub from: Status,
    /// Its status now.
    pub to: Status,
}

/// Everything added or changed since a visit, per list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    visit: Option<Visit>,
    events: HashMap<String, Change>,
    points: HashMap<String, Change>,
    claims: HashMap<String, Change>,
    questions: HashMap<String, Change>,
    next_steps: HashMap<String, Change>,
    status_moves: Vec<StatusMove>,
    /// Indexes into [`Story::updates`] of the entries published since, newest first.
    updates: Vec<usize>,
}

/// The change of one item, judged against the stamp seen.
fn change_of(item: &impl Stamped, published: Timestamp, seen: Timestamp) -> Option<Change> {
    if item.added().unwrap_or(published) > seen {
        Some(Change::New)
    } else if item.updated().is_some_and(|updated| updated > seen) {
        Some(Change::Updated)
    } else {
        None
    }
}

fn changed<'a, T: Stamped + 'a>(
    items: impl IntoIterator<Item = &'a T>,
    id: impl Fn(&T) -> &str,
    published: Timestamp,
    seen: Timestamp,
) -> HashMap<String, Change> {
    items
        .into_iter()
        .filter_map(|item| Some((id(item).to_string(), change_of(item, published, seen)?)))
        .collect()
}

impl Changes {
    /// No visit: nothing is marked (a first visit, or memory turned off).
    pub fn none() -> Changes {
        Changes::default()
    }

    /// What changed in `story` since `visit`.
    pub fn since(story: &Story, visit: Visit) -> Changes {
        let (published, seen) = (story.head().published, visit.seen);
        let mut points = changed(story.points(), |p| p.id.as_str(), published, seen);
        let mut status_moves = Vec::new();
        for point in story.points() {
            if points.get(point.id.as_str()) == Some(&Change::New) {
                continue;
            }
            // The status the point had at the visit: the first one left after it.
            let then = point
                .history
                .iter()
                .find(|change| change.until.is_some_and(|until| until > seen));
            if let Some(then) = then.filter(|then| then.status != point.status) {
                points.insert(point.id.to_string(), Change::Updated);
                status_moves.push(StatusMove {
                    point: point.id.clone(),
                    from: then.status,
                    to: point.status,
                });
            }
        }
        let mut updates: Vec<usize> = (0..story.updates().len())
            .filter(|&i| story.updates()[i].time > seen)
            .collect();
        crate::sort::sort_indices(&mut updates, &|a, b| {
            let time = |i: usize| story.updates()[i].time;
            time(b).cmp(&time(a)).then(a.cmp(&b))
        });
        Changes {
            visit: Some(visit),
            events: changed(story.events(), |e| e.id.as_str(), published, seen),
            points,
            claims: changed(story.claims(), |c| c.id.as_str(), published, seen),
            questions: changed(story.questions(), |q| q.id.as_str(), published, seen),
            next_steps: changed(story.next_steps(), |s| s.id.as_str(), published, seen),
            status_moves,
            updates,
        }
    }

    /// The visit changes are counted from, if any.
    pub fn visit(&self) -> Option<Visit> {
        self.visit
    }

    /// Whether nothing is marked.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
            && self.points.is_empty()
            && self.claims.is_empty()
            && self.questions.is_empty()
            && self.next_steps.is_empty()
            && self.updates.is_empty()
    }

    /// How an event changed.
    pub fn event(&self, id: &EventId) -> Option<Change> {
        self.events.get(id.as_str()).copied()
    }

    /// How a point changed (a status change counts as an update).
    pub fn point(&self, id: &PointId) -> Option<Change> {
        self.points.get(id.as_str()).copied()
    }

    /// How a claim changed.
    pub fn claim(&self, id: &ClaimId) -> Option<Change> {
        self.claims.get(id.as_str()).copied()
    }

    /// How a key question changed.
    pub fn question(&self, id: &QuestionId) -> Option<Change> {
        self.questions.get(id.as_str()).copied()
    }

    /// How a next step changed.
    pub fn next_step(&self, id: &StepId) -> Option<Change> {
        self.next_steps.get(id.as_str()).copied()
    }

    /// Whether the update log entry at this index (file order) is new since the visit.
    pub fn update_is_new(&self, index: usize) -> bool {
        self.updates.contains(&index)
    }

    /// The points whose status changed, in story order.
    pub fn status_moves(&self) -> &[StatusMove] {
        &self.status_moves
    }

    /// The log entries published since, newest first, with their file index.
    pub fn updates<'a>(&'a self, story: &'a Story) -> impl Iterator<Item = (usize, &'a Update)> {
        self.updates.iter().map(|&i| (i, &story.updates()[i]))
    }

    /// Counts of what changed, one per kind, in the order the summary reads.
    pub fn tally(&self, story: &Story) -> Tally {
        let count = |map: &HashMap<String, Change>, change: Change| {
            map.values().filter(|&&c| c == change).count()
        };
        let moved = self.status_moves.len();
        Tally {
            new_events: count(&self.events, Change::New),
            updated_events: count(&self.events, Change::Updated),
            status_changes: moved,
            new_points: count(&self.points, Change::New),
            updated_points: count(&self.points, Change::Updated) - moved,
            new_claims: count(&self.claims, Change::New),
            updated_claims: count(&self.claims, Change::Updated),
            new_questions: count(&self.questions, Change::New),
            updated_questions: count(&self.questions, Change::Updated),
            new_steps: count(&self.next_steps, Change::New),
            updated_steps: count(&self.next_steps, Change::Updated),
            corrections: self
                .updates(story)
                .filter(|(_, u)| u.kind == UpdateKind::Correction)
                .count(),
        }
    }

    /// The summary sentence: "Since your last visit on 3 January 2026: 2 new events,
    /// 1 point changed status (Disputed → Agreed), 1 correction", or `None` without a
    /// visit. When nothing changed it says so.
    pub fn summary(&self, story: &Story, locale: Locale) -> Option<String> {
        let visit = self.visit?;
        let m = locale.messages();
        let on = visit.visited.day().short(locale, true);
        let tally = self.tally(story);
        let moves: Vec<String> = self
            .status_moves
            .iter()
            .map(|moved| format!("{} → {}", moved.from.label(locale), moved.to.label(locale)))
            .collect();
        let counted: [(usize, Phrase); 12] = [
            (tally.new_events, m.changed_new_events),
            (tally.updated_events, m.changed_updated_events),
            (tally.status_changes, m.changed_status),
            (tally.new_points, m.changed_new_points),
            (tally.updated_points, m.changed_updated_points),
            (tally.new_claims, m.changed_new_claims),
            (tally.updated_claims, m.changed_updated_claims),
            (tally.new_questions, m.changed_new_questions),
            (tally.updated_questions, m.changed_updated_questions),
            (tally.new_steps, m.changed_new_steps),
            (tally.updated_steps, m.changed_updated_steps),
            (tally.corrections, m.changed_corrections),
        ];
        let parts: Vec<String> = counted
            .into_iter()
            .enumerate()
            .filter(|(_, (n, _))| *n > 0)
            .map(|(i, (n, message))| match i {
                // The status changes name each move: "(Disputed → Agreed)".
                2 => format!("{} ({})", message(n), moves.join(", ")),
                _ => message(n),
            })
            .collect();
        Some(if parts.is_empty() {
            (m.nothing_new_since)(&on)
        } else {
            format!("{}: {}", (m.since_last_visit)(&on), parts.join(", "))
        })
    }
}

/// A counted phrase of the summary, e.g. "2 new events".
type Phrase = fn(usize) -> String;

/// How many items changed, by kind; see [`Changes::tally`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct Tally {
    pub new_events: usize,
    pub updated_events: usize,
    pub status_changes: usize,
    pub new_points: usize,
    pub updated_points: usize,
    pub new_claims: usize,
    pub updated_claims: usize,
    pub new_questions: usize,
    pub updated_questions: usize,
    pub new_steps: usize,
    pub updated_steps: usize,
    pub corrections: usize,
}

impl Story {
    /// The newest stamp in the story: its `updated` or `published` time, every item's
    /// `added` and `updated`, every update log entry and status change's `until`.
    /// What a reader has seen, for [`Changes::since`] on their next visit.
    pub fn latest_stamp(&self) -> Timestamp {
        fn stamps<T: Stamped>(items: &[T]) -> impl Iterator<Item = Timestamp> + '_ {
            items
                .iter()
                .flat_map(|item| [item.added(), item.updated()])
                .flatten()
        }
        let head = self.head();
        let until = self
            .points()
            .iter()
            .flat_map(|p| &p.history)
            .filter_map(|h| h.until);
        [head.published]
            .into_iter()
            .chain(head.updated)
            .chain(stamps(self.parties()))
            .chain(stamps(self.tracks()))
            .chain(stamps(self.events()))
            .chain(stamps(self.points()))
            .chain(stamps(self.claims()))
            .chain(stamps(self.questions()))
            .chain(stamps(self.next_steps()))
            .chain(stamps(self.sources()))
            .chain(self.updates().iter().map(|u| u.time))
            .chain(until)
            .max()
            .unwrap_or(head.published)
    }

    /// The update log, newest first, each with its index in the file.
    pub fn updates_newest_first(&self) -> Vec<(usize, &Update)> {
        let mut entries: Vec<(usize, &Update)> = self.updates().iter().enumerate().collect();
        crate::sort::sort_by(&mut entries, |a, b| {
            b.1.time.cmp(&a.1.time).then(a.0.cmp(&b.0))
        });
        entries
    }
}

impl UpdateKind {
    /// The JSON spelling, also used in `data-kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            UpdateKind::Update => "update",
            UpdateKind::Correction => "correction",
        }
    }

    /// The entry's label in the update log: "Update" or "Correction".
    pub fn label(self, locale: Locale) -> &'static str {
        let m = locale.messages();
        match self {
            UpdateKind::Update => m.update_entry,
            UpdateKind::Correction => m.correction_entry,
        }
    }
}

/// Claims longer than this are cut at a word in lists of links.
const GIST_CHARACTERS: usize = 90;

impl crate::model::Claim {
    /// The claim in a line, for lists of links: who, then the words (the statement,
    /// else the quote), cut at a word boundary with "…" when long.
    pub fn gist(&self, story: &Story, locale: Locale) -> String {
        let first_source = self.sources.first().and_then(|id| story.source(id));
        let who = self.attribution.label(story, first_source, locale);
        let words = self
            .statement
            .as_deref()
            .or(self.quote.as_deref())
            .unwrap_or("");
        let mut cut: String = words.chars().take(GIST_CHARACTERS).collect();
        if cut.len() < words.len() {
            if let Some(space) = cut.rfind(' ') {
                cut.truncate(space);
            }
            cut.push('…');
        }
        format!("{who}: {cut}")
    }
}
