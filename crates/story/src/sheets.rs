//! Spreadsheet authoring: a story as a workbook of named sheets of text cells, and back.
//!
//! ```
//! use talks_tracker_story::sheets::{self, Sheet, Workbook};
//!
//! let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
//! let mut book = Workbook::new();
//! book.push(Sheet::new("story", vec![
//!     row(&["Field", "Value"]),
//!     row(&["Title", "Trade talks"]),
//!     row(&["Summary", "Two rounds so far."]),
//!     row(&["Language", "en"]),
//!     row(&["Published", "2026-01-10T09:00:00+02:00"]),
//!     row(&["Publisher", "Example News"]),
//! ]));
//! book.push(Sheet::new("parties", vec![row(&["Name", "Kind"]), row(&["Northland", "country"])]));
//! book.push(Sheet::new("events", vec![
//!     row(&["Title", "Date", "Date wording", "Participants", "Summary"]),
//!     row(&["First round", "6 January 2026", "on Tuesday", "northland", "Agenda set."]),
//!     row(&["Second round", "Jan 8th", "", "Southland", "Tariffs."]),
//! ]));
//!
//! // Every problem at once, each with its sheet, row and column.
//! let problems = sheets::from_workbook(&book).unwrap_err();
//! let messages: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
//! assert_eq!(messages, [
//!     r#"events, row 3, column "Date": expected a date like 2026-01-06 or 6 January 2026, got "Jan 8th""#,
//!     r#"events, row 3, column "Participants": no party has the name or id "Southland""#,
//! ]);
//! ```
//!
//! Implementation notes. One sheet per list of the story, plus `positions` and
//! `history` for what a point holds (a position's earlier stances are rows of
//! `positions` marked "earlier"). Column headers are matched case-insensitively;
//! the first non-blank row of a sheet is its header, and rows are numbered as the
//! spreadsheet numbers them, so a message points at the row a reporter sees.
//!
//! Reading checks only what a cell can say on its own (a date, a status, a
//! reference) and builds the story file, putting a placeholder where a cell was
//! wrong. The file then goes through [`crate::parse`] like any JSON story, and each
//! diagnostic's JSON path is traced back to the row and column it came from. A
//! cell already reported is not reported again by the validator.
//!
//! The column tables below are the one description of the layout: the reader, the
//! writer and the tracing of JSON paths all use them.

mod csv_files;
mod read;
mod write;

use std::collections::{HashMap, HashSet};
use std::fmt;

pub use csv_files::{read_csv, write_csv};
pub use read::from_workbook;
pub use write::to_workbook;

/// Named sheets of text cells, as a spreadsheet holds them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workbook {
    sheets: Vec<Sheet>,
}

impl Workbook {
    /// An empty workbook.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a sheet at the end.
    pub fn push(&mut self, sheet: Sheet) {
        self.sheets.push(sheet);
    }

    /// The sheets in order.
    pub fn sheets(&self) -> &[Sheet] {
        &self.sheets
    }

    /// The sheet of this name; case, spaces and `_` do not matter ("Next steps" is `next_steps`).
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        let wanted = sheet_key(name);
        self.sheets.iter().find(|s| sheet_key(&s.name) == wanted)
    }
}

/// One sheet: its name and its rows of cells, the first row holding the headers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    name: String,
    rows: Vec<Vec<String>>,
}

impl Sheet {
    /// A sheet from its rows; row 1 of the spreadsheet is `rows[0]`.
    pub fn new(name: impl Into<String>, rows: Vec<Vec<String>>) -> Self {
        Sheet {
            name: name.into(),
            rows,
        }
    }

    /// The sheet's name (its tab, or its CSV file name without `.csv`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The rows, header first.
    pub fn rows(&self) -> &[Vec<String>] {
        &self.rows
    }
}

/// A sheet name as compared: lowercase, spaces and hyphens as `_`.
fn sheet_key(name: &str) -> String {
    name.trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect()
}

/// A problem in a workbook: the sheet, row (1-based, as the spreadsheet shows it)
/// and column it is in, where known, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    sheet: String,
    row: Option<usize>,
    column: Option<String>,
    message: String,
}

impl Problem {
    fn new(sheet: &str, row: Option<usize>, column: Option<&str>, message: String) -> Self {
        Problem {
            sheet: sheet.to_string(),
            row,
            column: column.map(str::to_string),
            message,
        }
    }

    /// The sheet's name.
    pub fn sheet(&self) -> &str {
        &self.sheet
    }

    /// The row, numbered as the spreadsheet numbers it (the header is usually row 1).
    pub fn row(&self) -> Option<usize> {
        self.row
    }

    /// The column's header.
    pub fn column(&self) -> Option<&str> {
        self.column.as_deref()
    }

