//! TimelineJS's Google Sheets template, exported as CSV, read into the slides
//! of its JSON format, so one conversion serves both.
//!
//! Implementation note: TimelineJS finds its columns by header, not by place,
//! so producers reorder and add columns freely; headers here match ignoring
//! case, spaces and underscores ("Display Date", "display_date", "DISPLAYDATE").
//! `Tag`, the first template's name for `Group`, is read as `Group`.

use serde_json::{Map, Value};

/// What TimelineJS does with each column, by normalised header.
const COLUMNS: [(&str, &str); 20] = [
    ("year", "Year"),
    ("month", "Month"),
    ("day", "Day"),
    ("time", "Time"),
    ("endyear", "End Year"),
    ("endmonth", "End Month"),
    ("endday", "End Day"),
    ("endtime", "End Time"),
    ("displaydate", "Display Date"),
    ("headline", "Headline"),
    ("text", "Text"),
    ("media", "Media"),
    ("mediacredit", "Media Credit"),
    ("mediacaption", "Media Caption"),
    ("mediathumbnail", "Media Thumbnail"),
    ("alttext", "Alt Text"),
    ("type", "Type"),
    ("group", "Group"),
    ("tag", "Group"),
    ("background", "Background"),
];

/// The slides of a sheet, each with its row number (the header is row 1).
pub(super) struct Sheet {
    /// The row of type `title`, as a TimelineJS title slide.
    pub title: Option<(usize, Value)>,
    /// Events and eras (`true`), as TimelineJS slides, in sheet order.
    pub slides: Vec<(usize, bool, Value)>,
    /// Columns and rows that could not be read as TimelineJS reads them.
    pub report: Vec<String>,
}

fn normalise(header: &str) -> String {
    header
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '\u{feff}')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Reads the sheet; refuses a file without a `Year` column (not a TimelineJS sheet).
pub(super) fn read(text: &str) -> Result<Sheet, String> {
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("not a CSV file: {e}"))?
        .clone();
    let mut report = Vec::new();
    // Column name (as TimelineJS knows it) to the index of its first column.
    let mut at: Vec<(&'static str, usize)> = Vec::new();
    for (index, header) in headers.iter().enumerate() {
        let key = normalise(header);
        match COLUMNS.iter().find(|(k, _)| *k == key) {
            _ if key.is_empty() => {}
            Some((_, name)) => match at.iter().find(|(n, _)| n == name) {
                Some((_, first)) => report.push(format!(
                    "column {:?}: a second {name} column, ignored (column {:?} is read)",
                    header,
                    headers.get(*first).unwrap_or("")
                )),
                None => at.push((*name, index)),
            },
            None => report.push(format!(
                "column {header:?}: not a TimelineJS column, ignored"
            )),
        }
    }
    if !at.iter().any(|(name, _)| *name == "Year") {
        return Err(format!(
            "no Year column: not a TimelineJS sheet (its headers are Year, Month, Day, Time, \
             End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, \
             Media Credit, Media Caption, Media Thumbnail, Alt Text, Type, Group, Background; \
             this file has {:?})",
            headers.iter().collect::<Vec<_>>().join(", ")
        ));
    }

    let mut sheet = Sheet {
        title: None,
        slides: Vec::new(),
        report,
    };
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = record.map_err(|e| format!("row {row}: not readable as CSV: {e}"))?;
        let cells = Cells {
            record: &record,
            at: &at,
        };
        if at.iter().all(|(name, _)| cells.get(name).is_empty()) {
            continue;
        }
        let slide = slide(&cells);
        let kind = cells.get("Type").to_lowercase();
        match kind.as_str() {
            "title" if sheet.title.is_none() => sheet.title = Some((row, slide)),
            "era" => sheet.slides.push((row, true, slide)),
            "" => sheet.slides.push((row, false, slide)),
            other => {
                let why = if other == "title" {
                    "a second title slide".to_string()
                } else {
                    format!("{:?} is not title or era", cells.get("Type"))
                };
                sheet
                    .report
                    .push(format!("row {row}, Type: {why}; read as an event"));
                sheet.slides.push((row, false, slide));
            }
        }
    }
    Ok(sheet)
}

/// One row's cells, by TimelineJS column name.
struct Cells<'r> {
    record: &'r csv::StringRecord,
    at: &'r [(&'static str, usize)],
}

impl<'r> Cells<'r> {
    /// The trimmed cell of a column; empty when the sheet has no such column.
    fn get(&self, name: &str) -> &'r str {
        self.at
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, i)| self.record.get(*i))
            .map_or("", str::trim)
    }
}

/// Sets `key` to `value` unless the cell is empty, as TimelineJS leaves empty cells out.
fn put(object: &mut Map<String, Value>, key: &str, value: &str) {
    if !value.is_empty() {
        object.insert(key.into(), value.into());
    }
}

/// One row as a TimelineJS slide, the way TimelineJS builds it from a sheet.
fn slide(cells: &Cells) -> Value {
    let mut slide = Map::new();
    for (key, prefix) in [("start_date", ""), ("end_date", "End ")] {
        let mut date = Map::new();
        for (field, column) in [
            ("year", "Year"),
            ("month", "Month"),
            ("day", "Day"),
            ("time", "Time"),
        ] {
            put(&mut date, field, cells.get(&format!("{prefix}{column}")));
        }
        if !date.is_empty() {
            slide.insert(key.into(), date.into());
        }
    }
    let mut text = Map::new();
    put(&mut text, "headline", cells.get("Headline"));
    put(&mut text, "text", cells.get("Text"));
    slide.insert("text".into(), text.into());
    put(&mut slide, "display_date", cells.get("Display Date"));
    put(&mut slide, "group", cells.get("Group"));
    if !cells.get("Media").is_empty() {
        let mut media = Map::new();
        for (key, column) in [
            ("url", "Media"),
            ("credit", "Media Credit"),
            ("caption", "Media Caption"),
            ("thumbnail", "Media Thumbnail"),
            ("alt", "Alt Text"),
        ] {
            put(&mut media, key, cells.get(column));
        }
        slide.insert("media".into(), media.into());
    }
    let background = cells.get("Background");
    if !background.is_empty() {
        let mut look = Map::new();
        let key = if background.starts_with('#') {
            "color"
        } else {
            "url"
        };
        put(&mut look, key, background);
        slide.insert("background".into(), look.into());
    }
    Value::Object(slide)
}
