//! Time-aware display (issue 14): what the version 2 fields mean for a reader today.
//!
//! A contradiction with `resolved` is history, not a live dispute: it no longer makes
//! "Accounts differ" but "Accounts differed until 14 July 2015". A deadline is met,
//! missed, extended or still ahead. Positions carry their date, and a party's role,
//! a claim's medium and a deadline's outcome are words in the interface language.
//!
//! A pair of claims is settled when every claim of the pair that names the other in
//! `contradicts` carries `resolved`: one side without it keeps the dispute live.

use crate::{
    Claim, DeadlineOutcome, Event, EventDate, EventKind, Locale, Medium, PartyId, PartyRole, Point,
    Position, Resolution, Story,
};

impl Claim {
    /// Whether the two claims disagree and nothing settled it: a live dispute,
    /// shown under "Accounts differ".
    pub fn disputes_with(&self, other: &Claim) -> bool {
        (self.contradicts.contains(&other.id) && self.resolved.is_none())
            || (other.contradicts.contains(&self.id) && other.resolved.is_none())
    }

    /// How the two claims' disagreement was settled, when they contradicted each
    /// other and every side that says so carries a resolution.
    pub fn settled_with<'a>(&'a self, other: &'a Claim) -> Option<&'a Resolution> {
        if !self.conflicts_with(other) || self.disputes_with(other) {
            return None;
        }
        if self.contradicts.contains(&other.id) {
            self.resolved.as_ref()
        } else {
            other.resolved.as_ref()
        }
    }
}

/// Contradicting accounts that were later settled, and how.
#[derive(Clone, Debug, PartialEq)]
pub struct SettledDispute<'a> {
    /// When and by what the accounts stopped differing.
    pub resolution: &'a Resolution,
    /// The claims that differed, in the order given.
    pub claims: Vec<&'a Claim>,
}

/// A list of claims split the way readers see it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Disputes<'a> {
    /// Claims in a live dispute with another claim of the list ("Accounts differ").
    pub live: Vec<&'a Claim>,
    /// Disputes of the list that were settled ("Accounts differed until …").
    pub settled: Vec<SettledDispute<'a>>,
    /// Every other claim.
    pub others: Vec<&'a Claim>,
}

impl<'a> Disputes<'a> {
    /// Splits `claims` (in the order shown) into live disputes, settled ones and the
    /// rest. A claim in a live dispute is shown there even if it settled another one.
    pub fn split(claims: &[&'a Claim]) -> Disputes<'a> {
        let mut split = Disputes::default();
        let live: Vec<bool> = claims
            .iter()
            .map(|claim| claims.iter().any(|other| claim.disputes_with(other)))
            .collect();
        split.live = claims
            .iter()
            .zip(&live)
            .filter(|(_, live)| **live)
            .map(|(claim, _)| *claim)
            .collect();
        let mut placed = live.clone();
        for (i, claim) in claims.iter().enumerate() {
            if placed[i] {
                continue;
            }
            // The first settled pair found for this claim opens a group; every unplaced
            // claim settled by the same resolution joins it. The partner may already be
            // in another settled group (two claims each settled against a third).
            let found = claims.iter().enumerate().find_map(|(j, other)| {
                (!live[j] && j != i)
                    .then(|| claim.settled_with(other))
                    .flatten()
            });
            let Some(resolution) = found else {
                continue;
            };
            let mut group = Vec::new();
            for (j, other) in claims.iter().enumerate() {
                let joins = j == i
                    || claim
                        .settled_with(other)
                        .is_some_and(|r| std::ptr::eq(r, resolution));
                if !placed[j] && joins {
                    placed[j] = true;
                    group.push(*other);
                }
            }
            split.settled.push(SettledDispute {
                resolution,
                claims: group,
            });
        }
        split.others = claims
            .iter()
            .zip(&placed)
            .filter(|(_, placed)| !**placed)
            .map(|(claim, _)| *claim)
            .collect();
        split
    }
}

impl Resolution {
    /// "Accounts differed until 14 July 2015", in `locale`.
    pub fn label(&self, locale: Locale) -> String {
        (locale.messages().accounts_differed_until)(&self.date.short(locale, true))
    }
}

impl Story {
    /// The claims bearing on a point, split into live disputes, settled ones and the rest.
    pub fn disputes_on_point(&self, id: &crate::PointId) -> Disputes<'_> {
        Disputes::split(&self.claims_on_point(id))
    }

    /// A party's position on a point: its own, or that of a person speaking for it.
    pub fn position_of<'a>(&self, point: &'a Point, party: &PartyId) -> Option<&'a Position> {
        point
            .positions
            .iter()
            .find(|position| self.speaks_for(&position.party, party))
    }
}

