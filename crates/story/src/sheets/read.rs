//! Reading a workbook into a story file: cells first, then the validator, whose
//! diagnostics are traced back to the cells.

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;

use super::*;
use crate::date::{Day, EventDate, Timestamp};
use crate::ids::*;
use crate::model::*;

/// Reads a workbook into a story file. The story has passed [`crate::parse`]
/// without a single diagnostic; otherwise every problem comes back, each with
/// its sheet, row and column where the validator's JSON path can be traced.
pub fn from_workbook(book: &Workbook) -> Result<StoryFile, Vec<Problem>> {
    let mut reader = Reader::default();
    let tables = reader.tables(book);
    reader.collect_ids(&tables);
    let head = reader.head(tables.get(STORY.name));
    let mut file = StoryFile {
        head,
        parties: reader.items(&tables, &PARTIES, Reader::party),
        tracks: reader.items(&tables, &TRACKS, Reader::track),
        events: reader.items(&tables, &EVENTS, Reader::event),
        points: reader.items(&tables, &POINTS, Reader::point),
        claims: reader.items(&tables, &CLAIMS, Reader::claim),
        questions: reader.items(&tables, &QUESTIONS, Reader::question),
        next_steps: reader.items(&tables, &NEXT_STEPS, Reader::next_step),
        sources: reader.items(&tables, &SOURCES, Reader::source),
        updates: reader.items(&tables, &UPDATES, Reader::update),
    };
    reader.positions(tables.get(POSITIONS.name), &mut file.points);
    reader.history(tables.get(HISTORY.name), &mut file.points);
    reader.validate(&file);
    if reader.problems.is_empty() {
        Ok(file)
    } else {
        let order = |p: &Problem| {
            let sheet = LAYOUTS.iter().position(|l| l.name == p.sheet());
            (sheet.unwrap_or(LAYOUTS.len()), p.row().unwrap_or(0))
        };
        reader.problems.sort_by_key(order);
        Err(reader.problems)
    }
}

/// One sheet's data rows, with where each layout column is in the sheet.
struct Table<'a> {
    layout: &'static Layout,
    /// For each column of the layout, its index in the sheet's rows.
    columns: Vec<Option<usize>>,
    /// Data rows with their spreadsheet row number, blank rows left out.
    rows: Vec<(usize, &'a [String])>,
}

/// One row's cells, by header.
struct Cells<'a> {
    layout: &'static Layout,
    columns: &'a [Option<usize>],
    cells: &'a [String],
    row: usize,
}

impl<'a> Cells<'a> {
    /// The cell under `header`, trimmed; empty when the sheet has no such column.
    fn get(&self, header: &str) -> &'a str {
        self.columns[self.layout.position(header)]
            .and_then(|i| self.cells.get(i))
            .map_or("", |cell| cell.trim())
    }
}

/// Where an item of the story file came from, so a JSON path finds its row.
struct Origin {
    path: String,
    layout: &'static Layout,
    row: usize,
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
    origins: Vec<Origin>,
    /// The story sheet's row for each head field that has one.
    head_rows: HashMap<&'static str, usize>,
    names: HashMap<List, Names>,
    /// Each list's ids in row order, written or made from names.
    ids: HashMap<&'static str, Vec<String>>,
}

fn is_blank_row(row: &[String]) -> bool {
    row.iter().all(|cell| cell.trim().is_empty())
}

/// A placeholder where a cell was wrong: the problem is reported and the file is
/// never handed out, but the item stays so the validator checks the rest of it.
fn placeholder_date() -> EventDate {
    EventDate::Exact {
        date: placeholder_day(),
        text: None,
    }
}

fn placeholder_day() -> Day {
    Day::parse("1970-01-01").expect("a day")
}

fn placeholder_time() -> Timestamp {
    Timestamp::parse("1970-01-01T00:00:00Z").expect("a time")
}

impl Reader {
    fn report(&mut self, cells: &Cells, column: &str, message: String) {
        self.problems.push(Problem::new(
            cells.layout.name,
            Some(cells.row),
            Some(column),
            message,
        ));
    }

