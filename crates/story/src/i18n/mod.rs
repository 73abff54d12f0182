//! The widget's own words in each interface language: a typed catalogue of
//! messages, plural rules and date formats.
//!
//! Every reader-visible string of the widget is a field of [`Messages`]; plain
//! strings are `&'static str`, strings with values in them are functions. Each
//! locale is one struct literal, so a missing message is a compile error, not
//! an English word in a Ukrainian page. Validation messages for editors
//! ([`crate::Diagnostic::message`]) stay English.
//!
//! Dates and plurals are done here, without ICU, so the server render, the CLI
//! and the browser print the same text. The formats follow what Chromium's
//! `Intl.DateTimeFormat` and `Intl.NumberFormat` print for the locale's
//! [`Locale::intl_tag`] (checked in `tests/i18n.rs`), with one exception kept on
//! purpose: English day ranges within a month are written `6–8 January 2026`
//! (ICU: `6 – 8 January 2026`), as the widget always has.
//!
//! # How to add a locale
//!
//! 1. Copy `en.rs` to `<tag>.rs` (for example `de.rs`) and translate every
//!    field of the `Messages` literal: the compiler lists anything missing. The
//!    [`Formats`] in it hold the month and weekday names and the date patterns;
//!    take them from what `Intl.DateTimeFormat(<tag>, …)` prints in Chromium.
//!    Plural messages use [`Plural`], whose forms follow [`plural_category`].
//! 2. Add a variant to [`Locale`], and the locale to [`Locale::ALL`],
//!    [`Locale::tag`], [`Locale::intl_tag`] and [`Locale::messages`]; declare the
//!    module below.
//! 3. Add the language's CLDR cardinal plural rule to [`plural_category`] if it
//!    is not one of the rules there already.
//! 4. Add the locale to the tests in `tests/i18n.rs` (dates, plurals,
//!    numbers), with the expected strings taken from Chromium's `Intl` output.
//!
//! [`crate::UI_LOCALES`] and the interface language choice follow [`Locale::ALL`].

mod dates;
mod en;
mod uk;

use std::fmt;

use crate::{Attribution, AttributionKind, Diagnostic, Impact, Source, Status, StatusGroup, Story};

pub use dates::Formats;

/// An interface language the widget has words for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Locale {
    /// English (British usage: "6 January 2026").
    #[default]
    En,
    /// Ukrainian.
    Uk,
}

impl Locale {
    /// Every interface language, English first (the fallback).
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Uk];

    /// The BCP 47 primary language subtag: `"en"`, `"uk"`; what `lang` attributes get.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Uk => "uk",
        }
    }

    /// The tag whose `Intl` formats this locale's dates and numbers match: `"en-GB"`, `"uk"`.
    pub const fn intl_tag(self) -> &'static str {
        match self {
            Locale::En => "en-GB",
            Locale::Uk => "uk",
        }
    }

    /// The locale for a BCP 47 tag, matching its primary subtag case-insensitively
    /// (`"en-US"`, `"UK_ua"`); `None` when there is no such interface language.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Locale::ALL
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(primary))
    }

    /// The locale's words.
    pub fn messages(self) -> &'static Messages {
        match self {
            Locale::En => &en::EN,
            Locale::Uk => &uk::UK,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The CLDR cardinal plural categories the interface languages use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PluralCategory {
    /// English 1; Ukrainian 1, 21, 31, … but not 11.
    One,
    /// Ukrainian 2–4, 22–24, … but not 12–14.
    Few,
    /// Ukrainian 0, 5–20, 25–30, …
    Many,
    /// English everything but 1.
    Other,
}

/// The CLDR cardinal plural category of the whole number `n` in `locale`.
///
/// English: one for 1, other otherwise. Ukrainian: one when `n % 10 == 1` and
/// `n % 100 != 11`; few when `n % 10` is 2–4 and `n % 100` is not 12–14; many
/// otherwise (CLDR's "other" is for fractions only).
pub fn plural_category(locale: Locale, n: u64) -> PluralCategory {
    match locale {
        Locale::En if n == 1 => PluralCategory::One,
        Locale::En => PluralCategory::Other,
        Locale::Uk => match (n % 10, n % 100) {
            (1, r) if r != 11 => PluralCategory::One,
            (2..=4, r) if !(12..=14).contains(&r) => PluralCategory::Few,
            _ => PluralCategory::Many,
        },
    }
}

/// A message in its plural forms, each with `{n}` where the number goes.
///
/// Languages fill the forms their rule uses and repeat one in the others
/// ([`Plural::two`] for English-like languages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    /// For [`PluralCategory::One`].
    pub one: &'static str,
    /// For [`PluralCategory::Few`].
    pub few: &'static str,
    /// For [`PluralCategory::Many`].
    pub many: &'static str,
    /// For [`PluralCategory::Other`].
    pub other: &'static str,
}

