//! Rewriting an older story file at the current format version
//! (`talks-tracker migrate`).
//!
//! Version 2 only added optional fields, so a version 1 file is already a valid
//! version 2 file but for its `version`. The migration therefore edits the text, not
//! a parsed copy: only the digits of `version` change, and every other byte (key
//! order, spacing, number spelling, unknown fields) stays as the editor wrote it.
//! It then reads both texts back and checks that nothing but `version` differs, so
//! a file the in-place edit cannot handle (a duplicate `version` key, say) is
//! refused rather than half-migrated.
//!
//! ```
//! use talks_tracker_story::migrate::migrate;
//!
//! let v1 = r#"{"version": 1, "id": "demo", "title": "Talks"}"#;
//! let migration = migrate(v1).unwrap();
//! assert_eq!(migration.from_version(), 1);
//! assert_eq!(migration.text(), r#"{"version": 2, "id": "demo", "title": "Talks"}"#);
//!
//! let again = migrate(migration.text()).unwrap();
//! assert!(again.is_current());
//! ```

use std::fmt;

use serde_json::Value;

use crate::model::{FORMAT_VERSION, OLDEST_FORMAT_VERSION};
use crate::parse::kind_of;

/// A story file at the current format version: rewritten, or already current.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Migration {
    from: u32,
    text: String,
}

impl Migration {
    /// The version the file said before.
    pub fn from_version(&self) -> u32 {
        self.from
    }

    /// Whether the file was already at [`FORMAT_VERSION`] (and [`Migration::text`]
    /// is the input, unchanged).
    pub fn is_current(&self) -> bool {
        self.from == FORMAT_VERSION
    }

    /// The file at [`FORMAT_VERSION`].
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The file at [`FORMAT_VERSION`], owned.
    pub fn into_text(self) -> String {
        self.text
    }
}

/// Why a file could not be migrated: where, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MigrateError {
    kind: ErrorKind,
    path: &'static str,
    line_column: Option<(usize, usize)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    Syntax(String),
    NotAnObject(&'static str),
    NoVersion,
    VersionNotANumber(&'static str),
    UnknownVersion(String),
    NotInPlace,
}

impl MigrateError {
    fn new(kind: ErrorKind, path: &'static str) -> Self {
        MigrateError {
            kind,
            path,
            line_column: None,
        }
    }

    fn at(mut self, json: &str) -> Self {
        if self.line_column.is_none() && self.path != "story" {
            self.line_column = crate::locate(json, self.path);
        }
        self
    }

    /// Where the problem is, as a JSON path: `version`, or `story` for the whole file.
    pub fn path(&self) -> &str {
        self.path
    }

    /// Line and column (1-based, in characters) in the file, when known.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        self.line_column
    }

    /// What is wrong, lowercase, without the place.
    pub fn message(&self) -> String {
        match &self.kind {
            ErrorKind::Syntax(message) => message.clone(),
            ErrorKind::NotAnObject(got) => {
                format!("expected a JSON object with the story's fields, got {got}")
            }
            ErrorKind::NoVersion => {
                "missing field `version`; a version 1 story starts with \"version\": 1".into()
            }
            ErrorKind::VersionNotANumber(got) => {
                format!("expected a whole number for the format version, got {got}")
            }
            ErrorKind::UnknownVersion(got) => format!(
                "this tool migrates story format versions {OLDEST_FORMAT_VERSION} to \
                 {FORMAT_VERSION}, the file says {got}"
            ),
            ErrorKind::NotInPlace => "the version could not be rewritten without changing \
                 anything else (is `version` given twice?)"
                .into(),
        }
    }
}

impl fmt::Display for MigrateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((line, column)) = self.line_column {
            write!(f, "line {line} column {column}: ")?;
        }
        if self.path != "story" {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message())
    }
}

impl std::error::Error for MigrateError {}

/// Rewrites a story file at [`FORMAT_VERSION`], changing nothing but `version`.
///
/// A file already at the current version comes back unchanged
/// ([`Migration::is_current`]). Only the file's shape is checked (JSON, an object, a
/// known `version`): a story with other problems migrates with them, for
/// `talks-tracker validate` to list.
pub fn migrate(json: &str) -> Result<Migration, MigrateError> {
    migrate_text(json).map_err(|error| error.at(json))
}

fn migrate_text(json: &str) -> Result<Migration, MigrateError> {
    let value: Value = serde_json::from_str(json).map_err(|error| {
        let text = error.to_string();
        let message = text
            .rfind(" at line ")
            .map_or(text.as_str(), |cut| &text[..cut]);
        let mut problem = MigrateError::new(ErrorKind::Syntax(message.into()), "story");
        problem.line_column = Some((error.line(), error.column()));
        problem
    })?;
    let Value::Object(object) = &value else {
        return Err(MigrateError::new(
            ErrorKind::NotAnObject(kind_of(&value)),
            "story",
        ));
    };
    let version = match object.get("version") {
        None => return Err(MigrateError::new(ErrorKind::NoVersion, "story")),
        Some(Value::Number(number)) => number,
        Some(other) => {
            return Err(MigrateError::new(
                ErrorKind::VersionNotANumber(kind_of(other)),
                "version",
            ))
        }
    };
    let from = version
        .as_u64()
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| (OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(v))
        .ok_or_else(|| {
            MigrateError::new(ErrorKind::UnknownVersion(version.to_string()), "version")
        })?;
    if from == FORMAT_VERSION {
        return Ok(Migration {
            from,
            text: json.to_string(),
        });
    }
    let not_in_place = || MigrateError::new(ErrorKind::NotInPlace, "version");
    let span = crate::locate::top_level_value(json, "version").ok_or_else(not_in_place)?;
    let text = format!(
        "{}{FORMAT_VERSION}{}",
        &json[..span.start],
        &json[span.end..]
    );
    // The proof that nothing else moved: the same JSON but for the version.
    let mut expected = value;
    expected["version"] = Value::from(FORMAT_VERSION);
    match serde_json::from_str::<Value>(&text) {
        Ok(written) if written == expected => Ok(Migration { from, text }),
        _ => Err(not_in_place()),
    }
}