    /// Each known sheet's table; unknown sheets and columns are reported.
    fn tables<'a>(&mut self, book: &'a Workbook) -> HashMap<&'static str, Table<'a>> {
        let mut tables = HashMap::new();
        for sheet in book.sheets() {
            let key = sheet_key(sheet.name());
            let Some(layout) = LAYOUTS.iter().find(|l| l.name == key) else {
                let known: Vec<&str> = LAYOUTS.iter().map(|l| l.name).collect();
                self.problems.push(Problem::new(
                    sheet.name(),
                    None,
                    None,
                    format!("unknown sheet; the sheets are {}", known.join(", ")),
                ));
                continue;
            };
            if tables.contains_key(layout.name) {
                self.problems.push(Problem::new(
                    sheet.name(),
                    None,
                    None,
                    format!("a second {:?} sheet; merge the two", layout.name),
                ));
                continue;
            }
            tables.insert(layout.name, self.table(layout, sheet));
        }
        if !tables.contains_key(STORY.name) {
            self.problems.push(Problem::new(
                STORY.name,
                None,
                None,
                "the workbook has no \"story\" sheet with the title, summary, language, published time and publisher".into(),
            ));
        }
        tables
    }

    fn table<'a>(&mut self, layout: &'static Layout, sheet: &'a Sheet) -> Table<'a> {
        let mut columns = vec![None; layout.columns.len()];
        let mut rows = sheet
            .rows()
            .iter()
            .enumerate()
            .filter(|(_, row)| !is_blank_row(row))
            .map(|(i, row)| (i + 1, row.as_slice()));
        if let Some((header_row, headers)) = rows.next() {
            for (i, header) in headers.iter().enumerate() {
                let header = name_key(header);
                if header.is_empty() {
                    continue;
                }
                match layout
                    .columns
                    .iter()
                    .position(|(h, _)| h.to_lowercase() == header)
                {
                    Some(at) if columns[at].is_none() => columns[at] = Some(i),
                    Some(_) => self.problems.push(Problem::new(
                        layout.name,
                        Some(header_row),
                        Some(headers[i].trim()),
                        "a second column with this header; merge the two".into(),
                    )),
                    None => {
                        let known: Vec<String> = layout
                            .columns
                            .iter()
                            .map(|(h, _)| format!("{h:?}"))
                            .collect();
                        self.problems.push(Problem::new(
                            layout.name,
                            Some(header_row),
                            Some(headers[i].trim()),
                            format!(
                                "unknown column; this sheet's columns are {}",
                                known.join(", ")
                            ),
                        ));
                    }
                }
            }
        }
        Table {
            layout,
            columns,
            rows: rows.collect(),
        }
    }

    fn rows<'t>(table: &'t Table) -> Vec<Cells<'t>> {
        table
            .rows
            .iter()
            .map(|&(row, cells)| Cells {
                layout: table.layout,
                columns: &table.columns,
                cells,
                row,
            })
            .collect()
    }

    /// The ids of every list, written or made from names, and the names that pick
    /// them out: references are resolved against the whole workbook.
    fn collect_ids(&mut self, tables: &HashMap<&'static str, Table>) {
        type NamesOf = fn(&Cells) -> Vec<String>;
        let lists: [(&Layout, &str, Option<List>, &str, NamesOf); 8] = [
            (&PARTIES, "Party id", Some(List::Parties), "party", |c| {
                vec![c.get("Name").into()]
            }),
            (&TRACKS, "Track id", Some(List::Tracks), "track", |c| {
                vec![c.get("Name").into()]
            }),
            (&EVENTS, "Event id", Some(List::Events), "event", |c| {
                vec![c.get("Title").into()]
            }),
            (&POINTS, "Point id", Some(List::Points), "point", |c| {
                vec![c.get("Title").into()]
            }),
            (&CLAIMS, "Claim id", Some(List::Claims), "claim", |_| {
                Vec::new()
            }),
            (&QUESTIONS, "Question id", None, "question", |c| {
                vec![c.get("Question").into()]
            }),
            (&NEXT_STEPS, "Step id", None, "step", |c| {
                vec![c.get("Title").into()]
            }),
            (&SOURCES, "Source id", Some(List::Sources), "source", |c| {
                vec![c.get("Title").into(), c.get("Outlet").into()]
            }),
        ];
        for (layout, id_column, list, noun, names_of) in lists {
            let Some(table) = tables.get(layout.name) else {
                self.ids.insert(layout.name, Vec::new());
                continue;
            };
            let written: Vec<String> = Self::rows(table)
                .iter()
                .map(|c| c.get(id_column).to_string())
                .collect();
            let mut used: HashSet<String> = written.iter().cloned().collect();
            let mut ids = Vec::new();
            let mut names = Names::default();
            for (cells, id) in Self::rows(table).into_iter().zip(written) {
                let item_names = names_of(&cells);
                let id = if id.is_empty() {
                    let made = item_names
                        .iter()
                        .map(|n| id_from_name(n))
                        .find(|n| !n.is_empty());
                    unique(made.as_deref().unwrap_or(noun), &mut used)
                } else {
                    id
                };
                let refs: Vec<&str> = item_names.iter().map(String::as_str).collect();
                names.add(&id, &refs);
                ids.push(id);
            }
            self.ids.insert(layout.name, ids);
            if let Some(list) = list {
                self.names.insert(list, names);
            }
        }
    }

    fn head(&mut self, table: Option<&Table>) -> StoryHead {
        let mut values: HashMap<&'static str, (String, usize)> = HashMap::new();
        if let Some(table) = table {
            for cells in Self::rows(table) {
                let key = name_key(cells.get("Field"));
                let found = STORY_FIELDS.iter().find(|(k, _)| k.to_lowercase() == key);
                match found.map(|&(_, field)| field) {
                    Some(field) if values.contains_key(field) => self.report(
                        &cells,
                        "Field",
                        format!("a second {:?} row; keep one", cells.get("Field")),
                    ),
                    Some(field) => {
                        values.insert(field, (cells.get("Value").to_string(), cells.row));
                        self.head_rows.insert(field, cells.row);
                    }
                    None => {
                        let known: Vec<String> =
                            STORY_FIELDS.iter().map(|(k, _)| format!("{k:?}")).collect();
                        self.report(
                            &cells,
                            "Field",
                            format!(
                                "unknown field {:?}; the story sheet's fields are {}",
                                cells.get("Field"),
                                known.join(", ")
                            ),
                        )
                    }
                }
            }
        }
        let mut problems = Vec::new();
        let text = |field: &str| values.get(field).map(|(v, _)| v.clone());
        let version = match text("version").filter(|v| !v.is_empty()) {
            None => FORMAT_VERSION,
            Some(v) => v.parse().unwrap_or_else(|_| {
                problems.push((
                    "version",
                    format!("expected a whole number such as 2, got {v:?}"),
                ));
                FORMAT_VERSION
            }),
        };
        let title = text("title").unwrap_or_default();
        let id = text("id")
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| id_from_name(&title));
        let time = |field: &'static str, problems: &mut Vec<_>| {
            let value = text(field).filter(|v| !v.is_empty())?;
            Timestamp::parse(&value)
                .map_err(|e| problems.push((field, e)))
                .ok()
        };
        let published = time("published", &mut problems);
        let updated = time("updated", &mut problems);
        let head = StoryHead {
            version,
            id: StoryId::new(id),
            title,
            summary: text("summary").unwrap_or_default(),
            language: text("language").unwrap_or_default(),
            published: published.unwrap_or_else(placeholder_time),
            updated,
            publisher: Publisher {
                name: text("publisher.name").unwrap_or_default(),
                url: text("publisher.url").filter(|v| !v.is_empty()),
            },
            canonical_url: text("canonical_url").filter(|v| !v.is_empty()),
        };
        if published.is_none() && !problems.iter().any(|(f, _)| *f == "published") {
            problems.push((
                "published",
                "needs the time the story was first published, like 2026-01-10T09:00:00+02:00"
                    .into(),
            ));
        }
        for (field, message) in problems {
            let problem = self.head_problem(field, message);
            self.problems.push(problem);
        }
        head
    }

    /// A problem with a head field: at its row of the story sheet, or naming the
    /// missing row.
    fn head_problem(&self, field: &str, message: String) -> Problem {
        let key = STORY_FIELDS
            .iter()
            .filter(|(_, f)| field == *f || field.starts_with(&format!("{f}.")))
            .max_by_key(|(_, f)| f.len())
            .map(|(k, _)| *k);
        match (key, key.and_then(|k| self.row_of_key(k))) {
            (_, Some(row)) => Problem::new(STORY.name, Some(row), Some("Value"), message),
            (Some(key), None) => Problem::new(
                STORY.name,
                None,
                None,
                format!("{key:?} (no such row yet): {message}"),
            ),
            (None, None) => Problem::new(STORY.name, None, None, message),
        }
    }

    fn row_of_key(&self, key: &str) -> Option<usize> {
        let (_, field) = STORY_FIELDS.iter().find(|(k, _)| *k == key)?;
        self.head_rows.get(field).copied()
    }

    /// Reads one list's sheet, an item per row; `id` is the row's id worked out
    /// by [`Reader::collect_ids`] (empty for updates, which have none).
    fn items<T>(
        &mut self,
        tables: &HashMap<&'static str, Table>,
        layout: &'static Layout,
        item: fn(&mut Reader, &Cells, String) -> T,
    ) -> Vec<T> {
        let Some(table) = tables.get(layout.name) else {
            return Vec::new();
        };
        let ids = self.ids.get(layout.name).cloned().unwrap_or_default();
        Self::rows(table)
            .into_iter()
            .enumerate()
            .map(|(i, cells)| {
                self.origins.push(Origin {
                    path: format!("{}[{i}]", layout.name),
                    layout,
                    row: cells.row,
                });
                let id = ids.get(i).cloned().unwrap_or_default();
                item(self, &cells, id)
            })
            .collect()
    }

    fn text(cells: &Cells, column: &str) -> String {
        cells.get(column).to_string()
    }

    fn optional_text(cells: &Cells, column: &str) -> Option<String> {
        Some(cells.get(column).to_string()).filter(|t| !t.is_empty())
    }

    fn time(&mut self, cells: &Cells, column: &str) -> Option<Timestamp> {
        let text = cells.get(column);
        if text.is_empty() {
            return None;
        }
        Timestamp::parse(text)
            .map_err(|e| self.report(cells, column, e))
            .ok()
    }

    fn day(&mut self, cells: &Cells, column: &str) -> Option<Day> {
        let text = cells.get(column);
        if text.is_empty() {
            return None;
        }
        parse_day(text)
            .map_err(|e| self.report(cells, column, e))
            .ok()
    }

    /// A word of a fixed vocabulary; case, spaces and `_` do not matter.
    fn choice<T: DeserializeOwned>(
        &mut self,
        cells: &Cells,
        column: &str,
        words: &[&str],
    ) -> Option<T> {
        let text = cells.get(column);
        if text.is_empty() {
            return None;
        }
        let word = sheet_key(text);
        match serde_json::from_value(serde_json::Value::String(word)) {
            Ok(value) => Some(value),
            Err(_) => {
                let words: Vec<String> = words.iter().map(|w| w.replace('_', " ")).collect();
                self.report(
                    cells,
                    column,
                    format!("expected one of {}; got {text:?}", words.join(", ")),
                );
                None
            }
        }
    }

    fn reference<T>(
        &mut self,
        cells: &Cells,
        column: &str,
        list: List,
        new: fn(String) -> T,
    ) -> Option<T> {
        let text = cells.get(column);
        if text.is_empty() {
            return None;
        }
        self.resolve(cells, column, text, list).map(new)
    }

    fn references<T>(
        &mut self,
        cells: &Cells,
        column: &str,
        list: List,
        new: fn(String) -> T,
    ) -> Vec<T> {
        split_values(cells.get(column))
            .filter_map(|text| self.resolve(cells, column, text, list))
            .map(new)
            .collect()
    }

    fn resolve(&mut self, cells: &Cells, column: &str, text: &str, list: List) -> Option<String> {
        let names = self.names.entry(list).or_default();
        names
            .resolve(text, list)
            .map_err(|e| self.report(cells, column, e))
            .ok()
    }

    /// A date from its columns: "Date", "End date", "Date kind", "Date wording",
    /// and on events and next steps "After event" and "Days after". `None` when
    /// they are all blank.
    fn date(&mut self, cells: &Cells, after_allowed: bool) -> Option<EventDate> {
        let mut columns = vec!["Date", "End date", "Date kind", "Date wording"];
        if after_allowed {
            columns.extend(["After event", "Days after"]);
        }
        if columns.iter().all(|c| cells.get(c).is_empty()) {
            return None;
        }
        let get = |c: &str| {
            if columns.contains(&c) {
                cells.get(c)
            } else {
                ""
            }
        };
        let (day, end, kind, wording) = (
            get("Date"),
            get("End date"),
            get("Date kind"),
            get("Date wording"),
        );
        let after = get("After event");
        let kind = match sheet_key(kind).as_str() {
            "" if !after.is_empty() => "after",
            "" if end.is_empty() => "exact",
            "" => "range",
            "exact" => "exact",
            "range" => "range",
            "approximate" | "approx" | "about" => "approximate",
            "expected" => "expected",
            "after" if after_allowed => "after",
            "after" => {
                self.report(
                    cells,
                    "Date kind",
                    "only events and next steps may count from another event".into(),
                );
                return Some(placeholder_date());
            }
            _ => {
                let words = if after_allowed {
                    "exact, range, approximate, expected or after"
                } else {
                    "exact, range, approximate or expected"
                };
                self.report(
                    cells,
                    "Date kind",
                    format!("expected {words}, got {kind:?}"),
                );
                return Some(placeholder_date());
            }
        };
        let text = Some(wording.to_string()).filter(|t| !t.is_empty());
        if kind == "after" {
            if !day.is_empty() || !end.is_empty() {
                let column = if day.is_empty() { "End date" } else { "Date" };
                self.report(
                    cells,
                    column,
                    "a date counted from another event has no day of its own; leave this blank"
                        .into(),
                );
            }
            let event = match after {
                "" => {
                    self.report(
                        cells,
                        "After event",
                        "name the event the date counts from".into(),
                    );
                    None
                }
                _ => self.resolve(cells, "After event", after, List::Events),
            };
            let days = match cells.get("Days after") {
                "" => Some(0),
                text => text
                    .parse::<u16>()
                    .map_err(|_| {
                        self.report(
                            cells,
                            "Days after",
                            format!(
                                "expected a whole number of days from 0 to 65535, got {text:?}"
                            ),
                        );
                    })
                    .ok(),
            };
            let text = self.wording(cells, text);
            return Some(match (event, days, text) {
                (Some(event), Some(days), Some(text)) => EventDate::After {
                    event: EventId::new(event),
                    days,
                    text,
                    window: None,
                },
                _ => placeholder_date(),
            });
        }
        if day.is_empty() {
            self.report(
                cells,
                "Date",
                format!("a date of kind {kind} needs its day, like 2026-01-06 or 6 January 2026"),
            );
            return Some(placeholder_date());
        }
        let start = self.day(cells, "Date");
        let last = self.day(cells, "End date");
        let Some(start) = start else {
            return Some(placeholder_date());
        };
        Some(match kind {
            "exact" => {
                if last.is_some_and(|l| l != start) {
                    self.report(
                        cells,
                        "End date",
                        "an exact date has one day; write the kind \"range\" for several".into(),
                    );
                }
                EventDate::Exact { date: start, text }
            }
            "range" => match last {
                Some(end) => EventDate::Range { start, end, text },
                None => {
                    if end.is_empty() {
                        self.report(cells, "End date", "a range needs its last day".into());
                    }
                    placeholder_date()
                }
            },
            _ => {
                // A vague window may be one day ("around 6 January").
                let end = if end.is_empty() { Some(start) } else { last };
                match (end, self.wording(cells, text)) {
                    (Some(end), Some(text)) if kind == "approximate" => {
                        EventDate::Approximate { start, end, text }
                    }
                    (Some(end), Some(text)) => EventDate::Expected { start, end, text },
                    _ => placeholder_date(),
                }
            }
        })
    }

    /// The wording an approximate, expected or counted date must have.
    fn wording(&mut self, cells: &Cells, text: Option<String>) -> Option<String> {
        if text.is_none() {
            self.report(
                cells,
                "Date wording",
                "this kind of date needs the wording readers see, such as \"last week\"".into(),
            );
        }
        text
    }

    fn party(&mut self, c: &Cells, id: String) -> Party {
        Party {
            id: PartyId::new(id),
            added: self.time(c, "Added"),
            updated: self.time(c, "Updated"),
            name: Self::text(c, "Name"),
            kind: self
                .choice(c, "Kind", &["country", "bloc", "organisation", "person"])
                .unwrap_or_else(|| {
                    if c.get("Kind").is_empty() {
                        self.report(c, "Kind", "expected one of country, bloc, organisation, person".into());
                    }
                    PartyKind::Country
                }),
            role: Self::optional_text(c, "Office"),
            party: self.reference(c, "Speaks for", List::Parties, PartyId::new),
            members: self.references(c, "Members", List::Parties, PartyId::new),
            stance: Self::optional_text(c, "Stance"),
            roles: split_values(c.get("Roles"))
                .filter_map(|word| {
                    serde_json::from_value(serde_json::Value::String(sheet_key(word)))
                        .map_err(|_| {
                            self.report(c, "Roles", format!("expected negotiator, mediator, facilitator, guarantor, verifier, critic or observer; got {word:?}"))
                        })
                        .ok()
                })
                .collect(),
        }
    }

    fn track(&mut self, c: &Cells, id: String) -> Track {
        Track {
            id: TrackId::new(id),
            added: self.time(c, "Added"),
            updated: self.time(c, "Updated"),
            name: Self::text(c, "Name"),
            description: Self::optional_text(c, "Description"),
        }
    }

    fn event(&mut self, c: &Cells, id: String) -> Event {
        let date = self.date(c, true).unwrap_or_else(|| {
            self.report(
                c,
                "Date",
                "an event needs a date, like 2026-01-06 or 6 January 2026".into(),
            );
            placeholder_date()
        });
        let phase = sheet_key(c.get("Type")) == "phase";
        Event {
            id: EventId::new(id),
            added: self.time(c, "Added"),
            updated: self.time(c, "Updated"),
            title: Self::text(c, "Title"),
            date,
            place: Self::optional_text(c, "Place"),
            participants: self.references(c, "Participants", List::Parties, PartyId::new),
            tracks: self.references(c, "Tracks", List::Tracks, TrackId::new),
            summary: Self::text(c, "Summary"),
            sources: self.references(c, "Sources", List::Sources, SourceId::new),
            // "phase" is an ordinary event drawn as a band (`phase` in the JSON).
            kind: if phase {
                EventKind::Event
            } else {
                self.choice(c, "Type", &["event", "deadline", "phase"])
                    .unwrap_or_default()
            },
            outcome: self.choice(c, "Outcome", &["met", "missed"]),
            extended_to: self.reference(c, "Extended to", List::Events, EventId::new),
            phase,
        }
    }

    fn point(&mut self, c: &Cells, id: String) -> Point {
        Point {
            id: PointId::new(id),
            added: self.time(c, "Added"),
            updated: self.time(c, "Updated"),
            title: Self::text(c, "Title"),
            status: self.status(c),
            track: None,
            tracks: self.references(c, "Tracks", List::Tracks, TrackId::new),
            summary: Self::text(c, "Summary"),
            positions: Vec::new(),
            events: self.references(c, "Events", List::Events, EventId::new),
            history: Vec::new(),
            sources: self.references(c, "Sources", List::Sources, SourceId::new),
        }
    }

    fn status(&mut self, c: &Cells) -> Status {
        let words: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        self.choice(c, "Status", &words).unwrap_or_else(|| {
            if c.get("Status").is_empty() {
                let words: Vec<String> = words.iter().map(|w| w.replace('_', " ")).collect();
                self.report(
                    c,
                    "Status",
                    format!("needs a status: one of {}", words.join(", ")),
                );
            }
            Status::NotStarted
        })
    }

    fn claim(&mut self, c: &Cells, id: String) -> Claim {
        let kind = self
            .choice(
                c,
                "Attribution",
                &["on_record", "anonymous_source", "media_report", "document"],
            )
            .unwrap_or_else(|| {
                if c.get("Attribution").is_empty() {
                    self.report(
                        c,
                        "Attribution",
                        "expected one of on record, anonymous source, media report, document"
                            .into(),
                    );
                }
                AttributionKind::MediaReport
            });
        let settled_on = self.day(c, "Settled on");
        let settled_by = self.reference(c, "Settled by event", List::Events, EventId::new);
        let settled_note = Self::optional_text(c, "Settled note");
        let resolved = match settled_on {
            Some(date) => Some(Resolution {
                date,
                event: settled_by,
                note: settled_note,
            }),
            None => {
                if c.get("Settled on").is_empty()
                    && (!c.get("Settled by event").is_empty() || !c.get("Settled note").is_empty())
                {
                    self.report(
                        c,
                        "Settled on",
                        "a settled dispute needs the day it was settled".into(),
                    );
                }
                None
            }
        };
        Claim {
            id: ClaimId::new(id),
            added: self.time(c, "Added"),
            updated: self.time(c, "Updated"),
            attribution: Attribution {
                kind,
                speaker: self.reference(c, "Speaker", List::Parties, PartyId::new),
                described_as: Self::optional_text(c, "Described as"),
                document: self.reference(c, "Document", List::Sources, SourceId::new),
            },
            quote: Self::optional_text(c, "Quote"),
            quote_language: Self::optional_text(c, "Quote language"),
            statement: Self::optional_text(c, "Statement"),
            date: self.date(c, false),
            context: Self::optional_text(c, "Context"),
            sources: self.references(c, "Sources", List::Sources, SourceId::new),
            points: self.references(c, "Points", List::Points, PointId::new),
            events: self.references(c, "Events", List::Events, EventId::new),
            contradicts: self.references(c, "Contradicts", List::Claims, ClaimId::new),
            resolved,
            medium: self.choice(
                c,
                "Medium",
                &[
                    "written_statement",
                    "press_conference",
                    "interview",
                    "social_media",
                    "televised_address",
                    "speech",
                    "briefing",
                ],
            ),
        }
    }

    fn question(&mut self, c: &Cells, id: String) -> Question {
        Question {
            id: QuestionId::new(id),
            added: self.time(c, "Added"),
            updated: self.time(c, "Updated"),
            question: Self::text(c, "Question"),
            answer: Self::text(c, "Answer"),
            points: self.references(c, "Points", List::Points, PointId::new),
            events: self.references(c, "Events", List::Events, EventId::new),
        }
    }

    fn next_step(&mut self, c: &Cells, id: String) -> NextStep {
        let expected = self.date(c, true).unwrap_or_else(|| {
            self.report(
                c,
                "Date",
                "a next step needs the date it is expected, like 2026-01-06 or 6 January 2026"
                    .into(),
            );
            placeholder_date()
        });
        NextStep {
            id: StepId::new(id),
            added: self.time(c, "Added"),
            updated: self.time(c, "Updated"),
            title: Self::text(c, "Title"),
            summary: Self::optional_text(c, "Summary"),
            expected,
            conditions: split_lines(c.get("Conditions"))
                .map(str::to_string)
                .collect(),
            parties: self.references(c, "Parties", List::Parties, PartyId::new),
            event: self.reference(c, "Event", List::Events, EventId::new),
            points: self.references(c, "Points", List::Points, PointId::new),
            sources: self.references(c, "Sources", List::Sources, SourceId::new),
        }
    }

    fn source(&mut self, c: &Cells, id: String) -> Source {
        Source {
            id: SourceId::new(id),
            added: self.time(c, "Added"),
            updated: self.time(c, "Updated"),
            outlet: Self::text(c, "Outlet"),
            title: Self::optional_text(c, "Title"),
            url: Self::optional_text(c, "Link"),
            published: self.day(c, "Published"),
        }
    }

    fn update(&mut self, c: &Cells, _: String) -> Update {
        let time = self.time(c, "Time").unwrap_or_else(|| {
            if c.get("Time").is_empty() {
                self.report(
                    c,
                    "Time",
                    "needs the time the update was published, like 2026-01-10T09:00:00+02:00"
                        .into(),
                );
            }
            placeholder_time()
        });
        Update {
            time,
            kind: self
                .choice(c, "Kind", &["update", "correction"])
                .unwrap_or(UpdateKind::Update),
            text: Self::text(c, "Text"),
            events: self.references(c, "Events", List::Events, EventId::new),
            points: self.references(c, "Points", List::Points, PointId::new),
            claims: self.references(c, "Claims", List::Claims, ClaimId::new),
            parties: self.references(c, "Parties", List::Parties, PartyId::new),
        }
    }

    /// The point a positions or history row belongs to, as its index in `points`.
    fn point_of(&mut self, c: &Cells, points: &[Point]) -> Option<usize> {
        if c.get("Point").is_empty() {
            self.report(c, "Point", "name the point, by its title or id".into());
            return None;
        }
        let id = self.resolve(c, "Point", c.get("Point"), List::Points)?;
        points.iter().position(|p| p.id.as_str() == id)
    }

    /// Positions, each with the earlier stances written above or below it: an
    /// "earlier" row belongs to the next "now" row of the same point and party,
    /// else to the last one above it.
    fn positions(&mut self, table: Option<&Table>, points: &mut [Point]) {
        let Some(table) = table else { return };
        // Earlier stances waiting for their position, by point index and party.
        let mut waiting: HashMap<(usize, String), Vec<(usize, EarlierStance)>> = HashMap::new();
        for c in Self::rows(table) {
            let point = self.point_of(&c, points);
            let party = match c.get("Party") {
                "" => {
                    self.report(&c, "Party", "name the party whose position this is".into());
                    None
                }
                text => self.resolve(&c, "Party", text, List::Parties),
            };
            let earlier = match sheet_key(c.get("Held")).as_str() {
                "" | "now" | "current" => false,
                "earlier" | "before" => true,
                _ => {
                    self.report(
                        &c,
                        "Held",
                        format!("expected now or earlier, got {:?}", c.get("Held")),
                    );
                    false
                }
            };
            let stance = Self::text(&c, "Position");
            let date = self.date(&c, false);
            let sources = self.references(&c, "Sources", List::Sources, SourceId::new);
            let (Some(point), Some(party)) = (point, party) else {
                continue;
            };
            if earlier {
                let date = date.unwrap_or_else(|| {
                    self.report(
                        &c,
                        "Date",
                        "an earlier position needs the date it was held".into(),
                    );
                    placeholder_date()
                });
                waiting.entry((point, party)).or_default().push((
                    c.row,
                    EarlierStance {
                        stance,
                        date,
                        sources,
                    },
                ));
                continue;
            }
            let history: Vec<(usize, EarlierStance)> =
                waiting.remove(&(point, party.clone())).unwrap_or_default();
            let positions = &mut points[point].positions;
            let at = positions.len();
            let path = format!("points[{point}].positions[{at}]");
            for (k, (row, _)) in history.iter().enumerate() {
                self.origins.push(Origin {
                    path: format!("{path}.history[{k}]"),
                    layout: &POSITIONS,
                    row: *row,
                });
            }
            self.origins.push(Origin {
                path,
                layout: &POSITIONS,
                row: c.row,
            });
            positions.push(Position {
                party: PartyId::new(party),
                stance,
                date,
                sources,
                history: history.into_iter().map(|(_, s)| s).collect(),
            });
        }
        let mut left: Vec<_> = waiting.into_iter().collect();
        left.sort_by_key(|(_, stances)| stances[0].0);
        for ((point, party), stances) in left {
            let Some(at) = points[point]
                .positions
                .iter()
                .rposition(|p| p.party.as_str() == party)
            else {
                for (row, _) in stances {
                    self.problems.push(Problem::new(
                        POSITIONS.name,
                        Some(row),
                        Some("Held"),
                        "an earlier position needs the party's current one on the same point: a row with Held \"now\"".into(),
                    ));
                }
                continue;
            };
            let position = &mut points[point].positions[at];
            for (row, stance) in stances {
                let path = format!(
                    "points[{point}].positions[{at}].history[{}]",
                    position.history.len()
                );
                self.origins.push(Origin {
                    path,
                    layout: &POSITIONS,
                    row,
                });
                position.history.push(stance);
            }
        }
    }

    /// Status history, oldest first in sheet order for each point.
    fn history(&mut self, table: Option<&Table>, points: &mut [Point]) {
        let Some(table) = table else { return };
        for c in Self::rows(table) {
            let point = self.point_of(&c, points);
            let status = self.status(&c);
            let date = self.date(&c, false).unwrap_or_else(|| {
                self.report(
                    &c,
                    "Date",
                    "a status change needs the date the point had that status".into(),
                );
                placeholder_date()
            });
            let change = StatusChange {
                status,
                date,
                note: Self::text(&c, "Note"),
                sources: self.references(&c, "Sources", List::Sources, SourceId::new),
                event: self.reference(&c, "Ended by event", List::Events, EventId::new),
                claims: self.references(&c, "Claims", List::Claims, ClaimId::new),
                until: self.time(&c, "Until"),
            };
            let Some(point) = point else { continue };
            let history = &mut points[point].history;
            self.origins.push(Origin {
                path: format!("points[{point}].history[{}]", history.len()),
                layout: &HISTORY,
                row: c.row,
            });
            history.push(change);
        }
    }

    /// Runs the story through [`crate::parse`] and traces each diagnostic back to
    /// its cell; a cell already reported is not reported twice.
    fn validate(&mut self, file: &StoryFile) {
        let json = serde_json::to_string(file).expect("a story serializes");
        let parsed = crate::parse(&json);
        let reported: HashSet<(String, Option<usize>, Option<String>)> = self
            .problems
            .iter()
            .map(|p| (p.sheet.clone(), p.row, p.column.clone()))
            .collect();
        // A reference to an item the workbook has dangles only because the validator
        // skipped that item, for a problem reported at its own row: not a second problem.
        let known: HashSet<String> = self
            .ids
            .values()
            .flatten()
            .map(|id| format!("{id:?}"))
            .collect();
        for diagnostic in &parsed.diagnostics {
            let cascade = diagnostic.message().starts_with("no ")
                && diagnostic
                    .message()
                    .split_once(" has the id ")
                    .is_some_and(|(_, id)| known.contains(id));
            if cascade {
                continue;
            }
            let message = self.rewrite_paths(diagnostic.message());
            let problem = self.locate(diagnostic.path(), message);
            let place = (problem.sheet.clone(), problem.row, problem.column.clone());
            if problem.row.is_none() || !reported.contains(&place) {
                self.problems.push(problem);
            }
        }
    }

    /// The cell a JSON path comes from: the item's row, and the column of the
    /// field, by the longest known path.
    fn locate(&self, path: &str, message: String) -> Problem {
        let origin = self
            .origins
            .iter()
            .filter(|o| {
                path == o.path
                    || (path.starts_with(&o.path)
                        && matches!(path.as_bytes()[o.path.len()], b'.' | b'['))
            })
            .max_by_key(|o| o.path.len());
        let Some(origin) = origin else {
            if path == "story" {
                return Problem::new(STORY.name, None, None, message);
            }
            if !path.contains('[') {
                return self.head_problem(path, message);
            }
            return Problem::new(STORY.name, None, None, format!("{path}: {message}"));
        };
        let rest = path[origin.path.len()..].trim_start_matches('.');
        let field = strip_indexes(rest);
        let column = origin.layout.column_of(&field);
        Problem::new(origin.layout.name, Some(origin.row), column, message)
    }

    /// Writes `events[2]` in a validator's message as the row it came from.
    fn rewrite_paths(&self, message: &str) -> String {
        let mut out = message.to_string();
        for origin in &self.origins {
            let needle = &origin.path;
            let mut from = 0;
            while let Some(at) = out[from..].find(needle.as_str()).map(|i| i + from) {
                let before_ok = at == 0
                    || !out.as_bytes()[at - 1].is_ascii_alphanumeric()
                        && out.as_bytes()[at - 1] != b'.'
                        && out.as_bytes()[at - 1] != b']';
                let end = at + needle.len();
                let after_ok = out
                    .as_bytes()
                    .get(end)
                    .is_none_or(|b| !(b.is_ascii_digit() || *b == b'.' || *b == b'['));
                if before_ok && after_ok {
                    let with = format!("{} row {}", origin.layout.name, origin.row);
                    out.replace_range(at..end, &with);
                    from = at + with.len();
                } else {
                    from = end;
                }
            }
        }
        out
    }
}

