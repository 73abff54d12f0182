//! What the explainer sections need from a story: who stands where, and what comes next.

use crate::{Claim, NextStep, Party, PartyId, PartyKind, Point, Story};

/// One party's entry in "Who stands where".
#[derive(Clone, Debug, PartialEq)]
pub struct Standing<'a> {
    /// The party.
    pub party: &'a Party,
    /// Its claims and those of the people speaking for it, with a quote first.
    pub claims: Vec<&'a Claim>,
    /// Points on which the party has a stated position.
    pub points: Vec<&'a Point>,
}

impl Story {
    /// Whether `speaker` is `party` or a person speaking for it.
    pub(crate) fn speaks_for(&self, speaker: &PartyId, party: &PartyId) -> bool {
        speaker == party || self.party(speaker).and_then(|p| p.party.as_ref()) == Some(party)
    }

    /// "Who stands where": each country, bloc or organisation with a stated stance,
    /// in story order, with its (and its people's) claims and the points it has a position on.
    pub fn standings(&self) -> Vec<Standing<'_>> {
        self.parties()
            .iter()
            .filter(|p| p.kind != PartyKind::Person && p.stance.is_some())
            .map(|party| {
                let mut claims: Vec<&Claim> = self
                    .claims()
                    .iter()
                    .filter(|c| {
                        c.attribution
                            .speaker
                            .as_ref()
                            .is_some_and(|s| self.speaks_for(s, &party.id))
                    })
                    .collect();
                crate::sort::sort_by_key(&mut claims, |c| c.quote.is_none());
                let points = self
                    .points()
                    .iter()
                    .filter(|p| {
                        p.positions
                            .iter()
                            .any(|pos| self.speaks_for(&pos.party, &party.id))
                    })
                    .collect();
                Standing {
                    party,
                    claims,
                    points,
                }
            })
            .collect()
    }

    /// Next steps, soonest expected first (ties keep story order).
    pub fn next_steps_by_date(&self) -> Vec<&NextStep> {
        let mut steps: Vec<&NextStep> = self.next_steps().iter().collect();
        crate::sort::sort_by_key(&mut steps, |s| s.expected.sort_key());
        steps
    }
}
