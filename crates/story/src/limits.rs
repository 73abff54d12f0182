//! Limits that keep a story file from costing readers unbounded time or memory.
//!
//! Each is enforced before or while parsing, with a message naming the limit and
//! the place: the size and nesting depth before parsing (the file is refused),
//! list lengths and text lengths per item (the excess item is skipped).

use serde_json::Value;

/// The largest story file, in bytes.
pub const MAX_STORY_BYTES: usize = 4 * 1024 * 1024;
/// The deepest nesting of arrays and objects; the format itself needs 5.
pub const MAX_DEPTH: usize = 12;
/// The longest text of any field, in bytes.
pub const MAX_TEXT_BYTES: usize = 10_000;

/// The most items each list may hold.
pub fn max_items(list: &str) -> usize {
    match list {
        "events" => 10_000,
        "claims" => 10_000,
        "points" | "parties" | "tracks" | "sources" => 2_000,
        _ => 500,
    }
}

/// The deepest nesting of `[`/`{` outside strings, and the line where it first goes past `limit`.
pub fn too_deep(json: &str, limit: usize) -> Option<(usize, usize)> {
    let (mut depth, mut line, mut column) = (0_usize, 1, 0);
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        column += 1;
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '[' | '{' => {
                depth += 1;
                if depth > limit {
                    return Some((line, column));
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            '\n' => {
                line += 1;
                column = 0;
            }
            _ => {}
        }
    }
    None
}

/// The path and length of the first text longer than [`MAX_TEXT_BYTES`] inside `value`.
pub fn long_text(value: &Value, path: &str) -> Option<(String, usize)> {
    match value {
        Value::String(text) if text.len() > MAX_TEXT_BYTES => Some((path.to_string(), text.len())),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| long_text(v, &format!("{path}[{i}]"))),
        Value::Object(fields) => fields.iter().find_map(|(k, v)| {
            let inner = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            long_text(v, &inner)
        }),
        _ => None,
    }
}
