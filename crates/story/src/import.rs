//! Bringing TimelineJS3 timelines over.
//!
//! TimelineJS keeps HTML in its texts and knows only dates, headlines, media and
//! groups. The importer keeps what maps onto a story (title slide, events,
//! display dates, groups as tracks, media credits as sources, eras as range
//! events), reduces HTML to plain text, and lists everything it could not carry.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::{
    Day, Event, EventDate, EventId, Publisher, Source, SourceId, StoryFile, StoryHead, StoryId,
    Timestamp, Track, TrackId, FORMAT_VERSION,
};

/// A converted story and what did not survive the trip.
#[derive(Clone, Debug)]
pub struct Import {
    /// The story, ready to edit and validate.
    pub story: StoryFile,
    /// One line per thing left out or guessed, with its place in the TimelineJS file.
    pub report: Vec<String>,
}

/// Reduces HTML to text: tags removed (with `script` and `style` contents),
/// block ends as spaces, entities decoded, whitespace collapsed.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tag_text = &rest[open..];
        let Some(close) = tag_text.find('>') else {
            rest = "";
            break;
        };
        let tag = tag_text[1..close]
            .trim_start_matches('/')
            .to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &tag_text[close + 1..];
        if (name == "script" || name == "style") && !tag_text[1..].starts_with('/') {
            let end = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = match lower.find(&end) {
                Some(at) => rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..]),
                None => "",
            };
        }
        // Inline tags (b, em, a, span, …) join their text; block tags separate it.
        const INLINE: [&str; 12] = [
            "a", "abbr", "b", "cite", "code", "em", "i", "q", "small", "span", "strong", "u",
        ];
        if !INLINE.contains(&name.as_str()) {
            out.push(' ');
        }
    }
    out.push_str(rest);
    decode_entities(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn decode_entities(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let entity = after
            .find(';')
            .filter(|end| *end <= 10)
            .map(|end| (&after[..end], end));
        let decoded = entity.and_then(|(name, _)| match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => {
                let number = name.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace())
            }
        });
        match (decoded, entity) {
            (Some(c), Some((_, end))) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A lowercase id from text: letters and digits joined by '-', at most 48 characters.
fn slug(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut id = words.join("-");
    id.truncate(48);
    id.trim_end_matches('-').to_string()
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

fn text_of(value: &Value, field: &str) -> String {
    value
        .get(field)
        .and_then(Value::as_str)
        .map(html_to_text)
        .unwrap_or_default()
}

fn number(value: &Value, field: &str) -> Option<i64> {
    match value.get(field)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A TimelineJS date object as a window of days: (start, end, precision word).
fn window(date: &Value) -> Option<(Day, Day, &'static str)> {
    let year = number(date, "year")?;
    let day_of = |y: i64, m: i64, d: i64| Day::parse(&format!("{y:04}-{m:02}-{d:02}")).ok();
    match (number(date, "month"), number(date, "day")) {
        (Some(month), Some(day)) => day_of(year, month, day).map(|d| (d, d, "day")),
        (Some(month), None) => {
            let first = day_of(year, month, 1)?;
            let last = (28..=31).rev().find_map(|d| day_of(year, month, d))?;
            Some((first, last, "month"))
        }
        _ => Some((day_of(year, 1, 1)?, day_of(year, 12, 31)?, "year")),
    }
}

/// Converts a TimelineJS3 JSON document into a story.
pub fn import_timelinejs(json: &str) -> Result<Import, String> {
    let root: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    let events_in = root
        .get("events")
        .and_then(Value::as_array)
        .ok_or("no \"events\" array: not a TimelineJS3 file")?;
    let mut report = Vec::new();
    let title_slide = root.get("title").cloned().unwrap_or(Value::Null);
    let title = text_of(title_slide.get("text").unwrap_or(&Value::Null), "headline");
    let summary = text_of(title_slide.get("text").unwrap_or(&Value::Null), "text");
    if title_slide.get("media").is_some() {
        report.push("title.media: the title slide's media is not carried over".into());
    }
    for key in ["scale", "background"] {
        if root.get(key).is_some() {
            report.push(format!(
                "{key}: not carried over (the widget chooses its own scale and look)"
            ));
        }
    }

    let (mut event_ids, mut track_ids, mut source_ids) =
        (Ids::default(), Ids::default(), Ids::default());
    let mut tracks: Vec<Track> = Vec::new();
    let mut sources: Vec<Source> = Vec::new();
    let mut events = Vec::new();
    let mut latest: Option<Day> = None;

    let eras = root
        .get("eras")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let items = events_in
        .iter()
        .map(|e| (e, "events"))
        .chain(eras.iter().map(|e| (e, "eras")));
    let mut counters: BTreeMap<&str, usize> = BTreeMap::new();
    for (item, list) in items {
        let index = *counters.entry(list).and_modify(|n| *n += 1).or_insert(0);
        let at = format!("{list}[{index}]");
        let text = item.get("text").cloned().unwrap_or(Value::Null);
        let headline = text_of(&text, "headline");
        let body = text_of(&text, "text");
        let Some((start, start_end, precision)) = item.get("start_date").and_then(window) else {
            report.push(format!("{at}: left out, it has no usable start_date"));
            continue;
        };
        let end = item.get("end_date").and_then(window).map(|(_, end, _)| end);
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
                report.push(format!("{at}.end_date: before start_date, ignored"));
                EventDate::Exact {
                    date: start,
                    text: display,
                }
            }
            (None, "day") => EventDate::Exact {
                date: start,
                text: display,
            },
            (None, precision) => {
                let wording = display.unwrap_or_else(|| match precision {
                    "month" => start
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
        if list == "eras" {
            report.push(format!("{at}: era imported as a range event"));
        }
        let wanted = item
            .get("unique_id")
            .and_then(Value::as_str)
            .map(slug)
            .unwrap_or_else(|| slug(&headline));
        let id = event_ids.unique(&wanted, &format!("event-{}", events.len() + 1));
        let title = if headline.is_empty() {
            format!("Untitled ({})", date.label_en())
        } else {
            headline.clone()
        };
        let summary = if body.is_empty() { title.clone() } else { body };

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
            let credit = text_of(media, "credit");
            if credit.is_empty() {
                report.push(format!(
                    "{at}.media: media without a credit is not carried over"
                ));
            } else {
                let link = media
                    .get("link")
                    .and_then(Value::as_str)
                    .filter(|u| crate::is_web_url(u));
                let existing = sources
                    .iter()
                    .find(|s| s.outlet == credit)
                    .map(|s| s.id.clone());
                let source = existing.unwrap_or_else(|| {
                    let id = SourceId::new(source_ids.unique(&slug(&credit), "source"));
                    sources.push(Source {
                        added: None,
                        updated: None,
                        id: id.clone(),
                        outlet: credit,
                        title: Some(text_of(media, "caption")).filter(|c| !c.is_empty()),
                        url: link.map(str::to_string),
                        published: None,
                    });
                    id
                });
                event_sources.push(source);
                report.push(format!("{at}.media: the picture or video itself is not shown; its credit became a source"));
            }
        }
        for key in ["background", "autolink"] {
            if item.get(key).is_some() {
                report.push(format!("{at}.{key}: not carried over"));
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
        summary: if summary.is_empty() {
            title.clone()
        } else {
            summary
        },
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
        sources,
        updates: Vec::new(),
    };
    Ok(Import { story, report })
}
