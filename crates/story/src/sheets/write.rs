//! Writing a story file as a workbook, so that reading it back gives the same story.
//!
//! Parties and tracks are written by name, the way a reporter writes them, when
//! the name picks out that one item; everything else by id, since titles are long
//! and change while a story is edited.

use super::*;
use crate::date::EventDate;
use crate::model::*;

/// The story as a workbook: every sheet of the template, each with its header
/// row, in the template's order.
pub fn to_workbook(file: &StoryFile) -> Workbook {
    let writer = Writer::new(file);
    let mut book = Workbook::new();
    book.push(Sheet::new(STORY.name, writer.story()));
    book.push(writer.sheet(&PARTIES, &file.parties, Writer::party));
    book.push(writer.sheet(&TRACKS, &file.tracks, Writer::track));
    book.push(writer.sheet(&EVENTS, &file.events, Writer::event));
    book.push(writer.sheet(&POINTS, &file.points, Writer::point));
    book.push(Sheet::new(POSITIONS.name, writer.positions()));
    book.push(Sheet::new(HISTORY.name, writer.history()));
    book.push(writer.sheet(&CLAIMS, &file.claims, Writer::claim));
    book.push(writer.sheet(&QUESTIONS, &file.questions, Writer::question));
    book.push(writer.sheet(&NEXT_STEPS, &file.next_steps, Writer::next_step));
    book.push(writer.sheet(&SOURCES, &file.sources, Writer::source));
    book.push(writer.sheet(&UPDATES, &file.updates, Writer::update));
    book
}

/// One row being filled in, column by header.
struct Row {
    layout: &'static Layout,
    cells: Vec<String>,
}

impl Row {
    fn new(layout: &'static Layout) -> Self {
        Row {
            layout,
            cells: vec![String::new(); layout.columns.len()],
        }
    }

    fn set(&mut self, header: &str, value: impl Into<String>) -> &mut Self {
        self.cells[self.layout.position(header)] = value.into();
        self
    }

    fn opt(&mut self, header: &str, value: Option<impl ToString>) -> &mut Self {
        if let Some(value) = value {
            self.set(header, value.to_string());
        }
        self
    }

    fn list<T: AsRef<str>>(
        &mut self,
        header: &str,
        values: &[T],
        name: impl Fn(&str) -> String,
    ) -> &mut Self {
        let names: Vec<String> = values.iter().map(|v| name(v.as_ref())).collect();
        self.set(header, names.join("; "))
    }

    fn stamps(&mut self, item: &impl Stamped) -> &mut Self {
        self.opt("Added", item.added())
            .opt("Updated", item.updated())
    }

    /// The date columns; `after` columns only where the layout has them.
    fn date(&mut self, date: &EventDate) -> &mut Self {
        let (kind, start, end) = match date {
            EventDate::Exact { date, .. } => ("exact", Some(date), None),
            EventDate::Range { start, end, .. } => ("range", Some(start), Some(end)),
            EventDate::Approximate { start, end, .. } => ("approximate", Some(start), Some(end)),
            EventDate::Expected { start, end, .. } => ("expected", Some(start), Some(end)),
            EventDate::After { event, days, .. } => {
                self.set("After event", event.as_str())
                    .set("Days after", days.to_string());
                ("after", None, None)
            }
        };
        self.set("Date kind", kind)
            .opt("Date", start)
            .opt("End date", end)
            .opt("Date wording", date.text())
    }

    fn done(&self) -> Vec<String> {
        self.cells.clone()
    }
}

/// A word of a fixed vocabulary as a reporter writes it: `largely agreed`.
fn word<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(word)) => word.replace('_', " "),
        _ => unreachable!("vocabularies serialize as strings"),
    }
}

fn header(layout: &Layout) -> Vec<String> {
    layout.columns.iter().map(|(h, _)| h.to_string()).collect()
}

struct Writer<'a> {
    file: &'a StoryFile,
    parties: Names,
    tracks: Names,
}

impl<'a> Writer<'a> {
    fn new(file: &'a StoryFile) -> Self {
        let mut parties = Names::default();
        for p in &file.parties {
            parties.add(p.id.as_str(), &[&p.name]);
        }
        let mut tracks = Names::default();
        for t in &file.tracks {
            tracks.add(t.id.as_str(), &[&t.name]);
        }
        Writer {
            file,
            parties,
            tracks,
        }
    }

