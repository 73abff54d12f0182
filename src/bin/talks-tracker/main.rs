//! `talks-tracker`: check story files, render them as static HTML, migrate them to the
//! current format, write their update log as a feed and their oEmbed JSON, print the
//! JSON Schema, print what the widget shows (for tests).
//!
//! Exit codes: 0 clean, 1 a story has problems, 2 a file could not be read or bad usage.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;

    use super::{facts, oembed, publish, render, sheets, validate};

    const USAGE: &str = "\
usage: talks-tracker <command> [options]

commands:
  validate [--format human|json] STORY.json...   check story files
  render [--standalone] STORY.json               the story as static HTML on stdout
  render --embed --css URL [--instance ID] [--positions FILE [--positions-url URL]]
         STORY.json                              HTML to put inside <talks-tracker>: shown at
                                                 once, taken over by the widget without a jump;
                                                 --positions writes the stylesheet that places
                                                 its timeline (no inline styles, for a strict
                                                 CSP), linked as FILE or --positions-url (both
                                                 with schema.org JSON-LD for search engines
                                                 unless --no-json-ld)
  migrate [--in-place] STORY.json                the story at the current format version, on
                                                 stdout or (--in-place) back in the file
  feed [--instance ID] STORY.json                the story's update log as an Atom feed
  oembed --embed-url URL --story-url URL [--provider NAME] [--provider-url URL]
         [--width N] [--height N] STORY.json     the story's oEmbed 1.0 JSON (type rich: the
                                                 iframe embed of embed.html?story=URL), for
                                                 WordPress and other oEmbed consumers
  import-timelinejs TIMELINE.json|TIMELINE.csv   a TimelineJS3 file, or its Google Sheets
                                                 template exported as CSV, as a story on
                                                 stdout; what could not be carried over or
                                                 was guessed on stderr
  import-sheet FILE.xlsx|FILE.ods|FOLDER         a spreadsheet (or a folder of .csv files, one
                                                 per sheet) as a story on stdout; problems by
                                                 sheet, row and column on stderr
  export-sheet STORY.json [--out FOLDER] [--xlsx FILE]
                                                 the story as the spreadsheet template: one
                                                 .csv file per sheet, or one .xlsx workbook
                                                 (docs/spreadsheets.md)
  schema                                         the story JSON Schema on stdout
  facts [--pairs] STORY.json                     what the widget shows, as JSON: events in
                                                 timeline order, the default event, events
                                                 and cards per party and track option (with
                                                 --pairs, per two options together)
";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let Some((command, rest)) = args.split_first() else {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        };
        match command.as_str() {
            "validate" => validate::run(rest),
            "render" => render::run(rest),
            "import-timelinejs" => import(rest),
            "facts" => facts::run(rest),
            "import-sheet" => sheets::import(rest),
            "export-sheet" => sheets::export(rest),
            "migrate" => publish::migrate(rest),
            "feed" => publish::feed(rest),
            "oembed" => oembed::run(rest),
            "schema" => {
                out(story::json_schema().trim_end());
                ExitCode::SUCCESS
            }
            "-h" | "--help" | "help" => {
                print!("{USAGE}");
                ExitCode::SUCCESS
            }
            other => {
                eprint!("talks-tracker: unknown command {other:?}\n\n{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    /// Writes `text` and a newline to stdout; a closed pipe (`| head`) is not an error.
    pub fn out(text: &str) {
        use std::io::Write;
        let _ = writeln!(std::io::stdout().lock(), "{text}");
    }

    /// Reads a file, or says why not and gives the exit code for it (2).
    pub fn read(file: &str) -> Result<String, ExitCode> {
        read_text(file).map_err(|problem| {
            eprintln!("{problem}");
            ExitCode::from(2)
        })
    }

    /// A file's text, or why it cannot be read, starting with the file's name (and the
    /// line and column of its first byte that is not UTF-8, for a file in another
    /// encoding).
    pub fn read_text(file: &str) -> Result<String, String> {
        let bytes = std::fs::read(file).map_err(|error| format!("{file}: cannot read: {error}"))?;
        story::utf8_text(bytes).map_err(|at| {
            let (line, column) = (at.line, at.column);
            format!("{file}:{line}:{column}: not UTF-8 text; save the file as UTF-8")
        })
    }

    /// Reads and parses a story file; without a usable story, prints every problem
    /// and gives the exit code for it (1, or 2 when the file cannot be read).
    pub fn read_story(file: &str) -> Result<story::Story, ExitCode> {
        let parsed = story::parse(&read(file)?);
        parsed.story.ok_or_else(|| {
            for d in &parsed.diagnostics {
                eprintln!("{file}: {d}");
            }
            ExitCode::from(1)
        })
    }

    /// Runs `import-timelinejs FILE`: JSON or CSV by the file's extension, else by
    /// its first character (a JSON document starts with `{`).
    fn import(args: &[String]) -> ExitCode {
        let [file] = args else {
            eprintln!(
                "talks-tracker import-timelinejs: name one TimelineJS3 JSON file or sheet exported as CSV"
            );
            return ExitCode::from(2);
        };
        let text = match read(file) {
            Ok(text) => text,
            Err(code) => return code,
        };
        let extension = std::path::Path::new(file)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let is_csv = match extension.as_deref() {
            Some("csv") => true,
            Some("json") => false,
            _ => !text
                .trim_start_matches('\u{feff}')
                .trim_start()
                .starts_with('{'),
        };
        let imported = if is_csv {
            story::import::import_timelinejs_csv(&text)
        } else {
            story::import::import_timelinejs(&text)
        };
        match imported {
            Ok(import) => {
                out(&serde_json::to_string_pretty(&import.story).expect("a story serializes"));
                for line in &import.report {
                    eprintln!("{file}: {line}");
                }
                ExitCode::SUCCESS
            }
            Err(problem) => {
                eprintln!("{file}: {problem}");
                ExitCode::from(1)
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod facts;
#[cfg(not(target_arch = "wasm32"))]
mod oembed;
#[cfg(not(target_arch = "wasm32"))]
mod publish;
#[cfg(not(target_arch = "wasm32"))]
mod render;
#[cfg(not(target_arch = "wasm32"))]
mod sheets;
#[cfg(not(target_arch = "wasm32"))]
mod validate;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The command line is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}
