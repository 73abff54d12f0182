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
        // A server render draws everything at once.
        in_steps: false,
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
///
/// `positions` is the address of the render's [`positions_stylesheet`]: a strict CSP
/// (`style-src 'self'`) blocks inline `style` attributes, so the axis and overview
/// positions come from a stylesheet of their own. Without it the pre-rendered axis
/// lays out unpositioned and moves when the widget takes over.
pub fn embed_fragment(live: &str, fallback: &str, css: &str, positions: Option<&str>) -> String {
    let link = |href: &str| {
        let href = href
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;");
        format!("<link rel=\"stylesheet\" href=\"{href}\">")
    };
    let positions = positions.map(link).unwrap_or_default();
    format!(
        "<template shadowrootmode=\"open\">{}{positions}\
         <div class=\"tt-ssr\"><div class=\"tt-when-script\">{live}</div>\
         <div class=\"tt-when-no-script\">{fallback}</div></div></template>",
        link(css)
    )
}

/// The stylesheet that places a server render's axis and overview: one rule per
/// distinct `data-css-vars` value in `html`, selected by that value and setting it
/// (`[data-css-vars="--x:3.00"]{--x:3.00}`). In the browser the widget sets the same
/// custom properties from the same attribute (`dom::apply_css_vars`), so the live
/// widget draws exactly where the pre-rendered copy was.
///
/// Only values made of custom property names and numbers are written: the widget
/// writes nothing else there, and no text could end the rule.
pub fn positions_stylesheet(html: &str) -> String {
    const ATTRIBUTE: &str = "data-css-vars=\"";
    let mut values: Vec<&str> = html
        .split(ATTRIBUTE)
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(value, _)| value))
        .filter(|value| {
            value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.:;".contains(&b))
        })
        .collect();
    values.sort_unstable();
    values.dedup();
    let mut css = String::from(
        "/* talks-tracker: positions of a pre-rendered story (talks-tracker render --embed). */\n",
    );
    for value in values {
        css.push_str(&format!("[data-css-vars=\"{value}\"]{{{value}}}\n"));
    }
    css
}

/// A pre-rendered embed: the fragment and the stylesheet that places it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    /// What goes inside `<talks-tracker>` ([`embed_fragment`]).
    pub fragment: String,
    /// The positions stylesheet the fragment links ([`positions_stylesheet`]).
    pub positions: String,
}

impl Embed {
    /// The embed of the two renders of a story, `live` and `fallback`, linking the
    /// stylesheet `css` and its positions stylesheet at `positions`.
    pub fn new(live: &str, fallback: &str, css: &str, positions: Option<&str>) -> Embed {
        Embed {
            positions: positions_stylesheet(&format!("{live}{fallback}")),
            fragment: embed_fragment(live, fallback, css, positions),
        }
    }
}

/// The instance id of the static render beside the live one (ids stay unique).
pub fn static_instance(instance: &str) -> String {
    format!("{instance}-static")
}

/// [`embed_fragment`] for `json`, both renders made on the current thread, linking
/// the stylesheet `css` and its positions stylesheet at `positions`.
pub async fn render_embed(json: &str, instance: &str, css: &str, positions: Option<&str>) -> Embed {
    let live = render_story(json, instance, false).await;
    let fallback = render_story(json, &static_instance(instance), true).await;
    Embed::new(&live, &fallback, css, positions)
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
        let embed = futures::executor::block_on(render_embed(
            json,
            "paris",
            "tt.css",
            Some("paris.positions.css"),
        ));
        let fragment = embed.fragment;
        assert!(fragment.starts_with(
            "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"tt.css\">\
             <link rel=\"stylesheet\" href=\"paris.positions.css\">"
        ));
        assert!(
            !fragment.contains("<script"),
            "no script in the pre-rendered markup"
        );
    }

    /// Every `data-css-vars` value of a fragment, in document order.
    fn css_vars(html: &str) -> Vec<String> {
        html.split("data-css-vars=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or_default().to_string())
            .collect()
    }

    /// Under `style-src 'self'` an inline `style` attribute is blocked: the fragment
    /// has none, and its positions stylesheet sets every custom property the markup
    /// asks for, on the element that asks for it, with that element's value.
    #[test]
    fn the_pre_render_has_no_inline_style_and_its_stylesheet_places_every_element() {
        let json = include_str!("../static/stories/paris-talks.json");
        let embed =
            futures::executor::block_on(render_embed(json, "paris", "tt.css", Some("p.css")));
        assert!(
            !embed.fragment.contains(" style="),
            "an inline style attribute"
        );
        let vars = css_vars(&embed.fragment);
        // The axis length, the "now" line, the columns and the overview's marks at least.
        for property in ["--tt-len:", "--x:", "--gap:", "--at:", "--n:"] {
            assert!(
                vars.iter().any(|v| v.contains(property)),
                "no element sets {property}"
            );
        }
        let rules: Vec<&str> = embed.positions.lines().skip(1).collect();
        for value in &vars {
            let rule = format!("[data-css-vars=\"{value}\"]{{{value}}}");
            assert!(rules.contains(&rule.as_str()), "no rule for {value}");
        }
        assert!(rules.len() <= vars.len(), "one rule per distinct value");
        assert_eq!(rules.len(), {
            let mut distinct = vars.clone();
            distinct.sort();
            distinct.dedup();
            distinct.len()
        });
    }

    /// A value that is not names and numbers gets no rule, so nothing can end the rule
    /// or the stylesheet early (the widget never writes one; this is a second wall).
    #[test]
    fn the_positions_stylesheet_writes_only_names_and_numbers() {
        let html = r#"<div data-css-vars="--x:1.00"></div>
            <div data-css-vars="--x:1}body{display:none"></div>
            <div data-css-vars="--x:&quot;"></div>
            <div data-css-vars="--at:2.50;--n:3"></div>"#;
        let css = positions_stylesheet(html);
        let rules: Vec<&str> = css.lines().skip(1).collect();
        assert_eq!(
            rules,
            [
                "[data-css-vars=\"--at:2.50;--n:3\"]{--at:2.50;--n:3}",
                "[data-css-vars=\"--x:1.00\"]{--x:1.00}",
            ]
        );
    }
}
