//! Outside the browser (native tests, the server render): the browser functions
//! as no-ops with the same signatures, and fetched stories never arrive.

/// Nothing to start outside the browser.
pub fn start() {}

/// The DOM helpers of `web/dom.rs`; they do nothing here.
pub mod dom {
    use yew::NodeRef;

    /// See the browser version: moves focus into `root`.
    pub fn focus_within(_root: &NodeRef, _selector: &str, _scroll: bool) {}

    /// No clicks here.
    pub fn followed_fragment(_event: &yew::MouseEvent) -> Option<String> {
        None
    }

    /// No keys here.
    pub fn key_on_closed_tab(_event: &yew::KeyboardEvent) -> Option<String> {
        None
    }

    /// See the browser version: brings an element into view and focuses it.
    pub fn reveal_id(_root: &NodeRef, _id: &str) {}

    /// See the browser version: centres an element in a horizontal strip.
    pub fn centre_horizontally(
        _strip: &NodeRef,
        _selector: &str,
        _smooth: bool,
        _focusing: bool,
    ) -> bool {
        true
    }

    /// No layout here, so no visible columns.
    pub fn visible_columns(_strip: &NodeRef, _length: f64) -> Option<(f64, f64)> {
        None
    }

    /// No layout here: no point lies across anything.
    pub fn fraction_across(_node: &NodeRef, _client_x: f64, _rtl: bool) -> Option<f64> {
        None
    }

    /// See the browser version: captures the pointer.
    pub fn capture_pointer(_node: &NodeRef, _pointer_id: i32) {}

    /// See the browser version: scrolls the strip by pages.
    pub fn scroll_pages(_strip: &NodeRef, _pages: f64, _rtl: bool) {}

    /// No layout here, so no room to scroll.
    pub fn scroll_room(_strip: &NodeRef) -> (bool, bool) {
        (false, false)
    }

    /// No wheel here.
    pub fn on_ctrl_wheel(_node: &NodeRef, _on_zoom: impl Fn(bool) + 'static) -> Option<()> {
        None
    }

    /// See the browser version: applies `data-css-vars` of some elements.
    pub fn apply_css_vars_of(_root: &NodeRef, _selector: &str) {}

    /// Keeps a size observer alive in the browser; nothing to keep here.
    pub struct WidthObserver;

    /// No layout here: nothing to keep.
    pub fn keep_tallest(_node: &NodeRef) -> Option<WidthObserver> {
        None
    }

    /// No layout here: the width is never reported.
    pub fn observe_width(
        _node: &NodeRef,
        _on_width: impl Fn(f64) + 'static,
    ) -> Option<WidthObserver> {
        None
    }
}

/// The host-page helpers of `web/host.rs`; they do nothing here.
pub mod host {
    use yew::NodeRef;

    use crate::browser::Command;

    /// Keeps an event listener alive in the browser; nothing to keep here.
    pub struct Listener;

    /// See the browser version: tells the host page what happened.
    pub fn emit(_root: &NodeRef, _name: &str, _detail: &[(&str, &str)]) {}

    /// No host page here: no commands arrive.
    pub fn listen_for_commands(
        _root: &NodeRef,
        _on_command: impl Fn(Command) + 'static,
    ) -> Option<Listener> {
        None
    }

    /// No URL here: the fragment never changes.
    pub fn on_hash_change(_on_change: impl Fn() + 'static) -> Option<Listener> {
        None
    }

    /// No URL here.
    pub fn current_hash() -> Option<String> {
        None
    }

    /// No URL here.
    pub fn replace_hash(_fragment: &str) {}

    /// Keeps a timer alive in the browser; nothing to keep here.
    pub struct Later;

    /// Nothing runs later here.
    pub fn in_a_microtask(_then: impl FnOnce() + 'static) {}

    /// Outside the browser nothing runs later: `then` is dropped.
    pub fn in_a_later_task(_then: impl FnOnce() + 'static) -> Option<Later> {
        None
    }
}

/// The reader's memory of their last visit; natively (the server render) there is none.
pub mod memory {
    /// No storage here: no visit.
    pub fn previous_visit(_story_id: &str) -> Option<String> {
        None
    }

    /// No storage here.
    pub fn remember_visit(_story_id: &str, _stored: &str) {}

    /// Not used without storage; a fixed time keeps renders reproducible.
    pub fn now() -> String {
        String::from("1970-01-01T00:00:00Z")
    }
}

/// Fetching story files; natively a fetched story never arrives (the server render
/// passes stories inline).
pub mod fetch {
    use crate::hooks::FetchProblem;

    /// A request in flight; nothing to cancel here.
    pub struct Request;

    /// Never calls `read` or `show`.
    pub fn load<T>(
        _url: &str,
        _with_credentials: bool,
        _read: impl FnOnce(Result<String, FetchProblem>) -> T + 'static,
        _show: impl FnOnce(T) + 'static,
    ) -> Request {
        Request
    }
}
