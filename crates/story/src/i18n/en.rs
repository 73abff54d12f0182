//! English: the widget's original words, unchanged (British dates: "6 January 2026").

use super::{format_integer, Formats, Locale, Messages, Plural};

fn num(n: usize) -> String {
    format_integer(Locale::En, n as u64)
}

fn count(plural: Plural, n: u64) -> String {
    plural.format(Locale::En, n)
}

fn language_name(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    Some(match primary.as_str() {
        "ar" => "Arabic",
        "cs" => "Czech",
        "de" => "German",
        "en" => "English",
        "es" => "Spanish",
        "fr" => "French",
        "he" => "Hebrew",
        "hu" => "Hungarian",
        "it" => "Italian",
        "ja" => "Japanese",
        "pl" => "Polish",
        "pt" => "Portuguese",
        "ro" => "Romanian",
        "ru" => "Russian",
        "tr" => "Turkish",
        "uk" => "Ukrainian",
        "zh" => "Chinese",
        _ => return None,
    })
}

pub(crate) static EN: Messages = Messages {
    loading: "Loading the story…",
    try_again: "Try again",
    story_cannot_be_shown: |url| format!("The story from {url} cannot be shown:"),
    fetch_network_failed: |url| {
        format!("The story could not be loaded from {url}: the network request failed.")
    },
    fetch_timed_out: |url, seconds| {
        let over = count(Plural::two("{n} second", "{n} seconds"), seconds);
        format!("The story from {url} took too long to arrive (over {over}).")
    },
    fetch_http_error: |url, status, text| {
        format!("The story could not be loaded from {url}: the server answered {status} {text}.")
    },
    fetch_not_json: |url, kind| {
        format!("{url} is not a story file: the server sent {kind}, not JSON.")
    },
    fetch_broke_off: |url| {
        format!("The story from {url} could not be read: the download broke off.")
    },
    fetch_not_utf8: |url, line, column| {
        format!(
            "The story from {url} is not UTF-8 text (line {line}, column {column}): \
             save the file as UTF-8."
        )
    },
    fetch_too_large: |url, limit| {
        format!("The story from {url} is too large to show (over {limit} MiB).")
    },

    updated: "updated",
    interface_unavailable: |tag| {
        format!(
            "This widget's interface is not available in \"{tag}\" yet, so it is shown in English."
        )
    },
    problems_in_file: |n| {
        count(
            Plural::two(
                "{n} problem in the story file",
                "{n} problems in the story file",
            ),
            n as u64,
        )
    },
    consequence_story: "the story cannot be shown",
    consequence_item: "this item was skipped",
    consequence_field: "this value was ignored",

    key_questions: "Key questions",
    filter_toggle: "Filter the timeline and cards",
    filters_on: |n| format!("{} on", num(n)),
    parties: "Parties",
    tracks: "Tracks",
    clear_filters: "Clear filters",
    events_count: |n| count(Plural::two("{n} event", "{n} events"), n),
    cards_count: |n| count(Plural::two("{n} card", "{n} cards"), n),
    filter_result: |events, all_events, cards, all_cards| {
        format!(
            "Showing {} of {} events and {} of {} cards.",
            num(events),
            num(all_events),
            num(cards),
            num(all_cards)
        )
    },

    timeline: "Timeline",
    expected: "Expected",
    expected_date: |label| format!("Expected {label}"),
    about_day: |day| format!("about {day}"),
    no_matching_events: "No event matches the filters.",
    now: "Now",
    days_later: |n| {
        count(
            Plural::two("{n} day later", "{n} days later"),
            n.unsigned_abs(),
        )
    },
    show_earlier_events: |n| {
        count(
            Plural::two("Show {n} earlier event", "Show {n} earlier events"),
            n,
        )
    },
    show_later_events: |n| {
        count(
            Plural::two("Show {n} later event", "Show {n} later events"),
            n,
        )
    },
    show_more_cards: |n| count(Plural::two("Show {n} more card", "Show {n} more cards"), n),
    and_more: |n| format!("and {} more", num(n as usize)),
    overview_label: "Jump to a date",
    overview_summary: |n, span| {
        format!(
            "{}, {span}.",
            count(Plural::two("{n} event", "{n} events"), n)
        )
    },
    overview_later: |n, year| format!("{} more later, up to {year}.", num(n as usize)),
    overview_you_are_at: |day| format!("You are at {day}."),
    later_lane: "Later",
    more_in_column: |n| format!("+{} more", num(n as usize)),
    fewer_in_column: "Show fewer",
    zoom: "Zoom",
    zoom_day: "Day",
    zoom_week: "Week",
    zoom_month: "Month",
    zoom_all: "Whole story",
    scroll_back: "Scroll back",
    scroll_on: "Scroll on",
    events_nav: "Events",
    previous_event: "Previous event",
    next_event: "Next event",
    event_position: |position, count| format!("{} of {}", num(position), num(count)),
    event_selected: |title, date, position, count| {
        format!(
            "{title}, {date}. Event {} of {}.",
            num(position),
            num(count)
        )
    },
    where_: "Where",
    who: "Who",
    bears_on: "Bears on",

    section_agreed: "What was agreed",
    section_problems: "Where problems emerged",
    section_open: "Still open",
    status_agreed: "Agreed",
    status_largely_agreed: "Largely agreed",
    status_in_progress: "In progress",
    status_not_started: "Not started",
    status_disputed: "Disputed",
    status_interpretation_disputed: "Agreed, read differently",
    status_not_agreed: "Not agreed",
    status_dropped: "Dropped",
    track: "Track",
    how_it_changed: "How it changed",
    on_the_timeline: "On the timeline",

    accounts_differ: "Accounts differ",
    on_record: "On record",
    anonymous_source: "Anonymous source",
    media_report: "Media report",
    document: "Document",
    citing: |outlet, who| format!("{outlet}, citing {who}"),
    unnamed_source: "an unnamed source",
    translated_from: |tag| match language_name(tag) {
        Some(name) => format!("translated from {name}"),
        None => format!("translated from \"{tag}\""),
    },

    who_stands_where: "Who stands where",
    positions_on: "Positions on",
    whats_next: "What's next",
    depends_on: "Depends on",
    sources: "Sources",
    source_number: |n| format!("source {}", num(n)),
    show_more_sources: |n| {
        count(
            Plural::two("Show {n} more source", "Show {n} more sources"),
            n,
        )
    },

    // Living story: visits and the update log (issue 14).
    badge_new: "New",
    badge_updated: "Updated",
    changes_since: "Changes since your last visit",
    since_last_visit: |day| format!("Since your last visit on {day}"),
    nothing_new_since: |day| format!("Nothing new since your last visit on {day}"),
    changed_new_events: |n| count(Plural::two("{n} new event", "{n} new events"), n as u64),
    changed_updated_events: |n| {
        count(
            Plural::two("{n} event updated", "{n} events updated"),
            n as u64,
        )
    },
    changed_status: |n| {
        count(
            Plural::two("{n} point changed status", "{n} points changed status"),
            n as u64,
        )
    },
    changed_new_points: |n| count(Plural::two("{n} new point", "{n} new points"), n as u64),
    changed_updated_points: |n| {
        count(
            Plural::two("{n} point updated", "{n} points updated"),
            n as u64,
        )
    },
    changed_new_claims: |n| {
        count(
            Plural::two("{n} new statement", "{n} new statements"),
            n as u64,
        )
    },
    changed_updated_claims: |n| {
        count(
            Plural::two("{n} statement updated", "{n} statements updated"),
            n as u64,
        )
    },
    changed_new_questions: |n| {
        count(
            Plural::two("{n} new key question", "{n} new key questions"),
            n as u64,
        )
    },
    changed_updated_questions: |n| {
        count(
            Plural::two("{n} key question updated", "{n} key questions updated"),
            n as u64,
        )
    },
    changed_new_steps: |n| {
        count(
            Plural::two("{n} new next step", "{n} new next steps"),
            n as u64,
        )
    },
    changed_updated_steps: |n| {
        count(
            Plural::two("{n} next step updated", "{n} next steps updated"),
            n as u64,
        )
    },
    changed_corrections: |n| count(Plural::two("{n} correction", "{n} corrections"), n as u64),
    what_changed: "What changed",
    dismiss: "Dismiss",
    update_log: "Updates and corrections",
    update_entry: "Update",
    correction_entry: "Correction",
    update_concerns: "Concerns",

    // Time-aware display (issue 14).
    accounts_differed_until: |day| format!("Accounts differed until {day}"),
    settled_by: "Settled by",
    document_issued_by: |document, party| format!("{document}, issued by {party}"),
    deadline: "Deadline",
    deadline_met: "Deadline met",
    deadline_missed: "Deadline missed",
    deadline_extended: "Deadline extended",
    deadline_extended_to: |day| format!("Deadline extended to {day}"),
    deadline_missed_extended_to: |day| format!("Deadline missed, extended to {day}"),
    position_since: |day| format!("since {day}"),
    earlier_positions: "Earlier positions",
    changed_at: "Changed at",
    based_on: "Based on",
    roles_in_talks: "Role in the talks",
    role_negotiator: "Negotiator",
    role_mediator: "Mediator",
    role_facilitator: "Facilitator",
    role_guarantor: "Guarantor",
    role_verifier: "Verifier",
    role_critic: "Critic",
    role_observer: "Observer",
    medium_written_statement: "in a written statement",
    medium_press_conference: "at a press conference",
    medium_interview: "in an interview",
    medium_social_media: "on social media",
    medium_televised_address: "in a televised address",
    medium_speech: "in a speech",
    medium_briefing: "at a briefing",

    formats: Formats {
        months_with_day: MONTHS,
        months_short: [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ],
        weekdays: [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ],
        day_month: "{d} {M}",
        day_month_year: "{d} {M} {y}",
        weekday_day_month_year: "{W}, {d} {M} {y}",
        // ICU en-GB writes "6 – 8 January 2026"; the widget has always written "6–8".
        span_same_month: "{d1}–{d2} {M2} {y2}",
        span_same_year: "{d1} {M1} – {d2} {M2} {y2}",
        span_across_years: "{d1} {M1} {y1} – {d2} {M2} {y2}",
        group_separator: ",",
    },
};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