    /// What is wrong, lowercase, without the place.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sheet)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column {column:?}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// A sheet's layout: its name and columns, each column with the JSON field it
/// holds (a dotted path inside the item; `-` for none), so that a validator's
/// `events[3].date.end` finds its way back to the "End date" column.
pub(crate) struct Layout {
    pub(crate) name: &'static str,
    pub(crate) columns: &'static [(&'static str, &'static str)],
}

impl Layout {
    fn position(&self, header: &str) -> usize {
        self.columns
            .iter()
            .position(|(h, _)| *h == header)
            .unwrap_or_else(|| panic!("no column {header:?} in sheet {}", self.name))
    }

    /// The column holding a JSON field path inside an item (`date.end`), by the
    /// longest field that starts the path.
    fn column_of(&self, path: &str) -> Option<&'static str> {
        self.columns
            .iter()
            .filter(|(_, field)| {
                path == *field || path.starts_with(field) && path[field.len()..].starts_with('.')
            })
            .max_by_key(|(_, field)| field.len())
            .map(|(header, _)| *header)
    }
}

const STAMPS: [(&str, &str); 2] = [("Added", "added"), ("Updated", "updated")];

/// The story sheet is key/value: a "Field" column naming each head field, a "Value" column.
pub(crate) const STORY: Layout = Layout {
    name: "story",
    columns: &[("Field", "-"), ("Value", "-")],
};

/// The rows of the story sheet, with their fields in the head.
pub(crate) const STORY_FIELDS: &[(&str, &str)] = &[
    ("Format version", "version"),
    ("Story id", "id"),
    ("Title", "title"),
    ("Summary", "summary"),
    ("Language", "language"),
    ("Published", "published"),
    ("Updated", "updated"),
    ("Publisher", "publisher.name"),
    ("Publisher link", "publisher.url"),
    ("Article link", "canonical_url"),
];

macro_rules! layout {
    ($name:ident, $sheet:literal, [$($column:expr),* $(,)?]) => {
        pub(crate) const $name: Layout = Layout {
            name: $sheet,
            columns: &[$($column),*, STAMPS[0], STAMPS[1]],
        };
    };
    ($name:ident, $sheet:literal, [$($column:expr),* $(,)?], no_stamps) => {
        pub(crate) const $name: Layout = Layout { name: $sheet, columns: &[$($column),*] };
    };
}

layout!(
    PARTIES,
    "parties",
    [
        ("Party id", "id"),
        ("Name", "name"),
        ("Kind", "kind"),
        ("Office", "role"),
        ("Speaks for", "party"),
        ("Members", "members"),
        ("Roles", "roles"),
        ("Stance", "stance"),
    ]
);

layout!(
    TRACKS,
    "tracks",
    [
        ("Track id", "id"),
        ("Name", "name"),
        ("Description", "description"),
    ]
);

layout!(
    EVENTS,
    "events",
    [
        ("Event id", "id"),
        ("Title", "title"),
        ("Date", "date"),
        ("End date", "date.end"),
        ("Date kind", "date.kind"),
        ("Date wording", "date.text"),
        ("After event", "date.event"),
        ("Days after", "date.days"),
        ("Place", "place"),
        ("Participants", "participants"),
        ("Tracks", "tracks"),
        ("Summary", "summary"),
        ("Sources", "sources"),
        ("Type", "kind"),
        ("Outcome", "outcome"),
        ("Extended to", "extended_to"),
    ]
);

layout!(
    POINTS,
    "points",
    [
        ("Point id", "id"),
        ("Title", "title"),
        ("Status", "status"),
        ("Tracks", "tracks"),
        ("Summary", "summary"),
        ("Events", "events"),
        ("Sources", "sources"),
    ]
);

// A row is a position (`points[i].positions[j]`) or one of its earlier stances
// (`…positions[j].history[k]`); both have `stance`, `date` and `sources`.
layout!(
    POSITIONS,
    "positions",
    [
        ("Point", "-"),
        ("Party", "party"),
        ("Held", "-"),
        ("Position", "stance"),
        ("Date", "date"),
        ("End date", "date.end"),
        ("Date kind", "date.kind"),
        ("Date wording", "date.text"),
        ("Sources", "sources"),
    ],
    no_stamps
);

layout!(
    HISTORY,
    "history",
    [
        ("Point", "-"),
        ("Status", "status"),
        ("Date", "date"),
        ("End date", "date.end"),
        ("Date kind", "date.kind"),
        ("Date wording", "date.text"),
        ("Note", "note"),
        ("Sources", "sources"),
        ("Ended by event", "event"),
        ("Claims", "claims"),
        ("Until", "until"),
    ],
    no_stamps
);

