//! Bringing TimelineJS3 timelines over, from its JSON or from its Google Sheets
//! template exported as CSV.
//!
//! TimelineJS keeps HTML in its headlines, texts, display dates and groups, and
//! knows only dates, headlines, media and groups. The importer keeps what maps
//! onto a story (title slide, events, display dates, groups as tracks, media
//! credits and links as sources, eras as range events), reads the HTML as text
//! ([`read_html`]: entities decoded, list items as sentences, links kept), and
//! lists everything it could not carry or had to guess.
//!
//! Implementation note: a story requires a summary for every event, and an
//! empty TimelineJS text has none. Repeating the headline would show it twice
//! and look finished; so the summary is the media caption when there is one (the
//! producer's own words about the moment), otherwise [`NO_SUMMARY`], which
//! readers can see is missing; the report names each one to fill in.

mod entities;
mod html;
mod sheet;
mod slug;

use std::collections::BTreeMap;

use serde_json::Value;

pub use html::{html_to_text, read_html, Html, Link};
pub use slug::slug;

use crate::{
    Day, Event, EventDate, EventId, Publisher, Source, SourceId, StoryFile, StoryHead, StoryId,
    Timestamp, Track, TrackId, FORMAT_VERSION,
};

/// The summary given to an event or story whose TimelineJS text is empty (and
/// that has no media caption): the format requires one, and the report asks for it.
pub const NO_SUMMARY: &str = "No summary yet.";

/// A converted story and what did not survive the trip.
#[derive(Clone, Debug)]
pub struct Import {
    /// The story, ready to edit and validate.
    pub story: StoryFile,
    /// One line per thing left out or guessed, with its place in the TimelineJS
    /// file: a JSON path (`events[3].media`) or a sheet row and column (`row 5, Media`).
    pub report: Vec<String>,
}

/// Where a slide came from, to name it in the report.
#[derive(Clone, Debug)]
enum Place {
    /// A JSON path: `title`, `events[3]`, `eras[0]`.
    Json(String),
    /// A sheet row, counted as a spreadsheet shows it (the header is row 1).
    Row(usize),
}

impl Place {
    fn whole(&self) -> String {
        match self {
            Place::Json(path) => path.clone(),
            Place::Row(row) => format!("row {row}"),
        }
    }

    /// A field of the slide: its JSON name, or its sheet column.
    fn field(&self, json: &str, column: &str) -> String {
        match self {
            Place::Json(path) => format!("{path}.{json}"),
            Place::Row(row) => format!("row {row}, {column}"),
        }
    }

    /// A start (or end) date, or one of its fields (`year`, `month`, `day`).
    fn date(&self, end: bool, field: Option<&str>) -> String {
        let (json, prefix) = if end {
            ("end_date", "End ")
        } else {
            ("start_date", "")
        };
        match (self, field) {
            (Place::Json(path), Some(field)) => format!("{path}.{json}.{field}"),
            (Place::Json(path), None) => format!("{path}.{json}"),
            (Place::Row(row), Some(field)) => {
                let mut column = field.to_string();
                column[..1].make_ascii_uppercase();
                format!("row {row}, {prefix}{column}")
            }
            (Place::Row(row), None) => {
                format!("row {row}, {prefix}Year, {prefix}Month, {prefix}Day")
            }
        }
    }
}

/// One slide to convert.
struct Slide<'v> {
    value: &'v Value,
    place: Place,
    era: bool,
}

/// Converts a TimelineJS3 JSON document into a story.
pub fn import_timelinejs(json: &str) -> Result<Import, String> {
    let root: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    let events = root
        .get("events")
        .and_then(Value::as_array)
        .ok_or("no \"events\" array: not a TimelineJS3 file")?;
    let mut report = Vec::new();
    for key in ["scale", "background"] {
        if root.get(key).is_some() {
            report.push(format!(
                "{key}: not carried over (the widget chooses its own scale and look)"
            ));
        }
    }
    let eras = root.get("eras").and_then(Value::as_array);
    let slides = events
        .iter()
        .enumerate()
        .map(|(i, value)| Slide {
            value,
            place: Place::Json(format!("events[{i}]")),
            era: false,
        })
        .chain(
            eras.into_iter()
                .flatten()
                .enumerate()
                .map(|(i, value)| Slide {
                    value,
                    place: Place::Json(format!("eras[{i}]")),
                    era: true,
                }),
        )
        .collect();
    let title = root.get("title").map(|value| Slide {
        value,
        place: Place::Json("title".into()),
        era: false,
    });
    Ok(convert(title, slides, report))
}

