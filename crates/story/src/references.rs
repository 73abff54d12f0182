//! Each item type's references to other items, listed once.
//!
//! [`References::references`] names every field of an item that holds ids of other
//! items: its JSON name, the list it refers to, and the field itself. The parser
//! resolves references through it (dropping dangling ones, each with the same
//! diagnostic), the fuzz tests check that a parsed story's references resolve
//! through it, and a test checks that docs/story-format.md names every field it
//! lists. A new reference field added here is therefore validated, fuzzed and
//! documented; one added elsewhere is none of these.

use crate::model::*;

/// The list a reference points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// `parties`.
    Party,
    /// `tracks`.
    Track,
    /// `events`.
    Event,
    /// `points`.
    Point,
    /// `claims`.
    Claim,
    /// `sources`.
    Source,
}

impl Target {
    /// Every target.
    pub const ALL: [Target; 6] = [
        Target::Party,
        Target::Track,
        Target::Event,
        Target::Point,
        Target::Claim,
        Target::Source,
    ];

    /// The item in words, as diagnostics name it: "no party has the id …".
    pub fn noun(self) -> &'static str {
        match self {
            Target::Party => "party",
            Target::Track => "track",
            Target::Event => "event",
            Target::Point => "point",
            Target::Claim => "claim",
            Target::Source => "source",
        }
    }

    /// The story list it refers to, as in JSON.
    pub fn list(self) -> &'static str {
        match self {
            Target::Party => "parties",
            Target::Track => "tracks",
            Target::Event => "events",
            Target::Point => "points",
            Target::Claim => "claims",
            Target::Source => "sources",
        }
    }
}

/// One reference field of one item, handed to the visitor of [`References::references`].
pub struct RefField<'a> {
    /// The field's path inside its item, as docs/story-format.md writes it after
    /// `list[].`: `participants`, `attribution.speaker`, `positions[].party`,
    /// `history[].sources`.
    pub field: &'static str,
    /// For a field inside a nested list (`history[].sources`): which entry of it.
    pub entry: Option<usize>,
    /// For a field inside a list inside a list (`positions[].history[].sources`):
    /// which entry of the inner list.
    pub inner: Option<usize>,
    /// What the ids name.
    pub target: Target,
    /// The ids themselves.
    pub slot: Slot<'a>,
}