    /// A party's name when it reads back as that party, else its id.
    fn party_name(&self, id: &str) -> String {
        let name = self
            .file
            .parties
            .iter()
            .find(|p| p.id.as_str() == id)
            .map(|p| p.name.as_str());
        by_name(&self.parties, List::Parties, id, name)
    }

    fn track_name(&self, id: &str) -> String {
        let name = self
            .file
            .tracks
            .iter()
            .find(|t| t.id.as_str() == id)
            .map(|t| t.name.as_str());
        by_name(&self.tracks, List::Tracks, id, name)
    }

    fn sheet<T>(
        &self,
        layout: &'static Layout,
        items: &[T],
        row: fn(&Self, &T, &mut Row),
    ) -> Sheet {
        let mut rows = vec![header(layout)];
        for item in items {
            let mut out = Row::new(layout);
            row(self, item, &mut out);
            rows.push(out.done());
        }
        Sheet::new(layout.name, rows)
    }

    fn story(&self) -> Vec<Vec<String>> {
        let head = &self.file.head;
        let values = [
            Some(head.version.to_string()),
            Some(head.id.to_string()),
            Some(head.title.clone()),
            Some(head.summary.clone()),
            Some(head.language.clone()),
            Some(head.published.to_string()),
            head.updated.map(|t| t.to_string()),
            Some(head.publisher.name.clone()),
            head.publisher.url.clone(),
            head.canonical_url.clone(),
        ];
        let mut rows = vec![header(&STORY)];
        for ((key, _), value) in STORY_FIELDS.iter().zip(values) {
            rows.push(vec![key.to_string(), value.unwrap_or_default()]);
        }
        rows
    }

    fn party(&self, p: &Party, r: &mut Row) {
        r.set("Party id", p.id.as_str())
            .set("Name", &p.name)
            .set("Kind", word(&p.kind))
            .opt("Office", p.role.as_ref())
            .opt(
                "Speaks for",
                p.party.as_ref().map(|id| self.party_name(id.as_str())),
            )
            .list("Members", &p.members, |id| self.party_name(id))
            .set(
                "Roles",
                p.roles.iter().map(word).collect::<Vec<_>>().join("; "),
            )
            .opt("Stance", p.stance.as_ref())
            .stamps(p);
    }

    fn track(&self, t: &Track, r: &mut Row) {
        r.set("Track id", t.id.as_str())
            .set("Name", &t.name)
            .opt("Description", t.description.as_ref())
            .stamps(t);
    }

    fn event(&self, e: &Event, r: &mut Row) {
        r.set("Event id", e.id.as_str())
            .set("Title", &e.title)
            .date(&e.date)
            .opt("Place", e.place.as_ref())
            .list("Participants", &e.participants, |id| self.party_name(id))
            .list("Tracks", &e.tracks, |id| self.track_name(id))
            .set("Summary", &e.summary)
            .list("Sources", &e.sources, str::to_string)
            .set(
                "Type",
                if e.phase {
                    "phase".to_string()
                } else {
                    word(&e.kind)
                },
            )
            .opt("Outcome", e.outcome.map(|o| word(&o)))
            .opt("Extended to", e.extended_to.as_ref())
            .stamps(e);
    }

    fn point(&self, p: &Point, r: &mut Row) {
        // A version 1 `track` reads as the first of `tracks`, as the parser settles it.
        let mut tracks: Vec<&str> = p.track.iter().map(|t| t.as_str()).collect();
        tracks.extend(
            p.tracks
                .iter()
                .map(|t| t.as_str())
                .filter(|t| p.track.as_ref().is_none_or(|v| v.as_str() != *t)),
        );
        r.set("Point id", p.id.as_str())
            .set("Title", &p.title)
            .set("Status", word(&p.status))
            .list("Tracks", &tracks, |id| self.track_name(id))
            .set("Summary", &p.summary)
            .list("Events", &p.events, str::to_string)
            .list("Sources", &p.sources, str::to_string)
            .stamps(p);
    }