impl Plural {
    /// A message with a singular and a plural form only.
    pub const fn two(one: &'static str, other: &'static str) -> Plural {
        Plural {
            one,
            few: other,
            many: other,
            other,
        }
    }

    /// The form for `n` in `locale`, with `{n}` replaced by the number as `locale` writes it.
    pub fn format(&self, locale: Locale, n: u64) -> String {
        let form = match plural_category(locale, n) {
            PluralCategory::One => self.one,
            PluralCategory::Few => self.few,
            PluralCategory::Many => self.many,
            PluralCategory::Other => self.other,
        };
        form.replace("{n}", &format_integer(locale, n))
    }
}

/// A whole number as `Intl.NumberFormat` writes it: `12,345` in English,
/// `12 345` (no-break space) in Ukrainian.
pub fn format_integer(locale: Locale, n: u64) -> String {
    let digits = n.to_string();
    let separator = locale.messages().formats.group_separator;
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// Every reader-visible string of the widget in one language.
///
/// Plain strings are `&'static str`; strings that take values are functions.
/// Words are capitalised as they appear on the page (headings and buttons in
/// sentence case; "updated" lowercase, as it follows the publisher's name).
#[derive(Clone, Copy, Debug)]
pub struct Messages {
    // Loading.
    /// While the story file is fetched: "Loading the story…".
    pub loading: &'static str,
    /// The button after a failure that a retry may cure: "Try again".
    pub try_again: &'static str,
    /// The story's URL in a failure that cannot be shown: "The story from {url} cannot be shown:"
    /// (the list of problems follows).
    pub story_cannot_be_shown: fn(&str) -> String,
    /// Fetch failed at the network level: "The story could not be loaded from {url}: the network request failed."
    pub fetch_network_failed: fn(&str) -> String,
    /// Fetch timed out after the given seconds: "The story from {url} took too long to arrive (over 15 seconds)."
    pub fetch_timed_out: fn(&str, u64) -> String,
    /// The server answered with an error status and its text:
    /// "The story could not be loaded from {url}: the server answered 404 Not Found."
    pub fetch_http_error: fn(&str, u16, &str) -> String,
    /// The server sent something else than JSON, with its content type:
    /// "{url} is not a story file: the server sent text/html, not JSON."
    pub fetch_not_json: fn(&str, &str) -> String,
    /// The download stopped part-way: "The story from {url} could not be read: the download broke off."
    pub fetch_broke_off: fn(&str) -> String,

    // Header and notes.
    /// In the byline, before the date: "Example News · updated Tuesday, 6 January 2026".
    pub updated: &'static str,
    /// The interface language asked for (a BCP 47 tag) is missing:
    /// "This widget's interface is not available in "de" yet, so it is shown in English."
    pub interface_unavailable: fn(&str) -> String,
    /// The summary of the problems note: "2 problems in the story file".
    pub problems_in_file: fn(usize) -> String,
    /// What a [`Impact::Story`] problem costs: "the story cannot be shown".
    pub consequence_story: &'static str,
    /// What a [`Impact::Item`] problem costs: "this item was skipped".
    pub consequence_item: &'static str,
    /// What a [`Impact::Field`] problem costs: "this value was ignored".
    pub consequence_field: &'static str,

    // Key questions and filters.
    /// Section heading: "Key questions".
    pub key_questions: &'static str,
    /// The filters disclosure button: "Filter the timeline and cards".
    pub filter_toggle: &'static str,
    /// Badge on the filters button with the number of chosen filters: "2 on".
    pub filters_on: fn(usize) -> String,
    /// Label of the party chips: "Parties".
    pub parties: &'static str,
    /// Label of the track chips: "Tracks".
    pub tracks: &'static str,
    /// The button that clears every filter: "Clear filters".
    pub clear_filters: &'static str,
    /// A number of events: "1 event", "5 events" (chip counts).
    pub events_count: fn(u64) -> String,
    /// A number of cards: "1 card", "8 cards" (chip counts).
    pub cards_count: fn(u64) -> String,
    /// The polite announcement after a filter change, with the shown and total events
    /// and the shown and total cards: "Showing 3 of 14 events and 5 of 20 cards."
    pub filter_result: fn(usize, usize, usize, usize) -> String,

    // Timeline and event details.
    /// Section heading: "Timeline".
    pub timeline: &'static str,
    /// The tag on expected (future) events and next steps: "Expected".
    pub expected: &'static str,
    /// An expected date in the event details: "Expected within the next 7–10 days (…)".
    pub expected_date: fn(&str) -> String,
    /// When no event passes the filters: "No event matches the filters.".
    pub no_matching_events: &'static str,
    /// The "now" marker and the current entry of a point's history: "Now".
    pub now: &'static str,
    /// The gap marker between distant columns: "5 days later".
    pub days_later: fn(i64) -> String,
    /// A long timeline's button that renders more of it: "Show 40 earlier events".
    pub show_earlier_events: fn(u64) -> String,
    /// The same, towards the end: "Show 40 later events".
    pub show_later_events: fn(u64) -> String,
    /// A long card section's button: "Show 30 more cards".
    pub show_more_cards: fn(u64) -> String,
    /// The end of a shortened list: "and 12 more".
    pub and_more: fn(u64) -> String,
    /// `aria-label` of the previous/next navigation: "Events".
    pub events_nav: &'static str,
    /// The button to the previous event: "Previous event".
    pub previous_event: &'static str,
    /// The button to the next event: "Next event".
    pub next_event: &'static str,
    /// The open event's place among the shown ones: "3 of 14".
    pub event_position: fn(usize, usize) -> String,
    /// The polite announcement when an event opens, with its title, date label,
    /// position and count: "Talks in Paris, Tuesday, 6 January 2026. Event 3 of 14."
    pub event_selected: fn(&str, &str, usize, usize) -> String,
    /// Label of the event's place: "Where".
    pub where_: &'static str,
    /// Label of the participants of an event or a next step: "Who".
    pub who: &'static str,
    /// Label of the cards an event bears on: "Bears on".
    pub bears_on: &'static str,

    // Cards.
    /// Heading of the agreed section ([`StatusGroup::Agreed`]): "What was agreed".
    pub section_agreed: &'static str,
    /// Heading of the problems section ([`StatusGroup::Problems`]): "Where problems emerged".
    pub section_problems: &'static str,
    /// Heading of the open section ([`StatusGroup::Open`]): "Still open".
    pub section_open: &'static str,
    /// [`Status::Agreed`]: "Agreed".
    pub status_agreed: &'static str,
    /// [`Status::LargelyAgreed`]: "Largely agreed".
    pub status_largely_agreed: &'static str,
    /// [`Status::InProgress`]: "In progress".
    pub status_in_progress: &'static str,
    /// [`Status::NotStarted`]: "Not started".
    pub status_not_started: &'static str,
    /// [`Status::Disputed`]: "Disputed".
    pub status_disputed: &'static str,
    /// [`Status::NotAgreed`]: "Not agreed".
    pub status_not_agreed: &'static str,
    /// [`Status::Dropped`]: "Dropped".
    pub status_dropped: &'static str,
    /// Label of a card's track: "Track".
    pub track: &'static str,
    /// Label of a point's earlier statuses: "How it changed".
    pub how_it_changed: &'static str,
    /// Label of the events a card links to, and of a next step's event: "On the timeline".
    pub on_the_timeline: &'static str,

    // Claims.
    /// Above conflicting claims: "Accounts differ".
    pub accounts_differ: &'static str,
    /// [`AttributionKind::OnRecord`]: "On record".
    pub on_record: &'static str,
    /// [`AttributionKind::AnonymousSource`]: "Anonymous source".
    pub anonymous_source: &'static str,
    /// [`AttributionKind::MediaReport`]: "Media report".
    pub media_report: &'static str,
    /// A media report citing someone, with the outlet and who is cited:
    /// "Politico, citing a senior official".
    pub citing: fn(&str, &str) -> String,
    /// A claim with neither speaker nor description: "an unnamed source".
    pub unnamed_source: &'static str,
    /// A quote translated from the language with this BCP 47 tag: "translated from English".
    pub translated_from: fn(&str) -> String,

    // Explainer sections and sources.
    /// Section heading: "Who stands where".
    pub who_stands_where: &'static str,
    /// Label of the points a party has positions on: "Positions on".
    pub positions_on: &'static str,
    /// Section heading: "What's next".
    pub whats_next: &'static str,
    /// Label of a next step's conditions: "Depends on".
    pub depends_on: &'static str,
    /// Section heading: "Sources".
    pub sources: &'static str,
    /// `aria-label` of a numbered citation: "source 3".
    pub source_number: fn(usize) -> String,

    // Dates and numbers.
    /// Month and weekday names, date patterns and the digit group separator.
    pub formats: Formats,
}

const SAMPLE_URL: &str = "https://example.org/story.json";

impl Messages {
    /// The heading of a section of cards.
    pub fn section(&self, group: StatusGroup) -> &'static str {
        match group {
            StatusGroup::Agreed => self.section_agreed,
            StatusGroup::Problems => self.section_problems,
            StatusGroup::Open => self.section_open,
        }
    }

    /// The word for a status, shown next to its icon.
    pub fn status(&self, status: Status) -> &'static str {
        match status {
            Status::Agreed => self.status_agreed,
            Status::LargelyAgreed => self.status_largely_agreed,
            Status::InProgress => self.status_in_progress,
            Status::NotStarted => self.status_not_started,
            Status::Disputed => self.status_disputed,
            Status::NotAgreed => self.status_not_agreed,
            Status::Dropped => self.status_dropped,
        }
    }

    /// How a claim is attributed, in words.
    pub fn attribution_kind(&self, kind: AttributionKind) -> &'static str {
        match kind {
            AttributionKind::OnRecord => self.on_record,
            AttributionKind::AnonymousSource => self.anonymous_source,
            AttributionKind::MediaReport => self.media_report,
        }
    }

    /// What a problem of this impact costs the reader.
    pub fn consequence(&self, impact: Impact) -> &'static str {
        match impact {
            Impact::Story => self.consequence_story,
            Impact::Item => self.consequence_item,
            Impact::Field => self.consequence_field,
        }
    }

    /// Every message by field name, functions applied to sample values (several
    /// numbers for plural messages), for checks and for translators' review.
    pub fn entries(&self) -> Vec<(String, String)> {
        // Destructured without `..`: a new field must be listed here to compile.
        let Messages {
            loading,
            try_again,
            story_cannot_be_shown,
            fetch_network_failed,
            fetch_timed_out,
            fetch_http_error,
            fetch_not_json,
            fetch_broke_off,
            updated,
            interface_unavailable,
            problems_in_file,
            consequence_story,
            consequence_item,
            consequence_field,
            key_questions,
            filter_toggle,
            filters_on,
            parties,
            tracks,
            clear_filters,
            events_count,
            cards_count,
            filter_result,
            timeline,
            expected,
            expected_date,
            no_matching_events,
            now,
            days_later,
            show_earlier_events,
            show_later_events,
            show_more_cards,
            and_more,
            events_nav,
            previous_event,
            next_event,
            event_position,
            event_selected,
            where_,
            who,
            bears_on,
            section_agreed,
            section_problems,
            section_open,
            status_agreed,
            status_largely_agreed,
            status_in_progress,
            status_not_started,
            status_disputed,
            status_not_agreed,
            status_dropped,
            track,
            how_it_changed,
            on_the_timeline,
            accounts_differ,
            on_record,
            anonymous_source,
            media_report,
            citing,
            unnamed_source,
            translated_from,
            who_stands_where,
            positions_on,
            whats_next,
            depends_on,
            sources,
            source_number,
            formats: _,
        } = *self;
        let counts: [u64; 6] = [1, 2, 5, 11, 21, 22];
        let mut out: Vec<(String, String)> = [
            ("loading", loading),
            ("try_again", try_again),
            ("updated", updated),
            ("consequence_story", consequence_story),
            ("consequence_item", consequence_item),
            ("consequence_field", consequence_field),
            ("key_questions", key_questions),
            ("filter_toggle", filter_toggle),
            ("parties", parties),
            ("tracks", tracks),
            ("clear_filters", clear_filters),
            ("timeline", timeline),
            ("expected", expected),
            ("no_matching_events", no_matching_events),
            ("now", now),
            ("events_nav", events_nav),
            ("previous_event", previous_event),
            ("next_event", next_event),
            ("where_", where_),
            ("who", who),
            ("bears_on", bears_on),
            ("section_agreed", section_agreed),
            ("section_problems", section_problems),
            ("section_open", section_open),
            ("status_agreed", status_agreed),
            ("status_largely_agreed", status_largely_agreed),
            ("status_in_progress", status_in_progress),
            ("status_not_started", status_not_started),
            ("status_disputed", status_disputed),
            ("status_not_agreed", status_not_agreed),
            ("status_dropped", status_dropped),
            ("track", track),
            ("how_it_changed", how_it_changed),
            ("on_the_timeline", on_the_timeline),
            ("accounts_differ", accounts_differ),
            ("on_record", on_record),
            ("anonymous_source", anonymous_source),
            ("media_report", media_report),
            ("unnamed_source", unnamed_source),
            ("who_stands_where", who_stands_where),
            ("positions_on", positions_on),
            ("whats_next", whats_next),
            ("depends_on", depends_on),
            ("sources", sources),
        ]
        .into_iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
        let mut add = |name: String, text: String| out.push((name, text));
        add(
            "story_cannot_be_shown".into(),
            story_cannot_be_shown(SAMPLE_URL),
        );
        add(
            "fetch_network_failed".into(),
            fetch_network_failed(SAMPLE_URL),
        );
        add("fetch_timed_out".into(), fetch_timed_out(SAMPLE_URL, 15));
        add("fetch_timed_out(1)".into(), fetch_timed_out(SAMPLE_URL, 1));
        add(
            "fetch_http_error".into(),
            fetch_http_error(SAMPLE_URL, 404, "Not Found"),
        );
        add(
            "fetch_not_json".into(),
            fetch_not_json(SAMPLE_URL, "text/html"),
        );
        add("fetch_broke_off".into(), fetch_broke_off(SAMPLE_URL));
        add("interface_unavailable".into(), interface_unavailable("de"));
        add("expected_date".into(), expected_date("15 January 2026"));
        add("event_position".into(), event_position(3, 14));
        add(
            "event_selected".into(),
            event_selected("Talks in Paris", "6 January 2026", 3, 14),
        );
        add("filter_result".into(), filter_result(3, 14, 5, 20));
        add("citing".into(), citing("Politico", "a senior official"));
        add("translated_from(en)".into(), translated_from("en"));
        add("translated_from(xx)".into(), translated_from("xx-YY"));
        for n in counts {
            let small = usize::try_from(n).unwrap_or(usize::MAX);
            add(format!("problems_in_file({n})"), problems_in_file(small));
            add(format!("filters_on({n})"), filters_on(small));
            add(format!("events_count({n})"), events_count(n));
            add(format!("cards_count({n})"), cards_count(n));
            add(format!("days_later({n})"), days_later(n as i64));
            add(format!("show_earlier_events({n})"), show_earlier_events(n));
            add(format!("show_later_events({n})"), show_later_events(n));
            add(format!("show_more_cards({n})"), show_more_cards(n));
            add(format!("and_more({n})"), and_more(n));
            add(format!("source_number({n})"), source_number(small));
        }
        out
    }
}

