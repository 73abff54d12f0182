//! The catalogue: every message of the widget, declared once in [`messages!`]'s list.
//!
//! The list makes the [`Messages`] struct (a field per message, with its doc
//! comment) and [`Messages::entries`] (every message by name, functions
//! applied to the sample arguments written after `=`). A message is one entry
//! here plus one line in each locale file; a locale literal without it does not
//! compile, and a function message without samples does not either.

use super::Formats;

/// The story URL in the samples of [`Messages::entries`].
const URL: &str = "https://example.org/story.json";

/// `name: type;` for a plain string, `name: fn(..) -> String = (args), (args);`
/// for a message with values, each `(args)` a sample call for [`Messages::entries`].
macro_rules! messages {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident: $ty:ty $(= $(($($arg:expr),*)),+)?;
    )*) => {
        /// Every reader-visible string of the widget in one language.
        ///
        /// Plain strings are `&'static str`; strings that take values are functions.
        /// Words are capitalised as they appear on the page (headings and buttons in
        /// sentence case; "updated" lowercase, as it follows the publisher's name).
        #[derive(Clone, Copy, Debug)]
        pub struct Messages {
            $($(#[doc = $doc])* pub $name: $ty,)*
            /// Month and weekday names, date patterns and the digit group separator.
            pub formats: Formats,
        }

        impl Messages {
            /// Every message by field name, functions applied to sample values
            /// (`"fetch_timed_out(URL, 15)"`; several numbers for plural messages),
            /// for checks and for translators' review.
            pub fn entries(&self) -> Vec<(String, String)> {
                [$(messages!(@entry self.$name, $name $(, $(($($arg),*)),+)?)),*].concat()
            }
        }
    };
    (@entry $field:expr, $name:ident) => {
        vec![(stringify!($name).to_string(), $field.to_string())]
    };
    (@entry $field:expr, $name:ident, $(($($arg:expr),*)),+) => {
        vec![$((
            concat!(stringify!($name), stringify!(($($arg),*))).to_string(),
            ($field)($($arg),*),
        )),+]
    };
}

messages! {
    // Loading.
    /// While the story file is fetched: "Loading the story…".
    loading: &'static str;
    /// The button after a failure that a retry may cure: "Try again".
    try_again: &'static str;
    /// The story's URL in a failure that cannot be shown: "The story from {url} cannot be shown:"
    /// (the list of problems follows).
    story_cannot_be_shown: fn(&str) -> String = (URL);
    /// Fetch failed at the network level: "The story could not be loaded from {url}: the network request failed."
    fetch_network_failed: fn(&str) -> String = (URL);
    /// Fetch timed out after the given seconds: "The story from {url} took too long to arrive (over 15 seconds)."
    fetch_timed_out: fn(&str, u64) -> String = (URL, 15), (URL, 1);
    /// The server answered with an error status and its text:
    /// "The story could not be loaded from {url}: the server answered 404 Not Found."
    fetch_http_error: fn(&str, u16, &str) -> String = (URL, 404, "Not Found");
    /// The server sent something else than JSON, with its content type:
    /// "{url} is not a story file: the server sent text/html, not JSON."
    fetch_not_json: fn(&str, &str) -> String = (URL, "text/html");
    /// The download stopped part-way: "The story from {url} could not be read: the download broke off."
    fetch_broke_off: fn(&str) -> String = (URL);
    /// The file is over the size limit, in MiB:
    /// "The story from {url} is too large to show (over 4 MiB)."
    fetch_too_large: fn(&str, u64) -> String = (URL, 4);
    /// The file is not UTF-8 text, with the line and column of its first bad byte:
    /// "The story from {url} is not UTF-8 text (line 3, column 9): save the file as UTF-8."
    fetch_not_utf8: fn(&str, usize, usize) -> String = (URL, 3, 9);

    // Header and notes.
    /// In the byline, before the date: "Example News · updated Tuesday, 6 January 2026".
    updated: &'static str;
    /// The interface language asked for (a BCP 47 tag) is missing:
    /// "This widget's interface is not available in "de" yet, so it is shown in English."
    interface_unavailable: fn(&str) -> String = ("de");
    /// The summary of the problems note: "2 problems in the story file".
    problems_in_file: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// What a [`Impact::Story`](crate::Impact::Story) problem costs: "the story cannot be shown".
    consequence_story: &'static str;
    /// What a [`Impact::Item`](crate::Impact::Item) problem costs: "this item was skipped".
    consequence_item: &'static str;
    /// What a [`Impact::Field`](crate::Impact::Field) problem costs: "this value was ignored".
    consequence_field: &'static str;

    // Key questions and filters.
    /// Section heading: "Key questions".
    key_questions: &'static str;
    /// The filters disclosure button: "Filter the timeline and cards".
    filter_toggle: &'static str;
    /// Badge on the filters button with the number of chosen filters: "2 on".
    filters_on: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// Label of the party chips: "Parties".
    parties: &'static str;
    /// Label of the track chips: "Tracks".
    tracks: &'static str;
    /// The button that clears every filter: "Clear filters".
    clear_filters: &'static str;
    /// A number of events: "1 event", "5 events" (chip counts).
    events_count: fn(u64) -> String = (1), (2), (5), (11), (21), (22);
    /// A number of cards: "1 card", "8 cards" (chip counts).
    cards_count: fn(u64) -> String = (1), (2), (5), (11), (21), (22);
    /// The polite announcement after a filter change, with the shown and total events
    /// and the shown and total cards: "Showing 3 of 14 events and 5 of 20 cards."
    filter_result: fn(usize, usize, usize, usize) -> String = (3, 14, 5, 20);

    // Timeline and event details.
    /// Section heading: "Timeline".
    timeline: &'static str;
    /// The tag on expected (future) events and next steps: "Expected".
    expected: &'static str;
    /// An expected date in the event details: "Expected within the next 7–10 days (…)".
    expected_date: fn(&str) -> String = ("15 January 2026");
    /// A day worked out from another event's date: "about 18 October 2015".
    about_day: fn(&str) -> String = ("18 October 2015");
    /// When no event passes the filters: "No event matches the filters.".
    no_matching_events: &'static str;
    /// The "now" marker and the current entry of a point's history: "Now".
    now: &'static str;
    /// The gap marker between distant columns: "5 days later".
    days_later: fn(i64) -> String = (1), (2), (5), (11), (21), (22);
    /// A long timeline's button that renders more of it: "Show 40 earlier events".
    show_earlier_events: fn(u64) -> String = (1), (2), (5), (11), (21), (22);
    /// The same, towards the end: "Show 40 later events".
    show_later_events: fn(u64) -> String = (1), (2), (5), (11), (21), (22);
    /// A long card section's button: "Show 30 more cards".
    show_more_cards: fn(u64) -> String = (1), (2), (5), (11), (21), (22);
    /// The end of a shortened list: "and 12 more".
    and_more: fn(u64) -> String = (1), (2), (5), (11), (21), (22);
    /// The overview's label (a slider over time): "Jump to a date".
    overview_label: &'static str;
    /// The overview's summary: "39 events, 26 March – 20 October 2015."
    overview_summary: fn(u64, &str) -> String = (1, "6 January 2026"), (39, "26 March – 20 October 2015"), (22, "1–9 May 2026");
    /// After the summary, milestones far beyond the rest: "2 more later, up to 2025."
    overview_later: fn(u64, &str) -> String = (1, "2025"), (2, "2025"), (5, "2025"), (21, "2030");
    /// The end of the summary, with the open event's day: "You are at 14 July 2015."
    overview_you_are_at: fn(&str) -> String = ("14 July 2015");
    /// The overview's lane for far-future milestones: "Later".
    later_lane: &'static str;
    /// A busy column's button that shows the rest of its events: "+3 more".
    more_in_column: fn(u64) -> String = (1), (2), (5), (11), (21), (22);
    /// The same button once the column is open: "Show fewer".
    fewer_in_column: &'static str;
    /// `aria-label` of the zoom buttons: "Zoom".
    zoom: &'static str;
    /// Zoom level: a day per screen, about: "Day".
    zoom_day: &'static str;
    /// Zoom level: "Week".
    zoom_week: &'static str;
    /// Zoom level: "Month".
    zoom_month: &'static str;
    /// Zoom level: the whole story at once: "Whole story".
    zoom_all: &'static str;
    /// The strip's button that scrolls towards the start: "Scroll back".
    scroll_back: &'static str;
    /// The strip's button that scrolls towards the end: "Scroll on".
    scroll_on: &'static str;
    /// `aria-label` of the previous/next navigation: "Events".
    events_nav: &'static str;
    /// The button to the previous event: "Previous event".
    previous_event: &'static str;
    /// The button to the next event: "Next event".
    next_event: &'static str;
    /// The open event's place among the shown ones: "3 of 14".
    event_position: fn(usize, usize) -> String = (3, 14);
    /// The polite announcement when an event opens, with its title, date label,
    /// position and count: "Talks in Paris, Tuesday, 6 January 2026. Event 3 of 14."
    event_selected: fn(&str, &str, usize, usize) -> String = ("Talks in Paris", "6 January 2026", 3, 14);
    /// Label of the event's place: "Where".
    where_: &'static str;
    /// Label of the participants of an event or a next step: "Who".
    who: &'static str;
    /// Label of the cards an event bears on: "Bears on".
    bears_on: &'static str;

    // Cards.
    /// Heading of the agreed section ([`StatusGroup::Agreed`](crate::StatusGroup::Agreed)): "What was agreed".
    section_agreed: &'static str;
    /// Heading of the problems section ([`StatusGroup::Problems`](crate::StatusGroup::Problems)): "Where problems emerged".
    section_problems: &'static str;
    /// Heading of the open section ([`StatusGroup::Open`](crate::StatusGroup::Open)): "Still open".
    section_open: &'static str;
    /// [`Status::Agreed`](crate::Status::Agreed): "Agreed".
    status_agreed: &'static str;
    /// [`Status::LargelyAgreed`](crate::Status::LargelyAgreed): "Largely agreed".
    status_largely_agreed: &'static str;
    /// [`Status::InProgress`](crate::Status::InProgress): "In progress".
    status_in_progress: &'static str;
    /// [`Status::NotStarted`](crate::Status::NotStarted): "Not started".
    status_not_started: &'static str;
    /// [`Status::Disputed`](crate::Status::Disputed): "Disputed".
    status_disputed: &'static str;
    /// Status: the text is agreed but the parties read it differently.
    status_interpretation_disputed: &'static str;
    /// [`Status::NotAgreed`](crate::Status::NotAgreed): "Not agreed".
    status_not_agreed: &'static str;
    /// [`Status::Dropped`](crate::Status::Dropped): "Dropped".
    status_dropped: &'static str;
    /// Label of a card's track: "Track".
    track: &'static str;
    /// Label of a point's earlier statuses: "How it changed".
    how_it_changed: &'static str;
    /// Label of the events a card links to, and of a next step's event: "On the timeline".
    on_the_timeline: &'static str;

    // Claims.
    /// Above conflicting claims: "Accounts differ".
    accounts_differ: &'static str;
    /// [`AttributionKind::OnRecord`](crate::AttributionKind::OnRecord): "On record".
    on_record: &'static str;
    /// [`AttributionKind::AnonymousSource`](crate::AttributionKind::AnonymousSource): "Anonymous source".
    anonymous_source: &'static str;
    /// [`AttributionKind::MediaReport`](crate::AttributionKind::MediaReport): "Media report".
    media_report: &'static str;
    /// [`AttributionKind::Document`](crate::AttributionKind::Document): "Document".
    document: &'static str;
    /// A media report citing someone, with the outlet and who is cited:
    /// "Politico, citing a senior official".
    citing: fn(&str, &str) -> String = ("Politico", "a senior official");
    /// A claim with neither speaker nor description: "an unnamed source".
    unnamed_source: &'static str;
    /// A quote translated from the language with this BCP 47 tag: "translated from English".
    translated_from: fn(&str) -> String = ("en"), ("xx-YY");

    // Explainer sections and sources.
    /// Section heading: "Who stands where".
    who_stands_where: &'static str;
    /// Label of the points a party has positions on: "Positions on".
    positions_on: &'static str;
    /// Section heading: "What's next".
    whats_next: &'static str;
    /// Label of a next step's conditions: "Depends on".
    depends_on: &'static str;
    /// Section heading: "Sources".
    sources: &'static str;
    /// `aria-label` of a numbered citation: "source 3".
    source_number: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// A long list of sources: its button that shows more: "Show 50 more sources".
    show_more_sources: fn(u64) -> String = (1), (2), (5), (11), (21), (22);

    // Living story: visits and the update log (issue 14).
    /// Badge of an item added since the reader's last visit: "New".
    badge_new: &'static str;
    /// Badge of an item changed since the reader's last visit: "Updated".
    badge_updated: &'static str;
    /// `aria-label` of the visit summary: "Changes since your last visit".
    changes_since: &'static str;
    /// Start of the visit summary, with the day of the visit: "Since your last visit on 3 January 2026".
    since_last_visit: fn(&str) -> String = ("3 January 2026");
    /// The visit summary when nothing changed: "Nothing new since your last visit on 3 January 2026".
    nothing_new_since: fn(&str) -> String = ("3 January 2026");
    /// In the visit summary: "2 new events".
    changed_new_events: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// In the visit summary: "1 event updated".
    changed_updated_events: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// In the visit summary, before the moves in brackets: "1 point changed status".
    changed_status: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// In the visit summary: "2 new points".
    changed_new_points: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// In the visit summary: "1 point updated".
    changed_updated_points: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// In the visit summary: "3 new statements" (claims).
    changed_new_claims: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// In the visit summary: "1 statement updated".
    changed_updated_claims: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// In the visit summary: "1 new key question".
    changed_new_questions: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// In the visit summary: "1 key question updated".
    changed_updated_questions: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// In the visit summary: "1 new next step".
    changed_new_steps: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// In the visit summary: "1 next step updated".
    changed_updated_steps: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// In the visit summary: "1 correction".
    changed_corrections: fn(usize) -> String = (1), (2), (5), (11), (21), (22);
    /// Label of the visit summary's list of links: "What changed".
    what_changed: &'static str;
    /// The button that hides the visit summary: "Dismiss".
    dismiss: &'static str;
    /// Heading of the update log: "Updates and corrections".
    update_log: &'static str;
    /// An entry of the update log that reports news: "Update".
    update_entry: &'static str;
    /// An entry of the update log that puts an error right: "Correction".
    correction_entry: &'static str;
    /// Before the items an update log entry touched: "Concerns".
    update_concerns: &'static str;

    // Time-aware display (issue 14).
    /// Above contradicting claims that were later settled, with the day:
    /// "Accounts differed until 14 July 2015".
    accounts_differed_until: fn(&str) -> String = ("14 July 2015");
    /// Before the event that settled contradicting accounts: "Settled by".
    settled_by: &'static str;
    /// A document's attribution with the party that issued it:
    /// "Parameters (US State Department), issued by the United States".
    document_issued_by: fn(&str, &str) -> String = ("Parameters (US State Department)", "United States");
    /// A deadline not yet met or missed: "Deadline".
    deadline: &'static str;
    /// A deadline that was met: "Deadline met".
    deadline_met: &'static str;
    /// A deadline that was missed: "Deadline missed".
    deadline_missed: &'static str;
    /// The tab tag of a deadline replaced by a later one: "Deadline extended".
    deadline_extended: &'static str;
    /// A deadline replaced by a later one, with its day: "Deadline extended to 7 July 2015".
    deadline_extended_to: fn(&str) -> String = ("7 July 2015");
    /// A missed deadline replaced by a later one: "Deadline missed, extended to 2 April 2015".
    deadline_missed_extended_to: fn(&str) -> String = ("2 April 2015");
    /// Since when a party has held a position: "since 14 July 2015".
    position_since: fn(&str) -> String = ("14 July 2015");
    /// The disclosure of a party's earlier positions on a point: "Earlier positions".
    earlier_positions: &'static str;
    /// In a point's history, before the event that ended a status: "Changed at".
    changed_at: &'static str;
    /// In a point's history, before the claims behind a change: "Based on".
    based_on: &'static str;
    /// `aria-label` of a party's role chips: "Role in the talks".
    roles_in_talks: &'static str;
    /// [`PartyRole::Negotiator`](crate::PartyRole::Negotiator): "Negotiator".
    role_negotiator: &'static str;
    /// [`PartyRole::Mediator`](crate::PartyRole::Mediator): "Mediator".
    role_mediator: &'static str;
    /// [`PartyRole::Facilitator`](crate::PartyRole::Facilitator): "Facilitator".
    role_facilitator: &'static str;
    /// [`PartyRole::Guarantor`](crate::PartyRole::Guarantor): "Guarantor".
    role_guarantor: &'static str;
    /// [`PartyRole::Verifier`](crate::PartyRole::Verifier): "Verifier".
    role_verifier: &'static str;
    /// [`PartyRole::Critic`](crate::PartyRole::Critic): "Critic".
    role_critic: &'static str;
    /// [`PartyRole::Observer`](crate::PartyRole::Observer): "Observer".
    role_observer: &'static str;
    /// [`Medium::WrittenStatement`](crate::Medium::WrittenStatement): "in a written statement".
    medium_written_statement: &'static str;
    /// [`Medium::PressConference`](crate::Medium::PressConference): "at a press conference".
    medium_press_conference: &'static str;
    /// [`Medium::Interview`](crate::Medium::Interview): "in an interview".
    medium_interview: &'static str;
    /// [`Medium::SocialMedia`](crate::Medium::SocialMedia): "on social media".
    medium_social_media: &'static str;
    /// [`Medium::TelevisedAddress`](crate::Medium::TelevisedAddress): "in a televised address".
    medium_televised_address: &'static str;
    /// [`Medium::Speech`](crate::Medium::Speech): "in a speech".
    medium_speech: &'static str;
    /// [`Medium::Briefing`](crate::Medium::Briefing): "at a briefing".
    medium_briefing: &'static str;
}
