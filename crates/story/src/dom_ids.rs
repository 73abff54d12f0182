//! Every element id one widget gives out, built in one place.
//!
//! An id is `<instance>-<kind>`, where the kind is either a fixed name
//! (`timeline`, `panel`, …) or a prefix followed by a story id (`event-<id>`,
//! `point-<id>`, …). Two rules make every id unique for any valid story:
//!
//! - the story id always comes last, after a prefix ending in `-`, and no
//!   prefix is the beginning of another (`point-` and `card-title-`);
//! - no fixed name begins with a prefix (so the event `panel` and the event
//!   panel, `event-panel` and `panel`, stay apart).
//!
//! `tests/dom_ids.rs` checks both rules and round-trips every kind through
//! [`DomIds::parse`]. The widget's instance id is the same for all its
//! elements; each widget renders in its own shadow root, so two widgets on a
//! page never share an id scope.

use crate::{EventId, PartyId, PointId, QuestionId, StatusGroup, StepId, Story, TrackId};

/// One element of a widget that carries an id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DomId {
    /// The story's headline.
    Title,
    /// The timeline's heading.
    Timeline,
    /// The open event's tab panel.
    Panel,
    /// The filter bar's heading.
    Filters,
    /// The filter bar's collapsible body.
    FiltersBody,
    /// The label of the party chips.
    FilterParties,
    /// The label of the track chips.
    FilterTracks,
    /// The heading of a section of cards.
    Section(StatusGroup),
    /// The heading of "Who stands where".
    Standings,
    /// The heading of "What's next".
    NextSteps,
    /// The heading of the sources list.
    Sources,
    /// The heading of the key questions.
    Questions,
    /// An event's tab (or, without script, its entry): the deep-link target.
    Event(EventId),
    /// A point's card.
    Point(PointId),
    /// A point card's heading.
    PointTitle(PointId),
    /// A key question's answer.
    Answer(QuestionId),
    /// A source in the numbered list, by its 1-based number.
    Source(usize),
    /// The spelt-out counts of a party's filter chip.
    PartyCount(PartyId),
    /// The spelt-out counts of a track's filter chip.
    TrackCount(TrackId),
    /// The summary of what changed since the reader's last visit.
    Since,
    /// The heading of the update log.
    Updates,
    /// A next step.
    Step(StepId),
    /// An entry of the update log, by its index in the story file.
    Update(usize),
    /// The overview's summary line, which describes its slider.
    Overview,
}

/// The fixed names, each with its element. None begins with a prefix of [`PREFIXES`].
const FIXED: [(&str, DomId); 17] = [
    ("title", DomId::Title),
    ("timeline", DomId::Timeline),
    ("panel", DomId::Panel),
    ("filters", DomId::Filters),
    ("filters-body", DomId::FiltersBody),
    ("filter-parties", DomId::FilterParties),
    ("filter-tracks", DomId::FilterTracks),
    ("agreed", DomId::Section(StatusGroup::Agreed)),
    ("problems", DomId::Section(StatusGroup::Problems)),
    ("open", DomId::Section(StatusGroup::Open)),
    ("standings", DomId::Standings),
    ("next", DomId::NextSteps),
    ("sources", DomId::Sources),
    ("questions", DomId::Questions),
    ("since", DomId::Since),
    ("updates", DomId::Updates),
    ("overview", DomId::Overview),
];

/// The prefixes of ids that end in a story id (or a source number).
pub const PREFIXES: [&str; 9] = [
    "event-",
    "point-",
    "card-title-",
    "answer-",
    "source-",
    "party-count-",
    "track-count-",
    "step-",
    "update-",
];

