//! Reading a story file: JSON syntax, then each item on its own, then the rules
//! that span items (unique ids, references, dates, URLs).
//!
//! Items are deserialized one at a time so that one broken event costs only that
//! event: the reader still gets the rest of the story. Dangling references are
//! dropped rather than cascading into skipped items.

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::date::EventDate;
use crate::diagnostic::{Diagnostic, Impact};
use crate::ids::check_id;
use crate::limits;
use crate::model::*;

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
pub fn parse(json: &str) -> Parsed {
    let mut diags = Vec::new();
    let story = parse_into(json, &mut diags);
    crate::locate::add_lines(json, &mut diags);
    Parsed {
        story,
        diagnostics: diags,
    }
}

fn parse_into(json: &str, diags: &mut Vec<Diagnostic>) -> Option<Story> {
    if json.len() > limits::MAX_STORY_BYTES {
        let message = format!(
            "the file is {} bytes; the limit is {} bytes",
            json.len(),
            limits::MAX_STORY_BYTES
        );
        diags.push(
            Diagnostic::new(Impact::Story, "story", message)
                .with_hint("split the story, or shorten its texts"),
        );
        return None;
    }
    if let Some((line, column)) = limits::too_deep(json, limits::MAX_DEPTH) {
        let message = format!(
            "arrays and objects nest more than {} deep here",
            limits::MAX_DEPTH
        );
        diags.push(
            Diagnostic::new(Impact::Story, "story", message)
                .at_line(line, column)
                .with_hint("the story format never nests this deep; look for stray brackets"),
        );
        return None;
    }
    let value: Value = match serde_json::from_str(json) {
        Ok(value) => value,
        Err(error) => {
            let message = syntax_message(&error);
            diags.push(
                Diagnostic::new(Impact::Story, "story", message)
                    .at_line(error.line(), error.column())
                    .with_hint("look for a missing comma, quote or bracket just before this point"),
            );
            return None;
        }
    };
    let Value::Object(mut object) = value else {
        diags.push(Diagnostic::new(
            Impact::Story,
            "story",
            format!(
                "expected a JSON object with the story's fields, got {}",
                kind_of(&value)
            ),
        ));
        return None;
    };

    let mut lists = Lists {
        parties: take_list(&mut object, "parties", diags),
        tracks: take_list(&mut object, "tracks", diags),
        events: take_list(&mut object, "events", diags),
        points: take_list(&mut object, "points", diags),
        claims: take_list(&mut object, "claims", diags),
        questions: take_list(&mut object, "questions", diags),
        next_steps: take_list(&mut object, "next_steps", diags),
        sources: take_list(&mut object, "sources", diags),
    };
    let head_value = Value::Object(object);
    if let Some((at, length)) = limits::long_text(&head_value, "") {
        let message = format!(
            "this text is {length} bytes; the limit is {}",
            limits::MAX_TEXT_BYTES
        );
        diags.push(Diagnostic::new(Impact::Story, at, message));
        return None;
    }
    let head = parse_value::<StoryHead>(&head_value, "", Impact::Story, diags)
        .and_then(|head| check_head(head, diags));
    lists.check(diags);
    let head = head?;
    Some(lists.into_story(head))
}

/// serde_json's message without its trailing " at line L column C", which we keep apart.
fn syntax_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An item with its index in the file, so later checks can name `events[7]` after
/// earlier items were skipped.
type Indexed<T> = Vec<(usize, T)>;

fn take_list<T: DeserializeOwned>(
    object: &mut Map<String, Value>,
    key: &str,
    diags: &mut Vec<Diagnostic>,
) -> Indexed<T> {
    let mut parsed = Vec::new();
    for_each_item(object, key, diags, &mut |index, path, item, diags| {
        if let Some(item) = parse_value(item, path, Impact::Item, diags) {
            parsed.push((index, item));
        }
    });
    parsed
}

/// The list checks that do not depend on the item type, kept out of the generic
/// [`take_list`] so the wasm build has one copy of them rather than one per list.
fn for_each_item(
    object: &mut Map<String, Value>,
    key: &str,
    diags: &mut Vec<Diagnostic>,
    each: EachItem,
) {
    match object.remove(key) {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            let limit = limits::max_items(key);
            if items.len() > limit {
                diags.push(Diagnostic::new(
                    Impact::Item,
                    format!("{key}[{limit}]"),
                    format!(
                        "the story has {} {key}; the limit is {limit}, the rest are skipped",
                        items.len()
                    ),
                ));
            }
            for (index, item) in items.iter().take(limit).enumerate() {
                let path = format!("{key}[{index}]");
                if let Some((at, length)) = limits::long_text(item, &path) {
                    let message = format!(
                        "this text is {length} bytes; the limit is {}",
                        limits::MAX_TEXT_BYTES
                    );
                    diags.push(Diagnostic::new(Impact::Item, at, message));
                    continue;
                }
                each(index, &path, item, diags);
            }
        }
        Some(other) => {
            diags.push(Diagnostic::new(
                Impact::Item,
                key,
                format!("expected an array, got {}", kind_of(&other)),
            ));
        }
    }
}

