//! `talks-tracker render`: the story as static HTML, rendered by the widget's own
//! components through Yew's server renderer (no second template to drift).

use std::process::ExitCode;

use talks_tracker::components::TalksTracker;
use talks_tracker::prerender;
use yew::ServerRenderer;

const STYLESHEET: &str = include_str!("../../../static/talks-tracker.css");

/// The widget's markup for `json`: as the browser first renders it (`static_page`
/// false), or for readers without script (every answer open, every event with its
/// details, fragment links instead of buttons).
pub fn render_story(json: &str, instance: &str, static_page: bool) -> String {
    // The props are built on the renderer's thread: AttrValue is not Send.
    let (json, instance) = (json.to_string(), instance.to_string());
    let props = move || prerender::props(&json, &instance, static_page);
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

/// What goes inside `<talks-tracker>` and its positions stylesheet (the editor's
/// publish step makes the same).
fn embed(json: &str, instance: &str, css: &str, positions: Option<&str>) -> prerender::Embed {
    let live = render_story(json, instance, false);
    let fallback = render_story(json, &prerender::static_instance(instance), true);
    prerender::Embed::new(&live, &fallback, css, positions)
}

/// Runs `render [--standalone | --embed --css URL [--instance ID] [--positions FILE
/// [--positions-url URL]]] [--no-json-ld] FILE`.
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
    // Where to write the positions stylesheet, and its address from the page (by
    // default the path as given, relative like the page's other files).
    let positions_file = value_of("--positions");
    let positions_url = value_of("--positions-url").or_else(|| positions_file.clone());
    let values: Vec<Option<String>> = vec![
        value_of("--css"),
        instance.clone(),
        positions_file.clone(),
        value_of("--positions-url"),
    ];
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
        let embed = embed(&text, &instance, &css, positions_url.as_deref());
        match &positions_file {
            Some(path) => {
                if let Err(error) = std::fs::write(path, &embed.positions) {
                    eprintln!("talks-tracker render: cannot write {path}: {error}");
                    return ExitCode::from(2);
                }
            }
            None => eprintln!(
                "talks-tracker render: without --positions FILE the pre-rendered timeline has \
                 no positions until the widget takes over (inline styles would break a strict \
                 Content-Security-Policy); see docs/embedding.md"
            ),
        }
        // After the template: outside the shadow root, where crawlers read it.
        super::cli::out(&format!("{}{json_ld}", embed.fragment));
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
