//! The host page's side: events the widget sends, commands it takes, the URL fragment.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::NodeRef;

use crate::browser::Command;

/// Keeps an event listener alive; it stops listening when dropped.
pub type Listener = gloo::events::EventListener;

/// Dispatches a bubbling, composed `CustomEvent` named `name` from `target`, with
/// `detail` as a plain object, so host pages (and their analytics) can listen on the
/// `<talks-tracker>` element or any ancestor, across the shadow boundary.
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

/// [`emit_from`] the element behind `root`.
pub fn emit(root: &NodeRef, name: &str, detail: &[(&str, &str)]) {
    if let Some(target) = root.cast::<web_sys::Element>() {
        emit_from(&target, name, detail);
    }
}

/// Calls `on_command` for each `talks-tracker:command` event dispatched on the element
/// behind `root`. Listening stops when the result is dropped.
pub fn listen_for_commands(
    root: &NodeRef,
    on_command: impl Fn(Command) + 'static,
) -> Option<Listener> {
    let target = root.cast::<web_sys::Element>()?;
    Some(Listener::new(
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

/// Calls `on_change` whenever the URL fragment changes (an in-page link was followed).
pub fn on_hash_change(on_change: impl Fn() + 'static) -> Option<Listener> {
    let window = web_sys::window()?;
    Some(Listener::new(&window, "hashchange", move |_| on_change()))
}

/// The URL fragment without `#`, if any.
pub fn current_hash() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let hash = hash.strip_prefix('#')?;
    (!hash.is_empty()).then(|| hash.to_string())
}

/// Replaces the URL fragment without adding a history entry (so Back leaves the
/// article), keeping the page's `history.state` (a single-page app's router keeps its own).
///
/// It waits until the browser is idle: Chromium takes about 5 ms for a same-document
/// navigation on a long story's page, and the reader waits for the event to show, not
/// for the address bar. Later calls land later, so the last selection wins.
pub fn replace_hash(fragment: &str) {
    let url = format!("#{fragment}");
    when_idle(move || {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(&url));
        }
    });
}

/// Runs `then` once the browser is idle (within half a second), or in a task of its own
/// where `requestIdleCallback` is missing (Safari).
fn when_idle(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return then();
    };
    if !js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false) {
        gloo::timers::callback::Timeout::new(0, then).forget();
        return;
    }
    let callback = wasm_bindgen::closure::Closure::once_into_js(then);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(500);
    let _ = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
}

/// Runs `then` in a microtask: once the code running now is done, before the browser
/// draws or runs another task.
pub fn in_a_microtask(then: impl FnOnce() + 'static) {
    wasm_bindgen_futures::spawn_local(async move { then() });
}

/// Runs `then` in a task of its own, after the browser has had its turn: work split
/// this way never makes one long task. A message to itself rather than a zero-delay
/// time-out, which browsers hold back at least 4 ms once time-outs nest five deep.
/// Dropping the returned [`Later`] cancels it.
pub fn in_a_later_task(then: impl FnOnce() + 'static) -> Option<Later> {
    let channel = web_sys::MessageChannel::new().ok()?;
    let callback = Closure::once(then);
    channel
        .port1()
        .set_onmessage(Some(callback.as_ref().unchecked_ref()));
    channel
        .port2()
        .post_message(&wasm_bindgen::JsValue::NULL)
        .ok()?;
    Some(Later {
        channel,
        _callback: callback,
    })
}

/// A task [`in_a_later_task`] has asked for; dropping it before it runs cancels it.
pub struct Later {
    channel: web_sys::MessageChannel,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for Later {
    fn drop(&mut self) {
        self.channel.port1().set_onmessage(None);
        self.channel.port1().close();
    }
}
