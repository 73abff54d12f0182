//! The one way to mount a widget: the `<talks-tracker>` element of `loader.js` calls
//! [`mount_widget`] with itself and the container in its shadow root.
//!
//! Every rule about the element lives here, not in the loader: which language the
//! page around it speaks, its instance id (its own `id` when that is a valid id, else
//! `tt1`, `tt2`, … by its place among the page's `<talks-tracker>` elements, which
//! every wasm instance sees alike), where its story comes from.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::AttrValue;

use crate::components::{TalksTracker, TalksTrackerProps};

/// A mounted widget, held by its `<talks-tracker>` element.
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

/// Renders the widget of the `<talks-tracker>` element `host` into `container`.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(host: web_sys::Element, container: web_sys::Element) -> MountedWidget {
    let mut props = props_of(&host);
    if props.inline_story.is_none() {
        super::fetch::take_head_start(&host);
    }
    // The loader hides the container while a pre-rendered copy shows (loader.template.js):
    // nobody sees the live widget until it takes over, so it can draw in steps.
    props.in_steps = container.has_attribute("hidden");
    super::panic::watch_for_panics(&container);
    MountedWidget {
        app: Some(yew::Renderer::<TalksTracker>::with_root_and_props(container, props).render()),
    }
}

/// The widget's props from its element's attributes and place in the page.
fn props_of(host: &web_sys::Element) -> TalksTrackerProps {
    let non_empty =
        |value: Option<String>| value.filter(|v| !v.trim().is_empty()).map(AttrValue::from);
    // The story set in script (`element.story = {…}`, kept as text by loader.js), else
    // inline: `<talks-tracker><script type="application/json">…</script></talks-tracker>`.
    let property = js_sys::Reflect::get(host, &"storyText".into())
        .ok()
        .and_then(|text| text.as_string());
    let inline_story = property
        .or_else(|| {
            host.query_selector(r#"script[type="application/json"]"#)
                .ok()
                .flatten()
                .and_then(|script| script.text_content())
        })
        .map(AttrValue::from);
    let page_lang = host
        .parent_element()
        .and_then(|parent| parent.closest("[lang]").ok().flatten())
        .and_then(|element| element.get_attribute("lang"));
    TalksTrackerProps {
        src: AttrValue::from(host.get_attribute("src").unwrap_or_default()),
        inline_story,
        lang: non_empty(host.get_attribute("lang")),
        page_lang: non_empty(page_lang),
        static_page: false,
        preview: host.has_attribute("preview"),
        memory: !host.has_attribute("no-memory"),
        with_credentials: host.get_attribute("credentials").as_deref() == Some("include"),
        overview: !host.has_attribute("no-overview"),
        in_steps: false,
        instance: AttrValue::from(instance_of(host)),
    }
}

/// The element's `id` when it is a valid id, else `tt<n>` by page order.
fn instance_of(host: &web_sys::Element) -> String {
    let own = host.id();
    if story::check_id(&own).is_ok() {
        return own;
    }
    let place = host.owner_document().and_then(|document| {
        let all = document.query_selector_all("talks-tracker").ok()?;
        (0..all.length()).position(|i| {
            all.item(i)
                .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|element| &element == host)
        })
    });
    format!("tt{}", place.map_or(1, |i| i + 1))
}