impl DomId {
    /// The part after `<instance>-`.
    fn kind(&self) -> String {
        let with = |prefix: usize, id: &str| format!("{}{id}", PREFIXES[prefix]);
        match self {
            DomId::Event(id) => with(0, id.as_str()),
            DomId::Point(id) => with(1, id.as_str()),
            DomId::PointTitle(id) => with(2, id.as_str()),
            DomId::Answer(id) => with(3, id.as_str()),
            DomId::Source(n) => with(4, &n.to_string()),
            DomId::PartyCount(id) => with(5, id.as_str()),
            DomId::TrackCount(id) => with(6, id.as_str()),
            DomId::Step(id) => with(7, id.as_str()),
            DomId::Update(n) => with(8, &n.to_string()),
            fixed => FIXED
                .iter()
                .find(|(_, element)| element == fixed)
                .map_or_else(String::new, |(name, _)| (*name).to_string()),
        }
    }

    /// The fixed names, for the uniqueness tests.
    pub fn fixed_names() -> impl Iterator<Item = &'static str> {
        FIXED.iter().map(|(name, _)| *name)
    }
}

/// Builds (and reads back) the element ids of one widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomIds {
    instance: String,
}

impl DomIds {
    /// The ids of the widget whose instance id is `instance` (a valid id: see
    /// [`crate::check_id`]).
    pub fn new(instance: impl Into<String>) -> Self {
        DomIds {
            instance: instance.into(),
        }
    }

    /// The instance id.
    pub fn instance(&self) -> &str {
        &self.instance
    }

    /// The element id of `element`.
    pub fn id(&self, element: &DomId) -> String {
        format!("{}-{}", self.instance, element.kind())
    }

    /// `#` and the element id: a fragment link to `element`.
    pub fn href(&self, element: &DomId) -> String {
        format!("#{}", self.id(element))
    }

    /// The element an id of this widget names, or `None` when it is not one of ours.
    pub fn parse(&self, id: &str) -> Option<DomId> {
        let kind = id.strip_prefix(&self.instance)?.strip_prefix('-')?;
        if let Some((_, element)) = FIXED.iter().find(|(name, _)| *name == kind) {
            return Some(element.clone());
        }
        let (prefix, rest) = PREFIXES
            .iter()
            .enumerate()
            .find_map(|(i, prefix)| kind.strip_prefix(prefix).map(|rest| (i, rest)))?;
        crate::check_id(rest).ok()?;
        Some(match prefix {
            0 => DomId::Event(EventId::new(rest)),
            1 => DomId::Point(PointId::new(rest)),
            2 => DomId::PointTitle(PointId::new(rest)),
            3 => DomId::Answer(QuestionId::new(rest)),
            4 => DomId::Source(rest.parse().ok().filter(|n| *n > 0)?),
            5 => DomId::PartyCount(PartyId::new(rest)),
            6 => DomId::TrackCount(TrackId::new(rest)),
            7 => DomId::Step(StepId::new(rest)),
            _ => DomId::Update(rest.parse().ok()?),
        })
    }

    /// The numbered source a citation's fragment (without `#`) links to:
    /// `<instance>-source-<n>`, with `n` from 1.
    pub fn linked_source(&self, fragment: &str) -> Option<usize> {
        let number = fragment
            .strip_prefix(self.instance.as_str())?
            .strip_prefix("-source-")?;
        // Digits only: `parse` would also take a sign.
        let digits = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
        number.parse().ok().filter(|&n| digits && n > 0)
    }

    /// What a URL fragment (without `#`) links to, when it names an event, a card or a
    /// numbered source that `story` has, with this widget's instance id:
    /// `#<instance>-event-<id>`, `#<instance>-point-<id>` or `#<instance>-source-<n>`.
    /// These are the deep links a host page, a shared URL or the pre-rendered copy
    /// (whose citations only change the URL) can hand the widget.
    pub fn deep_link(&self, story: &Story, fragment: &str) -> Option<DomId> {
        if let Some(n) = self.linked_source(fragment) {
            return (n <= story.sources().len()).then_some(DomId::Source(n));
        }
        match self.parse(fragment)? {
            DomId::Event(id) if story.event(&id).is_some() => Some(DomId::Event(id)),
            DomId::Point(id) if story.point(&id).is_some() => Some(DomId::Point(id)),
            _ => None,
        }
    }
}
