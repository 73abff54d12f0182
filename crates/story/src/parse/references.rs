//! Resolving references: each item's reference fields, as [`crate::references`]
//! lists them, are checked against the ids of the items that survived the rules.
//! A dangling reference is dropped and reported at its own path, the same way
//! whatever field it is in; the item keeps the rest.

use std::collections::HashSet;

use super::read::Indexed;
use super::Lists;
use crate::diagnostic::{Diagnostic, Impact};
use crate::references::{RefField, References, Slot, Target};

/// The ids of the items that survived, to resolve references against.
/// Sets, not lists: a 5,000-event story has tens of thousands of references to resolve.
struct Known {
    parties: HashSet<String>,
    tracks: HashSet<String>,
    events: HashSet<String>,
    points: HashSet<String>,
    claims: HashSet<String>,
    sources: HashSet<String>,
}

impl Known {
    fn of(&self, target: Target) -> &HashSet<String> {
        match target {
            Target::Party => &self.parties,
            Target::Track => &self.tracks,
            Target::Event => &self.events,
            Target::Point => &self.points,
            Target::Claim => &self.claims,
            Target::Source => &self.sources,
        }
    }
}

fn ids<T>(items: &Indexed<T>, id: fn(&T) -> &str) -> HashSet<String> {
    items.iter().map(|(_, item)| id(item).to_string()).collect()
}

impl Lists {
    /// Drops every reference to an id that no surviving item of its list has.
    pub(super) fn resolve_references(&mut self, diags: &mut Vec<Diagnostic>) {
        let known = Known {
            parties: ids(&self.parties, |x| x.id.as_str()),
            tracks: ids(&self.tracks, |x| x.id.as_str()),
            events: ids(&self.events, |x| x.id.as_str()),
            points: ids(&self.points, |x| x.id.as_str()),
            claims: ids(&self.claims, |x| x.id.as_str()),
            sources: ids(&self.sources, |x| x.id.as_str()),
        };
        resolve("parties", &mut self.parties, &known, diags);
        resolve("tracks", &mut self.tracks, &known, diags);
        resolve("events", &mut self.events, &known, diags);
        resolve("points", &mut self.points, &known, diags);
        resolve("claims", &mut self.claims, &known, diags);
        resolve("questions", &mut self.questions, &known, diags);
        resolve("next_steps", &mut self.next_steps, &known, diags);
        resolve("sources", &mut self.sources, &known, diags);
        resolve("updates", &mut self.updates, &known, diags);
    }
}

fn resolve<T: References>(
    list: &str,
    items: &mut Indexed<T>,
    known: &Known,
    diags: &mut Vec<Diagnostic>,
) {
    for (index, item) in items {
        let at = format!("{list}[{index}]");
        item.references(&mut |field| drop_dangling(&at, field, known, diags));
    }
}

/// Not generic, so the wasm build has one copy of it for every field of every list.
fn drop_dangling(at: &str, mut field: RefField<'_>, known: &Known, diags: &mut Vec<Diagnostic>) {
    let known = known.of(field.target);
    let mut dangling = Vec::new();
    match &mut field.slot {
        Slot::One(one) => {
            if let Some(id) = one.id().filter(|id| !known.contains(*id)) {
                dangling.push((None, id.to_string()));
                one.clear();
            }
        }
        Slot::Many(many) => many.retain_ids(&mut |index, id| {
            let found = known.contains(id);
            if !found {
                dangling.push((Some(index), id.to_string()));
            }
            found
        }),
    }
    for (index, id) in dangling {
        diags.push(
            Diagnostic::new(
                Impact::Field,
                field.path(at, index),
                format!("no {} has the id {id:?}", field.target.noun()),
            )
            .with_hint("ids are case-sensitive: fix the id, or add the item it names"),
        );
    }
}