layout!(
    CLAIMS,
    "claims",
    [
        ("Claim id", "id"),
        ("Attribution", "attribution"),
        ("Speaker", "attribution.speaker"),
        ("Described as", "attribution.described_as"),
        ("Document", "attribution.document"),
        ("Quote", "quote"),
        ("Quote language", "quote_language"),
        ("Statement", "statement"),
        ("Date", "date"),
        ("End date", "date.end"),
        ("Date kind", "date.kind"),
        ("Date wording", "date.text"),
        ("Context", "context"),
        ("Medium", "medium"),
        ("Sources", "sources"),
        ("Points", "points"),
        ("Events", "events"),
        ("Contradicts", "contradicts"),
        ("Settled on", "resolved"),
        ("Settled by event", "resolved.event"),
        ("Settled note", "resolved.note"),
    ]
);

layout!(
    QUESTIONS,
    "questions",
    [
        ("Question id", "id"),
        ("Question", "question"),
        ("Answer", "answer"),
        ("Points", "points"),
        ("Events", "events"),
    ]
);

layout!(
    NEXT_STEPS,
    "next_steps",
    [
        ("Step id", "id"),
        ("Title", "title"),
        ("Summary", "summary"),
        ("Date", "expected"),
        ("End date", "expected.end"),
        ("Date kind", "expected.kind"),
        ("Date wording", "expected.text"),
        ("After event", "expected.event"),
        ("Days after", "expected.days"),
        ("Conditions", "conditions"),
        ("Parties", "parties"),
        ("Event", "event"),
        ("Points", "points"),
        ("Sources", "sources"),
    ]
);

layout!(
    SOURCES,
    "sources",
    [
        ("Source id", "id"),
        ("Outlet", "outlet"),
        ("Title", "title"),
        ("Link", "url"),
        ("Published", "published"),
    ]
);

layout!(
    UPDATES,
    "updates",
    [
        ("Time", "time"),
        ("Kind", "kind"),
        ("Text", "text"),
        ("Events", "events"),
        ("Points", "points"),
        ("Claims", "claims"),
        ("Parties", "parties"),
    ],
    no_stamps
);

/// Every sheet, in the order the template lists them.
pub(crate) const LAYOUTS: [&Layout; 12] = [
    &STORY,
    &PARTIES,
    &TRACKS,
    &EVENTS,
    &POINTS,
    &POSITIONS,
    &HISTORY,
    &CLAIMS,
    &QUESTIONS,
    &NEXT_STEPS,
    &SOURCES,
    &UPDATES,
];

/// The lists an item can refer to, with the words messages use for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum List {
    Parties,
    Tracks,
    Events,
    Points,
    Claims,
    Sources,
}

impl List {
    fn noun(self) -> (&'static str, &'static str) {
        match self {
            List::Parties => ("party", "parties"),
            List::Tracks => ("track", "tracks"),
            List::Events => ("event", "events"),
            List::Points => ("point", "points"),
            List::Claims => ("claim", "claims"),
            List::Sources => ("source", "sources"),
        }
    }
}

/// The ids of one list and the names that pick them out, for references written
/// by name or id: the exact id first, then a name, then the id in any case.
#[derive(Default)]
pub(crate) struct Names {
    ids: HashSet<String>,
    by_name: HashMap<String, Vec<String>>,
    by_lower_id: HashMap<String, Vec<String>>,
}

/// A name as compared: trimmed, lowercase, inner runs of spaces as one.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn add_once(map: &mut HashMap<String, Vec<String>>, key: String, id: &str) {
    let ids = map.entry(key).or_default();
    if !ids.iter().any(|known| known == id) {
        ids.push(id.to_string());
    }
}

impl Names {
    /// Adds an item: its id and the names it may be referred to by.
    pub(crate) fn add(&mut self, id: &str, names: &[&str]) {
        self.ids.insert(id.to_string());
        add_once(&mut self.by_lower_id, id.to_lowercase(), id);
        for name in names.iter().filter(|n| !n.trim().is_empty()) {
            add_once(&mut self.by_name, name_key(name), id);
        }
    }

    /// The id a reference written by name or id stands for, or why none.
    pub(crate) fn resolve(&self, text: &str, list: List) -> Result<String, String> {
        let text = text.trim();
        if self.ids.contains(text) {
            return Ok(text.to_string());
        }
        let (noun, plural) = list.noun();
        for map in [&self.by_name, &self.by_lower_id] {
            match map.get(&name_key(text)).map(Vec::as_slice) {
                Some([id]) => return Ok(id.clone()),
                Some(ids) if ids.len() > 1 => {
                    return Err(format!(
                        "{text:?} names {} {plural} ({}); write the id instead",
                        ids.len(),
                        ids.join(", ")
                    ))
                }
                _ => {}
            }
        }
        Err(format!("no {noun} has the name or id {text:?}"))
    }
}

/// Splits a cell holding several values: at `;` and line breaks, trimmed, blanks dropped.
fn split_values(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', '\n'])
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// Splits a cell holding several texts that may contain `;` themselves: at line breaks only.
fn split_lines(cell: &str) -> impl Iterator<Item = &str> {
    cell.lines().map(str::trim).filter(|v| !v.is_empty())
}
