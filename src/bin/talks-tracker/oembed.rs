//! `talks-tracker oembed`: the oEmbed 1.0 JSON of a story (type `rich`), published as
//! a static file next to the story so WordPress and other oEmbed consumers can embed
//! it (docs/embedding.md, "WordPress"). Its `html` is the iframe embed code the
//! editor's publish step writes too (`story::embed_code`).

use std::process::ExitCode;

use serde_json::{json, Map, Value};
use story::embed_code::IframeEmbed;

/// The iframe's size when none is given: a column of an article, and tall enough for
/// the timeline and the first cards before the frame reports its real height.
const DEFAULT_SIZE: (u32, u32) = (640, 800);

/// The largest width or height accepted, in pixels.
const MAX_SIZE: u32 = 10_000;

/// What the command line asked for.
struct Options<'a> {
    embed_url: &'a str,
    story_url: &'a str,
    provider: &'a str,
    provider_url: Option<&'a str>,
    size: (u32, u32),
    file: &'a str,
}

/// Reads the options, or says what is wrong with them.
fn options<'a>(args: &'a [String]) -> Result<Options<'a>, String> {
    let (mut embed_url, mut story_url, mut provider_url) = (None, None, None);
    let mut provider = "talks-tracker";
    let (mut width, mut height) = DEFAULT_SIZE;
    let mut files = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let flag = arg.as_str();
        if !flag.starts_with("--") {
            files.push(flag);
            continue;
        }
        let Some(value) = rest.next().map(String::as_str) else {
            return Err(format!("{flag} takes a value"));
        };
        let web_url = |value: &'a str| {
            if story::is_web_url(value) {
                Ok(value)
            } else {
                Err(format!(
                    "{flag} takes an https:// or http:// address, got {value:?}"
                ))
            }
        };
        let pixels = |value: &str| match value.parse::<u32>() {
            Ok(n) if (1..=MAX_SIZE).contains(&n) => Ok(n),
            _ => Err(format!(
                "{flag} takes a number of pixels from 1 to {MAX_SIZE}, got {value:?}"
            )),
        };
        match flag {
            "--embed-url" => embed_url = Some(web_url(value)?),
            "--story-url" => story_url = Some(web_url(value)?),
            "--provider-url" => provider_url = Some(web_url(value)?),
            "--provider" if !value.trim().is_empty() => provider = value,
            "--provider" => return Err("--provider takes a name, got an empty one".into()),
            "--width" => width = pixels(value)?,
            "--height" => height = pixels(value)?,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    let embed_url = embed_url.ok_or("--embed-url is required: the public address of embed.html")?;
    let story_url =
        story_url.ok_or("--story-url is required: the public address of the story file")?;
    let [file] = files.as_slice() else {
        return Err("name one story file".into());
    };
    Ok(Options {
        embed_url,
        story_url,
        provider,
        provider_url,
        size: (width, height),
        file,
    })
}

/// The oEmbed response for `title` (oembed.com, section 2.3.4: a `rich` type).
fn response(options: &Options, title: &str) -> Value {
    let (width, height) = options.size;
    let code = IframeEmbed {
        embed_page: options.embed_url,
        story_url: options.story_url,
        title,
    };
    let mut response = Map::new();
    response.insert("type".into(), "rich".into());
    response.insert("version".into(), "1.0".into());
    response.insert("title".into(), title.into());
    response.insert("provider_name".into(), options.provider.into());
    if let Some(url) = options.provider_url {
        response.insert("provider_url".into(), url.into());
    }
    response.insert("html".into(), code.html(Some((width, height))).into());
    response.insert("width".into(), json!(width));
    response.insert("height".into(), json!(height));
    Value::Object(response)
}

/// Runs `oembed --embed-url URL --story-url URL [--provider NAME] [--provider-url URL]
/// [--width N] [--height N] STORY.json`.
pub fn run(args: &[String]) -> ExitCode {
    let options = match options(args) {
        Ok(options) => options,
        Err(problem) => {
            eprintln!("talks-tracker oembed: {problem}");
            return ExitCode::from(2);
        }
    };
    let story = match super::cli::read_story(options.file) {
        Ok(story) => story,
        Err(code) => return code,
    };
    let response = response(&options, &story.head().title);
    super::cli::out(&serde_json::to_string_pretty(&response).expect("JSON serializes"));
    ExitCode::SUCCESS
}
