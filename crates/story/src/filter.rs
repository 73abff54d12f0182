//! Filtering the timeline and the cards by party and by track.
//!
//! Within parties (or within tracks) the choices widen the selection (any of
//! them); parties and tracks together narrow it (both must match). A person
//! counts for the party they speak for, so choosing "United States" also
//! finds the events its envoys attended.

use std::collections::BTreeSet;

use crate::{Event, Party, PartyId, PartyKind, Point, Story, Track, TrackId};

/// The reader's chosen parties and tracks; empty means everything is shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Parties chosen; an item matches when it involves any of them.
    pub parties: BTreeSet<PartyId>,
    /// Tracks chosen; an item matches when it is on any of them.
    pub tracks: BTreeSet<TrackId>,
}

impl Filter {
    /// Whether nothing is chosen.
    pub fn is_empty(&self) -> bool {
        self.parties.is_empty() && self.tracks.is_empty()
    }

    /// Chooses the party, or un-chooses it when it was chosen.
    pub fn toggle_party(&mut self, party: PartyId) {
        if !self.parties.remove(&party) {
            self.parties.insert(party);
        }
    }

    /// Chooses the track, or un-chooses it when it was chosen.
    pub fn toggle_track(&mut self, track: TrackId) {
        if !self.tracks.remove(&track) {
            self.tracks.insert(track);
        }
    }
}

/// A filter choice offered to the reader, with how many items it would match on its own.
#[derive(Clone, Debug, PartialEq)]
pub struct FilterOption<'a, T> {
    /// The party or track.
    pub item: &'a T,
    /// Matching events.
    pub events: usize,
    /// Matching points (cards).
    pub points: usize,
}

impl Story {
    /// Whether any of `involved` is `wanted`, or a person speaking for it.
    fn involves(&self, involved: &[&PartyId], wanted: &PartyId) -> bool {
        involved.iter().any(|id| self.speaks_for(id, wanted))
    }

    fn matches(&self, filter: &Filter, involved: &[&PartyId], tracks: &[&TrackId]) -> bool {
        let party_ok =
            filter.parties.is_empty() || filter.parties.iter().any(|p| self.involves(involved, p));
        let track_ok =
            filter.tracks.is_empty() || tracks.iter().any(|t| filter.tracks.contains(*t));
        party_ok && track_ok
    }

    /// Whether the event passes the filter: a participant and a track match.
    pub fn event_matches(&self, event: &Event, filter: &Filter) -> bool {
        // No filter: everything matches, without building the lists below (this runs
        // for every event on every selection).
        if filter.is_empty() {
            return true;
        }
        let (involved, tracks) = self.event_subject(event);
        self.matches(filter, &involved, &tracks)
    }

    /// Whether the point passes the filter. Its parties are those with a position on it,
    /// the speakers of claims about it and the participants of its events.
    pub fn point_matches(&self, point: &Point, filter: &Filter) -> bool {
        if filter.is_empty() {
            return true;
        }
        let (involved, tracks) = self.point_subject(point);
        self.matches(filter, &involved, &tracks)
    }

    /// The parties and tracks the filter looks at for an event.
    fn event_subject<'a>(&'a self, event: &'a Event) -> Subject<'a> {
        (
            event.participants.iter().collect(),
            event.tracks.iter().collect(),
        )
    }

    /// The parties and tracks the filter looks at for a point (see [`Story::point_matches`]).
    fn point_subject<'a>(&'a self, point: &'a Point) -> Subject<'a> {
        let mut involved: Vec<&PartyId> = point.positions.iter().map(|p| &p.party).collect();
        involved.extend(
            self.claims_on_point(&point.id)
                .into_iter()
                .filter_map(|c| c.attribution.speaker.as_ref()),
        );
        involved.extend(
            point
                .events
                .iter()
                .filter_map(|id| self.event(id))
                .flat_map(|e| &e.participants),
        );
        (involved, point.tracks.iter().collect())
    }

    /// Events passing the filter, in timeline order.
    pub fn visible_events(&self, filter: &Filter) -> Vec<&Event> {
        self.events_by_date()
            .into_iter()
            .filter(|e| self.event_matches(e, filter))
            .collect()
    }

    /// The parties a reader can filter by: countries, blocs and organisations
    /// that match at least one event or point. People are found through their party.
    pub fn party_options(&self) -> Vec<FilterOption<'_, Party>> {
        let parties = self
            .parties()
            .iter()
            .filter(|p| p.kind != PartyKind::Person);
        self.options(parties.map(|party| {
            let filter = Filter {
                parties: BTreeSet::from([party.id.clone()]),
                ..Filter::default()
            };
            (party, filter)
        }))
    }

    /// The tracks a reader can filter by: those matching at least one event or point.
    pub fn track_options(&self) -> Vec<FilterOption<'_, Track>> {
        self.options(self.tracks().iter().map(|track| {
            let filter = Filter {
                tracks: BTreeSet::from([track.id.clone()]),
                ..Filter::default()
            };
            (track, filter)
        }))
    }

    /// Each choice with the items its filter matches on its own, those matching any.
    /// Every item's parties and tracks are gathered once, not once per choice: at
    /// thousands of events that was most of the filter bar's first render.
    fn options<'a, T>(
        &'a self,
        choices: impl Iterator<Item = (&'a T, Filter)>,
    ) -> Vec<FilterOption<'a, T>> {
        let events: Vec<Subject> = self
            .events()
            .iter()
            .map(|e| self.event_subject(e))
            .collect();
        let points: Vec<Subject> = self
            .points()
            .iter()
            .map(|p| self.point_subject(p))
            .collect();
        let count = |subjects: &[Subject], filter: &Filter| {
            subjects
                .iter()
                .filter(|(involved, tracks)| self.matches(filter, involved, tracks))
                .count()
        };
        choices
            .map(|(item, filter)| FilterOption {
                item,
                events: count(&events, &filter),
                points: count(&points, &filter),
            })
            .filter(|o| o.events + o.points > 0)
            .collect()
    }
}

/// An item's parties and tracks, as the filter sees them.
type Subject<'a> = (Vec<&'a PartyId>, Vec<&'a TrackId>);
