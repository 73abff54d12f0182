//! `talks-tracker validate`: every problem of every file, for people or for tools.

use std::process::ExitCode;

use story::{Diagnostic, Impact};

fn impact_word(impact: Impact) -> &'static str {
    match impact {
        Impact::Story => "error",
        Impact::Item => "error",
        Impact::Field => "warning",
    }
}

/// One line per problem: `file:line:column: error: …` for syntax, `file: path: …` otherwise,
/// then the consequence and, when there is one, a hint.
fn human(file: &str, d: &Diagnostic) -> String {
    let place = match (d.line_column(), d.path()) {
        (Some((line, column)), "story") => format!("{file}:{line}:{column}"),
        (Some((line, column)), path) => format!("{file}:{line}:{column}: {path}"),
        (None, path) => format!("{file}: {path}"),
    };
    let mut out = format!(
        "{place}: {}: {} ({})",
        impact_word(d.impact()),
        d.message(),
        d.consequence()
    );
    if let Some(hint) = d.hint() {
        out.push_str(&format!("\n  hint: {hint}"));
    }
    out
}

fn json(file: &str, d: &Diagnostic) -> serde_json::Value {
    let (line, column) = d.line_column().unzip();
    serde_json::json!({
        "file": file,
        "path": d.path(),
        "line": line,
        "column": column,
        "severity": impact_word(d.impact()),
        "impact": match d.impact() { Impact::Story => "story", Impact::Item => "item", Impact::Field => "field" },
        "message": d.message(),
        "consequence": d.consequence(),
        "hint": d.hint(),
    })
}

/// Runs `validate [--format human|json] FILE...`.
pub fn run(args: &[String]) -> ExitCode {
    let mut as_json = false;
    let mut files = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--format" => match rest.next().map(String::as_str) {
                Some("json") => as_json = true,
                Some("human") => as_json = false,
                other => {
                    eprintln!(
                        "talks-tracker validate: --format takes human or json, got {other:?}"
                    );
                    return ExitCode::from(2);
                }
            },
            _ => files.push(arg.clone()),
        }
    }
    if files.is_empty() {
        eprintln!("talks-tracker validate: name at least one story file");
        return ExitCode::from(2);
    }
    let (mut unreadable, mut invalid) = (false, false);
    let mut report = Vec::new();
    for file in &files {
        let text = match super::cli::read_text(file) {
            Ok(text) => text,
            Err(problem) => {
                unreadable = true;
                eprintln!("{problem}");
                continue;
            }
        };
        let parsed = story::parse(&text);
        invalid |= !parsed.diagnostics.is_empty();
        for d in &parsed.diagnostics {
            if as_json {
                report.push(json(file, d));
            } else {
                super::cli::out(&human(file, d));
            }
        }
    }
    if as_json {
        super::cli::out(&serde_json::Value::Array(report).to_string());
    }
    match (unreadable, invalid) {
        (true, _) => ExitCode::from(2),
        (false, true) => ExitCode::from(1),
        (false, false) => ExitCode::SUCCESS,
    }
}
