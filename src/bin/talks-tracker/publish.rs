//! `talks-tracker migrate` and `talks-tracker feed`: a story file rewritten at the
//! current format version, and its update log as an Atom feed. The work is in the
//! model crate (`story::migrate`, `story::publish`); this is only files and flags.

use std::process::ExitCode;

/// Splits `args` into flags (those in `known`, with `--instance`'s value) and one file.
fn one_file<'a>(
    command: &str,
    args: &'a [String],
    known: &[&str],
) -> Result<(Vec<&'a str>, Option<&'a str>, &'a str), ExitCode> {
    let (mut flags, mut instance, mut files) = (Vec::new(), None, Vec::new());
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--instance" if known.contains(&"--instance") => match rest.next() {
                Some(id) if story::check_id(id).is_ok() => instance = Some(id.as_str()),
                other => {
                    eprintln!(
                        "talks-tracker {command}: --instance takes a valid id, got {other:?}"
                    );
                    return Err(ExitCode::from(2));
                }
            },
            flag if known.contains(&flag) => flags.push(flag),
            flag if flag.starts_with("--") => {
                eprintln!("talks-tracker {command}: unknown option {flag}");
                return Err(ExitCode::from(2));
            }
            file => files.push(file),
        }
    }
    match files.as_slice() {
        [file] => Ok((flags, instance, file)),
        _ => {
            eprintln!("talks-tracker {command}: name one story file");
            Err(ExitCode::from(2))
        }
    }
}

/// Runs `migrate [--in-place] FILE`.
pub fn migrate(args: &[String]) -> ExitCode {
    let (flags, _, file) = match one_file("migrate", args, &["--in-place"]) {
        Ok(parts) => parts,
        Err(code) => return code,
    };
    let in_place = flags.contains(&"--in-place");
    let text = match super::cli::read(file) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let migration = match story::migrate::migrate(&text) {
        Ok(migration) => migration,
        Err(error) => {
            let place = match error.line_column() {
                Some((line, column)) => format!("{file}:{line}:{column}"),
                None => file.to_string(),
            };
            match error.path() {
                "story" => eprintln!("{place}: error: {}", error.message()),
                path => eprintln!("{place}: error: {path}: {}", error.message()),
            }
            return ExitCode::from(1);
        }
    };
    let version = story::FORMAT_VERSION;
    if migration.is_current() {
        eprintln!("{file}: already at format version {version}; nothing to change");
    } else if in_place {
        if let Err(error) = replace(file, migration.text()) {
            eprintln!("{file}: cannot write: {error}");
            return ExitCode::from(2);
        }
        eprintln!(
            "{file}: migrated from format version {} to {version}",
            migration.from_version()
        );
    }
    if !in_place {
        use std::io::Write;
        let _ = std::io::stdout()
            .lock()
            .write_all(migration.text().as_bytes());
    }
    let problems = story::parse(migration.text()).diagnostics.len();
    if problems > 0 {
        eprintln!(
            "{file}: note: the story has {problems} problem(s), as before; \
             `talks-tracker validate` lists them"
        );
    }
    ExitCode::SUCCESS
}

/// Writes `text` next to `file` and renames it over `file`, so a failed write
/// never leaves half a story behind.
fn replace(file: &str, text: &str) -> std::io::Result<()> {
    let path = std::path::Path::new(file);
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".migrate-{}", std::process::id()));
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}

/// Runs `feed [--instance ID] FILE`.
pub fn feed(args: &[String]) -> ExitCode {
    let (_, instance, file) = match one_file("feed", args, &["--instance"]) {
        Ok(parts) => parts,
        Err(code) => return code,
    };
    let story = match super::cli::read_story(file) {
        Ok(story) => story,
        Err(code) => return code,
    };
    let story = &story;
    let instance = instance.unwrap_or(story.head().id.as_str());
    let ids = story::DomIds::new(instance);
    super::cli::out(story::publish::atom_feed(story, &ids).trim_end());
    ExitCode::SUCCESS
}
