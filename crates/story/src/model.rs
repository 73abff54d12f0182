//! The story format, version 2, as Rust types. Version 1 files read unchanged: every
//! field version 2 added is optional, and [`Point::track`] is kept as the version 1
//! spelling of [`Point::tracks`].
//!
//! These are the serde types of the JSON file ([`StoryFile`] and the items it lists).
//! The items are plain data shared with the validated [`crate::Story`]: once
//! [`crate::parse`] has checked them, every id reference resolves and every
//! required text is non-empty.
//!
//! Field docs here become the descriptions in `static/story.schema.json`.
//!
//! The types are `Eq` (not only `PartialEq`) so that comparing two `Rc<Story>`
//! props checks the pointer first instead of walking the whole story.
//!
//! Each item's references to other items are listed once, in [`crate::references`].

use serde::{Deserialize, Serialize};

use crate::date::{EventDate, Timestamp};
use crate::ids::*;

/// The version of the story format this crate writes.
pub const FORMAT_VERSION: u32 = 2;

/// The oldest version this crate still reads.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// The top-level fields of a story, without its lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StoryHead {
    /// Story format version: 2 (1 still reads; `talks-tracker migrate` rewrites it).
    pub version: u32,
    /// Stable id of the story, used in element ids and links.
    pub id: StoryId,
    /// Headline.
    pub title: String,
    /// Two or three sentences: what the story is about.
    pub summary: String,
    /// BCP 47 language tag of the story's text, e.g. `en` or `uk`.
    pub language: String,
    /// When the story was first published.
    pub published: Timestamp,
    /// When the story was last updated; "now" on the timeline. Defaults to `published`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// Who publishes the story.
    pub publisher: Publisher,
    /// The canonical URL of the article the widget belongs to (http or https).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<String>,
}

/// A whole story: the head and the lists it is made of.
///
/// In JSON the head's fields and the lists sit side by side in one object.
// (Not in the doc comment, which is the schema's description.) This is the file as
// written: what `parse` reads and what serializes back. Nothing here is checked; the
// widget renders a `Story`, which only `parse` builds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StoryFile {
    /// Title, dates, language and publisher.
    #[serde(flatten)]
    pub head: StoryHead,
    /// Countries, blocs, organisations and people taking part.
    #[serde(default)]
    pub parties: Vec<Party>,
    /// Workstreams of the negotiation (security guarantees, territory, …).
    #[serde(default)]
    pub tracks: Vec<Track>,
    /// What happened, or is expected to happen, and when.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Items of substance and how far they are agreed.
    #[serde(default)]
    pub points: Vec<Point>,
    /// Who said or reported what.
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// Key questions the story answers.
    #[serde(default)]
    pub questions: Vec<Question>,
    /// What comes next.
    #[serde(default)]
    pub next_steps: Vec<NextStep>,
    /// Where the facts come from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The log of updates and corrections, in any order (readers see newest first).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub updates: Vec<Update>,
}

/// An entry of the story's update log: what the newsroom changed, when, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Update {
    /// When the update was published.
    pub time: Timestamp,
    /// An update (news) or a correction (an error put right).
    pub kind: UpdateKind,
    /// What changed, in the editor's words. For a correction: what was wrong and what is right.
    pub text: String,
    /// Events the update touched.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventId>,
    /// Points the update touched.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<PointId>,
    /// Claims the update touched.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<ClaimId>,
    /// Parties the update touched.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<PartyId>,
}

/// What kind of entry an [`Update`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum UpdateKind {
    /// New facts or developments.
    Update,
    /// An error put right; shown as a correction, never silently.
    Correction,
}

/// The news organisation publishing the story.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Publisher {
    /// Name, e.g. "RBC-Ukraine".
    pub name: String,
    /// Home page (http or https).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// What kind of actor a party is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    /// A state.
    Country,
    /// A group of states, e.g. the Coalition of the Willing.
    Bloc,
    /// An international or domestic body: NATO, the EU, a parliament.
    Organisation,
    /// A person: a leader, envoy, minister or official.
    Person,
}

/// A participant in the talks: a country, bloc, organisation or person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Party {
    /// Unique id among parties.
    pub id: PartyId,
    /// When the item was added to the story (version 2). Without it, since publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Timestamp>,
    /// When the item last changed in substance (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// Name as readers know it.
    pub name: String,
    /// Country, bloc, organisation or person.
    pub kind: PartyKind,
    /// For a person: their office, e.g. "US special envoy".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// For a person: the party they speak for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<PartyId>,
    /// For a bloc: its members that the story mentions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<PartyId>,
    /// The party's stance in one sentence, in the editor's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<String>,
    /// The party's part in the talks (version 2): negotiator, mediator, guarantor, ….
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<PartyRole>,
}

