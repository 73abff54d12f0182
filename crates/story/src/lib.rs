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
//!   source, to a media report or to a document; claims can contradict each other,
//!   and a contradiction can be **settled** (`resolved`): it is then history
//!   ("accounts differed until …"), not a live dispute ([`Disputes`]).
//! - **deadline**: an event of kind `deadline`, met, missed or extended to a later
//!   deadline ([`Deadline`]).
//! - **source**: where a fact was reported (outlet, title, link).
//! - **question**: a key question the story answers, linking to points and events.
//! - **next step**: what is expected to happen next, when, and on what condition.
#![deny(missing_docs)]

pub mod changes;
mod date;
mod diagnostic;
pub mod dom_ids;
pub mod embed_code;
mod filter;
pub mod i18n;
mod ids;
pub mod import;
mod labels;
pub mod limits;
mod locale;
mod locate;
pub mod migrate;
mod model;
pub mod overview;
mod parse;
pub mod publish;
pub mod reader;
pub mod references;
mod sections;
mod selection;
pub mod sheets;
mod sort;
mod story;
mod time_aware;
pub mod timeline;

pub use changes::{Change, Changes, Visit};
pub use date::{Day, EventDate, Timestamp};
pub use diagnostic::{Diagnostic, Impact};
pub use dom_ids::{DomId, DomIds};
pub use filter::{Filter, FilterOption};
pub use i18n::{Locale, Messages};
pub use ids::*;
pub use locale::{text_direction, ui_language, Direction, UiLanguage, UI_LOCALES};
pub use locate::{locate, utf8_text, NotUtf8};
pub use model::*;
pub use parse::{is_web_url, parse, parse_lean, Parsed};
pub use sections::Standing;
pub use story::Story;
pub use time_aware::{Deadline, Disputes, SettledDispute};

/// The story JSON Schema (static/story.schema.json), generated from these types.
#[cfg(feature = "schema")]
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(StoryFile);
    schema.insert(
        "$id".into(),
        "https://talks-tracker.invalid/story.schema.json".into(),
    );
    schema.insert(
        "title".into(),
        "talks-tracker story, format version 2".into(),
    );
    serde_json::to_string_pretty(&schema).expect("a schema serializes") + "\n"
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
            AttributionKind::Document => "document",
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
