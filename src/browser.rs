//! Browser glue, in one place: finding host elements, fetching story files,
//! the URL hash, focus, scrolling and size observation.
//!
//! Outside the browser (native tests, server rendering) the DOM helpers are
//! no-ops, so components can call them unconditionally.

use yew::NodeRef;

#[cfg(target_arch = "wasm32")]
pub use wasm::*;

/// Moves keyboard focus to the first element matching `selector` inside `root`;
/// the browser scrolls it into view at once unless `scroll` is false.
pub fn focus_within(root: &NodeRef, selector: &str, scroll: bool) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = wasm::find(root, selector) {
        use wasm_bindgen::JsCast;
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(!scroll);
            let _ = element.focus_with_options(&options);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (root, selector, scroll);
}

/// Scrolls the first element matching `selector` inside `root` into view,
/// smoothly unless the reader prefers reduced motion.
pub fn scroll_into_view(root: &NodeRef, selector: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = wasm::find(root, selector) {
        let options = web_sys::ScrollIntoViewOptions::new();
        let behavior = if wasm::prefers_reduced_motion() {
            web_sys::ScrollBehavior::Auto
        } else {
            web_sys::ScrollBehavior::Smooth
        };
        options.set_behavior(behavior);
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (root, selector);
}

/// Scrolls `strip` sideways (only) so the element matching `selector` in it is centred;
/// unlike `scroll_into_view` it never scrolls the page. `smooth` is ignored when the
/// reader prefers reduced motion.
pub fn centre_horizontally(strip: &NodeRef, selector: &str, smooth: bool) {
    #[cfg(target_arch = "wasm32")]
    if let (Some(strip), Some(item)) = (
        strip.cast::<web_sys::Element>(),
        wasm::find(strip, selector),
    ) {
        let (outer, inner) = (
            strip.get_bounding_client_rect(),
            item.get_bounding_client_rect(),
        );
        let offset = inner.left() - outer.left() - (outer.width() - inner.width()) / 2.0;
        let options = web_sys::ScrollToOptions::new();
        options.set_left(f64::from(strip.scroll_left()) + offset);
        if smooth && !wasm::prefers_reduced_motion() {
            options.set_behavior(web_sys::ScrollBehavior::Smooth);
        }
        strip.scroll_to_with_scroll_to_options(&options);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (strip, selector, smooth);
}

/// The range of axis columns (`[first, last]`, fractional) visible in the horizontally
/// scrolling `strip` of an axis `length` columns long; `None` outside the browser or
/// before layout. Works in both directions (`scrollLeft` is negative in RTL).
pub fn visible_columns(strip: &NodeRef, length: f64) -> Option<(f64, f64)> {
    #[cfg(target_arch = "wasm32")]
    {
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
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (strip, length);
        None
    }
}

/// Sets the CSS custom properties listed in each `[data-css-vars="--a:1;--b:2"]` element
/// inside `root` through the CSSOM, which a strict CSP allows (inline `style` it does not).
pub fn apply_css_vars(root: &NodeRef) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(root) = root.cast::<web_sys::Element>() else {
            return;
        };
        let Ok(elements) = root.query_selector_all("[data-css-vars]") else {
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
    #[cfg(not(target_arch = "wasm32"))]
    let _ = root;
}

/// Dispatches a bubbling, composed `CustomEvent` named `name` from the element behind
/// `root`, with `detail` as a plain object, so host pages (and their analytics) can
/// listen on the `<talks-tracker>` element or any ancestor, across the shadow boundary.
pub fn emit(root: &NodeRef, name: &str, detail: &[(&str, &str)]) {
    #[cfg(target_arch = "wasm32")]
    if let Some(target) = root.cast::<web_sys::Element>() {
        wasm::emit_from(&target, name, detail);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (root, name, detail);
}

/// What a host page can ask of a widget through a `talks-tracker:command` event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `{ select: "<event id>" }`: open that event (the loader's `element.select(id)`).
    Select(String),
    /// `{ crashTest: true }`: panic on purpose, so a host page can check that a broken
    /// widget reports itself and leaves the rest of the page working.
    CrashTest,
}

/// Calls `on_command` for each `talks-tracker:command` event dispatched on the element
/// behind `root`. Listening stops when the result is dropped.
#[cfg(target_arch = "wasm32")]
pub fn listen_for_commands(
    root: &NodeRef,
    on_command: impl Fn(Command) + 'static,
) -> Option<gloo::events::EventListener> {
    use wasm_bindgen::JsCast;
    let target = root.cast::<web_sys::Element>()?;
    Some(gloo::events::EventListener::new(
        &target,
        "talks-tracker:command",
        move |event| {
            let Some(detail) = event.dyn_ref::<web_sys::CustomEvent>().map(|e| e.detail()) else {
                return;
            };
            let field = |name: &str| js_sys::Reflect::get(&detail, &name.into()).ok();
            if let Some(id) = field("select").and_then(|v| v.as_string()) {
                on_command(Command::Select(id));
            } else if field("crashTest").is_some_and(|v| v.is_truthy()) {
                on_command(Command::CrashTest);
            }
        },
    ))
}

/// The URL fragment without `#`, if any.
pub fn current_hash() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let hash = web_sys::window()?.location().hash().ok()?;
        let hash = hash.strip_prefix('#')?;
        (!hash.is_empty()).then(|| hash.to_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Replaces the URL fragment without adding a history entry (so Back leaves the article).
pub fn replace_hash(fragment: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{fragment}")),
        );
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = fragment;
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use std::cell::RefCell;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use yew::{AttrValue, NodeRef};

    use crate::components::{TalksTracker, TalksTrackerProps};
    use crate::hooks::FetchProblem;

    pub(super) fn find(root: &NodeRef, selector: &str) -> Option<web_sys::Element> {
        root.cast::<web_sys::Element>()?
            .query_selector(selector)
            .ok()?
    }

    pub(super) fn emit_from(target: &web_sys::Element, name: &str, detail: &[(&str, &str)]) {
        let object = js_sys::Object::new();
        for (key, value) in detail {
            let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
        }
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&object);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = target.dispatch_event(&event);
        }
    }

    thread_local! {
        /// The elements this wasm instance renders widgets into, for the panic hook.
        static CONTAINERS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
    }

    /// Registers `container` as rendered by this wasm instance; the first call installs
    /// the panic hook that reports a panic in every registered container.
    ///
    /// A panic aborts the whole wasm instance (release builds use `panic = "abort"`), so
    /// isolation comes from instances: the loader gives every `<talks-tracker>` element
    /// its own, and a panic stops only the widget it happened in.
    fn watch_for_panics(container: &web_sys::Element) {
        static HOOK: std::sync::Once = std::sync::Once::new();
        HOOK.call_once(|| yew::set_custom_panic_hook(Box::new(report_panic)));
        CONTAINERS.with(|containers| containers.borrow_mut().push(container.clone()));
    }

    fn report_panic(info: &std::panic::PanicHookInfo<'_>) {
        let detail = info.to_string();
        web_sys::console::error_1(&format!("talks-tracker stopped: {detail}").into());
        CONTAINERS.with(|containers| {
            if let Ok(containers) = containers.try_borrow() {
                for container in containers.iter() {
                    show_crash(container, &detail);
                }
            }
        });
    }

    /// Hides the widget's (now dead) content, puts an alert in its place and tells the
    /// host page with a `talks-tracker:error` event. Built with plain DOM calls: Yew
    /// cannot run any more.
    fn show_crash(container: &web_sys::Element, detail: &str) {
        if container.has_attribute("data-crashed") {
            return;
        }
        let _ = container.set_attribute("data-crashed", "");
        let _ = container.set_attribute("hidden", "");
        let Some(document) = container.owner_document() else {
            return;
        };
        let notice = || -> Result<web_sys::Element, JsValue> {
            let notice = document.create_element("div")?;
            notice.set_class_name("tt tt-failed tt-crashed");
            let alert = document.create_element("div")?;
            alert.set_class_name("tt-alert");
            alert.set_attribute("role", "alert")?;
            let text = document.create_element("p")?;
            text.set_text_content(Some(
                "This widget stopped because of an internal error, so the story cannot be \
                 shown here. The rest of the page is not affected.",
            ));
            alert.append_child(&text)?;
            notice.append_child(&alert)?;
            Ok(notice)
        };
        if let Ok(notice) = notice() {
            let _ = container.after_with_node_1(&notice);
        }
        emit_from(container, "talks-tracker:error", &[("message", detail)]);
    }

    pub(super) fn prefers_reduced_motion() -> bool {
        web_sys::window()
            .and_then(|w| {
                w.match_media("(prefers-reduced-motion: reduce)")
                    .ok()
                    .flatten()
            })
            .is_some_and(|query| query.matches())
    }

    /// Mounts a widget in every `[data-talks-tracker]` element, reading the story URL from
    /// `data-src`. The element's `id`, if any, becomes the prefix of the widget's ids and
    /// deep links; otherwise `tt1`, `tt2`, … in page order. Changing the element's `lang`,
    /// `data-src` or `data-preview` later updates the widget (the demo's language switch).
    pub fn mount_all() {
        static INSTANCES: AtomicUsize = AtomicUsize::new(0);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(hosts) = document.query_selector_all("[data-talks-tracker]") else {
            return;
        };
        for index in 0..hosts.length() {
            let Some(host) = hosts
                .item(index)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let number = INSTANCES.fetch_add(1, Ordering::Relaxed) + 1;
            let own_id = host.id();
            let instance = AttrValue::from(if story::check_id(&own_id).is_ok() {
                own_id
            } else {
                format!("tt{number}")
            });
            watch_for_panics(&host);
            let props = host_props(&host, instance.clone());
            let app = yew::Renderer::<TalksTracker>::with_root_and_props(host.clone(), props)
                .render();
            follow_attributes(host, instance, app);
        }
    }

    /// The widget's props from its `[data-talks-tracker]` host element.
    fn host_props(host: &web_sys::Element, instance: AttrValue) -> TalksTrackerProps {
        let page_lang = host
            .parent_element()
            .and_then(|parent| parent.closest("[lang]").ok().flatten())
            .and_then(|e| e.get_attribute("lang"));
        TalksTrackerProps {
            src: AttrValue::from(host.get_attribute("data-src").unwrap_or_default()),
            inline_story: None,
            static_page: false,
            preview: host.has_attribute("data-preview"),
            lang: host.get_attribute("lang").map(AttrValue::from),
            page_lang: page_lang.map(AttrValue::from),
            instance,
        }
    }

    /// Re-renders the widget in `host` whenever its attributes change, for the page's life.
    fn follow_attributes(
        host: web_sys::Element,
        instance: AttrValue,
        app: yew::AppHandle<TalksTracker>,
    ) {
        let app = RefCell::new(app);
        let target = host.clone();
        let callback = Closure::<dyn Fn()>::new(move || {
            app.borrow_mut()
                .update(host_props(&host, instance.clone()));
        });
        if let Ok(observer) = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()) {
            let options = web_sys::MutationObserverInit::new();
            options.set_attribute_filter(&js_sys::Array::of3(
                &"lang".into(),
                &"data-src".into(),
                &"data-preview".into(),
            ));
            let _ = observer.observe_with_options(&target, &options);
        }
        // The widget lives as long as the page; so does its observer.
        callback.forget();
    }

    /// A widget mounted by the `<talks-tracker>` element of `loader.js`.
    #[wasm_bindgen]
    pub struct MountedWidget {
        app: Option<yew::AppHandle<TalksTracker>>,
    }

    #[wasm_bindgen]
    impl MountedWidget {
        /// Removes the widget and frees what it holds.
        pub fn destroy(&mut self) {
            if let Some(app) = self.app.take() {
                app.destroy();
            }
        }
    }

    /// Renders a widget into `container` (inside the element's shadow root). The story is
    /// `inline_story` when the element carries one, else fetched from `src`; `lang` is the
    /// element's own language and `page_lang` the page's around it; `preview`
    /// lists every problem of the story file in full (the element's `preview` attribute).
    #[wasm_bindgen(js_name = mountWidget)]
    pub fn mount_widget(
        container: web_sys::Element,
        src: String,
        inline_story: Option<String>,
        lang: Option<String>,
        page_lang: Option<String>,
        instance: String,
        preview: bool,
    ) -> MountedWidget {
        let instance = if story::check_id(&instance).is_ok() {
            instance
        } else {
            "talks-tracker".into()
        };
        let props = TalksTrackerProps {
            src: src.into(),
            inline_story: inline_story.map(AttrValue::from),
            lang: lang.map(AttrValue::from),
            page_lang: page_lang.map(AttrValue::from),
            static_page: false,
            preview,
            instance: instance.into(),
        };
        watch_for_panics(&container);
        MountedWidget {
            app: Some(
                yew::Renderer::<TalksTracker>::with_root_and_props(container, props).render(),
            ),
        }
    }

    /// How long a story may take to arrive, in seconds.
    const FETCH_TIMEOUT_SECONDS: u32 = 15;

    /// Fetches a story file as text, giving up after 15 s; refuses responses that are
    /// not JSON (an HTML error page served with status 200, say).
    pub async fn fetch_text(url: &str) -> Result<String, FetchProblem> {
        use futures::future::{select, Either};
        let request = Box::pin(gloo::net::http::Request::get(url).send());
        let timeout = Box::pin(gloo::timers::future::TimeoutFuture::new(
            FETCH_TIMEOUT_SECONDS * 1000,
        ));
        let response = match select(request, timeout).await {
            Either::Left((Ok(response), _)) => response,
            Either::Left((Err(_), _)) => return Err(FetchProblem::Network),
            Either::Right(_) => {
                return Err(FetchProblem::TimedOut {
                    seconds: FETCH_TIMEOUT_SECONDS.into(),
                })
            }
        };
        if !response.ok() {
            return Err(FetchProblem::Http {
                status: response.status(),
                text: response.status_text(),
            });
        }
        let kind = response.headers().get("content-type").unwrap_or_default();
        if !kind.is_empty() && !kind.contains("json") {
            let kind = kind.split(';').next().unwrap_or_default().to_string();
            return Err(FetchProblem::NotJson { kind });
        }
        response.text().await.map_err(|_| FetchProblem::BrokeOff)
    }

    /// Calls `on_width` with the element's width now and whenever it changes;
    /// observing stops when the returned observer is dropped.
    pub fn observe_width(
        element: &web_sys::Element,
        on_width: impl Fn(f64) + 'static,
    ) -> WidthObserver {
        let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
                on_width(entry.content_rect().width());
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(element);
        }
        WidthObserver {
            observer,
            _callback: callback,
        }
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
}
