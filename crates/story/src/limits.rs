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

/// The deepest nesting of `[`/`{` outside strings, and the line and column (in
/// characters) where it first goes past `limit`.
pub fn too_deep(json: &str, limit: usize) -> Option<(usize, usize)> {
    // Bytes, not chars: every byte JSON gives meaning to is ASCII, and no byte of a
    // multi-byte character is. The column is counted in characters once found.
    let (mut depth, mut line, mut line_start) = (0_usize, 1, 0);
    let (mut in_string, mut escaped) = (false, false);
    for (at, byte) in json.bytes().enumerate() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some((line, json[line_start..=at].chars().count()));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => {
                line += 1;
                line_start = at + 1;
            }
            _ => {}
        }
    }
    None
}

/// The path and length of the first text longer than [`MAX_TEXT_BYTES`] inside `value`.
pub fn long_text(value: &Value, path: &str) -> Option<(String, usize)> {
    // The path is written only for the text found: most items have none.
    let mut steps = Vec::new();
    let length = find_long_text(value, &mut steps)?;
    let mut out = path.to_string();
    for step in steps.iter().rev() {
        match step {
            Step::Index(i) => out.push_str(&format!("[{i}]")),
            Step::Key(key) if out.is_empty() => out.push_str(key),
            Step::Key(key) => {
                out.push('.');
                out.push_str(key);
            }
        }
    }
    Some((out, length))
}

/// One step of a path inside a value, innermost first in [`find_long_text`]'s list.
enum Step<'a> {
    Index(usize),
    Key(&'a str),
}

fn find_long_text<'a>(value: &'a Value, steps: &mut Vec<Step<'a>>) -> Option<usize> {
    let (step, length) = match value {
        Value::String(text) if text.len() > MAX_TEXT_BYTES => return Some(text.len()),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| Some((Step::Index(i), find_long_text(v, steps)?)))?,
        Value::Object(fields) => fields
            .iter()
            .find_map(|(k, v)| Some((Step::Key(k.as_str()), find_long_text(v, steps)?)))?,
        _ => return None,
    };
    steps.push(step);
    Some(length)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_deep_names_the_line_and_the_column_in_characters() {
        // Brackets inside strings do not count; "ä" and "😀" are one character each.
        let json = "{\"a\": \"[[[[\",\n  \"ä😀\": [[[";
        assert_eq!(too_deep(json, 3), Some((2, 11)));
        assert_eq!(too_deep(json, 4), None);
        // An escaped quote does not end the string.
        assert_eq!(too_deep(r#"["\"[[[["]"#, 1), None);
    }

    #[test]
    fn long_text_names_the_path_of_the_first_overlong_text() {
        let long = "x".repeat(MAX_TEXT_BYTES + 1);
        let value = serde_json::json!({ "a": "short", "b": [1, { "c": long }] });
        assert_eq!(
            long_text(&value, "events[3]"),
            Some(("events[3].b[1].c".to_string(), MAX_TEXT_BYTES + 1))
        );
        assert_eq!(
            long_text(&value, ""),
            Some(("b[1].c".to_string(), MAX_TEXT_BYTES + 1))
        );
        let fine = serde_json::json!({ "a": "x".repeat(MAX_TEXT_BYTES) });
        assert_eq!(long_text(&fine, "events[0]"), None);
    }
}
