//! Reading TimelineJS's HTML as plain text, keeping what a story can hold.
//!
//! Implementation note: a story's texts are plain paragraphs (the widget shows
//! them in one `<p>`, where line breaks would collapse), so a list cannot stay a
//! list. Each `<li>` becomes its own sentence instead: first letter capitalised
//! (unless the first word already has capitals, like "iPhone"), a full stop
//! added when it has no closing punctuation, and a colon after the words that
//! introduce the list. `<ul><li>gas<li>oil</ul>` after "The deal covers" reads
//! "The deal covers: Gas. Oil." rather than "The deal covers gas oil".
//! Links keep their text in place and are returned apart, for sources.

use super::entities;

/// Text and links read from an HTML fragment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html {
    /// The text: tags removed, entities decoded, whitespace collapsed, list items as sentences.
    pub text: String,
    /// Every `<a href>` with an http(s) target, in document order.
    pub links: Vec<Link>,
}

/// A link found in HTML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Where it points: an `http://` or `https://` URL.
    pub url: String,
    /// Its text, as plain text (may be empty).
    pub text: String,
}

/// Inline tags join their text; every other tag separates it.
const INLINE: [&str; 15] = [
    "a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s", "small", "span", "strong",
    "sub", "u",
];

/// Reads an HTML fragment: tags removed (with `script` and `style` contents),
/// block ends as spaces, list items as sentences, entities decoded (named ones,
/// `&#8211;` and `&#x2013;`), whitespace collapsed, and http(s) links collected.
pub fn read_html(html: &str) -> Html {
    let mut out = String::new();
    let mut links = Vec::new();
    // The open link: its URL (when a web URL) and where its text starts in `out`.
    let mut open_link: Option<(Option<String>, usize)> = None;
    // Where the text since the last list tag starts, and whether it is a list item.
    let (mut segment, mut in_item, mut depth) = (0, false, 0usize);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..open]));
        let tag_text = &rest[open..];
        let Some(close) = tag_text.find('>') else {
            rest = "";
            break;
        };
        let inside = &tag_text[1..close];
        let closing = inside.starts_with('/');
        let name = inside
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        rest = &tag_text[close + 1..];
        if (name == "script" || name == "style") && !closing {
            let end = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = match lower.find(&end) {
                Some(at) => rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..]),
                None => "",
            };
        }
        match (name.as_str(), closing) {
            ("a", false) => {
                let url = attribute(inside, "href")
                    .map(|href| decode_entities(href.trim()))
                    .filter(|url| crate::is_web_url(url));
                open_link = Some((url, out.len()));
            }
            ("a", true) => {
                if let Some((Some(url), start)) = open_link.take() {
                    let text = collapse(out.get(start..).unwrap_or(""));
                    links.push(Link { url, text });
                }
            }
            ("ul" | "ol" | "li", _) => {
                end_segment(&mut out, segment, in_item, !closing && name != "li");
                depth = match (name.as_str(), closing) {
                    ("li", _) => depth,
                    (_, false) => depth + 1,
                    (_, true) => depth.saturating_sub(1),
                };
                in_item = (name == "li" && !closing) || depth > 0;
                segment = out.len();
            }
            _ => {}
        }
        if !INLINE.contains(&name.as_str()) {
            out.push(' ');
        }
    }
    out.push_str(&decode_entities(rest));
    if let Some((Some(url), start)) = open_link {
        let text = collapse(out.get(start..).unwrap_or(""));
        links.push(Link { url, text });
    }
    end_segment(&mut out, segment, in_item, false);
    Html {
        text: collapse(&out),
        links,
    }
}

/// Reduces HTML to text, as [`read_html`] does, without the links.
pub fn html_to_text(html: &str) -> String {
    read_html(html).text
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Ends the text written since `start`: a list item becomes a sentence, and the
/// words before a list end with a colon.
fn end_segment(out: &mut String, start: usize, item: bool, list_follows: bool) {
    let Some(written) = out.get(start..) else {
        return;
    };
    let words = written.trim();
    if words.is_empty() {
        return;
    }
    let ends = |marks: &[char]| words.ends_with(marks);
    if item {
        let sentence = capitalised(words);
        let stop = if ends(&['.', '!', '?', '\u{2026}', ':']) {
            ""
        } else if list_follows {
            ":"
        } else {
            "."
        };
        let sentence = format!(" {}{stop} ", sentence.trim_end_matches([',', ';']));
        out.truncate(start);
        out.push_str(&sentence);
    } else if list_follows && !ends(&['.', '!', '?', '\u{2026}', ':', ';', ',']) {
        let end = start + written.trim_end().len();
        out.truncate(end);
        out.push_str(": ");
    }
}

/// The text with its first letter in capitals, unless its first word already has some.
fn capitalised(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or("");
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() && !first_word.chars().any(char::is_uppercase) => {
            first.to_uppercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

/// The raw value of an attribute in a tag's inside (`a href="…" target=_blank`).
fn attribute<'t>(tag: &'t str, wanted: &str) -> Option<&'t str> {
    let mut rest = tag
        .trim_start_matches('/')
        .trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        let name_end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '/')?;
        let name = &rest[..name_end];
        if name.is_empty() {
            return None;
        }
        rest = rest[name_end..].trim_start();
        let value = match rest.strip_prefix('=') {
            Some(after) => {
                let after = after.trim_start();
                let (value, next) = match after.chars().next() {
                    Some(quote @ ('"' | '\'')) => {
                        let body = &after[1..];
                        let end = body.find(quote).unwrap_or(body.len());
                        (&body[..end], body.get(end + 1..).unwrap_or(""))
                    }
                    _ => {
                        let end = after.find(char::is_whitespace).unwrap_or(after.len());
                        (&after[..end], &after[end..])
                    }
                };
                rest = next;
                value
            }
            None => "",
        };
        if name.eq_ignore_ascii_case(wanted) {
            return Some(value);
        }
    }
}

/// Decodes character references: the named ones news text uses ([`entities`]) and
/// numeric ones; `&#128;`–`&#159;` mean Windows-1252, as browsers read them. A
/// reference that is unknown, has no `;` or stands for a control character stays
/// as written.
pub(super) fn decode_entities(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let entity = after
            .find(';')
            .filter(|end| *end <= 32)
            .map(|end| (&after[..end], end));
        let decoded = entity.and_then(|(name, _)| match name.strip_prefix('#') {
            None => entities::named(name),
            Some(number) => {
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) if !hex.starts_with('+') => u32::from_str_radix(hex, 16).ok()?,
                    Some(_) => return None,
                    None if number.starts_with('+') => return None,
                    None => number.parse().ok()?,
                };
                let c = windows_1252(code).or_else(|| char::from_u32(code))?;
                (!c.is_control() || c.is_whitespace()).then_some(c)
            }
        });
        match (decoded, entity) {
            (Some(c), Some((_, end))) => {
                out.push(if c == '\u{a0}' { ' ' } else { c });
                rest = &after[end + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The characters HTML gives `&#128;`–`&#159;`: Windows-1252's, as Word pastes them.
fn windows_1252(code: u32) -> Option<char> {
    const TABLE: [char; 32] = [
        '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2c6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}',
        '\u{8f}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}',
        '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}', '\u{17e}',
        '\u{178}',
    ];
    let index = code.checked_sub(0x80)?;
    TABLE.get(index as usize).copied()
}
