//! `talks-tracker render`: the story as static HTML, rendered by the widget's own
//! components through Yew's server renderer (no second template to drift).

use std::process::ExitCode;

use talks_tracker::components::{TalksTracker, TalksTrackerProps};
use yew::ServerRenderer;

const STYLESHEET: &str = include_str!("../../../static/talks-tracker.css");

/// The widget's markup for `json` for readers without script: every answer open,
/// every event with its details, fragment links instead of buttons.
pub fn render_story(json: &str, instance: &str) -> String {
    // The props are built on the renderer's thread: AttrValue is not Send.
    let (json, instance) = (json.to_string(), instance.to_string());
    let props = move || TalksTrackerProps {
        src: "".into(),
        inline_story: Some(json.into()),
        instance: instance.into(),
        lang: None,
        static_page: true,
    };
    let renderer = ServerRenderer::<TalksTracker>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}

fn standalone(title: &str, language: &str, body: &str) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n\
         <style>\n{STYLESHEET}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        escape(language),
        escape(title)
    )
}

/// Runs `render [--standalone] FILE`.
pub fn run(args: &[String]) -> ExitCode {
    let standalone_page = args.iter().any(|a| a == "--standalone");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
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
    let body = render_story(&text, story.head.id.as_str());
    if standalone_page {
        print!(
            "{}",
            standalone(&story.head.title, &story.head.language, &body)
        );
    } else {
        println!("{body}");
    }
    ExitCode::SUCCESS
}
