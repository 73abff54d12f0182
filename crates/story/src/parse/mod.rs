//! Reading a story file: JSON syntax, then each item on its own ([`read`]), then
//! the rules each item must meet ([`rules`]), then the references between items
//! ([`references`]).
//!
//! Items are deserialized one at a time so that one broken event costs only that
//! event: the reader still gets the rest of the story. Dangling references are
//! dropped rather than cascading into skipped items.

mod living;
mod read;
mod references;
mod rules;

use crate::diagnostic::{Diagnostic, Impact};
use crate::model::*;
use crate::Story;
use read::Indexed;

pub(crate) use read::kind_of;
pub use rules::is_web_url;

/// The result of reading a story file: the story, if it is usable, and every problem found.
#[derive(Clone, Debug)]
pub struct Parsed {
    /// The valid part of the story; `None` when a problem makes the whole story unusable.
    pub story: Option<Story>,
    /// Every problem, in file order within each phase.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    /// Whether any problem makes the whole story unusable.
    pub fn is_fatal(&self) -> bool {
        self.story.is_none()
    }
}

/// Reads and validates a story file, collecting every problem rather than stopping at the first.
///
/// With the `diagnostics` feature (editors, the CLI) every problem has its full JSON
/// path, its line and column and a hint, and unknown fields are reported. Without it
/// (the reader's bundle) this is [`parse_lean`].
#[cfg(feature = "diagnostics")]
pub fn parse(json: &str) -> Parsed {
    let mut diags = Vec::new();
    let story = parse_into(json, read::Detail::Full, &mut diags);
    crate::locate::add_lines(json, &mut diags);
    Parsed {
        story,
        diagnostics: diags,
    }
}

/// Reads and validates a story file, collecting every problem rather than stopping at the first.
#[cfg(not(feature = "diagnostics"))]
pub fn parse(json: &str) -> Parsed {
    parse_lean(json)
}

/// What the reader's bundle runs: the same story, read and checked by the same rules,
/// with the same items skipped, as [`parse`] with the `diagnostics` feature; but a
/// problem inside an item is named by the item's path (`events[3]`, not
/// `events[3].date.start`), unknown fields are not reported, and problems have no line
/// (except a syntax error's). It spares the reader serde_path_to_error, serde_ignored
/// and the locator.
pub fn parse_lean(json: &str) -> Parsed {
    let mut diags = Vec::new();
    let story = parse_into(json, read::Detail::Lean, &mut diags);
    Parsed {
        story,
        diagnostics: diags,
    }
}

fn parse_into(json: &str, detail: read::Detail, diags: &mut Vec<Diagnostic>) -> Option<Story> {
    let mut object = read::object(json, diags)?;
    let mut lists = Lists {
        parties: read::list(&mut object, "parties", detail, diags),
        tracks: read::list(&mut object, "tracks", detail, diags),
        events: read::list(&mut object, "events", detail, diags),
        points: read::list(&mut object, "points", detail, diags),
        claims: read::list(&mut object, "claims", detail, diags),
        questions: read::list(&mut object, "questions", detail, diags),
        next_steps: read::list(&mut object, "next_steps", detail, diags),
        sources: read::list(&mut object, "sources", detail, diags),
        updates: read::list(&mut object, "updates", detail, diags),
    };
    let head_value = read::head(object, diags)?;
    let head = read::item::<StoryHead>(&head_value, "", Impact::Story, detail, diags)
        .and_then(|head| rules::check_head(head, diags));
    // Even when the head is unusable, the lists are checked, so one run reports all.
    lists.check_items(diags);
    lists.resolve_references(diags);
    lists.check_living_references(diags);
    let claims = lists.claims.len();
    lists.check_claims(diags);
    if lists.claims.len() < claims {
        // A claim left without a speaker or sources is dropped after references were
        // resolved; claims contradicting it now dangle. Nothing else refers to claims,
        // so one more pass settles it (and a settled dispute may be left with no other side).
        lists.resolve_references(diags);
        lists.check_living_references(diags);
    }
    let head = head?;
    let mut file = lists.into_file(head);
    living::settle(&mut file);
    Some(Story::new(file))
}

/// The story's lists while they are checked, each item with its index in the file
/// so that later checks can name `events[7]` after earlier items were skipped.
struct Lists {
    parties: Indexed<Party>,
    tracks: Indexed<Track>,
    events: Indexed<Event>,
    points: Indexed<Point>,
    claims: Indexed<Claim>,
    questions: Indexed<Question>,
    next_steps: Indexed<NextStep>,
    sources: Indexed<Source>,
    updates: Indexed<Update>,
}

impl Lists {
    fn into_file(self, head: StoryHead) -> StoryFile {
        fn strip<T>(items: Indexed<T>) -> Vec<T> {
            items.into_iter().map(|(_, item)| item).collect()
        }
        StoryFile {
            head,
            parties: strip(self.parties),
            tracks: strip(self.tracks),
            events: strip(self.events),
            points: strip(self.points),
            claims: strip(self.claims),
            questions: strip(self.questions),
            next_steps: strip(self.next_steps),
            sources: strip(self.sources),
            updates: strip(self.updates),
        }
    }
}