/// Deserializes one item; a type error costs `impact`, an unknown field is reported and ignored.
fn parse_value<T: DeserializeOwned>(
    value: &Value,
    path: &str,
    impact: Impact,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    let mut unknown = Vec::new();
    let mut note_unknown =
        |ignored: serde_ignored::Path| unknown.push(ignored_path(path, &ignored));
    // One callback type for every `T`: the deserializers of the types items share
    // (ids, dates, texts, lists) are then compiled once, not once per list.
    let mut note_unknown: NoteUnknown = &mut note_unknown;
    let deserializer = serde_ignored::Deserializer::new(value, &mut note_unknown);
    match serde_path_to_error::deserialize(deserializer) {
        Ok(parsed) => {
            report_unknown(unknown, diags);
            Some(parsed)
        }
        Err(error) => {
            report_type_error(error, path, impact, diags);
            None
        }
    }
}

/// What [`for_each_item`] calls with each item's index, path and value.
type EachItem<'a> = &'a mut dyn FnMut(usize, &str, &Value, &mut Vec<Diagnostic>);

/// What [`serde_ignored`] calls for each unknown field.
type NoteUnknown<'a> = &'a mut dyn FnMut(serde_ignored::Path);

fn report_unknown(unknown: Vec<String>, diags: &mut Vec<Diagnostic>) {
    diags.extend(unknown.into_iter().map(|field| {
        Diagnostic::new(Impact::Field, field, "unknown field; check its spelling")
            .with_hint("docs/story-format.md lists every field of every object")
    }));
}

fn report_type_error(
    error: serde_path_to_error::Error<serde_json::Error>,
    path: &str,
    impact: Impact,
    diags: &mut Vec<Diagnostic>,
) {
    let inner = error_path(path, error.path());
    diags.push(
        Diagnostic::new(impact, inner, error.into_inner().to_string())
            .with_hint("docs/story-format.md gives each field's type and whether it is required"),
    );
}

fn join(base: &str, field: &str) -> String {
    if base.is_empty() {
        field.to_string()
    } else {
        format!("{base}.{field}")
    }
}

fn error_path(base: &str, path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = base.to_string();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => out = join(&out, key),
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    if out.is_empty() {
        "story".into()
    } else {
        out
    }
}

fn ignored_path(base: &str, path: &serde_ignored::Path) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => base.to_string(),
        Path::Seq { parent, index } => format!("{}[{index}]", ignored_path(base, parent)),
        Path::Map { parent, key } => join(&ignored_path(base, parent), key),
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => ignored_path(base, parent),
    }
}

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Only web links may reach a reader's browser: no `javascript:`, `data:` or relative URLs.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

fn check_url(url: &mut Option<String>, path: &str, diags: &mut Vec<Diagnostic>) {
    if let Some(text) = url.as_deref() {
        if !is_web_url(text) {
            diags.push(
                Diagnostic::new(
                    Impact::Field,
                    path,
                    format!("expected an http:// or https:// URL, got {text:?}"),
                )
                .with_hint(
                    "links must start with https:// (or http://); other schemes are never shown",
                ),
            );
            *url = None;
        }
    }
}

fn check_head(mut head: StoryHead, diags: &mut Vec<Diagnostic>) -> Option<StoryHead> {
    let before = diags.len();
    let fatal = |diags: &mut Vec<Diagnostic>, path: &str, message: String| {
        diags.push(Diagnostic::new(Impact::Story, path, message));
    };
    if head.version != FORMAT_VERSION {
        fatal(
            diags,
            "version",
            format!(
                "this widget reads story format version {FORMAT_VERSION}, the file says {}",
                head.version
            ),
        );
    }
    if let Err(problem) = check_id(head.id.as_str()) {
        fatal(diags, "id", problem);
    }
    for (field, text) in [
        ("title", &head.title),
        ("summary", &head.summary),
        ("publisher.name", &head.publisher.name),
    ] {
        if is_blank(text) {
            fatal(diags, field, "must not be empty".into());
        }
    }
    if !is_language_tag(&head.language) {
        fatal(
            diags,
            "language",
            format!(
                "expected a BCP 47 language tag such as \"en\" or \"uk\", got {:?}",
                head.language
            ),
        );
    }
    if let Some(updated) = head.updated {
        if updated < head.published {
            fatal(
                diags,
                "updated",
                format!("{updated} is before published {}", head.published),
            );
        }
    }
    check_url(&mut head.publisher.url, "publisher.url", diags);
    check_url(&mut head.canonical_url, "canonical_url", diags);
    let fatal_found = diags[before..].iter().any(|d| d.impact() == Impact::Story);
    (!fatal_found).then_some(head)
}