/// Converts a TimelineJS Google Sheets template, exported as CSV, into a story.
///
/// Columns are found by name, as TimelineJS finds them, ignoring case and spaces:
/// `Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date,
/// Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Alt Text,
/// Type, Group, Background`, in any order. A row of type `title` is the title
/// slide, one of type `era` an era. The report names rows as the spreadsheet
/// numbers them (the header is row 1) and columns by their header.
pub fn import_timelinejs_csv(csv: &str) -> Result<Import, String> {
    let sheet = sheet::read(csv)?;
    let slides = sheet
        .slides
        .iter()
        .map(|(row, era, value)| Slide {
            value,
            place: Place::Row(*row),
            era: *era,
        })
        .collect();
    let title = sheet.title.as_ref().map(|(row, value)| Slide {
        value,
        place: Place::Row(*row),
        era: false,
    });
    Ok(convert(title, slides, sheet.report))
}

/// Unique ids within one list: `x`, `x-2`, `x-3`, …
#[derive(Default)]
struct Ids(BTreeMap<String, usize>);

impl Ids {
    fn unique(&mut self, wanted: &str, fallback: &str) -> String {
        let base = if wanted.is_empty() {
            fallback.to_string()
        } else {
            wanted.to_string()
        };
        let seen = self.0.entry(base.clone()).or_insert(0);
        *seen += 1;
        if *seen == 1 {
            base
        } else {
            format!("{base}-{seen}")
        }
    }
}

fn html_of(value: &Value, field: &str) -> Html {
    value
        .get(field)
        .and_then(Value::as_str)
        .map(read_html)
        .unwrap_or_default()
}

fn text_of(value: &Value, field: &str) -> String {
    html_of(value, field).text
}

/// Why a date has no window of days: the field at fault (none for the whole date) and what is wrong.
type DateProblem = (Option<&'static str>, String);

/// A whole number in a date field: `None` when absent or empty, `Err` when not a number.
fn number(value: &Value, field: &'static str) -> Option<Result<i64, DateProblem>> {
    let problem = |shown: String| (Some(field), format!("expected a whole number, got {shown}"));
    match value.get(field)? {
        Value::Null => None,
        Value::Number(n) => Some(n.as_i64().ok_or_else(|| problem(n.to_string()))),
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s.trim().parse().map_err(|_| problem(format!("{s:?}")))),
        other => Some(Err(problem(other.to_string()))),
    }
}

/// How much of a date TimelineJS gave.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Precision {
    Day,
    Month,
    Year,
}

/// A TimelineJS date object as a window of days, or why it has none.
fn window(date: &Value) -> Result<(Day, Day, Precision), DateProblem> {
    let year = number(date, "year").ok_or((Some("year"), "empty".to_string()))??;
    let month = number(date, "month").transpose()?;
    let day = number(date, "day").transpose()?;
    let day_of = |m: i64, d: i64| {
        let text = if year < 0 {
            format!("-{:04}-{m:02}-{d:02}", year.unsigned_abs())
        } else {
            format!("{year:04}-{m:02}-{d:02}")
        };
        Day::parse(&text).map_err(|_| {
            let why =
                format!("year {year}, month {m}, day {d} is not a day the story format can hold");
            (None, why)
        })
    };
    match (month, day) {
        (Some(month), Some(day)) => day_of(month, day).map(|d| (d, d, Precision::Day)),
        (Some(month), None) => {
            let first = day_of(month, 1)?;
            let last = (28..=31).rev().find_map(|d| day_of(month, d).ok());
            Ok((first, last.unwrap_or(first), Precision::Month))
        }
        (None, Some(_)) => Err((Some("month"), "empty, but the day is given".into())),
        (None, None) => Ok((day_of(1, 1)?, day_of(12, 31)?, Precision::Year)),
    }
}

/// Whether a date object has a time of day (which a story's dates cannot hold).
fn has_time(date: &Value) -> bool {
    ["hour", "minute", "time"]
        .iter()
        .any(|key| match date.get(key) {
            None | Some(Value::Null) => false,
            Some(Value::String(s)) => !s.trim().is_empty(),
            Some(_) => true,
        })
}

/// The host of a web URL, without `www.`: an outlet's name when nothing better is known.
fn host(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    host.strip_prefix("www.")
        .map(str::to_string)
        .unwrap_or(host)
}

/// The story's sources, found again by URL or by outlet.
#[derive(Default)]
struct Sources {
    list: Vec<Source>,
    ids: Ids,
}

impl Sources {
    fn add(&mut self, outlet: String, title: Option<String>, url: Option<String>) -> SourceId {
        let id = SourceId::new(self.ids.unique(&slug(&outlet), "source"));
        self.list.push(Source {
            added: None,
            updated: None,
            id: id.clone(),
            outlet,
            title,
            url,
            published: None,
        });
        id
    }

