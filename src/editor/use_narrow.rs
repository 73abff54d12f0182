//! Whether the page is phone-narrow, following the same media query as editor.css.

use yew::prelude::*;

use super::browser;

/// The width at and below which the form and the preview share one column behind tabs.
pub const NARROW: &str = "(max-width: 720px)";

/// `true` while the viewport is at most 720 px wide; `false` outside the browser.
#[hook]
pub fn use_narrow() -> bool {
    let narrow = use_state_eq(|| false);
    {
        let narrow = narrow.clone();
        use_effect_with((), move |_| {
            let guard = browser::watch_media(NARROW, Callback::from(move |on| narrow.set(on)));
            move || drop(guard)
        });
    }
    *narrow
}