/// A party's part in the talks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PartyRole {
    /// Negotiates for itself or those it represents.
    Negotiator,
    /// Brokers between the sides.
    Mediator,
    /// Hosts or convenes the talks without brokering.
    Facilitator,
    /// Guarantees what is agreed.
    Guarantor,
    /// Checks that what is agreed is done.
    Verifier,
    /// Outside the talks and critical of them.
    Critic,
    /// Follows the talks without a part in them.
    Observer,
}

impl PartyRole {
    /// The JSON spelling, also used in `data-role`.
    pub fn as_str(self) -> &'static str {
        match self {
            PartyRole::Negotiator => "negotiator",
            PartyRole::Mediator => "mediator",
            PartyRole::Facilitator => "facilitator",
            PartyRole::Guarantor => "guarantor",
            PartyRole::Verifier => "verifier",
            PartyRole::Critic => "critic",
            PartyRole::Observer => "observer",
        }
    }
}

/// A workstream of the negotiation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Track {
    /// Unique id among tracks.
    pub id: TrackId,
    /// When the item was added to the story (version 2). Without it, since publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Timestamp>,
    /// When the item last changed in substance (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// Name, e.g. "Security guarantees".
    pub name: String,
    /// What the track covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Something that happened, or is expected to happen, on a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Event {
    /// Unique id among events.
    pub id: EventId,
    /// When the item was added to the story (version 2). Without it, since publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Timestamp>,
    /// When the item last changed in substance (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// Short headline of the event.
    pub title: String,
    /// When: exact, a range, approximate or expected.
    pub date: EventDate,
    /// Where, e.g. "Paris".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Parties taking part.
    #[serde(default)]
    pub participants: Vec<PartyId>,
    /// Tracks the event bears on.
    #[serde(default)]
    pub tracks: Vec<TrackId>,
    /// What happened, in the editor's words.
    pub summary: String,
    /// Sources for the event.
    #[serde(default)]
    pub sources: Vec<SourceId>,
    /// An ordinary event, or a deadline (version 2).
    #[serde(default, skip_serializing_if = "EventKind::is_event")]
    pub kind: EventKind,
    /// For a deadline: whether it was met or missed, once known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<DeadlineOutcome>,
    /// For a deadline: the later deadline event that replaced it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extended_to: Option<EventId>,
    /// A phase or round of talks (version 2), usually a range: the overview draws it as
    /// a labelled band across its dates.
    #[serde(default, skip_serializing_if = "is_false")]
    pub phase: bool,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// What kind of thing an event is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Something that happened or is expected: a meeting, a statement, a vote.
    #[default]
    Event,
    /// A date by which something must happen.
    Deadline,
}

impl EventKind {
    /// Whether this is the default kind (not written out).
    pub fn is_event(&self) -> bool {
        *self == EventKind::Event
    }
}

/// How a deadline turned out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeadlineOutcome {
    /// What was due happened in time.
    Met,
    /// The deadline passed without it.
    Missed,
}

impl DeadlineOutcome {
    /// The JSON spelling, also used in `data-outcome`.
    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineOutcome::Met => "met",
            DeadlineOutcome::Missed => "missed",
        }
    }
}

/// How far a point is agreed. A fixed vocabulary, so every widget reads the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Agreed by the parties concerned.
    Agreed,
    /// Agreed in substance with details or signatures outstanding.
    LargelyAgreed,
    /// Under active negotiation.
    InProgress,
    /// On the agenda but not yet taken up.
    NotStarted,
    /// The parties' accounts or positions conflict.
    Disputed,
    /// The text is agreed (often signed), but the parties read it differently (version 2).
    InterpretationDisputed,
    /// Negotiated without agreement.
    NotAgreed,
    /// Taken off the table.
    Dropped,
}

/// The three sections the cards are grouped in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusGroup {
    /// "What was agreed".
    Agreed,
    /// "Where problems emerged".
    Problems,
    /// "Still open".
    Open,
}

impl StatusGroup {
    /// The section heading in English.
    pub fn title_en(self) -> &'static str {
        self.title(crate::Locale::En)
    }
}

impl Status {
    /// Every status, in display order.
    pub const ALL: [Status; 8] = [
        Status::Agreed,
        Status::LargelyAgreed,
        Status::InProgress,
        Status::NotStarted,
        Status::Disputed,
        Status::InterpretationDisputed,
        Status::NotAgreed,
        Status::Dropped,
    ];