    /// A media credit: one source per outlet named.
    fn credit(&mut self, outlet: String, title: Option<String>, url: Option<String>) -> SourceId {
        match self.list.iter().find(|s| s.outlet == outlet) {
            Some(found) => found.id.clone(),
            None => self.add(outlet, title, url),
        }
    }

    /// A link in the text: one source per URL, named after its host.
    fn link(&mut self, link: &Link) -> SourceId {
        match self
            .list
            .iter()
            .find(|s| s.url.as_deref() == Some(link.url.as_str()))
        {
            Some(found) => found.id.clone(),
            None => {
                let title = Some(link.text.clone()).filter(|t| !t.is_empty() && *t != link.url);
                self.add(host(&link.url), title, Some(link.url.clone()))
            }
        }
    }
}

/// The summary for a slide whose text may be empty, and the report line when it is.
fn summary_for(body: String, slide: &Value, place: &Place, report: &mut Vec<String>) -> String {
    if !body.is_empty() {
        return body;
    }
    let caption = slide
        .get("media")
        .map(|media| text_of(media, "caption"))
        .unwrap_or_default();
    let at = place.field("text.text", "Text");
    if caption.is_empty() {
        report.push(format!(
            "{at}: empty, and a story needs a summary; it says {NO_SUMMARY:?} until you write one"
        ));
        NO_SUMMARY.to_string()
    } else {
        report.push(format!(
            "{at}: empty; the summary is the media caption, check that it reads as one"
        ));
        caption
    }
}

