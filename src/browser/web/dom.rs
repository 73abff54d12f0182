//! Focus, scrolling, element sizes and CSS custom properties, inside one widget.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::NodeRef;

fn find(root: &NodeRef, selector: &str) -> Option<web_sys::Element> {
    root.cast::<web_sys::Element>()?
        .query_selector(selector)
        .ok()?
}

/// The element with the DOM id `id` in the widget's shadow root (or the page, for a
/// widget without one): by id, since a `#id` selector fails for an id that starts
/// with a digit, as a host element's id may.
fn by_id(root: &NodeRef, id: &str) -> Option<web_sys::Element> {
    let scope = root.cast::<web_sys::Node>()?.get_root_node();
    match scope.dyn_ref::<web_sys::DocumentFragment>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => scope.dyn_ref::<web_sys::Document>()?.get_element_by_id(id),
    }
}

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// Moves keyboard focus to the first element matching `selector` inside `root`;
/// the browser scrolls it into view at once unless `scroll` is false.
pub fn focus_within(root: &NodeRef, selector: &str, scroll: bool) {
    focus(find(root, selector), scroll);
}

fn focus(element: Option<web_sys::Element>, scroll: bool) {
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = element.focus_with_options(&options);
    }
}

/// The fragment (without `#`) of the in-page link that a plain click follows: a click
/// of the main button without modifier keys (those open the link elsewhere) on or
/// inside an `<a href="#…">`. Inside a shadow root the browser would only change the
/// URL: it looks for a fragment's element in the page, not in the shadow tree.
pub fn followed_fragment(event: &web_sys::MouseEvent) -> Option<String> {
    let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
    if event.button() != 0 || modified || event.default_prevented() {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href^='#']").ok()??;
    let href = link.get_attribute("href")?;
    Some(href.strip_prefix('#')?.to_string())
}

/// The event id (`data-event-id`) of the timeline tab a key was pressed on, when that
/// tab is not the selected one.
pub fn key_on_closed_tab(event: &web_sys::KeyboardEvent) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let tab = target.closest("[role=tab][aria-selected=false]").ok()??;
    tab.get_attribute("data-event-id")
}

/// Brings the element with the DOM id `id` in the widget into view and moves
/// keyboard focus to it without scrolling again.
pub fn reveal_id(root: &NodeRef, id: &str) {
    let element = by_id(root, id);
    if let Some(element) = &element {
        scroll_element(element);
    }
    focus(element, false);
}

