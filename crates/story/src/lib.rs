//! The talks-tracker story model: what a negotiation story is made of, how it is
//! read from JSON and checked, and the orderings the widget shows.
//!
//! It has no web dependencies, so everything here is tested natively.
//!
//! # From the top
//!
//! ```
//! use talks_tracker_story::{parse, Impact, StatusGroup};
//!
//! let json = r#"{
//!   "version": 1, "id": "demo", "title": "Trade talks", "summary": "Two rounds so far.",
//!   "language": "en", "published": "2026-01-10T09:00:00+02:00",
//!   "publisher": {"name": "Example News"},
//!   "sources": [{"id": "wire", "outlet": "Example Wire"}],
//!   "events": [
//!     {"id": "round-2", "title": "Second round", "summary": "Tariffs discussed.",
//!      "date": {"kind": "exact", "date": "2026-01-08"}},
//!     {"id": "round-1", "title": "First round", "summary": "Agenda set.",
//!      "date": {"kind": "approximate", "start": "2025-12-29", "end": "2026-01-04", "text": "last week"}},
//!     {"id": "round-3", "title": "Third round", "summary": "",
//!      "date": {"kind": "exact", "date": "2026-01-09"}}
//!   ],
//!   "points": [{"id": "agenda", "title": "Agenda", "status": "agreed", "summary": "Set."}]
//! }"#;
//!
//! let parsed = parse(json);
//! let story = parsed.story.expect("usable story");
//! // The third event has an empty summary: it is skipped, the rest is kept.
//! assert_eq!(parsed.diagnostics.len(), 1);
//! assert_eq!(parsed.diagnostics[0].path(), "events[2].summary");
//! assert_eq!(parsed.diagnostics[0].impact(), Impact::Item);
//!
//! let order: Vec<&str> = story.events_by_date().iter().map(|e| e.id.as_str()).collect();
//! assert_eq!(order, ["round-1", "round-2"]);
//! assert_eq!(story.points_in(StatusGroup::Agreed).len(), 1);
//! ```
//!
//! # Glossary
//!
//! - **story**: one widget's content: a negotiation as a news organisation tells it.
//! - **party**: a country, bloc, organisation or person taking part.
//! - **track**: a workstream of the talks (security guarantees, territory, …).
//! - **event**: something that happened or is expected, with a date that may be
//!   exact, a range, approximate ("last week") or expected ("within 7–10 days").
//! - **point**: an item of substance with a [`Status`] (agreed, disputed, …).
//! - **claim**: who said or reported what, attributed on record, to an anonymous
//!   source or to a media report; claims can contradict each other.
//! - **source**: where a fact was reported (outlet, title, link).
//! - **question**: a key question the story answers, linking to points and events.
//! - **next step**: what is expected to happen next, when, and on what condition.
#![deny(missing_docs)]

mod date;
mod diagnostic;
pub mod dom_ids;
mod filter;
pub mod i18n;
mod ids;
pub mod import;
mod labels;
pub mod limits;
mod locale;
mod locate;
mod model;
mod parse;
pub mod reader;
mod sections;
mod selection;
pub mod timeline;

pub use date::{Day, EventDate, Timestamp};
pub use diagnostic::{Diagnostic, Impact};
pub use dom_ids::{DomId, DomIds};
pub use filter::{Filter, FilterOption};
pub use ids::*;
pub use i18n::{Locale, Messages};
pub use locale::{text_direction, ui_language, Direction, UiLanguage, UI_LOCALES};
pub use model::*;
pub use locate::locate;
pub use parse::{is_web_url, parse, Parsed};
pub use sections::Standing;

/// The story JSON Schema (static/story.schema.json), generated from these types.
#[cfg(feature = "schema")]
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Story);
    schema.insert(
        "$id".into(),
        "https://talks-tracker.invalid/story.schema.json".into(),
    );
    schema.insert(
        "title".into(),
        "talks-tracker story, format version 1".into(),
    );
    serde_json::to_string_pretty(&schema).expect("a schema serializes") + "\n"
}