impl EventDate {
    /// A compact label: an exact day or a range as days ("14 July 2015",
    /// "5–9 January 2026"), an approximate date as its window of days (its wording,
    /// such as "last week", would mislead out of its article), any other date as
    /// [`EventDate::label`].
    pub fn compact_label(&self, locale: Locale) -> String {
        match self {
            EventDate::Exact { date, .. } => date.short(locale, true),
            EventDate::Range { start, end, .. } | EventDate::Approximate { start, end, .. } => {
                start.span(*end, locale)
            }
            _ => self.label(locale),
        }
    }
}

/// Where a deadline stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deadline<'a> {
    /// Not known yet to be met or missed, and not extended.
    Pending,
    /// Met.
    Met,
    /// Missed, and not (yet) extended.
    Missed,
    /// Replaced by a later deadline (missed or not).
    Extended {
        /// Whether the deadline was missed before it was extended.
        missed: bool,
        /// The later deadline.
        to: &'a Event,
    },
}

impl Event {
    /// For a deadline: where it stands; `None` for an ordinary event.
    pub fn deadline<'a>(&self, story: &'a Story) -> Option<Deadline<'a>> {
        if self.kind != EventKind::Deadline {
            return None;
        }
        let missed = self.outcome == Some(DeadlineOutcome::Missed);
        let extended = self.extended_to.as_ref().and_then(|id| story.event(id));
        Some(match (extended, self.outcome) {
            (Some(to), _) => Deadline::Extended { missed, to },
            (None, Some(DeadlineOutcome::Met)) => Deadline::Met,
            (None, Some(DeadlineOutcome::Missed)) => Deadline::Missed,
            (None, None) => Deadline::Pending,
        })
    }
}

impl Deadline<'_> {
    /// `pending`, `met`, `missed` or `extended`: what `data-outcome` gets.
    pub fn as_str(self) -> &'static str {
        match self {
            Deadline::Pending => "pending",
            Deadline::Met => "met",
            Deadline::Missed => "missed",
            Deadline::Extended { .. } => "extended",
        }
    }

    /// A text marker, so the outcome never rests on colour alone.
    pub fn icon(self) -> &'static str {
        match self {
            Deadline::Pending => "⏳",
            Deadline::Met => "✓",
            Deadline::Missed => "✕",
            Deadline::Extended { .. } => "→",
        }
    }

    /// The short tag on a timeline tab: "Deadline", "Deadline met", "Deadline missed",
    /// "Deadline extended".
    pub fn tag(self, locale: Locale) -> &'static str {
        let m = locale.messages();
        match self {
            Deadline::Pending => m.deadline,
            Deadline::Met => m.deadline_met,
            Deadline::Missed => m.deadline_missed,
            Deadline::Extended { .. } => m.deadline_extended,
        }
    }

    /// The whole wording: the tag, or for an extension "Deadline missed, extended
    /// to 2 April 2015" / "Deadline extended to 7 July 2015".
    pub fn label(self, locale: Locale) -> String {
        let m = locale.messages();
        match self {
            Deadline::Extended { missed, to } => {
                let day = to.date.compact_label(locale);
                if missed {
                    (m.deadline_missed_extended_to)(&day)
                } else {
                    (m.deadline_extended_to)(&day)
                }
            }
            other => other.tag(locale).to_string(),
        }
    }
}

impl PartyRole {
    /// The role in words in `locale`: "Mediator".
    pub fn label(self, locale: Locale) -> &'static str {
        let m = locale.messages();
        match self {
            PartyRole::Negotiator => m.role_negotiator,
            PartyRole::Mediator => m.role_mediator,
            PartyRole::Facilitator => m.role_facilitator,
            PartyRole::Guarantor => m.role_guarantor,
            PartyRole::Verifier => m.role_verifier,
            PartyRole::Critic => m.role_critic,
            PartyRole::Observer => m.role_observer,
        }
    }
}

impl Medium {
    /// How it was said, to follow the speaker: "at a press conference".
    pub fn label(self, locale: Locale) -> &'static str {
        let m = locale.messages();
        match self {
            Medium::WrittenStatement => m.medium_written_statement,
            Medium::PressConference => m.medium_press_conference,
            Medium::Interview => m.medium_interview,
            Medium::SocialMedia => m.medium_social_media,
            Medium::TelevisedAddress => m.medium_televised_address,
            Medium::Speech => m.medium_speech,
            Medium::Briefing => m.medium_briefing,
        }
    }
}
