//! Reading: JSON syntax and the size limits, then each list item and the head on
//! their own, so that one broken event costs only that event.
//!
//! Nothing here knows the rules of the format beyond the types' shapes; those are
//! in [`super::rules`] and [`super::references`].

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::diagnostic::{Diagnostic, Impact};
use crate::limits;

/// The file as a JSON object, or `None` (with the reason in `diags`) when it is too
/// big, too deep, not JSON or not an object.
pub(super) fn object(json: &str, diags: &mut Vec<Diagnostic>) -> Option<Map<String, Value>> {
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
    let Value::Object(object) = value else {
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
    Some(object)
}

/// What is left of the object once the lists are taken: the head's fields. `None`
/// when one of its texts is over the limit, which makes the story unusable.
pub(super) fn head(object: Map<String, Value>, diags: &mut Vec<Diagnostic>) -> Option<Value> {
    let head = Value::Object(object);
    if let Some((at, length)) = limits::long_text(&head, "") {
        let message = format!(
            "this text is {length} bytes; the limit is {}",
            limits::MAX_TEXT_BYTES
        );
        diags.push(Diagnostic::new(Impact::Story, at, message));
        return None;
    }
    Some(head)
}

/// serde_json's message without its trailing " at line L column C", which we keep apart.
fn syntax_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

/// What kind of JSON value this is, for messages: "a string", "an array".
pub(crate) fn kind_of(value: &Value) -> &'static str {
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
pub(super) type Indexed<T> = Vec<(usize, T)>;

/// How closely items are read: see [`super::parse_lean`].
#[derive(Clone, Copy, Debug)]
pub(super) enum Detail {
    /// The reader's: a type error names the item; unknown fields pass unremarked.
    Lean,
    /// The editors': a type error names the field inside the item; unknown fields are reported.
    #[cfg(feature = "diagnostics")]
    Full,
}

pub(super) fn list<T: DeserializeOwned>(
    object: &mut Map<String, Value>,
    key: &str,
    detail: Detail,
    diags: &mut Vec<Diagnostic>,
) -> Indexed<T> {
    let mut parsed = Vec::new();
    for_each_item(object, key, diags, &mut |index, path, value, diags| {
        if let Some(item) = item(value, path, Impact::Item, detail, diags) {
            parsed.push((index, item));
        }
    });
    parsed
}

/// The list checks that do not depend on the item type, kept out of the generic
/// [`list`] so the wasm build has one copy of them rather than one per list.
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

/// Deserializes one item; a type error costs `impact`.
pub(super) fn item<T: DeserializeOwned>(
    value: &Value,
    path: &str,
    impact: Impact,
    detail: Detail,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    match detail {
        Detail::Lean => T::deserialize(value)
            .map_err(|error| {
                let at = if path.is_empty() { "story" } else { path };
                diags.push(type_error(impact, at.to_string(), error));
            })
            .ok(),
        #[cfg(feature = "diagnostics")]
        Detail::Full => full::item(value, path, impact, diags),
    }
}

fn type_error(impact: Impact, path: String, error: serde_json::Error) -> Diagnostic {
    Diagnostic::new(impact, path, error.to_string())
        .with_hint("docs/story-format.md gives each field's type and whether it is required")
}

/// What [`for_each_item`] calls with each item's index, path and value.
type EachItem<'a> = &'a mut dyn FnMut(usize, &str, &Value, &mut Vec<Diagnostic>);

/// The editors' reading ([`Detail::Full`]): serde_path_to_error and serde_ignored,
/// which the reader's bundle leaves out.
#[cfg(feature = "diagnostics")]
mod full {
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    use crate::diagnostic::{Diagnostic, Impact};

    /// Deserializes one item, naming the field a type error is in and reporting each
    /// unknown field (and ignoring it).
    pub(super) fn item<T: DeserializeOwned>(
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
        diags.push(super::type_error(impact, inner, error.into_inner()));
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
}
