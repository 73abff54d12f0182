//! The editor's browser glue, in one place: the clock, the draft in `localStorage`,
//! reading an opened file, downloading the saved one, the preview's `reload()`,
//! media queries, the page's shortcut keys and focusing a field.
//!
//! Natively (where the editor is only compiled) every function is a no-op.

use yew::{Callback, NodeRef};

/// Keeps a listener or timer alive; dropping it removes it.
pub struct Guard(#[allow(dead_code)] Box<dyn std::any::Any>);

impl Guard {
    /// Keeps it for the rest of the page's life (a one-off timer that must fire).
    pub fn keep(self) {
        std::mem::forget(self);
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use gloo::events::{EventListener, EventListenerOptions};
    use gloo::timers::callback::Timeout;
    use wasm_bindgen::{JsCast, JsValue};
    use yew::{Callback, NodeRef};

    use super::Guard;

    /// Where the draft is kept.
    const DRAFT_KEY: &str = "talks-tracker-editor:draft";

    pub fn now_rfc3339() -> String {
        // "2026-01-10T09:00:00.000Z": to whole seconds.
        let iso = String::from(js_sys::Date::new_0().to_iso_string());
        format!("{}Z", iso.get(..19).unwrap_or("1970-01-01T00:00:00"))
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn load_draft() -> Option<String> {
        storage()?.get_item(DRAFT_KEY).ok().flatten()
    }

    pub fn save_draft(json: &str) {
        if let Some(storage) = storage() {
            // A full or blocked storage loses the draft, not the session.
            let _ = storage.set_item(DRAFT_KEY, json);
        }
    }

    fn control(event: &yew::events::Event) -> Option<web_sys::HtmlInputElement> {
        event.target()?.dyn_into().ok()
    }

    pub fn input_value(event: &yew::events::Event) -> String {
        // Inputs, text areas and selects all have a `value`.
        event
            .target()
            .and_then(|target| js_sys::Reflect::get(&target, &JsValue::from_str("value")).ok())
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    }

    pub fn is_checked(event: &yew::events::Event) -> bool {
        control(event).is_some_and(|input| input.checked())
    }

    pub fn read_chosen_file(event: &yew::events::Event, done: Callback<Result<String, String>>) {
        let Some(input) = control(event) else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Cleared so that choosing the same file again opens it again.
        input.set_value("");
        let file = gloo::file::File::from(file);
        wasm_bindgen_futures::spawn_local(async move {
            let text = gloo::file::futures::read_as_text(&file).await;
            done.emit(text.map_err(|e| e.to_string()));
        });
    }

    pub fn download(name: &str, text: &str) -> Result<(), String> {
        let failed = |e: JsValue| format!("{e:?}");
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob =
            web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
        let document = gloo::utils::document();
        let link = document.create_element("a").map_err(failed)?;
        link.set_attribute("href", &url).map_err(failed)?;
        link.set_attribute("download", name).map_err(failed)?;
        link.unchecked_ref::<web_sys::HtmlElement>().click();
        // The download has its own copy once it started; the URL can go.
        Timeout::new(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Ok(())
    }

    pub fn reload_preview(node: &NodeRef) {
        let Some(element) = node.get() else { return };
        // `reload()` exists once loader.js has defined <talks-tracker>; before that the
        // element reads its inline story when it first mounts.
        if let Ok(reload) = js_sys::Reflect::get(&element, &JsValue::from_str("reload")) {
            if let Some(reload) = reload.dyn_ref::<js_sys::Function>() {
                let _ = reload.call0(&element);
            }
        }
    }

    pub fn later(ms: u32, run: Callback<()>) -> Guard {
        Guard(Box::new(Timeout::new(ms, move || run.emit(()))))
    }

    pub fn watch_media(query: &str, changed: Callback<bool>) -> Option<Guard> {
        let list = web_sys::window()?.match_media(query).ok().flatten()?;
        changed.emit(list.matches());
        let target = list.clone();
        let listener = EventListener::new(&list, "change", move |_| changed.emit(target.matches()));
        Some(Guard(Box::new(listener)))
    }

    pub fn on_keydown(pressed: Callback<web_sys::KeyboardEvent>) -> Guard {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::window(),
            "keydown",
            options,
            move |event| {
                if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                    pressed.emit(event.clone());
                }
            },
        );
        Guard(Box::new(listener))
    }

    pub fn set_value(id: &str, value: &str) {
        if let Some(element) = gloo::utils::document().get_element_by_id(id) {
            let _ = js_sys::Reflect::set(
                &element,
                &JsValue::from_str("value"),
                &JsValue::from_str(value),
            );
        }
    }

    pub fn focus_first(ids: &[String]) {
        let document = gloo::utils::document();
        let Some(element) = ids.iter().find_map(|id| document.get_element_by_id(id)) else {
            return;
        };
        // A group (a fieldset) is focused through its first control.
        let control = match element.matches("input, select, textarea, button") {
            Ok(true) => Some(element),
            _ => element
                .query_selector("input, select, textarea, button")
                .ok()
                .flatten(),
        };
        if let Some(control) = control.and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = control.focus();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use yew::{Callback, NodeRef};

    use super::Guard;

    pub fn now_rfc3339() -> String {
        "2026-01-01T00:00:00Z".into()
    }
    pub fn load_draft() -> Option<String> {
        None
    }
    pub fn save_draft(_: &str) {}
    pub fn input_value(_: &yew::events::Event) -> String {
        String::new()
    }
    pub fn is_checked(_: &yew::events::Event) -> bool {
        false
    }
    pub fn read_chosen_file(_: &yew::events::Event, _: Callback<Result<String, String>>) {}
    pub fn download(_: &str, _: &str) -> Result<(), String> {
        Err("saving needs a browser".into())
    }
    pub fn reload_preview(_: &NodeRef) {}
    pub fn later(_: u32, _: Callback<()>) -> Guard {
        Guard(Box::new(()))
    }
    pub fn watch_media(_: &str, _: Callback<bool>) -> Option<Guard> {
        None
    }
    pub fn on_keydown(_: Callback<yew::events::KeyboardEvent>) -> Guard {
        Guard(Box::new(()))
    }
    pub fn set_value(_: &str, _: &str) {}
    pub fn focus_first(_: &[String]) {}
}

/// The time now.
pub fn now() -> story::Timestamp {
    story::Timestamp::parse(&imp::now_rfc3339()).expect("the clock gives RFC 3339")
}

/// The draft kept in this browser, if any.
pub fn load_draft() -> Option<String> {
    imp::load_draft()
}

/// Keeps `json` as the draft.
pub fn save_draft(json: &str) {
    imp::save_draft(json)
}

/// The value of the input, text area or select an event came from.
pub fn input_value(event: &yew::events::Event) -> String {
    imp::input_value(event)
}

/// Whether the checkbox an event came from is checked.
pub fn is_checked(event: &yew::events::Event) -> bool {
    imp::is_checked(event)
}

/// Reads the file chosen in the file input an event came from, as text, and hands it
/// to `done`.
pub fn read_chosen_file(event: &yew::events::Event, done: Callback<Result<String, String>>) {
    imp::read_chosen_file(event, done)
}

/// Downloads `text` as the JSON file `name`.
pub fn download(name: &str, text: &str) -> Result<(), String> {
    imp::download(name, text)
}

/// Asks the `<talks-tracker>` element behind `node` to show its inline story again.
pub fn reload_preview(node: &NodeRef) {
    imp::reload_preview(node)
}

/// Runs `run` once after `ms` milliseconds, unless the guard is dropped first.
pub fn later(ms: u32, run: Callback<()>) -> Guard {
    imp::later(ms, run)
}

/// Tells `changed` whether the media query matches, now and whenever that changes.
pub fn watch_media(query: &str, changed: Callback<bool>) -> Option<Guard> {
    imp::watch_media(query, changed)
}

/// Hands every key pressed in the page to `pressed` (which may prevent its default).
pub fn on_keydown(pressed: Callback<yew::events::KeyboardEvent>) -> Guard {
    imp::on_keydown(pressed)
}

/// Sets the `value` of the element `id` (a `<select>`, whose `selected` options stop
/// counting once the producer has picked one, so an undo would not show otherwise).
pub fn set_value(id: &str, value: &str) {
    imp::set_value(id, value)
}

/// Focuses the first of the elements `ids` that exists (a group through its first control).
pub fn focus_first(ids: &[String]) {
    imp::focus_first(ids)
}
