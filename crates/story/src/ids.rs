//! Typed identifiers, so an event id can never be passed where a party id is expected.
//!
//! Ids end up in DOM ids and URL fragments, so they are restricted to
//! `[A-Za-z0-9_-]`, 1 to 64 characters; [`check_id`] enforces it.

use std::fmt;

/// The longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 64;

macro_rules! id_type {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Wraps a string as an id; [`check_id`] tells whether it is well formed.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as written in the story file.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    )*};
}

id_type! {
    /// Identifies a [`Story`](crate::Story).
    StoryId,
    /// Identifies a [`Party`](crate::Party): a country, bloc, organisation or person.
    PartyId,
    /// Identifies a [`Track`](crate::Track) (workstream).
    TrackId,
    /// Identifies an [`Event`](crate::Event) on the timeline.
    EventId,
    /// Identifies a [`Point`](crate::Point) of substance.
    PointId,
    /// Identifies a [`Claim`](crate::Claim).
    ClaimId,
    /// Identifies a [`Question`](crate::Question).
    QuestionId,
    /// Identifies a [`NextStep`](crate::NextStep).
    StepId,
    /// Identifies a [`Source`](crate::Source).
    SourceId,
}

/// Checks that `id` is 1 to [`MAX_ID_LEN`] characters of `[A-Za-z0-9_-]`.
///
/// Returns the problem in words when it is not.
pub fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("id must not be empty".into());
    }
    if id.len() > MAX_ID_LEN {
        return Err(format!(
            "id is {} bytes long, the limit is {MAX_ID_LEN}",
            id.len()
        ));
    }
    match id
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        Some(bad) => Err(format!(
            "id {id:?} contains {bad:?}; use only letters a-z, A-Z, digits, '-' and '_'"
        )),
        None => Ok(()),
    }
}

/// An id made from a name: letters folded to ASCII (Cyrillic transliterated), digits,
/// lowercased, words joined by '-', at most 48 characters
/// (`"Coalition of the Willing"` → `coalition-of-the-willing`, `"Київ"` → `kyiv`).
///
/// Empty when the name has no letter that folds to ASCII (a Hebrew or Chinese name):
/// the caller then numbers the item. The TimelineJS importer's rule ([`crate::import::slug`]).
pub fn id_from_name(name: &str) -> String {
    crate::import::slug(name)
}
