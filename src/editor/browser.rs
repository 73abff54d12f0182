//! The editor's browser glue, in one place: the clock, the draft in IndexedDB,
//! reading opened or dropped files, saving through the File System Access API or a
//! download, the clipboard, `<dialog>`, the preview's `reload()`, media queries, the
//! page's shortcut keys and focusing a field.
//!
//! The promise-based APIs (IndexedDB, `showSaveFilePicker`, the clipboard) go through
//! one small JavaScript module (`GLUE` below): a few lines there replace a dozen
//! web-sys features and their callbacks, and the reader's wasm never sees any of it.
//!
//! Natively (where the editor is only compiled) every function is a no-op.

use yew::{Callback, NodeRef};

/// Keeps a listener or timer alive; dropping it removes it.
pub struct Guard(#[allow(dead_code)] Box<dyn std::any::Any>);

#[cfg(target_arch = "wasm32")]
mod imp {
    use gloo::events::{EventListener, EventListenerOptions};
    use gloo::timers::callback::Timeout;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::{JsCast, JsValue};
    use yew::{Callback, NodeRef};

    use super::{Guard, Saved};

    // IndexedDB keeps the draft (a reload or a crash loses nothing: every change is
    // written at once, in its own committed transaction), showSaveFilePicker keeps the
    // file handle of the session's first save, drops on the page open a file.
    #[wasm_bindgen(inline_js = r#"
const DB = "talks-tracker-editor", STORE = "drafts", KEY = "draft";
const OLD_KEY = "talks-tracker-editor:draft";
let database = null;
function opened() {
  database ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return database;
}
function put(db, text) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, "readwrite");
    tx.objectStore(STORE).put(text, KEY);
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
    tx.commit?.();
  });
}
export async function loadDraft() {
  const db = await opened();
  const kept = await new Promise((resolve, reject) => {
    const request = db.transaction(STORE).objectStore(STORE).get(KEY);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  if (typeof kept === "string") return kept;
  // A draft that an earlier editor kept in localStorage moves here, once.
  let old = null;
  try { old = localStorage.getItem(OLD_KEY); } catch {}
  if (old !== null) {
    await put(db, old);
    try { localStorage.removeItem(OLD_KEY); } catch {}
  }
  return old;
}
export async function saveDraft(text) { await put(await opened(), text); }

let target = null;
export function forgetSaveTarget() { target = null; }
// The file's name once written, "" when the producer cancelled, null without the API.
export async function saveFile(name, text) {
  if (typeof globalThis.showSaveFilePicker !== "function") return null;
  if (!target) {
    try {
      target = await globalThis.showSaveFilePicker({
        suggestedName: name,
        types: [{ description: "Story file", accept: { "application/json": [".json"] } }],
      });
    } catch (error) {
      if (error?.name === "AbortError") return "";
      // Not allowed here (a cross-origin frame, no user gesture): download instead.
      if (error?.name === "SecurityError") return null;
      throw error;
    }
  }
  const writable = await target.createWritable();
  await writable.write(text);
  await writable.close();
  return target.name;
}

export async function copyText(text) { await navigator.clipboard.writeText(text); }

export function watchDrops(dragging, dropped) {
  let depth = 0;
  const files = (event) => Array.from(event.dataTransfer?.types ?? []).includes("Files");
  const on = {
    dragenter(event) { if (files(event)) { event.preventDefault(); if (depth++ === 0) dragging(true); } },
    dragover(event) { if (files(event)) { event.preventDefault(); event.dataTransfer.dropEffect = "copy"; } },
    dragleave(event) { if (files(event) && --depth <= 0) { depth = 0; dragging(false); } },
    drop(event) {
      if (!files(event)) return;
      event.preventDefault();
      depth = 0;
      dragging(false);
      dropped(event.dataTransfer.files);
    },
  };
  for (const [type, listener] of Object.entries(on)) document.addEventListener(type, listener);
  return () => { for (const [type, listener] of Object.entries(on)) document.removeEventListener(type, listener); };
}

export function showModal(dialog) { if (!dialog.open) dialog.showModal(); }
export function closeDialog(dialog) { if (dialog.open) dialog.close(); }
export function pageBase() { return new URL(".", location.href).href; }
export function resolveUrl(url, base) { try { return new URL(url, base).href; } catch { return null; } }
// The widget's stylesheet as loader.js names it (its file name changes with each build).
export function widgetStylesheet() {
  const link = document.querySelector("[data-editor-preview] talks-tracker")
    ?.shadowRoot?.querySelector("link[rel=stylesheet]");
  return link ? new URL(link.href).pathname.split("/").pop() : null;
}
"#)]
    extern "C" {
        #[wasm_bindgen(catch, js_name = loadDraft)]
        async fn load_draft_js() -> Result<JsValue, JsValue>;
        #[wasm_bindgen(catch, js_name = saveDraft)]
        async fn save_draft_js(text: &str) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(js_name = forgetSaveTarget)]
        fn forget_save_target_js();
        #[wasm_bindgen(catch, js_name = saveFile)]
        async fn save_file_js(name: &str, text: &str) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(catch, js_name = copyText)]
        async fn copy_text_js(text: &str) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(js_name = watchDrops)]
        fn watch_drops_js(
            dragging: &Closure<dyn FnMut(bool)>,
            dropped: &Closure<dyn FnMut(web_sys::FileList)>,
        ) -> js_sys::Function;
        #[wasm_bindgen(js_name = showModal)]
        fn show_modal_js(dialog: &web_sys::Element);
        #[wasm_bindgen(js_name = closeDialog)]
        fn close_dialog_js(dialog: &web_sys::Element);
        #[wasm_bindgen(js_name = pageBase)]
        fn page_base_js() -> String;
        #[wasm_bindgen(js_name = resolveUrl)]
        fn resolve_url_js(url: &str, base: &str) -> Option<String>;
        #[wasm_bindgen(js_name = widgetStylesheet)]
        fn widget_stylesheet_js() -> Option<String>;
    }

    pub fn now_rfc3339() -> String {
        // "2026-01-10T09:00:00.000Z": to whole seconds.
        let iso = String::from(js_sys::Date::new_0().to_iso_string());
        format!("{}Z", iso.get(..19).unwrap_or("1970-01-01T00:00:00"))
    }

    /// A JavaScript error as the notice shows it: its message, else what it is.
    fn message(error: JsValue) -> String {
        js_sys::Reflect::get(&error, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| format!("{error:?}"))
    }

    pub fn load_draft(done: Callback<Option<String>>) {
        wasm_bindgen_futures::spawn_local(async move {
            // A browser without IndexedDB (or with it blocked) starts a new story.
            done.emit(load_draft_js().await.ok().and_then(|text| text.as_string()));
        });
    }

    pub fn save_draft(json: &str) {
        let json = json.to_string();
        wasm_bindgen_futures::spawn_local(async move {
            // A full or blocked store loses the draft, not the session.
            let _ = save_draft_js(&json).await;
        });
    }

    pub fn save_file(name: &str, text: &str, done: Callback<Result<Saved, String>>) {
        let (name, text) = (name.to_string(), text.to_string());
        wasm_bindgen_futures::spawn_local(async move {
            let saved = match save_file_js(&name, &text).await {
                Ok(written) => match written.as_string() {
                    Some(file) if file.is_empty() => Ok(Saved::Cancelled),
                    Some(file) => Ok(Saved::Written(file)),
                    None => download(&name, &text).map(|()| Saved::Downloaded(name)),
                },
                Err(error) => Err(message(error)),
            };
            done.emit(saved);
        });
    }

    pub fn forget_save_target() {
        forget_save_target_js();
    }

    pub fn copy_text(text: &str, done: Callback<Result<(), String>>) {
        let text = text.to_string();
        wasm_bindgen_futures::spawn_local(async move {
            done.emit(copy_text_js(&text).await.map(|_| ()).map_err(message));
        });
    }

    pub fn watch_drops(
        dragging: Callback<bool>,
        dropped: Callback<Result<Vec<(String, String)>, String>>,
    ) -> Guard {
        let dragging = Closure::<dyn FnMut(bool)>::new(move |on| dragging.emit(on));
        let dropped =
            Closure::<dyn FnMut(web_sys::FileList)>::new(move |files: web_sys::FileList| {
                read_files(files, dropped.clone())
            });
        let stop = watch_drops_js(&dragging, &dropped);
        /// Removes the listeners, then frees the closures they called.
        struct Watch {
            stop: js_sys::Function,
            #[allow(dead_code)]
            dragging: Closure<dyn FnMut(bool)>,
            #[allow(dead_code)]
            dropped: Closure<dyn FnMut(web_sys::FileList)>,
        }
        impl Drop for Watch {
            fn drop(&mut self) {
                let _ = self.stop.call0(&JsValue::NULL);
            }
        }
        Guard(Box::new(Watch {
            stop,
            dragging,
            dropped,
        }))
    }

    pub fn show_modal(node: &NodeRef) {
        if let Some(dialog) = node.get() {
            show_modal_js(dialog.unchecked_ref());
        }
    }

    pub fn close_dialog(node: &NodeRef) {
        if let Some(dialog) = node.get() {
            close_dialog_js(dialog.unchecked_ref());
        }
    }

    pub fn page_base() -> String {
        page_base_js()
    }

    pub fn resolve_url(url: &str, base: &str) -> Option<String> {
        resolve_url_js(url, base)
    }

    pub fn widget_stylesheet() -> Option<String> {
        widget_stylesheet_js()
    }

    pub fn spawn(task: impl std::future::Future<Output = ()> + 'static) {
        wasm_bindgen_futures::spawn_local(task);
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

    pub fn read_chosen_files(
        event: &yew::events::Event,
        done: Callback<Result<Vec<(String, String)>, String>>,
    ) {
        let Some(input) = control(event) else { return };
        let Some(files) = input.files().filter(|files| files.length() > 0) else {
            return;
        };
        read_files(files, done);
        // Cleared so that choosing the same file again opens it again.
        input.set_value("");
    }

    /// Reads every file of `files` as text, in order, with its name.
    fn read_files(files: web_sys::FileList, done: Callback<Result<Vec<(String, String)>, String>>) {
        let files: Vec<gloo::file::File> = (0..files.length())
            .filter_map(|i| files.get(i))
            .map(gloo::file::File::from)
            .collect();
        wasm_bindgen_futures::spawn_local(async move {
            let mut read = Vec::with_capacity(files.len());
            for file in &files {
                match gloo::file::futures::read_as_text(file).await {
                    Ok(text) => read.push((file.name(), text)),
                    Err(error) => return done.emit(Err(format!("{}: {error}", file.name()))),
                }
            }
            done.emit(Ok(read));
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

    use super::{Guard, Saved};

    pub fn now_rfc3339() -> String {
        "2026-01-01T00:00:00Z".into()
    }
    pub fn load_draft(_: Callback<Option<String>>) {}
    pub fn save_draft(_: &str) {}
    pub fn input_value(_: &yew::events::Event) -> String {
        String::new()
    }
    pub fn is_checked(_: &yew::events::Event) -> bool {
        false
    }
    pub fn read_chosen_files(
        _: &yew::events::Event,
        _: Callback<Result<Vec<(String, String)>, String>>,
    ) {
    }
    pub fn save_file(_: &str, _: &str, done: Callback<Result<Saved, String>>) {
        done.emit(Err("saving needs a browser".into()))
    }
    pub fn forget_save_target() {}
    pub fn copy_text(_: &str, done: Callback<Result<(), String>>) {
        done.emit(Err("copying needs a browser".into()))
    }
    pub fn watch_drops(
        _: Callback<bool>,
        _: Callback<Result<Vec<(String, String)>, String>>,
    ) -> Guard {
        Guard(Box::new(()))
    }
    pub fn show_modal(_: &NodeRef) {}
    pub fn close_dialog(_: &NodeRef) {}
    pub fn page_base() -> String {
        "https://example.org/talks-tracker/".into()
    }
    pub fn resolve_url(url: &str, base: &str) -> Option<String> {
        // Enough for the server render: absolute URLs as they are, else after the base.
        Some(if url.contains("://") {
            url.to_string()
        } else {
            format!("{base}{url}")
        })
    }
    pub fn widget_stylesheet() -> Option<String> {
        None
    }
    pub fn spawn(_: impl std::future::Future<Output = ()> + 'static) {}
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

/// What a save did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Written to the file of this name (picked in this session's first save).
    Written(String),
    /// Handed to the browser as a download of this name (no File System Access API).
    Downloaded(String),
    /// The producer closed the file picker: nothing was written.
    Cancelled,
}

/// Reads the draft kept in this browser (IndexedDB; an older `localStorage` draft is
/// moved there once) and hands it to `done`, `None` when there is none.
pub fn load_draft(done: Callback<Option<String>>) {
    imp::load_draft(done)
}

/// Keeps `json` as the draft, at once.
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

/// Reads the files chosen in the file input an event came from, as text with their
/// names, and hands them to `done`.
pub fn read_chosen_files(
    event: &yew::events::Event,
    done: Callback<Result<Vec<(String, String)>, String>>,
) {
    imp::read_chosen_files(event, done)
}

/// Saves `text` as the JSON file `name`: through the File System Access API where
/// there is one (the session's first save asks where, later saves write the same
/// file), else as a download.
pub fn save_file(name: &str, text: &str, done: Callback<Result<Saved, String>>) {
    imp::save_file(name, text, done)
}

/// Makes the next save ask where again (another story was opened or started).
pub fn forget_save_target() {
    imp::forget_save_target()
}

/// Writes `text` to the clipboard.
pub fn copy_text(text: &str, done: Callback<Result<(), String>>) {
    imp::copy_text(text, done)
}

/// Tells `dragging` when files are dragged over the page and away, and hands the
/// files dropped on it, read as text with their names, to `dropped`.
pub fn watch_drops(
    dragging: Callback<bool>,
    dropped: Callback<Result<Vec<(String, String)>, String>>,
) -> Guard {
    imp::watch_drops(dragging, dropped)
}

/// Opens the `<dialog>` behind `node` as a modal dialog.
pub fn show_modal(node: &NodeRef) {
    imp::show_modal(node)
}

/// Closes the `<dialog>` behind `node`.
pub fn close_dialog(node: &NodeRef) {
    imp::close_dialog(node)
}

/// The address of the folder the editor is served from (where `loader.js` is).
pub fn page_base() -> String {
    imp::page_base()
}

/// `url` resolved against `base`, `None` when either is not a web address.
pub fn resolve_url(url: &str, base: &str) -> Option<String> {
    imp::resolve_url(url, base)
}

/// The file name of the widget's stylesheet in this build, as loader.js uses it.
pub fn widget_stylesheet() -> Option<String> {
    imp::widget_stylesheet()
}

/// Runs `task` to completion in the background.
pub fn spawn(task: impl std::future::Future<Output = ()> + 'static) {
    imp::spawn(task)
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