    /// Each position with its earlier stances just above it, oldest first.
    fn positions(&self) -> Vec<Vec<String>> {
        let mut rows = vec![header(&POSITIONS)];
        for point in &self.file.points {
            for position in &point.positions {
                let party = self.party_name(position.party.as_str());
                for earlier in &position.history {
                    let mut r = Row::new(&POSITIONS);
                    r.set("Point", point.id.as_str())
                        .set("Party", &party)
                        .set("Held", "earlier")
                        .set("Position", &earlier.stance)
                        .date(&earlier.date)
                        .list("Sources", &earlier.sources, str::to_string);
                    rows.push(r.done());
                }
                let mut r = Row::new(&POSITIONS);
                r.set("Point", point.id.as_str())
                    .set("Party", &party)
                    .set("Held", "now")
                    .set("Position", &position.stance)
                    .list("Sources", &position.sources, str::to_string);
                if let Some(date) = &position.date {
                    r.date(date);
                }
                rows.push(r.done());
            }
        }
        rows
    }

    fn history(&self) -> Vec<Vec<String>> {
        let mut rows = vec![header(&HISTORY)];
        for point in &self.file.points {
            for change in &point.history {
                let mut r = Row::new(&HISTORY);
                r.set("Point", point.id.as_str())
                    .set("Status", word(&change.status))
                    .date(&change.date)
                    .set("Note", &change.note)
                    .list("Sources", &change.sources, str::to_string)
                    .opt("Ended by event", change.event.as_ref())
                    .list("Claims", &change.claims, str::to_string)
                    .opt("Until", change.until);
                rows.push(r.done());
            }
        }
        rows
    }

    fn claim(&self, c: &Claim, r: &mut Row) {
        let a = &c.attribution;
        r.set("Claim id", c.id.as_str())
            .set("Attribution", word(&a.kind))
            .opt(
                "Speaker",
                a.speaker.as_ref().map(|id| self.party_name(id.as_str())),
            )
            .opt("Described as", a.described_as.as_ref())
            .opt("Document", a.document.as_ref())
            .opt("Quote", c.quote.as_ref())
            .opt("Quote language", c.quote_language.as_ref())
            .opt("Statement", c.statement.as_ref())
            .opt("Context", c.context.as_ref())
            .opt("Medium", c.medium.map(|m| word(&m)))
            .list("Sources", &c.sources, str::to_string)
            .list("Points", &c.points, str::to_string)
            .list("Events", &c.events, str::to_string)
            .list("Contradicts", &c.contradicts, str::to_string)
            .stamps(c);
        if let Some(date) = &c.date {
            r.date(date);
        }
        if let Some(resolved) = &c.resolved {
            r.set("Settled on", resolved.date.to_string())
                .opt("Settled by event", resolved.event.as_ref())
                .opt("Settled note", resolved.note.as_ref());
        }
    }

    fn question(&self, q: &Question, r: &mut Row) {
        r.set("Question id", q.id.as_str())
            .set("Question", &q.question)
            .set("Answer", &q.answer)
            .list("Points", &q.points, str::to_string)
            .list("Events", &q.events, str::to_string)
            .stamps(q);
    }

    fn next_step(&self, s: &NextStep, r: &mut Row) {
        r.set("Step id", s.id.as_str())
            .set("Title", &s.title)
            .opt("Summary", s.summary.as_ref())
            .date(&s.expected)
            .set("Conditions", s.conditions.join("\n"))
            .list("Parties", &s.parties, |id| self.party_name(id))
            .opt("Event", s.event.as_ref())
            .list("Points", &s.points, str::to_string)
            .list("Sources", &s.sources, str::to_string)
            .stamps(s);
    }

    fn source(&self, s: &Source, r: &mut Row) {
        r.set("Source id", s.id.as_str())
            .set("Outlet", &s.outlet)
            .opt("Title", s.title.as_ref())
            .opt("Link", s.url.as_ref())
            .opt("Published", s.published)
            .stamps(s);
    }

    fn update(&self, u: &Update, r: &mut Row) {
        r.set("Time", u.time.to_string())
            .set("Kind", word(&u.kind))
            .set("Text", &u.text)
            .list("Events", &u.events, str::to_string)
            .list("Points", &u.points, str::to_string)
            .list("Claims", &u.claims, str::to_string)
            .list("Parties", &u.parties, |id| self.party_name(id));
    }
}

/// The name when it is safe to write (one value in a cell) and reads back as `id`.
fn by_name(names: &Names, list: List, id: &str, name: Option<&str>) -> String {
    match name {
        Some(name)
            if name.trim() == name
                && !name.is_empty()
                && !name.contains([';', '\n'])
                && names.resolve(name, list).as_deref() == Ok(id) =>
        {
            name.to_string()
        }
        _ => id.to_string(),
    }
}