    /// The section a point with this status belongs to.
    pub fn group(self) -> StatusGroup {
        match self {
            Status::Agreed | Status::LargelyAgreed => StatusGroup::Agreed,
            Status::Disputed
            | Status::InterpretationDisputed
            | Status::NotAgreed
            | Status::Dropped => StatusGroup::Problems,
            Status::InProgress | Status::NotStarted => StatusGroup::Open,
        }
    }

    /// The English word for the status, shown next to its icon.
    pub fn label_en(self) -> &'static str {
        self.label(crate::Locale::En)
    }

    /// A text icon for the status, so meaning never rests on colour alone.
    pub fn icon(self) -> &'static str {
        match self {
            Status::Agreed => "✓",
            Status::LargelyAgreed => "◕",
            Status::InProgress => "◐",
            Status::NotStarted => "○",
            Status::Disputed => "⚠",
            Status::InterpretationDisputed => "⚖",
            Status::NotAgreed => "✕",
            Status::Dropped => "⊘",
        }
    }

    /// The JSON spelling, also used in `data-status`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Agreed => "agreed",
            Status::LargelyAgreed => "largely_agreed",
            Status::InProgress => "in_progress",
            Status::NotStarted => "not_started",
            Status::Disputed => "disputed",
            Status::InterpretationDisputed => "interpretation_disputed",
            Status::NotAgreed => "not_agreed",
            Status::Dropped => "dropped",
        }
    }
}

/// An item of substance in the talks and where it stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Point {
    /// Unique id among points.
    pub id: PointId,
    /// When the item was added to the story (version 2). Without it, since publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Timestamp>,
    /// When the item last changed in substance (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// Short title, e.g. "Long-term military aid".
    pub title: String,
    /// Where it stands now.
    pub status: Status,
    /// The track it belongs to (version 1 spelling; version 2 writes `tracks`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track: Option<TrackId>,
    /// The tracks it belongs to (version 2): one or more.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<TrackId>,
    /// What it is about, in the editor's words.
    pub summary: String,
    /// Each party's position on it.
    #[serde(default)]
    pub positions: Vec<Position>,
    /// Events where it was discussed or decided.
    #[serde(default)]
    pub events: Vec<EventId>,
    /// Earlier statuses, oldest first; the current one is `status`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<StatusChange>,
    /// Sources for the point.
    #[serde(default)]
    pub sources: Vec<SourceId>,
}

/// One party's position on a point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Position {
    /// Whose position.
    pub party: PartyId,
    /// The position in one sentence.
    pub stance: String,
    /// Since when the party has held it (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<EventDate>,
    /// Where it was reported (version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The party's earlier positions, oldest first (version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<EarlierStance>,
}

/// A position a party held before, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EarlierStance {
    /// The earlier position in one sentence.
    pub stance: String,
    /// When the party held it.
    pub date: EventDate,
    /// Where it was reported.
    #[serde(default)]
    pub sources: Vec<SourceId>,
}

/// A status a point had before, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StatusChange {
    /// The earlier status.
    pub status: Status,
    /// When it had that status.
    pub date: EventDate,
    /// What the status was based on, e.g. "an earlier draft seen by Politico".
    pub note: String,
    /// Sources for the earlier status.
    #[serde(default)]
    pub sources: Vec<SourceId>,
    /// The event that ended this status (version 2), e.g. the meeting that settled it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    /// Claims behind the change (version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<ClaimId>,
    /// When the story moved on from this status (version 2): readers who visited
    /// before this time are told the status changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Timestamp>,
}

/// How a claim is attributed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    /// A named person or body said it publicly.
    OnRecord,
    /// An unnamed source told the reporting outlet.
    AnonymousSource,
    /// Another outlet reported it, possibly citing someone.
    MediaReport,
    /// A document says it: a fact sheet, a communiqué, a published text (version 2).
    /// The document is `attribution.document`; `speaker` is who issued it, if anyone.
    Document,
}

/// Who said or reported something, and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Attribution {
    /// On record, anonymous source or media report.
    pub kind: AttributionKind,
    /// The speaker, for on-record claims (required there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<PartyId>,
    /// How an unnamed speaker is described: "a source familiar with the matter".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub described_as: Option<String>,
    /// For a document: the source that is the document itself (required there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<SourceId>,
}

/// How a statement was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Medium {
    /// A written statement or communiqué.
    WrittenStatement,
    /// At a press conference.
    PressConference,
    /// In an interview.
    Interview,
    /// On social media.
    SocialMedia,
    /// In a televised address.
    TelevisedAddress,
    /// In a speech.
    Speech,
    /// At a briefing for reporters.
    Briefing,
}