/// Drops an optional language tag that is not well formed, the way a bad URL is dropped.
fn check_language(tag: &mut Option<String>, path: &str, diags: &mut Vec<Diagnostic>) {
    if let Some(bad) = tag.take_if(|t| !is_language_tag(t)) {
        diags.push(Diagnostic::new(
            Impact::Field,
            path,
            format!("expected a BCP 47 language tag such as \"en\" or \"uk\", got {bad:?}"),
        ));
    }
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Checks a date's window; returns the problem when the end comes before the start.
fn date_problem(date: &EventDate) -> Option<String> {
    (date.end() < date.start())
        .then(|| format!("end {} is before start {}", date.end(), date.start()))
}

/// What every list item has: an id and the texts that must not be empty.
trait Item {
    const NOUN: &'static str;
    fn id(&self) -> &str;
    fn required_texts(&self) -> Vec<(&'static str, &str)>;
}

macro_rules! item {
    ($type:ty, $noun:literal, |$it:ident| $texts:expr) => {
        impl Item for $type {
            const NOUN: &'static str = $noun;
            fn id(&self) -> &str {
                self.id.as_str()
            }
            fn required_texts(&self) -> Vec<(&'static str, &str)> {
                let $it = self;
                $texts
            }
        }
    };
}

item!(Party, "party", |p| vec![("name", &p.name)]);
item!(Track, "track", |t| vec![("name", &t.name)]);
item!(Event, "event", |e| vec![
    ("title", &e.title),
    ("summary", &e.summary)
]);
item!(Point, "point", |p| vec![
    ("title", &p.title),
    ("summary", &p.summary)
]);
// A claim's words are checked in `check_claim_texts`: either a quote or a statement will do.
item!(Claim, "claim", |_c| Vec::new());
item!(Question, "question", |q| vec![
    ("question", &q.question),
    ("answer", &q.answer)
]);
item!(NextStep, "next step", |s| vec![("title", &s.title)]);
item!(Source, "source", |s| vec![("outlet", &s.outlet)]);

/// Drops items with a malformed or repeated id, or an empty required text.
fn check_items<T: Item>(list: &str, items: &mut Indexed<T>, diags: &mut Vec<Diagnostic>) {
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    items.retain(|(index, item)| {
        let path = format!("{list}[{index}]");
        let mut ok = true;
        if let Err(problem) = check_id(item.id()) {
            diags.push(
                Diagnostic::new(Impact::Item, format!("{path}.id"), problem)
                    .with_hint("ids are 1-64 characters of a-z, A-Z, 0-9, '-' and '_'"),
            );
            ok = false;
        } else if let Some(first) = first_seen.get(item.id()) {
            diags.push(
                Diagnostic::new(
                    Impact::Item,
                    format!("{path}.id"),
                    format!(
                        "duplicate {} id {:?}, first used at {list}[{first}]",
                        T::NOUN,
                        item.id()
                    ),
                )
                .with_hint("ids must be unique within their list; rename one of the two"),
            );
            ok = false;
        }
        for (field, text) in item.required_texts() {
            if is_blank(text) {
                diags.push(
                    Diagnostic::new(Impact::Item, format!("{path}.{field}"), "must not be empty")
                        .with_hint("write the text, or remove the item"),
                );
                ok = false;
            }
        }
        if ok {
            first_seen.insert(item.id().to_string(), *index);
        }
        ok
    });
}

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

fn ids<T: Item>(items: &Indexed<T>) -> HashSet<String> {
    items
        .iter()
        .map(|(_, item)| item.id().to_string())
        .collect()
}

/// Drops references to ids not in `known`, reporting each with its path.
fn retain_known<I: AsRef<str>>(
    refs: &mut Vec<I>,
    known: &HashSet<String>,
    noun: &str,
    path: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let mut index = 0;
    refs.retain(|id| {
        let found = known.contains(id.as_ref());
        if !found {
            diags.push(
                Diagnostic::new(
                    Impact::Field,
                    format!("{path}[{index}]"),
                    format!("no {noun} has the id {:?}", id.as_ref()),
                )
                .with_hint("ids are case-sensitive: fix the id, or add the item it names"),
            );
        }
        index += 1;
        found
    });
}

fn retain_known_one<I: AsRef<str>>(
    reference: &mut Option<I>,
    known: &HashSet<String>,
    noun: &str,
    path: &str,
    diags: &mut Vec<Diagnostic>,
) {
    if let Some(id) = reference {
        if !known.contains(id.as_ref()) {
            diags.push(
                Diagnostic::new(
                    Impact::Field,
                    path,
                    format!("no {noun} has the id {:?}", id.as_ref()),
                )
                .with_hint("ids are case-sensitive: fix the id, or add the item it names"),
            );
            *reference = None;
        }
    }
}

struct Lists {
    parties: Indexed<Party>,
    tracks: Indexed<Track>,
    events: Indexed<Event>,
    points: Indexed<Point>,
    claims: Indexed<Claim>,
    questions: Indexed<Question>,
    next_steps: Indexed<NextStep>,
    sources: Indexed<Source>,
}

impl Lists {
    fn check(&mut self, diags: &mut Vec<Diagnostic>) {
        check_items("parties", &mut self.parties, diags);
        check_items("tracks", &mut self.tracks, diags);
        check_items("events", &mut self.events, diags);
        check_items("points", &mut self.points, diags);
        check_items("claims", &mut self.claims, diags);
        check_items("questions", &mut self.questions, diags);
        check_items("next_steps", &mut self.next_steps, diags);
        check_items("sources", &mut self.sources, diags);
        self.check_dates(diags);
        self.check_claim_texts(diags);
        for (index, claim) in &mut self.claims {
            check_language(
                &mut claim.quote_language,
                &format!("claims[{index}].quote_language"),
                diags,
            );
        }
        for (index, source) in &mut self.sources {
            check_url(&mut source.url, &format!("sources[{index}].url"), diags);
        }
        let known = Known {
            parties: ids(&self.parties),
            tracks: ids(&self.tracks),
            events: ids(&self.events),
            points: ids(&self.points),
            claims: ids(&self.claims),
            sources: ids(&self.sources),
        };
        self.check_references(&known, diags);
    }

    fn check_dates(&mut self, diags: &mut Vec<Diagnostic>) {
        self.events
            .retain(|(index, event)| match date_problem(&event.date) {
                Some(problem) => {
                    diags.push(Diagnostic::new(
                        Impact::Item,
                        format!("events[{index}].date"),
                        problem,
                    ));
                    false
                }
                None => true,
            });
        self.next_steps
            .retain(|(index, step)| match date_problem(&step.expected) {
                Some(problem) => {
                    diags.push(Diagnostic::new(
                        Impact::Item,
                        format!("next_steps[{index}].expected"),
                        problem,
                    ));
                    false
                }
                None => true,
            });
        for (index, point) in &mut self.points {
            let mut change = 0;
            point.history.retain(|entry| {
                let problem = date_problem(&entry.date);
                if let Some(problem) = &problem {
                    diags.push(Diagnostic::new(
                        Impact::Field,
                        format!("points[{index}].history[{change}].date"),
                        problem.clone(),
                    ));
                }
                change += 1;
                problem.is_none()
            });
        }
        for (index, claim) in &mut self.claims {
            if let Some(problem) = claim.date.as_ref().and_then(date_problem) {
                diags.push(Diagnostic::new(
                    Impact::Field,
                    format!("claims[{index}].date"),
                    problem,
                ));
                claim.date = None;
            }
        }
    }

    /// A claim needs words (a quote or a statement) and, when on record, a speaker.
    fn check_claim_texts(&mut self, diags: &mut Vec<Diagnostic>) {
        self.claims.retain(|(index, claim)| {
            let has_words = [&claim.quote, &claim.statement]
                .into_iter()
                .any(|text| text.as_deref().is_some_and(|t| !is_blank(t)));
            if !has_words {
                diags.push(Diagnostic::new(
                    Impact::Item,
                    format!("claims[{index}]"),
                    "needs a quote or a statement",
                ));
            }
            let speaker_missing = claim.attribution.kind == AttributionKind::OnRecord
                && claim.attribution.speaker.is_none();
            if speaker_missing {
                diags.push(Diagnostic::new(
                    Impact::Item,
                    format!("claims[{index}].attribution.speaker"),
                    "an on_record claim needs a speaker",
                ));
            }
            has_words && !speaker_missing
        });
    }

    fn check_references(&mut self, known: &Known, diags: &mut Vec<Diagnostic>) {
        let parties = &known.parties;
        for (i, party) in &mut self.parties {
            retain_known_one(
                &mut party.party,
                parties,
                "party",
                &format!("parties[{i}].party"),
                diags,
            );
            retain_known(
                &mut party.members,
                parties,
                "party",
                &format!("parties[{i}].members"),
                diags,
            );
        }
        for (i, event) in &mut self.events {
            let at = |field: &str| format!("events[{i}].{field}");
            retain_known(
                &mut event.participants,
                parties,
                "party",
                &at("participants"),
                diags,
            );
            retain_known(
                &mut event.tracks,
                &known.tracks,
                "track",
                &at("tracks"),
                diags,
            );
            retain_known(
                &mut event.sources,
                &known.sources,
                "source",
                &at("sources"),
                diags,
            );
        }
        for (i, point) in &mut self.points {
            let at = |field: &str| format!("points[{i}].{field}");
            retain_known_one(
                &mut point.track,
                &known.tracks,
                "track",
                &at("track"),
                diags,
            );
            retain_known(
                &mut point.events,
                &known.events,
                "event",
                &at("events"),
                diags,
            );
            retain_known(
                &mut point.sources,
                &known.sources,
                "source",
                &at("sources"),
                diags,
            );
            let mut position = 0;
            point.positions.retain(|p| {
                let found = parties.iter().any(|k| k == p.party.as_str());
                if !found {
                    diags.push(Diagnostic::new(
                        Impact::Field,
                        at(&format!("positions[{position}].party")),
                        format!("no party has the id {:?}", p.party.as_str()),
                    ));
                }
                position += 1;
                found
            });
            for (c, change) in point.history.iter_mut().enumerate() {
                let path = at(&format!("history[{c}].sources"));
                retain_known(&mut change.sources, &known.sources, "source", &path, diags);
            }
        }
        self.claims.retain_mut(|(i, claim)| {
            let at = |field: &str| format!("claims[{i}].{field}");
            retain_known_one(
                &mut claim.attribution.speaker,
                parties,
                "party",
                &at("attribution.speaker"),
                diags,
            );
            retain_known(
                &mut claim.points,
                &known.points,
                "point",
                &at("points"),
                diags,
            );
            retain_known(
                &mut claim.events,
                &known.events,
                "event",
                &at("events"),
                diags,
            );
            retain_known(
                &mut claim.contradicts,
                &known.claims,
                "claim",
                &at("contradicts"),
                diags,
            );
            retain_known(
                &mut claim.sources,
                &known.sources,
                "source",
                &at("sources"),
                diags,
            );
            let on_record_unknown = claim.attribution.kind == AttributionKind::OnRecord
                && claim.attribution.speaker.is_none();
            if claim.sources.is_empty() || on_record_unknown {
                let why = if on_record_unknown {
                    "an on_record claim needs a speaker that is a known party"
                } else {
                    "a claim needs at least one known source"
                };
                diags.push(Diagnostic::new(Impact::Item, format!("claims[{i}]"), why));
                return false;
            }
            true
        });
        for (i, question) in &mut self.questions {
            let at = |field: &str| format!("questions[{i}].{field}");
            retain_known(
                &mut question.points,
                &known.points,
                "point",
                &at("points"),
                diags,
            );
            retain_known(
                &mut question.events,
                &known.events,
                "event",
                &at("events"),
                diags,
            );
        }
        for (i, step) in &mut self.next_steps {
            let at = |field: &str| format!("next_steps[{i}].{field}");
            retain_known(&mut step.parties, parties, "party", &at("parties"), diags);
            retain_known_one(&mut step.event, &known.events, "event", &at("event"), diags);
            retain_known(
                &mut step.points,
                &known.points,
                "point",
                &at("points"),
                diags,
            );
            retain_known(
                &mut step.sources,
                &known.sources,
                "source",
                &at("sources"),
                diags,
            );
        }
    }

    fn into_story(self, head: StoryHead) -> Story {
        fn strip<T>(items: Indexed<T>) -> Vec<T> {
            items.into_iter().map(|(_, item)| item).collect()
        }
        Story {
            head,
            parties: strip(self.parties),
            tracks: strip(self.tracks),
            events: strip(self.events),
            points: strip(self.points),
            claims: strip(self.claims),
            questions: strip(self.questions),
            next_steps: strip(self.next_steps),
            sources: strip(self.sources),
            index: Default::default(),
        }
    }
}
