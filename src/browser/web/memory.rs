//! The reader's memory of their last visit to each story: one `localStorage` entry per
//! story id, holding the stored form of [`story::Visit`]. Nothing else is kept, no
//! cookie is set and nothing is sent anywhere.
//!
//! Storage can be missing or throw (sandboxed iframes, private modes, blocked by the
//! reader): then there is no memory and no error. The first read per story id is kept
//! for the page's lifetime, so several widgets of one story on a page (or a widget
//! that remounts) all see the visit before this page load, not each other's writes.

use std::cell::RefCell;
use std::collections::HashMap;

const KEY_PREFIX: &str = "talks-tracker:last-visit:";

thread_local! {
    static PREVIOUS: RefCell<HashMap<String, Option<String>>> = RefCell::new(HashMap::new());
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored visit before this page load, if storage works and holds one.
pub fn previous_visit(story_id: &str) -> Option<String> {
    PREVIOUS.with(|previous| {
        previous
            .borrow_mut()
            .entry(story_id.to_string())
            .or_insert_with(|| {
                storage()?
                    .get_item(&format!("{KEY_PREFIX}{story_id}"))
                    .ok()
                    .flatten()
            })
            .clone()
    })
}

/// Remembers this visit; silently does nothing when storage is unavailable or full.
pub fn remember_visit(story_id: &str, stored: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&format!("{KEY_PREFIX}{story_id}"), stored);
    }
}

/// The reader's clock, in RFC 3339 (UTC).
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
