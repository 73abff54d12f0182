//! `talks-tracker render`: the story as static HTML, rendered by the widget's own
//! components through Yew's server renderer (no second template to drift).

use std::process::ExitCode;

use talks_tracker::components::{TalksTracker, TalksTrackerProps};
use yew::ServerRenderer;

const STYLESHEET: &str = include_str!("../../../static/talks-tracker.css");

/// The widget's markup for `json`: as the browser first renders it (`static_page`
/// false), or for readers without script (every answer open, every event with its
/// details, fragment links instead of buttons).
pub fn render_story(json: &str, instance: &str, static_page: bool) -> String {
    // The props are built on the renderer's thread: AttrValue is not Send.
    let (json, instance) = (json.to_string(), instance.to_string());
    let props = move || TalksTrackerProps {
        src: "".into(),
        inline_story: Some(json.into()),
        instance: instance.into(),
        lang: None,
        page_lang: None,
        static_page,
        preview: false,
        // A server render has no reader to remember.
        memory: false,
        // The browser's first render has it, so the pre-rendered one does too.
        overview: true,
    };
    let renderer = ServerRenderer::<TalksTracker>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// A whole page; `head` (the JSON-LD, or nothing) goes last in `<head>`.
fn standalone(title: &str, language: &str, head: &str, body: &str) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n\
         <style>\n{STYLESHEET}</style>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n",
        escape(language),
        escape(title)
    )
}

/// What goes inside `<talks-tracker>` so the story shows before (and without) script:
/// a declarative Shadow DOM root with the stylesheet, the widget's first render (shown
/// when script runs, so the live widget replaces it without a jump) and the static render
/// (shown when script is off, `@media (scripting: none)`).
fn embed_fragment(json: &str, instance: &str, css: &str) -> String {
    let live = render_story(json, instance, false);
    let fallback = render_story(json, &format!("{instance}-static"), true);
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

/// Runs `render [--standalone | --embed --css URL [--instance ID]] [--no-json-ld] FILE`.
pub fn run(args: &[String]) -> ExitCode {
    let standalone_page = args.iter().any(|a| a == "--standalone");
    let with_json_ld = !args.iter().any(|a| a == "--no-json-ld");
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let embed_css = args
        .iter()
        .any(|a| a == "--embed")
        .then(|| value_of("--css").unwrap_or_else(|| "talks-tracker.css".into()));
    let instance = value_of("--instance");
    let values: Vec<Option<String>> = vec![value_of("--css"), instance.clone()];
    let files: Vec<&String> = args
        .iter()
        .filter(|a| !a.starts_with("--") && !values.contains(&Some(a.to_string())))
        .collect();
    let [file] = files.as_slice() else {
        eprintln!("talks-tracker render: name one story file");
        return ExitCode::from(2);
    };
    let text = match super::cli::read(file) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let parsed = story::parse(&text);
    let Some(story) = &parsed.story else {
        for d in &parsed.diagnostics {
            eprintln!("{file}: {d}");
        }
        return ExitCode::from(1);
    };
    let instance = instance.unwrap_or_else(|| story.head().id.to_string());
    // For search engines: the story as schema.org data, links naming this instance's ids.
    let json_ld = if with_json_ld {
        story::publish::json_ld_script(story, &story::DomIds::new(instance.as_str()))
    } else {
        String::new()
    };
    if let Some(css) = embed_css {
        // After the template: outside the shadow root, where crawlers read it.
        super::cli::out(&format!(
            "{}{json_ld}",
            embed_fragment(&text, &instance, &css)
        ));
        return ExitCode::SUCCESS;
    }
    let body = render_story(&text, &instance, true);
    if standalone_page {
        let head = if json_ld.is_empty() {
            json_ld
        } else {
            json_ld + "\n"
        };
        let page = standalone(&story.head().title, &story.head().language, &head, &body);
        super::cli::out(page.trim_end());
    } else {
        super::cli::out(&body);
    }
    ExitCode::SUCCESS
}
