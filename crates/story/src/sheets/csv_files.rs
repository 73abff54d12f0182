//! A workbook as a folder of CSV files, one per sheet, named after it (`events.csv`).
//!
//! The `csv` crate is pure Rust, so the editor can read and write the same files
//! in the browser later.

use super::{Problem, Sheet, Workbook};

/// Reads CSV texts, each with its file name (`events.csv`; the sheet's name is the
/// file name without `.csv`), into a workbook, in the order given. A byte-order
/// mark, as spreadsheet programs write it, is skipped; rows may differ in length.
/// Cells are separated by commas, or by semicolons or tabs when the first line
/// has more of those (Excel writes semicolons where the decimal mark is a comma).
pub fn read_csv<N: AsRef<str>, T: AsRef<str>>(files: &[(N, T)]) -> Result<Workbook, Vec<Problem>> {
    let mut book = Workbook::new();
    let mut problems = Vec::new();
    for (name, text) in files {
        let name = name.as_ref();
        let sheet = name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(name)
            .trim_end_matches(".csv")
            .trim_end_matches(".CSV");
        let text = text.as_ref();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter(text))
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        for record in reader.records() {
            match record {
                Ok(record) => rows.push(record.iter().map(str::to_string).collect()),
                Err(error) => {
                    let row = error.position().map(|p| p.line() as usize);
                    problems.push(Problem::new(sheet, row, None, csv_message(&error)));
                    break;
                }
            }
        }
        book.push(Sheet::new(sheet, rows));
    }
    if problems.is_empty() {
        Ok(book)
    } else {
        Err(problems)
    }
}

/// The separator of the first line: `,`, `;` or a tab, whichever it has most of.
/// Headers never hold one, so the header row tells.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&d| (first.bytes().filter(|&b| b == d).count(), d == b','))
        .unwrap_or(b',')
}

fn csv_message(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::Utf8 { .. } => {
            "the file is not UTF-8 text; save it as \"CSV UTF-8\"".to_string()
        }
        _ => format!("not readable as CSV: {error}"),
    }
}

/// Writes each sheet as CSV text, with its file name (`events.csv`). Every row
/// is padded to the header's width, so spreadsheet programs line the columns up.
pub fn write_csv(book: &Workbook) -> Vec<(String, String)> {
    book.sheets()
        .iter()
        .map(|sheet| {
            let width = sheet.rows().iter().map(Vec::len).max().unwrap_or(0);
            let mut writer = csv::WriterBuilder::new()
                .flexible(true)
                .from_writer(Vec::new());
            for row in sheet.rows() {
                let mut row = row.clone();
                row.resize(width, String::new());
                writer.write_record(&row).expect("writing to memory");
            }
            let bytes = writer.into_inner().expect("writing to memory");
            let text = String::from_utf8(bytes).expect("the cells are UTF-8");
            (format!("{}.csv", sheet.name()), text)
        })
        .collect()
}
