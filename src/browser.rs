//! Browser glue, in one place: finding host elements and fetching story files.

use std::sync::atomic::{AtomicUsize, Ordering};

use wasm_bindgen::JsCast;
use yew::AttrValue;

use crate::components::{TalksTracker, TalksTrackerProps};

/// Mounts a widget in every `[data-talks-tracker]` element, reading the story URL from `data-src`.
pub fn mount_all() {
    static INSTANCES: AtomicUsize = AtomicUsize::new(0);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(hosts) = document.query_selector_all("[data-talks-tracker]") else { return };
    for index in 0..hosts.length() {
        let Some(host) = hosts.item(index).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
            continue;
        };
        let number = INSTANCES.fetch_add(1, Ordering::Relaxed) + 1;
        let props = TalksTrackerProps {
            src: AttrValue::from(host.get_attribute("data-src").unwrap_or_default()),
            instance: AttrValue::from(format!("tt{number}")),
        };
        yew::Renderer::<TalksTracker>::with_root_and_props(host, props).render();
    }
}

/// Fetches a story file as text; the error says what went wrong in words a reader understands.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| format!("the story could not be loaded from {url}: the network request failed"))?;
    if !response.ok() {
        return Err(format!(
            "the story could not be loaded from {url}: the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    response
        .text()
        .await
        .map_err(|_| format!("the story from {url} could not be read"))
}