fn convert(title_slide: Option<Slide>, slides: Vec<Slide>, mut report: Vec<String>) -> Import {
    let null = Value::Null;
    let (title, summary) = match &title_slide {
        Some(slide) => {
            let text = slide.value.get("text").unwrap_or(&null);
            if slide.value.get("media").is_some() {
                report.push(format!(
                    "{}: the title slide's media is not carried over",
                    slide.place.field("media", "Media")
                ));
            }
            let headline = text_of(text, "headline");
            if headline.is_empty() {
                report.push(format!(
                    "{}: empty; the story is titled \"Imported timeline\" until you name it",
                    slide.place.field("text.headline", "Headline")
                ));
            }
            let body = text_of(text, "text");
            (
                headline,
                summary_for(body, slide.value, &slide.place, &mut report),
            )
        }
        None => {
            report.push(format!(
                "title: there is no title slide; the story's summary says {NO_SUMMARY:?} until you write one"
            ));
            (String::new(), NO_SUMMARY.to_string())
        }
    };

    let (mut event_ids, mut track_ids) = (Ids::default(), Ids::default());
    let mut tracks: Vec<Track> = Vec::new();
    let mut sources = Sources::default();
    let mut events = Vec::new();
    let mut latest: Option<Day> = None;

    for Slide {
        value: item,
        place,
        era,
    } in slides
    {
        let text = item.get("text").unwrap_or(&null);
        let headline = html_of(text, "headline");
        let body = html_of(text, "text");
        let start = match item.get("start_date") {
            None | Some(Value::Null) => Err(None),
            Some(date) => window(date).map_err(Some),
        };
        let (start, start_end, precision) = match start {
            Ok(window) => window,
            Err(None) => {
                report.push(format!(
                    "{}: left out, it has no usable start_date",
                    place.whole()
                ));
                continue;
            }
            Err(Some((field, why))) => {
                report.push(format!("{}: {why}; left out", place.date(false, field)));
                continue;
            }
        };
        let end = match item.get("end_date") {
            None | Some(Value::Null) => None,
            Some(date) => match window(date) {
                Ok((_, end, _)) => Some(end),
                Err((field, why)) => {
                    report.push(format!("{}: {why}; ignored", place.date(true, field)));
                    None
                }
            },
        };
        for (key, column) in [("start_date", "Time"), ("end_date", "End Time")] {
            if item.get(key).is_some_and(has_time) {
                report.push(format!(
                    "{}: the time of day is not carried over",
                    place.field(key, column)
                ));
            }
        }
        let display = item
            .get("display_date")
            .and_then(Value::as_str)
            .map(html_to_text)
            .filter(|t| !t.is_empty());
        let date = match (end, precision) {
            (Some(end), _) if end >= start => EventDate::Range {
                start,
                end,
                text: display,
            },
            (Some(_), _) => {
                report.push(format!(
                    "{}: before the start date, ignored",
                    place.date(true, None)
                ));
                EventDate::Exact {
                    date: start,
                    text: display,
                }
            }
            (None, Precision::Day) => EventDate::Exact {
                date: start,
                text: display,
            },
            (None, precision) => {
                let wording = display.unwrap_or_else(|| match precision {
                    Precision::Month => start
                        .short_en(true)
                        .split_once(' ')
                        .map_or(String::new(), |(_, m)| m.to_string()),
                    _ => start.ymd().0.to_string(),
                });
                EventDate::Approximate {
                    start,
                    end: start_end,
                    text: wording,
                }
            }
        };
        latest = latest.max(Some(date.end()));
        if era {
            report.push(format!("{}: era imported as a range event", place.whole()));
        }
        let wanted = item
            .get("unique_id")
            .and_then(Value::as_str)
            .map(slug)
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| slug(&headline.text));
        let id = event_ids.unique(&wanted, &format!("event-{}", events.len() + 1));
        let title = if headline.text.is_empty() {
            let untitled = format!("Untitled ({})", date.label_en());
            report.push(format!(
                "{}: empty; the event is titled {untitled:?} until you name it",
                place.field("text.headline", "Headline")
            ));
            untitled
        } else {
            headline.text.clone()
        };
        let summary = summary_for(body.text, item, &place, &mut report);

        let mut event_tracks = Vec::new();
        if let Some(group) = item
            .get("group")
            .and_then(Value::as_str)
            .map(html_to_text)
            .filter(|g| !g.is_empty())
        {
            let existing = tracks
                .iter()
                .find(|t| t.name == group)
                .map(|t| t.id.clone());
            let track = existing.unwrap_or_else(|| {
                let id = TrackId::new(track_ids.unique(&slug(&group), "track"));
                tracks.push(Track {
                    added: None,
                    updated: None,
                    id: id.clone(),
                    name: group,
                    description: None,
                });
                id
            });
            event_tracks.push(track);
        }
        let mut event_sources = Vec::new();
        if let Some(media) = item.get("media") {
            let at = place.field("media", "Media");
            let credit = html_of(media, "credit");
            if credit.text.is_empty() {
                report.push(format!("{at}: media without a credit is not carried over"));
            } else {
                let link = media
                    .get("link")
                    .and_then(Value::as_str)
                    .filter(|u| crate::is_web_url(u))
                    .map(str::to_string)
                    .or_else(|| credit.links.first().map(|l| l.url.clone()));
                let caption = Some(text_of(media, "caption")).filter(|c| !c.is_empty());
                event_sources.push(sources.credit(credit.text, caption, link));
                report.push(format!(
                    "{at}: the picture or video itself is not shown; its credit became a source"
                ));
            }
        }
        for link in headline.links.iter().chain(&body.links) {
            let source = sources.link(link);
            if !event_sources.contains(&source) {
                event_sources.push(source);
            }
        }
        for (key, column) in [("background", "Background"), ("autolink", "Autolink")] {
            if item.get(key).is_some() {
                report.push(format!("{}: not carried over", place.field(key, column)));
            }
        }
        events.push(Event {
            id: EventId::new(id),
            title,
            date,
            place: None,
            participants: Vec::new(),
            tracks: event_tracks,
            summary,
            sources: event_sources,
            added: None,
            updated: None,
            kind: crate::EventKind::Event,
            outcome: None,
            extended_to: None,
            phase: false,
        });
    }

    let published_day = latest.unwrap_or_else(|| Day::parse("2000-01-01").expect("a valid day"));
    let published = Timestamp::parse(&format!("{published_day}T00:00:00Z")).expect("a valid time");
    report.push(format!(
        "published: set to {published}, the last date in the timeline; edit it"
    ));
    report.push(
        "publisher, language: set to \"Imported from TimelineJS\" and \"en\"; edit them".into(),
    );
    report.push(
        "parties, points, claims, questions, next_steps: TimelineJS has none; add them".into(),
    );
    let title = if title.is_empty() {
        "Imported timeline".to_string()
    } else {
        title
    };
    let head = StoryHead {
        version: FORMAT_VERSION,
        id: StoryId::new(
            Some(slug(&title))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "imported".into()),
        ),
        summary,
        title,
        language: "en".into(),
        published,
        updated: None,
        publisher: Publisher {
            name: "Imported from TimelineJS".into(),
            url: None,
        },
        canonical_url: None,
    };
    let story = StoryFile {
        head,
        parties: Vec::new(),
        tracks,
        events,
        points: Vec::new(),
        claims: Vec::new(),
        questions: Vec::new(),
        next_steps: Vec::new(),
        sources: sources.list,
        updates: Vec::new(),
    };
    Import { story, report }
}