/// Scrolls `element` into view, smoothly unless the reader prefers reduced motion.
fn scroll_element(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    let behavior = if prefers_reduced_motion() {
        web_sys::ScrollBehavior::Auto
    } else {
        web_sys::ScrollBehavior::Smooth
    };
    options.set_behavior(behavior);
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Scrolls `strip` sideways (only) so the element matching `selector` in it is centred;
/// unlike `scroll_into_view` it never scrolls the page. `smooth` is ignored when the
/// reader prefers reduced motion.
///
/// With `focusing` (focus moves to the element next, without scrolling), it first does
/// at once what focusing would: the strip jumps just far enough to show the element,
/// and the glide to the centre starts from there. It reads the layout once, before
/// anything changes it. Returns false, scrolling nothing, when the element is outside
/// the window vertically: only focusing with scrolling brings the page along.
pub fn centre_horizontally(strip: &NodeRef, selector: &str, smooth: bool, focusing: bool) -> bool {
    let (Some(outer), Some(item)) = (strip.cast::<web_sys::Element>(), find(strip, selector))
    else {
        return true;
    };
    let (outer_box, inner) = (
        outer.get_bounding_client_rect(),
        item.get_bounding_client_rect(),
    );
    let start = f64::from(outer.scroll_left());
    if focusing {
        let height = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(f64::INFINITY);
        if inner.top() < 0.0 || inner.bottom() > height {
            return false;
        }
        let shown = if inner.left() < outer_box.left() {
            inner.left() - outer_box.left()
        } else if inner.right() > outer_box.right() {
            (inner.right() - outer_box.right()).min(inner.left() - outer_box.left())
        } else {
            0.0
        };
        if shown != 0.0 {
            let options = web_sys::ScrollToOptions::new();
            options.set_left(start + shown);
            outer.scroll_to_with_scroll_to_options(&options);
        }
    }
    let offset = inner.left() - outer_box.left() - (outer_box.width() - inner.width()) / 2.0;
    let options = web_sys::ScrollToOptions::new();
    options.set_left(start + offset);
    if smooth && !prefers_reduced_motion() {
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
    }
    outer.scroll_to_with_scroll_to_options(&options);
    true
}

/// The range of axis columns (`[first, last]`, fractional) visible in the horizontally
/// scrolling `strip` of an axis `length` columns long; `None` before layout. Works in
/// both directions (`scrollLeft` is negative in RTL).
pub fn visible_columns(strip: &NodeRef, length: f64) -> Option<(f64, f64)> {
    let strip = strip.cast::<web_sys::Element>()?;
    let width = f64::from(strip.scroll_width());
    if width <= 0.0 || length <= 0.0 {
        return None;
    }
    let per_column = width / length;
    let start = f64::from(strip.scroll_left()).abs();
    Some((
        start / per_column,
        (start + f64::from(strip.client_width())) / per_column,
    ))
}

/// How far along the element behind `node` the point `client_x` lies, from 0 at its
/// inline start to 1 at its end (mirrored when `rtl`); `None` before layout.
pub fn fraction_across(node: &NodeRef, client_x: f64, rtl: bool) -> Option<f64> {
    let rect = node.cast::<web_sys::Element>()?.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return None;
    }
    let fraction = ((client_x - rect.left()) / rect.width()).clamp(0.0, 1.0);
    Some(if rtl { 1.0 - fraction } else { fraction })
}

/// Keeps the pointer's events going to the element behind `node` while a button is
/// down, so a drag that leaves it still moves the strip.
pub fn capture_pointer(node: &NodeRef, pointer_id: i32) {
    if let Some(element) = node.cast::<web_sys::Element>() {
        let _ = element.set_pointer_capture(pointer_id);
    }
}

/// Scrolls the horizontally scrolling `strip` by `pages` of its width (negative: back),
/// towards the axis end in either direction; smoothly unless the reader prefers
/// reduced motion.
pub fn scroll_pages(strip: &NodeRef, pages: f64, rtl: bool) {
    let Some(strip) = strip.cast::<web_sys::Element>() else {
        return;
    };
    let step = f64::from(strip.client_width()) * 0.8 * pages;
    let options = web_sys::ScrollToOptions::new();
    options.set_left(if rtl { -step } else { step });
    if !prefers_reduced_motion() {
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
    }
    strip.scroll_by_with_scroll_to_options(&options);
}

/// Whether the strip can scroll further back and further on: `(back, on)`.
pub fn scroll_room(strip: &NodeRef) -> (bool, bool) {
    let Some(strip) = strip.cast::<web_sys::Element>() else {
        return (false, false);
    };
    let start = f64::from(strip.scroll_left()).abs();
    let room = f64::from(strip.scroll_width() - strip.client_width());
    (start > 1.0, start < room - 1.0)
}

/// Sets the CSS custom properties listed in the `data-css-vars="--a:1;--b:2"` attribute
/// of each element matching `selector` inside `root`, through the CSSOM, which a strict
/// CSP allows (inline `style` it does not).
pub fn apply_css_vars_of(root: &NodeRef, selector: &str) {
    let Some(elements) = root
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector_all(selector).ok())
    else {
        return;
    };
    for index in 0..elements.length() {
        let Some(element) = elements
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let vars = element.get_attribute("data-css-vars").unwrap_or_default();
        let style = element.style();
        for (name, value) in vars.split(';').filter_map(|pair| pair.split_once(':')) {
            // Unchanged values are left alone: setting one still costs a style recalc.
            if style.get_property_value(name).ok().as_deref() != Some(value) {
                let _ = style.set_property(name, value);
            }
        }
    }
}

