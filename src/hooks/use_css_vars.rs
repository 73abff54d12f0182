//! Sets the CSS custom properties written into `data-css-vars` attributes, through the
//! CSSOM: a strict CSP (`style-src 'self'`) blocks inline `style` attributes.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{dom, host};

/// Applies the `data-css-vars` of the elements matching `selector` inside `root` after
/// each render.
#[hook]
pub fn use_css_vars(root: NodeRef, selector: &'static str) {
    use_css_vars_when(root, selector, true);
}

/// Applies the `data-css-vars` of the elements matching `selector` inside `root` after
/// a render in which `deps` changed.
#[hook]
pub fn use_css_vars_with<D: PartialEq + 'static>(root: NodeRef, selector: &'static str, deps: D) {
    let last = use_mut_ref(|| None::<D>);
    let changed = last.borrow().as_ref() != Some(&deps);
    if changed {
        *last.borrow_mut() = Some(deps);
    }
    use_css_vars_when(root, selector, changed);
}

/// Applies them after this render when `changed`.
///
/// In the render's effects, before later effects measure the layout; but when Yew yields
/// to the browser between a long render and its effects (after 16 ms), the browser
/// would draw a frame without the positions and lay the page out again once they came.
/// So the render also asks for them in a microtask, which runs before that frame;
/// whichever comes first applies them.
#[hook]
fn use_css_vars_when(root: NodeRef, selector: &'static str, changed: bool) {
    let pending = use_mut_ref(|| false);
    if changed {
        *pending.borrow_mut() = true;
        let (root, pending) = (root.clone(), pending.clone());
        host::in_a_microtask(move || apply_pending(&root, selector, &pending));
    }
    use_effect(move || apply_pending(&root, selector, &pending));
}

fn apply_pending(root: &NodeRef, selector: &str, pending: &Rc<RefCell<bool>>) {
    if pending.replace(false) {
        dom::apply_css_vars_of(root, selector);
    }
}
