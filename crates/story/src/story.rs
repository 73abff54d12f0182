//! The validated story the widget renders, with every lookup worked out once.
//!
//! Only [`crate::parse`] builds a [`Story`], after validation, and nothing changes it
//! afterwards: its fields are private and it has no setters. So the index built next
//! to the lists cannot go stale, and lookups need no lazy caches.
//!
//! The index keys are plain strings in one map type for every list (rather than one
//! `BTreeMap<EventId, _>`, `BTreeMap<PartyId, _>`, … each), so the wasm build carries
//! one copy of the map code.

use std::collections::HashMap;
use std::fmt;

use crate::date::Timestamp;
use crate::ids::*;
use crate::model::*;

/// A story that passed [`crate::parse`]: every reference resolves, ids are unique
/// and every required text is non-empty.
///
/// Read-only: the lists come back in file order ([`Story::events`], …), items by id
/// ([`Story::event`], …) in constant time, and the orderings the widget shows
/// ([`Story::events_by_date`], …) from an index built with the story.
/// [`Story::to_file`] gives the file data back, for writing out.
///
/// Two stories are equal when their file data is equal.
#[derive(Clone)]
pub struct Story {
    file: StoryFile,
    index: Index,
}

/// Positions in the story's lists, computed once when the story is built.
#[derive(Clone, Default)]
struct Index {
    parties: Ids,
    tracks: Ids,
    events: Ids,
    points: Ids,
    claims: Ids,
    questions: Ids,
    next_steps: Ids,
    sources: Ids,
    /// Indexes into `events`, in timeline order.
    events_by_date: Vec<usize>,
    /// Indexes into `claims` bearing on each point id, in story order.
    claims_by_point: Many,
    /// Indexes into `claims` bearing on each event id, in story order.
    claims_by_event: Many,
    /// Indexes into `points` listing each event id, in story order.
    points_by_event: Many,
}

/// The index of each id in its list (the first, should an id repeat).
type Ids = HashMap<String, usize>;

/// The indexes of the items that refer to an id, each once, in story order.
type Many = HashMap<String, Vec<usize>>;

fn ids<'a>(ids: impl Iterator<Item = &'a str>) -> Ids {
    let mut map = Ids::new();
    for (i, id) in ids.enumerate() {
        map.entry(id.to_string()).or_insert(i);
    }
    map
}

/// `refs(i)` lists the ids item `i` refers to; the result maps each id to the items.
fn referrers<'a>(count: usize, refs: impl Fn(usize) -> Vec<&'a str>) -> Many {
    let mut map = Many::new();
    for i in 0..count {
        for id in refs(i) {
            let items = map.entry(id.to_string()).or_default();
            // An item listing an id twice still refers to it once.
            if items.last() != Some(&i) {
                items.push(i);
            }
        }
    }
    map
}

impl Index {
    fn new(file: &StoryFile) -> Index {
        let mut events_by_date: Vec<usize> = (0..file.events.len()).collect();
        let keys: Vec<_> = file.events.iter().map(|e| e.date.sort_key()).collect();
        crate::sort::sort_indices(&mut events_by_date, &|a, b| keys[a].cmp(&keys[b]));
        Index {
            parties: ids(file.parties.iter().map(|x| x.id.as_str())),
            tracks: ids(file.tracks.iter().map(|x| x.id.as_str())),
            events: ids(file.events.iter().map(|x| x.id.as_str())),
            points: ids(file.points.iter().map(|x| x.id.as_str())),
            claims: ids(file.claims.iter().map(|x| x.id.as_str())),
            questions: ids(file.questions.iter().map(|x| x.id.as_str())),
            next_steps: ids(file.next_steps.iter().map(|x| x.id.as_str())),
            sources: ids(file.sources.iter().map(|x| x.id.as_str())),
            events_by_date,
            claims_by_point: referrers(file.claims.len(), |i| {
                file.claims[i].points.iter().map(|p| p.as_str()).collect()
            }),
            claims_by_event: referrers(file.claims.len(), |i| {
                file.claims[i].events.iter().map(|e| e.as_str()).collect()
            }),
            points_by_event: referrers(file.points.len(), |i| {
                file.points[i].events.iter().map(|e| e.as_str()).collect()
            }),
        }
    }
}

fn by_id<'a, T>(items: &'a [T], ids: &Ids, id: &str) -> Option<&'a T> {
    ids.get(id).map(|&i| &items[i])
}

fn pick<'a, T>(items: &'a [T], many: &Many, id: &str) -> Vec<&'a T> {
    many.get(id)
        .map(|found| found.iter().map(|&i| &items[i]).collect())
        .unwrap_or_default()
}

impl Story {
    /// Builds the index of a story that [`crate::parse`] has validated.
    pub(crate) fn new(file: StoryFile) -> Story {
        let index = Index::new(&file);
        Story { file, index }
    }