/// Calls `on_zoom(in)` for a Ctrl+wheel (or a trackpad pinch, which Chromium and Firefox
/// send as one) over the element behind `node`, and keeps that wheel from zooming the
/// page. A plain wheel is left alone, so the page and the strip scroll as always. The
/// listener is not passive (Yew's `onwheel` is), or it could not prevent the page zoom.
pub fn on_ctrl_wheel(
    node: &NodeRef,
    on_zoom: impl Fn(bool) + 'static,
) -> Option<gloo::events::EventListener> {
    let element = node.cast::<web_sys::Element>()?;
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    Some(gloo::events::EventListener::new_with_options(
        &element,
        "wheel",
        options,
        move |event| {
            let Some(wheel) = event.dyn_ref::<web_sys::WheelEvent>() else {
                return;
            };
            if wheel.ctrl_key() && wheel.delta_y() != 0.0 {
                event.prevent_default();
                on_zoom(wheel.delta_y() < 0.0);
            }
        },
    ))
}

/// Keeps a `ResizeObserver` alive; disconnects it when dropped.
pub struct WidthObserver {
    observer: Option<web_sys::ResizeObserver>,
    _callback: Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for WidthObserver {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}

/// Calls `on_width` with the width of the element behind `node` now and whenever it
/// changes; observing stops when the returned observer is dropped.
pub fn observe_width(node: &NodeRef, on_width: impl Fn(f64) + 'static) -> Option<WidthObserver> {
    observe_size(node, move |_, entry| on_width(entry.content_rect().width()))
}

/// Keeps the element behind `node` at the tallest height it has had at its current
/// width (`min-block-size`, set through the CSSOM, which a strict CSP allows): a
/// shorter content then leaves what follows where it was, so it is neither laid out
/// nor painted again. A new width starts over. Stops when the observer is dropped.
pub fn keep_tallest(node: &NodeRef) -> Option<WidthObserver> {
    let tallest = std::cell::Cell::new((0.0_f64, 0.0_f64));
    observe_size(node, move |element, entry| {
        // The border box, which `min-block-size` sizes (the widget's boxes are border-box).
        let Ok(size) = entry
            .border_box_size()
            .get(0)
            .dyn_into::<web_sys::ResizeObserverSize>()
        else {
            return;
        };
        let (width, height) = (size.inline_size(), size.block_size());
        let Some(style) = element.dyn_ref::<web_sys::HtmlElement>().map(|e| e.style()) else {
            return;
        };
        let (known_width, known_height) = tallest.get();
        let tallest_now = if width != known_width {
            // Another width wraps the text differently: measure the content anew (a
            // layout of its own, only when the width changes).
            let _ = style.remove_property("min-block-size");
            element.get_bounding_client_rect().height()
        } else if height > known_height {
            height
        } else {
            return;
        };
        tallest.set((width, tallest_now));
        // Whole pixels, rounded up: an integer, so no float formatting in the wasm.
        let pixels = tallest_now.ceil() as u32;
        let _ = style.set_property("min-block-size", &format!("{pixels}px"));
    })
}

fn observe_size(
    node: &NodeRef,
    on_size: impl Fn(&web_sys::Element, &web_sys::ResizeObserverEntry) + 'static,
) -> Option<WidthObserver> {
    let element = node.cast::<web_sys::Element>()?;
    let observed = element.clone();
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
            on_size(&observed, &entry);
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    if let Some(observer) = &observer {
        observer.observe(&element);
    }
    Some(WidthObserver {
        observer,
        _callback: callback,
    })
}
