//! `talks-tracker import-sheet` and `export-sheet`: a story from a spreadsheet
//! (.xlsx, .ods or a folder of .csv files) and the template from a story. The
//! rules are in the model crate (`story::sheets`); this is files and cell types.
//!
//! `calamine` reads the spreadsheet files here only: it is a native dependency of
//! the command line, so the widget's wasm never carries it.

use std::path::Path;
use std::process::ExitCode;

use story::sheets::{self, Problem, Sheet, Workbook};

use super::cli::out;

/// Runs `import-sheet FILE|FOLDER`.
pub fn import(args: &[String]) -> ExitCode {
    let [path] = args else {
        eprintln!(
            "talks-tracker import-sheet: name one .xlsx or .ods file, or a folder of .csv files"
        );
        return ExitCode::from(2);
    };
    let book = match read_workbook(Path::new(path)) {
        Ok(Ok(book)) => book,
        Ok(Err(problems)) => return report(path, &problems),
        Err(error) => {
            eprintln!("{path}: cannot read: {error}");
            return ExitCode::from(2);
        }
    };
    match sheets::from_workbook(&book) {
        Ok(file) => {
            out(&serde_json::to_string_pretty(&file).expect("a story serializes"));
            ExitCode::SUCCESS
        }
        Err(problems) => report(path, &problems),
    }
}

fn report(path: &str, problems: &[Problem]) -> ExitCode {
    for problem in problems {
        eprintln!("{path}: {problem}");
    }
    ExitCode::from(1)
}

/// The workbook in a spreadsheet file or a folder of CSV files; the outer error
/// is a file that cannot be read at all, the inner one a CSV file that is not CSV.
fn read_workbook(path: &Path) -> Result<Result<Workbook, Vec<Problem>>, String> {
    if path.is_dir() {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(path).map_err(|e| e.to_string())? {
            let file = entry.map_err(|e| e.to_string())?.path();
            if file
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
            {
                let name = file
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                let text = std::fs::read(&file).map_err(|e| format!("{name}: {e}"))?;
                let text = story::utf8_text(text).map_err(|at| {
                    let (line, column) = (at.line, at.column);
                    format!("{name}:{line}:{column}: not UTF-8 text; save it as \"CSV UTF-8\"")
                })?;
                files.push((name, text));
            }
        }
        if files.is_empty() {
            return Err("the folder has no .csv files".into());
        }
        files.sort();
        return Ok(sheets::read_csv(&files));
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match extension.as_deref() {
        Some("xlsx" | "xlsm" | "xlsb" | "xls" | "ods") => spreadsheet(path).map(Ok),
        _ => Err("expected an .xlsx or .ods file, or a folder of .csv files".into()),
    }
}

/// Every sheet of an .xlsx/.ods file as text cells, at the rows and columns the
/// spreadsheet shows them (calamine's range starts at the first used cell).
fn spreadsheet(path: &Path) -> Result<Workbook, String> {
    use calamine::Reader;
    let mut workbook = calamine::open_workbook_auto(path).map_err(|e| e.to_string())?;
    let mut book = Workbook::new();
    for name in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| format!("sheet {name:?}: {e}"))?;
        let (first_row, first_column) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<String>> = vec![Vec::new(); first_row as usize];
        for cells in range.rows() {
            let mut row = vec![String::new(); first_column as usize];
            row.extend(cells.iter().map(cell_text));
            rows.push(row);
        }
        book.push(Sheet::new(name, rows));
    }
    Ok(book)
}

/// A cell as text: numbers without a needless ".0", and a date cell as the day it
/// shows (YYYY-MM-DD), so the model reads it like a typed one.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
            format!("{}", *number as i64)
        }
        Data::DateTime(date) if date.is_datetime() => excel_day(date.as_f64()),
        other => other.to_string(),
    }
}

/// An Excel date serial as a day, with its time of day if it has one (which the
/// model then refuses for a day, and asks an offset for, for a time).
fn excel_day(serial: f64) -> String {
    // Serial 0 is 1899-12-30 in the 1900 date system, which counts a 29 February 1900
    // that never was; days from 1 March 1900 on are right.
    let epoch = story::Day::parse("1899-12-30").expect("a day");
    let day = epoch.plus_days(serial.floor() as i64);
    let seconds = ((serial - serial.floor()) * 86_400.0).round() as u32;
    if seconds == 0 {
        day.to_string()
    } else {
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        format!("{day}T{h:02}:{m:02}:{s:02}")
    }
}

/// Runs `export-sheet STORY.json [--out FOLDER] [--xlsx FILE]`.
pub fn export(args: &[String]) -> ExitCode {
    let (mut folder, mut xlsx, mut files) = (None, None, Vec::new());
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--out" => folder = rest.next(),
            "--xlsx" => xlsx = rest.next(),
            flag if flag.starts_with("--") => {
                eprintln!("talks-tracker export-sheet: unknown option {flag}");
                return ExitCode::from(2);
            }
            file => files.push(file),
        }
    }
    let ([file], true) = (files.as_slice(), folder.is_some() || xlsx.is_some()) else {
        eprintln!(
            "talks-tracker export-sheet: name one story file, and --out FOLDER or --xlsx FILE"
        );
        return ExitCode::from(2);
    };
    let story = match super::cli::read_story(file) {
        Ok(story) => story,
        Err(code) => return code,
    };
    let book = sheets::to_workbook(&story.to_file());
    if let Some(path) = xlsx {
        if let Err(error) = write_xlsx(&book, Path::new(path)) {
            eprintln!("{path}: cannot write: {error}");
            return ExitCode::from(2);
        }
    }
    let Some(folder) = folder else {
        return ExitCode::SUCCESS;
    };
    if let Err(error) = std::fs::create_dir_all(folder) {
        eprintln!("{folder}: cannot create: {error}");
        return ExitCode::from(2);
    }
    for (name, text) in sheets::write_csv(&book) {
        let path = Path::new(folder).join(&name);
        if let Err(error) = std::fs::write(&path, text) {
            eprintln!("{}: cannot write: {error}", path.display());
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

/// The workbook as an .xlsx file: every cell as text (so days and times stay as
/// written), the header row bold and frozen.
fn write_xlsx(book: &Workbook, path: &Path) -> Result<(), rust_xlsxwriter::XlsxError> {
    let mut xlsx = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let text = rust_xlsxwriter::Format::new().set_num_format("@");
    for sheet in book.sheets() {
        let worksheet = xlsx.add_worksheet().set_name(sheet.name())?;
        for (r, row) in sheet.rows().iter().enumerate() {
            let format = if r == 0 { &bold } else { &text };
            for (c, cell) in row.iter().enumerate() {
                worksheet.write_string_with_format(r as u32, c as u16, cell, format)?;
            }
        }
        worksheet.set_freeze_panes(1, 0)?;
    }
    xlsx.save(path)
}