/// `x`, else `x-2`, `x-3`, … whichever is free.
fn unique(base: &str, used: &mut HashSet<String>) -> String {
    let mut id = base.to_string();
    let mut n = 1;
    while used.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    used.insert(id.clone());
    id
}

/// A JSON path without its list indexes: `positions[1].stance` is `positions.stance`.
fn strip_indexes(path: &str) -> String {
    let mut out = String::new();
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            _ if !in_index => out.push(c),
            _ => {}
        }
    }
    out
}

const MONTHS: [[&str; 3]; 12] = [
    ["january", "jan", "січня"],
    ["february", "feb", "лютого"],
    ["march", "mar", "березня"],
    ["april", "apr", "квітня"],
    ["may", "may", "травня"],
    ["june", "jun", "червня"],
    ["july", "jul", "липня"],
    ["august", "aug", "серпня"],
    ["september", "sep", "вересня"],
    ["october", "oct", "жовтня"],
    ["november", "nov", "листопада"],
    ["december", "dec", "грудня"],
];

fn month_of(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    let word = if word == "sept" {
        "sep".to_string()
    } else {
        word
    };
    MONTHS
        .iter()
        .position(|names| names.contains(&word.as_str()))
        .map(|i| i as u32 + 1)
}

/// A day as reporters write it: `2026-01-06`, `6 January 2026`, `6 Jan 2026`,
/// `January 6, 2026` or `6 січня 2026`. Never `06/01/2026`, which reads one way in
/// London and another in New York.
pub(crate) fn parse_day(text: &str) -> Result<Day, String> {
    let text = text.trim();
    let wrong = || format!("expected a date like 2026-01-06 or 6 January 2026, got {text:?}");
    if text.starts_with(|c: char| c.is_ascii_digit()) && text.contains('-') {
        return Day::parse(text).map_err(|_| wrong());
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let (day, month, year) = match words.as_slice() {
        [d, m, y] if d.starts_with(|c: char| c.is_ascii_digit()) => (*d, *m, *y),
        [m, d, y] => (*d, *m, *y),
        _ => return Err(wrong()),
    };
    let day: u32 = day.trim_end_matches('.').parse().map_err(|_| wrong())?;
    let month = month_of(month).ok_or_else(wrong)?;
    if year.len() != 4 {
        return Err(wrong());
    }
    let year: u32 = year.parse().map_err(|_| wrong())?;
    Day::parse(&format!("{year:04}-{month:02}-{day:02}")).map_err(|_| wrong())
}
