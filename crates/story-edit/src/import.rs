//! The editor's "Import": story files from TimelineJS (its JSON, or its Google Sheets
//! template exported as CSV) and from the spreadsheet template (one CSV file per
//! sheet, chosen together), through the model crate's importers, as the command
//! line's `import-timelinejs` and `import-sheet` use them.

use story::sheets;
use story::StoryFile;

/// A story made from imported files, and what did not survive the trip.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The story, ready to edit.
    pub file: StoryFile,
    /// What the files were read as, for the notice ("a TimelineJS file").
    pub kind: &'static str,
    /// One line per thing left out or guessed, with the file and its place in it.
    pub report: Vec<String>,
}

/// Whether `name` ends in `.extension`, ignoring case.
fn has_extension(name: &str, extension: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, e)| e.eq_ignore_ascii_case(extension))
}

/// Whether a CSV file is TimelineJS's sheet: its header row has "Headline" and "Year"
/// (TimelineJS matches headers by name, ignoring case and spaces; so does the importer).
fn is_timelinejs_sheet(csv: &str) -> bool {
    let Some(header) = csv
        .trim_start_matches('\u{feff}')
        .lines()
        .find(|line| !line.trim().is_empty())
    else {
        return false;
    };
    let names: Vec<String> = header
        .split([',', ';', '\t'])
        .map(|cell| {
            cell.trim_matches(|c: char| c == '"' || c.is_whitespace())
                .to_lowercase()
        })
        .collect();
    ["headline", "year"]
        .iter()
        .all(|name| names.iter().any(|n| n == name))
}

/// Imports `files` (name and text each): one TimelineJS `.json` file, one TimelineJS
/// sheet as `.csv`, or the template's sheets as `.csv` files (`events.csv`,
/// `parties.csv`, …). On failure, every problem, each with its file, or its sheet,
/// row and column.
pub fn import_files(files: &[(String, String)]) -> Result<Imported, Vec<String>> {
    let timelinejs = |name: &str, imported: Result<story::import::Import, String>| {
        imported
            .map(|import| Imported {
                file: import.story,
                kind: "a TimelineJS file",
                report: import
                    .report
                    .iter()
                    .map(|line| format!("{name}: {line}"))
                    .collect(),
            })
            .map_err(|problem| vec![format!("{name}: {problem}")])
    };
    match files {
        [] => Err(vec![
            "choose a TimelineJS .json or .csv file, or the template's .csv files".into(),
        ]),
        [(name, text)] if !has_extension(name, "csv") => {
            timelinejs(name, story::import::import_timelinejs(text))
        }
        [(name, text)] if is_timelinejs_sheet(text) => {
            timelinejs(name, story::import::import_timelinejs_csv(text))
        }
        _ => {
            if let Some((name, _)) = files.iter().find(|(name, _)| !has_extension(name, "csv")) {
                return Err(vec![format!(
                    "{name}: choose either one TimelineJS .json file or .csv files only"
                )]);
            }
            let book = sheets::read_csv(files).map_err(every)?;
            let file = sheets::from_workbook(&book).map_err(every)?;
            Ok(Imported {
                file,
                kind: "the spreadsheet template",
                report: Vec::new(),
            })
        }
    }
}

/// Each problem as a line: sheet, row and column, then what is wrong.
fn every(problems: Vec<sheets::Problem>) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}
