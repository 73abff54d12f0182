//! Whether an element is at least a given width, following its resizes.
//!
//! The layout itself switches with a CSS container query at the same width;
//! this hook only tells components what the CSS chose (for `aria-orientation`
//! and which arrow keys move through the timeline).

use yew::prelude::*;

/// `true` while the element behind `node` is at least `min_width` CSS pixels wide.
///
/// Outside the browser it is `false` (the narrow, vertical layout).
#[hook]
pub fn use_wide(node: NodeRef, min_width: f64) -> bool {
    let wide = use_state_eq(|| false);
    {
        let wide = wide.clone();
        use_effect_with(node, move |node| {
            let observer =
                crate::browser::dom::observe_width(node, move |width| wide.set(width >= min_width));
            move || {
                let _stop = observer;
            }
        });
    }
    *wide
}