impl Story {
    /// Events in timeline order: by first day, then last day, then as written.
    pub fn events_by_date(&self) -> Vec<&Event> {
        let order = self.index.by_date.get_or_init(|| {
            let mut order: Vec<usize> = (0..self.events.len()).collect();
            order.sort_by_cached_key(|&i| self.events[i].date.sort_key());
            order
        });
        order.iter().map(|&i| &self.events[i]).collect()
    }

    /// The points of one section, in the order the story lists them.
    pub fn points_in(&self, group: StatusGroup) -> Vec<&Point> {
        self.points
            .iter()
            .filter(|point| point.status.group() == group)
            .collect()
    }

    /// The party with this id.
    pub fn party(&self, id: &PartyId) -> Option<&Party> {
        self.parties.iter().find(|party| &party.id == id)
    }

    /// The track with this id.
    pub fn track(&self, id: &TrackId) -> Option<&Track> {
        self.tracks.iter().find(|track| &track.id == id)
    }

    /// The event with this id.
    pub fn event(&self, id: &EventId) -> Option<&Event> {
        let by_id = self.index.events.get_or_init(|| {
            let mut by_id = std::collections::BTreeMap::new();
            for (i, event) in self.events.iter().enumerate() {
                by_id.entry(event.id.clone()).or_insert(i);
            }
            by_id
        });
        by_id.get(id).map(|&i| &self.events[i])
    }

    /// The 1-based citation number of a source: its place in the sources list.
    pub fn source_number(&self, id: &SourceId) -> Option<usize> {
        self.sources
            .iter()
            .position(|source| &source.id == id)
            .map(|i| i + 1)
    }

    /// Claims bearing on a point, in story order.
    pub fn claims_on_point(&self, id: &PointId) -> Vec<&Claim> {
        let by_point = self.index.claims_by_point.get_or_init(|| {
            let mut by_point = std::collections::BTreeMap::<PointId, Vec<usize>>::new();
            for (i, claim) in self.claims.iter().enumerate() {
                for point in &claim.points {
                    let claims = by_point.entry(point.clone()).or_default();
                    // A claim listing a point twice is still one claim on it.
                    if claims.last() != Some(&i) {
                        claims.push(i);
                    }
                }
            }
            by_point
        });
        by_point
            .get(id)
            .map(|claims| claims.iter().map(|&i| &self.claims[i]).collect())
            .unwrap_or_default()
    }

    /// Claims bearing on an event, in story order.
    pub fn claims_on_event(&self, id: &EventId) -> Vec<&Claim> {
        self.claims
            .iter()
            .filter(|claim| claim.events.contains(id))
            .collect()
    }

    /// Whether some claim on the point contradicts another claim on the same point.
    pub fn accounts_differ(&self, id: &PointId) -> bool {
        let claims = self.claims_on_point(id);
        claims
            .iter()
            .any(|claim| claims.iter().any(|other| claim.conflicts_with(other)))
    }

    /// "Now" on the timeline: the updated time, else the published time.
    pub fn as_of(&self) -> Timestamp {
        self.head.updated.unwrap_or(self.head.published)
    }
}

impl Claim {
    /// Whether either claim says it contradicts the other.
    pub fn conflicts_with(&self, other: &Claim) -> bool {
        self.contradicts.contains(&other.id) || other.contradicts.contains(&self.id)
    }
}

impl AttributionKind {
    /// The JSON spelling, also used in `data-attribution`.
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::OnRecord => "on_record",
            AttributionKind::AnonymousSource => "anonymous_source",
            AttributionKind::MediaReport => "media_report",
        }
    }

    /// The kind in words, shown next to the attribution.
    pub fn label_en(self) -> &'static str {
        self.label(Locale::En)
    }
}

impl Attribution {
    /// Who the claim is attributed to, in words: "Steve Witkoff (US special envoy)",
    /// "a source familiar with the matter", or the outlet for a media report.
    pub fn label_en(&self, story: &Story, first_source: Option<&Source>) -> String {
        self.label(story, first_source, Locale::En)
    }
}