impl Medium {
    /// The JSON spelling, also used in `data-medium`.
    pub fn as_str(self) -> &'static str {
        match self {
            Medium::WrittenStatement => "written_statement",
            Medium::PressConference => "press_conference",
            Medium::Interview => "interview",
            Medium::SocialMedia => "social_media",
            Medium::TelevisedAddress => "televised_address",
            Medium::Speech => "speech",
            Medium::Briefing => "briefing",
        }
    }
}

/// When and how contradicting accounts were settled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Resolution {
    /// The day the accounts stopped differing.
    pub date: crate::date::Day,
    /// The event that settled it, e.g. the signing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    /// How it was settled, in the editor's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Who said or reported what, when, and where it was reported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Claim {
    /// Unique id among claims.
    pub id: ClaimId,
    /// When the item was added to the story (version 2). Without it, since publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Timestamp>,
    /// When the item last changed in substance (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// Who said it and how it is attributed.
    pub attribution: Attribution,
    /// The words as reported, verbatim. At least one of `quote` and `statement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// When `quote` is a translation: the BCP 47 tag of the language the words were
    /// spoken or reported in, e.g. `en` in a Ukrainian story quoting an English
    /// article. Readers see "translated from English". Leave it out when the quote
    /// is in the story's own language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_language: Option<String>,
    /// What was said or reported, in the editor's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// When it was said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<EventDate>,
    /// Where it was said, if it matters ("after the first day of talks").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Where it was reported. At least one.
    pub sources: Vec<SourceId>,
    /// Points the claim bears on.
    #[serde(default)]
    pub points: Vec<PointId>,
    /// Events the claim bears on.
    #[serde(default)]
    pub events: Vec<EventId>,
    /// Claims this one conflicts with ("accounts differ").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contradicts: Vec<ClaimId>,
    /// Set when the accounts in `contradicts` stopped differing (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<Resolution>,
    /// How it was said: press conference, social media, televised address, … (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<Medium>,
}

/// A key question the story answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Question {
    /// Unique id among questions.
    pub id: QuestionId,
    /// When the item was added to the story (version 2). Without it, since publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Timestamp>,
    /// When the item last changed in substance (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// The question, as the article asks it.
    pub question: String,
    /// A short answer in the editor's words.
    pub answer: String,
    /// Points that answer it.
    #[serde(default)]
    pub points: Vec<PointId>,
    /// Events that answer it.
    #[serde(default)]
    pub events: Vec<EventId>,
}

/// An upcoming step in the talks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NextStep {
    /// Unique id among next steps.
    pub id: StepId,
    /// When the item was added to the story (version 2). Without it, since publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Timestamp>,
    /// When the item last changed in substance (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// What is expected to happen.
    pub title: String,
    /// Details in the editor's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// When it is expected.
    pub expected: EventDate,
    /// What it depends on ("a signal from the US").
    #[serde(default)]
    pub conditions: Vec<String>,
    /// Parties involved.
    #[serde(default)]
    pub parties: Vec<PartyId>,
    /// The timeline event standing for this step, if there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    /// Points the step bears on.
    #[serde(default)]
    pub points: Vec<PointId>,
    /// Sources for the expectation.
    #[serde(default)]
    pub sources: Vec<SourceId>,
}

/// Where facts come from: an article, statement or report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    /// Unique id among sources.
    pub id: SourceId,
    /// When the item was added to the story (version 2). Without it, since publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Timestamp>,
    /// When the item last changed in substance (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// The outlet or body, e.g. "Politico".
    pub outlet: String,
    /// Title of the piece, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Link to the piece (http or https), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When the piece was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<crate::date::Day>,
}

/// An item with `added` and `updated` stamps (version 2): every list item but updates.
pub trait Stamped {
    /// When the item was added; `None` for "since publication".
    fn added(&self) -> Option<Timestamp>;
    /// When the item last changed in substance.
    fn updated(&self) -> Option<Timestamp>;
    /// Forgets the `updated` stamp (the parser drops one that comes before `added`).
    fn clear_updated(&mut self);
}

macro_rules! stamped {
    ($($type:ty),*) => {$(
        impl Stamped for $type {
            fn added(&self) -> Option<Timestamp> {
                self.added
            }
            fn updated(&self) -> Option<Timestamp> {
                self.updated
            }
            fn clear_updated(&mut self) {
                self.updated = None;
            }
        }
    )*};
}

stamped!(Party, Track, Event, Point, Claim, Question, NextStep, Source);
