//! Where a JSON path is in the story's text, so every problem can give a line and column.
//!
//! serde_json's `Value` keeps no positions, so this re-reads the text: a small scanner
//! that walks the path's keys and indices, skipping every other value without building
//! it. It runs on text that has already parsed as JSON (syntax errors carry their own
//! position).

#[cfg(feature = "diagnostics")]
use crate::Diagnostic;

/// At most this many problems are located: each search may read the whole file.
#[cfg(feature = "diagnostics")]
const MAX_LOCATED: usize = 200;

/// Gives each diagnostic that has no line yet the line and column of its JSON path.
#[cfg(feature = "diagnostics")]
pub(crate) fn add_lines(json: &str, diagnostics: &mut [Diagnostic]) {
    for diagnostic in diagnostics
        .iter_mut()
        .filter(|d| d.line_column().is_none() && d.path() != "story")
        .take(MAX_LOCATED)
    {
        if let Some((line, column)) = locate(json, diagnostic.path()) {
            *diagnostic = diagnostic.clone().at_line(line, column);
        }
    }
}

/// A story file that is not UTF-8 text, with the 1-based line and column (in characters)
/// of its first byte that UTF-8 does not allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotUtf8 {
    /// The line.
    pub line: usize,
    /// The column.
    pub column: usize,
}

/// The text of a story file's bytes. JSON is UTF-8 (RFC 8259); a file saved in another
/// encoding (Windows-1252 from a spreadsheet, say) is refused with the place of its
/// first byte that is not UTF-8, so a producer knows where to look.
pub fn utf8_text(bytes: Vec<u8>) -> Result<String, NotUtf8> {
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let line_start = valid
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |at| at + 1);
        let line_text = std::str::from_utf8(&valid[line_start..]).unwrap_or_default();
        NotUtf8 {
            line: 1 + valid.iter().filter(|&&b| b == b'\n').count(),
            column: 1 + line_text.chars().count(),
        }
    })
}

/// The 1-based line and column (in characters) where `path` (`events[2].date`) starts
/// in `json`: the key for an object member, the value for an array element. `None` when
/// the path is not in the text.
pub fn locate(json: &str, path: &str) -> Option<(usize, usize)> {
    let mut scanner = Scanner {
        bytes: json.as_bytes(),
        pos: 0,
    };
    let mut start = None;
    for step in steps(path)? {
        scanner.skip_whitespace();
        start = Some(match step {
            Step::Key(key) => scanner.enter_member(key)?,
            Step::Index(index) => scanner.enter_element(index)?,
        });
    }
    let start = start?;
    let before = json.get(..start)?;
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    Some((line, before[line_start..].chars().count() + 1))
}

/// Where the value of the top-level member `key` is in `json`, as a byte range;
/// `None` when the text is not an object or has no such member. For rewriting one
/// value without touching the rest of the text ([`crate::migrate`]).
pub(crate) fn top_level_value(json: &str, key: &str) -> Option<std::ops::Range<usize>> {
    let mut scanner = Scanner {
        bytes: json.as_bytes(),
        pos: 0,
    };
    scanner.skip_whitespace();
    scanner.enter_member(key)?;
    let start = scanner.pos;
    scanner.skip_value()?;
    Some(start..scanner.pos)
}

#[derive(Debug, PartialEq)]
enum Step<'p> {
    Key(&'p str),
    Index(usize),
}

/// `events[2].date` → `events`, `2`, `date`; `None` for a path this module does not write.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut steps = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            steps.push(Step::Key(key));
        }
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            steps.push(Step::Index(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    (!steps.is_empty()).then_some(steps)
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.skip_whitespace();
        (self.peek()? == byte).then(|| self.pos += 1)
    }

    /// Reads a string starting at its opening quote; returns its raw (unescaped) content.
    fn string(&mut self) -> Option<&'a [u8]> {
        self.expect(b'"')?;
        let start = self.pos;
        loop {
            match self.peek()? {
                b'"' => break,
                b'\\' => self.pos += 2,
                _ => self.pos += 1,
            }
        }
        let content = self.bytes.get(start..self.pos)?;
        self.pos += 1;
        Some(content)
    }

    /// Skips one value of any kind, nested ones included, without recursion.
    fn skip_value(&mut self) -> Option<()> {
        self.skip_whitespace();
        match self.peek()? {
            b'"' => {
                self.string()?;
            }
            b'{' | b'[' => {
                let mut depth = 0_usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.pos += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
            }
            _ => {
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.pos += 1;
                }
            }
        }
        Some(())
    }

    /// Moves into the value of member `key` of the object here; returns where its key starts.
    fn enter_member(&mut self, key: &str) -> Option<usize> {
        self.expect(b'{')?;
        loop {
            self.skip_whitespace();
            let key_start = self.pos;
            let name = self.string()?;
            self.expect(b':')?;
            if name == key.as_bytes() {
                self.skip_whitespace();
                return Some(key_start);
            }
            self.skip_value()?;
            self.expect(b',')?;
        }
    }

    /// Moves to element `index` of the array here; returns where it starts.
    fn enter_element(&mut self, index: usize) -> Option<usize> {
        self.expect(b'[')?;
        for _ in 0..index {
            self.skip_value()?;
            self.expect(b',')?;
        }
        self.skip_whitespace();
        (self.peek()? != b']').then_some(self.pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_split_into_keys_and_indices() {
        assert_eq!(
            steps("points[0].events[12]").unwrap(),
            vec![
                Step::Key("points"),
                Step::Index(0),
                Step::Key("events"),
                Step::Index(12)
            ]
        );
        assert_eq!(
            steps("a[1][2]").unwrap(),
            vec![Step::Key("a"), Step::Index(1), Step::Index(2)]
        );
        assert!(steps("a[x]").is_none());
    }
}