/// Where a field keeps its ids.
pub enum Slot<'a> {
    /// An optional id: a dangling one becomes `None`.
    One(&'a mut dyn OptionalRef),
    /// A list of ids, or of objects keyed by one (positions by party): a dangling
    /// one is removed from the list.
    Many(&'a mut dyn RefList),
}

/// An optional reference (`point.track`, `claim.attribution.speaker`).
pub trait OptionalRef {
    /// The id, if there is one.
    fn id(&self) -> Option<&str>;
    /// Forgets the id.
    fn clear(&mut self);
}

/// A list of references (`event.participants`) or of objects with one (`point.positions`).
pub trait RefList {
    /// The ids, in list order.
    fn ids(&self) -> Vec<&str>;
    /// Keeps the entries for which `keep(index, id)` is true.
    fn retain_ids(&mut self, keep: &mut dyn FnMut(usize, &str) -> bool);
}

impl<I: AsRef<str>> OptionalRef for Option<I> {
    fn id(&self) -> Option<&str> {
        self.as_ref().map(AsRef::as_ref)
    }

    fn clear(&mut self) {
        *self = None;
    }
}

/// What a list entry refers to.
pub trait Keyed {
    /// The id of the entry's reference.
    fn key(&self) -> &str;
}

impl<I: AsRef<str>> Keyed for I {
    fn key(&self) -> &str {
        self.as_ref()
    }
}

impl Keyed for Position {
    fn key(&self) -> &str {
        self.party.as_str()
    }
}

impl<K: Keyed> RefList for Vec<K> {
    fn ids(&self) -> Vec<&str> {
        self.iter().map(Keyed::key).collect()
    }

    fn retain_ids(&mut self, keep: &mut dyn FnMut(usize, &str) -> bool) {
        let mut index = 0;
        self.retain(|entry| {
            let kept = keep(index, entry.key());
            index += 1;
            kept
        });
    }
}

impl<'a> RefField<'a> {
    /// The ids the field holds now.
    pub fn ids(&self) -> Vec<&str> {
        match &self.slot {
            Slot::One(one) => one.id().into_iter().collect(),
            Slot::Many(many) => many.ids(),
        }
    }

    /// The JSON path of the field inside the item at `item` (`points[2]`), with
    /// `index` filling the list position of one of its ids: `points[2].positions[1].party`,
    /// `points[2].history[0].sources[3]`, `points[2].track`.
    pub fn path(&self, item: &str, index: Option<usize>) -> String {
        let mut field = self.field.to_string();
        let mut index = index;
        if field.contains("[]") {
            // The nested entry fills the brackets; without one, the list index does
            // (positions: the entry is the reference).
            if let Some(at) = self.entry.or_else(|| index.take()) {
                field = field.replacen("[]", &format!("[{at}]"), 1);
            }
            if let Some(at) = self.inner {
                field = field.replacen("[]", &format!("[{at}]"), 1);
            }
        }
        match index {
            Some(at) => format!("{item}.{field}[{at}]"),
            None => format!("{item}.{field}"),
        }
    }
}

/// An item that refers to other items.
pub trait References {
    /// Calls `visit` once for each reference field, in the item's field order.
    /// Fields inside nested lists are visited once per entry.
    fn references(&mut self, visit: &mut dyn FnMut(RefField<'_>));
}

fn field<'a>(field: &'static str, target: Target, slot: Slot<'a>) -> RefField<'a> {
    RefField {
        field,
        entry: None,
        inner: None,
        target,
        slot,
    }
}

/// A field of entry `entry` of a nested list (`history[].sources`).
fn nested<'a>(field: &'static str, entry: usize, target: Target, slot: Slot<'a>) -> RefField<'a> {
    RefField {
        entry: Some(entry),
        ..self::field(field, target, slot)
    }
}

impl References for Party {
    fn references(&mut self, visit: &mut dyn FnMut(RefField<'_>)) {
        visit(field("party", Target::Party, Slot::One(&mut self.party)));
        visit(field(
            "members",
            Target::Party,
            Slot::Many(&mut self.members),
        ));
    }
}

impl References for Track {
    fn references(&mut self, _: &mut dyn FnMut(RefField<'_>)) {}
}

impl References for Event {
    fn references(&mut self, visit: &mut dyn FnMut(RefField<'_>)) {
        visit(field(
            "participants",
            Target::Party,
            Slot::Many(&mut self.participants),
        ));
        visit(field("tracks", Target::Track, Slot::Many(&mut self.tracks)));
        visit(field(
            "sources",
            Target::Source,
            Slot::Many(&mut self.sources),
        ));
        visit(field(
            "extended_to",
            Target::Event,
            Slot::One(&mut self.extended_to),
        ));
    }
}

impl References for Point {
    fn references(&mut self, visit: &mut dyn FnMut(RefField<'_>)) {
        visit(field("track", Target::Track, Slot::One(&mut self.track)));
        visit(field("tracks", Target::Track, Slot::Many(&mut self.tracks)));
        visit(field("events", Target::Event, Slot::Many(&mut self.events)));
        visit(field(
            "sources",
            Target::Source,
            Slot::Many(&mut self.sources),
        ));
        visit(field(
            "positions[].party",
            Target::Party,
            Slot::Many(&mut self.positions),
        ));
        for (entry, position) in self.positions.iter_mut().enumerate() {
            let sources = Slot::Many(&mut position.sources);
            visit(nested(
                "positions[].sources",
                entry,
                Target::Source,
                sources,
            ));
            for (inner, earlier) in position.history.iter_mut().enumerate() {
                visit(RefField {
                    inner: Some(inner),
                    ..nested(
                        "positions[].history[].sources",
                        entry,
                        Target::Source,
                        Slot::Many(&mut earlier.sources),
                    )
                });
            }
        }
        for (entry, change) in self.history.iter_mut().enumerate() {
            let sources = Slot::Many(&mut change.sources);
            visit(nested("history[].sources", entry, Target::Source, sources));
            let event = Slot::One(&mut change.event);
            visit(nested("history[].event", entry, Target::Event, event));
            let claims = Slot::Many(&mut change.claims);
            visit(nested("history[].claims", entry, Target::Claim, claims));
        }
    }
}

impl References for Claim {
    fn references(&mut self, visit: &mut dyn FnMut(RefField<'_>)) {
        let speaker = &mut self.attribution.speaker;
        visit(field(
            "attribution.speaker",
            Target::Party,
            Slot::One(speaker),
        ));
        visit(field("points", Target::Point, Slot::Many(&mut self.points)));
        visit(field("events", Target::Event, Slot::Many(&mut self.events)));
        visit(field(
            "attribution.document",
            Target::Source,
            Slot::One(&mut self.attribution.document),
        ));
        visit(field(
            "contradicts",
            Target::Claim,
            Slot::Many(&mut self.contradicts),
        ));
        if let Some(resolved) = &mut self.resolved {
            visit(field(
                "resolved.event",
                Target::Event,
                Slot::One(&mut resolved.event),
            ));
        }
        visit(field(
            "sources",
            Target::Source,
            Slot::Many(&mut self.sources),
        ));
    }
}

impl References for Question {
    fn references(&mut self, visit: &mut dyn FnMut(RefField<'_>)) {
        visit(field("points", Target::Point, Slot::Many(&mut self.points)));
        visit(field("events", Target::Event, Slot::Many(&mut self.events)));
    }
}

impl References for NextStep {
    fn references(&mut self, visit: &mut dyn FnMut(RefField<'_>)) {
        visit(field(
            "parties",
            Target::Party,
            Slot::Many(&mut self.parties),
        ));
        visit(field("event", Target::Event, Slot::One(&mut self.event)));
        visit(field("points", Target::Point, Slot::Many(&mut self.points)));
        visit(field(
            "sources",
            Target::Source,
            Slot::Many(&mut self.sources),
        ));
    }
}

impl References for Source {
    fn references(&mut self, _: &mut dyn FnMut(RefField<'_>)) {}
}

impl References for Update {
    fn references(&mut self, visit: &mut dyn FnMut(RefField<'_>)) {
        visit(field("events", Target::Event, Slot::Many(&mut self.events)));
        visit(field("points", Target::Point, Slot::Many(&mut self.points)));
        visit(field("claims", Target::Claim, Slot::Many(&mut self.claims)));
        visit(field(
            "parties",
            Target::Party,
            Slot::Many(&mut self.parties),
        ));
    }
}

impl StoryFile {
    /// Visits every reference field of every item, with the item's JSON path
    /// (`events[3]`; indexes as in this file).
    pub fn references(&mut self, visit: &mut dyn FnMut(&str, RefField<'_>)) {
        fn each<T: References>(
            list: &str,
            items: &mut [T],
            visit: &mut dyn FnMut(&str, RefField<'_>),
        ) {
            for (i, item) in items.iter_mut().enumerate() {
                let at = format!("{list}[{i}]");
                item.references(&mut |field| visit(&at, field));
            }
        }
        each("parties", &mut self.parties, visit);
        each("tracks", &mut self.tracks, visit);
        each("events", &mut self.events, visit);
        each("points", &mut self.points, visit);
        each("claims", &mut self.claims, visit);
        each("questions", &mut self.questions, visit);
        each("next_steps", &mut self.next_steps, visit);
        each("sources", &mut self.sources, visit);
        each("updates", &mut self.updates, visit);
    }
}
