//! Problems found in a story file, each with its JSON path and what it costs the reader.

use std::fmt;

/// What a problem costs: nothing can be shown, one item is left out, or one value is ignored.
///
/// The widget renders a story whose diagnostics are all [`Impact::Item`] or
/// [`Impact::Field`]; one [`Impact::Story`] problem means there is no story to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Impact {
    /// The whole story is unusable (bad JSON, a missing title, …).
    Story,
    /// One item (an event, a point, …) is unusable and is left out; the rest is shown.
    Item,
    /// One value is ignored (an unknown reference, an unsafe URL, an unknown field).
    Field,
}

/// One problem in a story file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    path: String,
    message: String,
    impact: Impact,
    line_column: Option<(usize, usize)>,
    hint: Option<&'static str>,
}

impl Diagnostic {
    pub(crate) fn new(impact: Impact, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            message: message.into(),
            impact,
            line_column: None,
            hint: None,
        }
    }

    /// Adds how to fix it. Hints are for editors: without the `diagnostics` feature
    /// (the reader's bundle) they are dropped, and their text is not compiled in.
    pub(crate) fn with_hint(mut self, hint: &'static str) -> Self {
        if cfg!(feature = "diagnostics") {
            self.hint = Some(hint);
        }
        self
    }

    pub(crate) fn at_line(mut self, line: usize, column: usize) -> Self {
        self.line_column = Some((line, column));
        self
    }

    /// Where the problem is, as a JSON path: `events[3].date.start`; `story` for the whole file.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong, lowercase, without the path.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// What the problem costs the reader.
    pub fn impact(&self) -> Impact {
        self.impact
    }

    /// Line and column (1-based, in characters) in the file: where the syntax error is,
    /// or where the problem's JSON path starts.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        self.line_column
    }

    /// How to fix it, when there is a rule of thumb.
    pub fn hint(&self) -> Option<&'static str> {
        self.hint
    }

    /// What happens because of the problem, in words: "the event was skipped".
    pub fn consequence(&self) -> &'static str {
        match self.impact {
            Impact::Story => "the story cannot be shown",
            Impact::Item => "this item was skipped",
            Impact::Field => "this value was ignored",
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((line, column)) = self.line_column {
            write!(f, "line {line} column {column}: ")?;
        }
        if self.path != "story" {
            write!(f, "{}: ", self.path)?;
        }
        write!(f, "{}", self.message)?;
        write!(f, " ({})", self.consequence())
    }
}
