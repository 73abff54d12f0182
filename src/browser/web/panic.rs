//! When a widget panics: an alert in its place and a `talks-tracker:error` event.
//!
//! A panic aborts the whole wasm instance (release builds use `panic = "abort"`), so
//! isolation comes from instances: the loader gives every `<talks-tracker>` element
//! its own, and a panic stops only the widget it happened in.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

use super::host::emit_from;

thread_local! {
    /// The elements this wasm instance renders widgets into, for the panic hook.
    static CONTAINERS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// Installs the panic hook that reports a panic in every registered container.
pub fn install_hook() {
    yew::set_custom_panic_hook(Box::new(report_panic));
}

/// Registers `container` as rendered by this wasm instance, for the panic hook.
pub fn watch_for_panics(container: &web_sys::Element) {
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