impl Status {
    /// The word for the status in `locale` ([`Status::label_en`] in English).
    pub fn label(self, locale: Locale) -> &'static str {
        locale.messages().status(self)
    }
}

impl StatusGroup {
    /// The section heading in `locale` ([`StatusGroup::title_en`] in English).
    pub fn title(self, locale: Locale) -> &'static str {
        locale.messages().section(self)
    }
}

impl AttributionKind {
    /// The kind in words in `locale` ([`AttributionKind::label_en`] in English).
    pub fn label(self, locale: Locale) -> &'static str {
        locale.messages().attribution_kind(self)
    }
}

impl Attribution {
    /// Who the claim is attributed to, in `locale` ([`Attribution::label_en`] in
    /// English). Names, roles and descriptions are the story's own words.
    pub fn label(&self, story: &Story, first_source: Option<&Source>, locale: Locale) -> String {
        let messages = locale.messages();
        let speaker = self.speaker.as_ref().and_then(|id| story.party(id));
        let outlet = first_source.map(|source| source.outlet.as_str());
        match (self.kind, speaker, self.described_as.as_deref(), outlet) {
            (_, Some(party), _, _) => match &party.role {
                Some(role) => format!("{} ({role})", party.name),
                None => party.name.clone(),
            },
            (AttributionKind::MediaReport, None, Some(who), Some(outlet)) => {
                (messages.citing)(outlet, who)
            }
            (AttributionKind::MediaReport, None, None, Some(outlet)) => outlet.to_string(),
            (_, None, Some(who), _) => who.to_string(),
            (_, None, None, _) => messages.unnamed_source.to_string(),
        }
    }
}

impl Diagnostic {
    /// What happens because of the problem, in `locale`
    /// ([`Diagnostic::consequence`] in English).
    pub fn consequence_in(&self, locale: Locale) -> &'static str {
        locale.messages().consequence(self.impact())
    }
}
