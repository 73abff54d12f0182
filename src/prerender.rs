//! The story as pre-rendered HTML to put inside `<talks-tracker>`: the widget's own
//! components through Yew's server renderer, so the command line's
//! `render --embed` and the editor's publish step (in the browser) give the same
//! markup and there is no second template to drift.
//!
//! Compiled natively (the CLI, tests) and, with the `editor` feature, into the
//! editor's wasm; never into the reader's, whose bytes stay as they are.

use yew::LocalServerRenderer;

use crate::components::{TalksTracker, TalksTrackerProps};

/// The widget's props for a server render of `json`: as the browser first renders it
/// (`static_page` false), or for readers without script (every answer open, every
/// event with its details, fragment links instead of buttons).
pub fn props(json: &str, instance: &str, static_page: bool) -> TalksTrackerProps {
    TalksTrackerProps {
        src: "".into(),
        inline_story: Some(json.to_string().into()),
        instance: instance.to_string().into(),
        lang: None,
        page_lang: None,
        static_page,
        preview: false,
        // A server render has no reader to remember.
        memory: false,
        with_credentials: false,
        // The browser's first render has it, so the pre-rendered one does too.
        overview: true,
    }
}

/// Renders `json` on the current thread (in the browser, the editor's publish step).
pub async fn render_story(json: &str, instance: &str, static_page: bool) -> String {
    LocalServerRenderer::<TalksTracker>::with_props(props(json, instance, static_page))
        .hydratable(false)
        .render()
        .await
}

/// What goes inside `<talks-tracker>` so the story shows before (and without) script:
/// a declarative Shadow DOM root with the stylesheet `css`, the widget's first render
/// `live` (shown when script runs, so the live widget replaces it without a jump) and
/// the static render `fallback` (shown when script is off, `@media (scripting: none)`).
pub fn embed_fragment(live: &str, fallback: &str, css: &str) -> String {
    let css = css
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{css}\">\
         <div class=\"tt-ssr\"><div class=\"tt-when-script\">{live}</div>\
         <div class=\"tt-when-no-script\">{fallback}</div></div></template>"
    )
}

/// The instance id of the static render beside the live one (ids stay unique).
pub fn static_instance(instance: &str) -> String {
    format!("{instance}-static")
}

/// [`embed_fragment`] for `json`, both renders made on the current thread.
pub async fn render_embed(json: &str, instance: &str, css: &str) -> String {
    let live = render_story(json, instance, false).await;
    let fallback = render_story(json, &static_instance(instance), true).await;
    embed_fragment(&live, &fallback, css)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The editor's renderer (on the current thread) gives the CLI's markup (Yew's
    /// threaded `ServerRenderer`), so an embed from either is the same.
    #[test]
    fn the_editors_render_is_the_clis() {
        let json = include_str!("../static/stories/paris-talks.json");
        let threaded = |static_page: bool| {
            let json = json.to_string();
            let props = move || props(&json, "paris", static_page);
            futures::executor::block_on(
                yew::ServerRenderer::<TalksTracker>::with_props(props)
                    .hydratable(false)
                    .render(),
            )
        };
        let live = threaded(false);
        assert!(live.contains("data-story-id"), "{live}");
        assert_eq!(
            futures::executor::block_on(render_story(json, "paris", false)),
            live
        );
        assert_eq!(
            futures::executor::block_on(render_story(json, "paris", true)),
            threaded(true)
        );
        let fragment = futures::executor::block_on(render_embed(json, "paris", "tt.css"));
        assert!(fragment.starts_with(
            "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"tt.css\">"
        ));
        assert!(
            !fragment.contains("<script"),
            "no script in the pre-rendered markup"
        );
    }
}