    /// The story's file data, for writing it out (the command line, migrations).
    pub fn to_file(&self) -> StoryFile {
        self.file.clone()
    }

    /// Title, dates, language and publisher.
    pub fn head(&self) -> &StoryHead {
        &self.file.head
    }

    /// Parties, in file order.
    pub fn parties(&self) -> &[Party] {
        &self.file.parties
    }

    /// Tracks, in file order.
    pub fn tracks(&self) -> &[Track] {
        &self.file.tracks
    }

    /// Events, in file order; [`Story::events_by_date`] gives timeline order.
    pub fn events(&self) -> &[Event] {
        &self.file.events
    }

    /// Points, in file order.
    pub fn points(&self) -> &[Point] {
        &self.file.points
    }

    /// Claims, in file order.
    pub fn claims(&self) -> &[Claim] {
        &self.file.claims
    }

    /// Key questions, in file order.
    pub fn questions(&self) -> &[Question] {
        &self.file.questions
    }

    /// Next steps, in file order; [`Story::next_steps_by_date`] gives soonest first.
    pub fn next_steps(&self) -> &[NextStep] {
        &self.file.next_steps
    }

    /// Sources, in file order (their citation numbers).
    pub fn sources(&self) -> &[Source] {
        &self.file.sources
    }

    /// The update log, in file order.
    pub fn updates(&self) -> &[Update] {
        &self.file.updates
    }

    /// The party with this id.
    pub fn party(&self, id: &PartyId) -> Option<&Party> {
        by_id(&self.file.parties, &self.index.parties, id.as_str())
    }

    /// The track with this id.
    pub fn track(&self, id: &TrackId) -> Option<&Track> {
        by_id(&self.file.tracks, &self.index.tracks, id.as_str())
    }

    /// The event with this id.
    pub fn event(&self, id: &EventId) -> Option<&Event> {
        by_id(&self.file.events, &self.index.events, id.as_str())
    }

    /// The point with this id.
    pub fn point(&self, id: &PointId) -> Option<&Point> {
        by_id(&self.file.points, &self.index.points, id.as_str())
    }

    /// The claim with this id.
    pub fn claim(&self, id: &ClaimId) -> Option<&Claim> {
        by_id(&self.file.claims, &self.index.claims, id.as_str())
    }

    /// The question with this id.
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        by_id(&self.file.questions, &self.index.questions, id.as_str())
    }

    /// The next step with this id.
    pub fn next_step(&self, id: &StepId) -> Option<&NextStep> {
        by_id(&self.file.next_steps, &self.index.next_steps, id.as_str())
    }

    /// The source with this id.
    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        by_id(&self.file.sources, &self.index.sources, id.as_str())
    }

    /// The 1-based citation number of a source: its place in the sources list.
    pub fn source_number(&self, id: &SourceId) -> Option<usize> {
        self.index.sources.get(id.as_str()).map(|&i| i + 1)
    }

    /// Events in timeline order: by first day, then last day, then as written.
    pub fn events_by_date(&self) -> Vec<&Event> {
        self.index
            .events_by_date
            .iter()
            .map(|&i| &self.file.events[i])
            .collect()
    }

    /// Claims bearing on a point, in story order.
    pub fn claims_on_point(&self, id: &PointId) -> Vec<&Claim> {
        pick(&self.file.claims, &self.index.claims_by_point, id.as_str())
    }

    /// Claims bearing on an event, in story order.
    pub fn claims_on_event(&self, id: &EventId) -> Vec<&Claim> {
        pick(&self.file.claims, &self.index.claims_by_event, id.as_str())
    }

    /// The points an event bears on: those listing it, in story order.
    pub fn points_for_event(&self, id: &EventId) -> Vec<&Point> {
        pick(&self.file.points, &self.index.points_by_event, id.as_str())
    }

    /// The points of one section, in the order the story lists them.
    pub fn points_in(&self, group: StatusGroup) -> Vec<&Point> {
        self.file
            .points
            .iter()
            .filter(|point| point.status.group() == group)
            .collect()
    }

    /// Whether some claim on the point contradicts another claim on the same point
    /// and the contradiction is not resolved (a live dispute).
    pub fn accounts_differ(&self, id: &PointId) -> bool {
        let claims = self.claims_on_point(id);
        claims
            .iter()
            .any(|claim| claims.iter().any(|other| claim.disputes_with(other)))
    }

    /// "Now" on the timeline: the updated time, else the published time.
    pub fn as_of(&self) -> Timestamp {
        self.file.head.updated.unwrap_or(self.file.head.published)
    }
}

impl PartialEq for Story {
    fn eq(&self, other: &Self) -> bool {
        self.file == other.file
    }
}

impl Eq for Story {}

impl fmt::Debug for Story {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Story")
            .field("file", &self.file)
            .finish_non_exhaustive()
    }
}
