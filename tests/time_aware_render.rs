//! Time-aware display (issue 14), rendered natively through Yew's server renderer:
//! a settled dispute is collapsed and not a live one, deadlines say how they turned
//! out, positions carry their day and earlier positions, roles, media and documents
//! are words. The story is tests/fixtures/v2-every-field.json.
#![cfg(not(target_arch = "wasm32"))]

use talks_tracker::components::{TalksTracker, TalksTrackerProps};
use yew::ServerRenderer;

const FIXTURE: &str = include_str!("fixtures/v2-every-field.json");

fn render(static_page: bool, lang: Option<&'static str>) -> String {
    let props = move || TalksTrackerProps {
        src: "".into(),
        inline_story: Some(FIXTURE.into()),
        instance: "tt".into(),
        lang: lang.map(Into::into),
        page_lang: None,
        static_page,
        preview: false,
        memory: false,
        with_credentials: false,
        overview: true,
        in_steps: false,
    };
    let renderer = ServerRenderer::<TalksTracker>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// The markup from the opening tag holding `marker` up to the next `end`.
fn element<'a>(html: &'a str, marker: &str, end: &str) -> &'a str {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in the render"));
    let rest = &html[html[..at].rfind('<').unwrap_or(at)..];
    &rest[..rest.find(end).map_or(rest.len(), |i| i + end.len())]
}

/// The opening tag holding `marker`.
fn tag<'a>(html: &'a str, marker: &str) -> &'a str {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in the render"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

/// Text without tags and with runs of white space as one space.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_fixture_parses_clean_and_uses_every_version_2_field() {
    let parsed = story::parse(FIXTURE);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    let story = parsed.story.unwrap();
    let points = story.points();
    let claims = story.claims();
    let events = story.events();
    assert_eq!(story.head().version, 2);
    assert!(events.iter().any(|e| e.added.is_some()));
    assert!(points.iter().any(|p| p.updated.is_some()));
    assert!(story.parties().iter().any(|p| p.added.is_some()));
    assert!(claims.iter().any(|c| c.added.is_some()));
    assert!(story.sources().iter().any(|s| s.added.is_some()));
    assert!(story.questions().iter().any(|q| q.added.is_some()));
    assert!(story.next_steps().iter().any(|s| s.added.is_some()));
    assert!(story.tracks().iter().any(|t| t.added.is_some()));
    let updates = story.updates();
    assert!(updates
        .iter()
        .any(|u| u.kind == story::UpdateKind::Correction));
    assert!(updates.iter().any(|u| u.kind == story::UpdateKind::Update));
    assert!(
        updates.iter().any(|u| !u.events.is_empty())
            && updates.iter().any(|u| !u.points.is_empty())
            && updates.iter().any(|u| !u.claims.is_empty())
            && updates.iter().any(|u| !u.parties.is_empty())
    );
    assert!(claims.iter().any(|c| c
        .resolved
        .as_ref()
        .is_some_and(|r| r.event.is_some() && r.note.is_some())));
    assert!(claims.iter().any(|c| c.medium.is_some()));
    assert!(claims
        .iter()
        .any(|c| c.attribution.kind == story::AttributionKind::Document
            && c.attribution.document.is_some()));
    let positions: Vec<_> = points.iter().flat_map(|p| &p.positions).collect();
    assert!(positions
        .iter()
        .any(|p| p.date.is_some() && !p.sources.is_empty()));
    assert!(positions.iter().any(|p| !p.history.is_empty()));
    assert!(points
        .iter()
        .any(|p| p.status == story::Status::InterpretationDisputed));
    assert!(points.iter().any(|p| p.tracks.len() >= 2));
    let history: Vec<_> = points.iter().flat_map(|p| &p.history).collect();
    assert!(history.iter().any(|h| h.event.is_some()));
    assert!(history.iter().any(|h| !h.claims.is_empty()));
    assert!(history.iter().any(|h| h.until.is_some()));
    use story::{DeadlineOutcome, EventKind};
    assert!(events
        .iter()
        .any(|e| e.kind == EventKind::Deadline && e.outcome == Some(DeadlineOutcome::Met)));
    assert!(events
        .iter()
        .any(|e| e.kind == EventKind::Deadline && e.outcome == Some(DeadlineOutcome::Missed)));
    assert!(events.iter().any(|e| e.extended_to.is_some()));
    assert!(events
        .iter()
        .any(|e| e.date.after_window().is_some_and(|w| w.anchored)));
    assert!(events
        .iter()
        .any(|e| e.date.after_window().is_some_and(|w| !w.anchored)));
    assert!(story
        .next_steps()
        .iter()
        .any(|s| s.expected.anchor().is_some()));
    assert!(story.parties().iter().any(|p| !p.roles.is_empty()));
}

#[test]
fn a_settled_dispute_is_collapsed_and_not_a_live_one() {
    let html = render(false, None);
    let card = element(&html, "data-point-id=\"relief\"", "</article>");
    assert!(
        !card.contains("tt-differ"),
        "no live dispute on the card: {card}"
    );
    let settled = element(card, "tt-accounts-settled", "</details>");
    assert!(settled.contains("data-resolved=\"true\""));
    assert!(
        !tag(settled, "tt-accounts-settled").contains(" open"),
        "collapsed while script runs"
    );
    let words = text(settled);
    assert!(
        words.contains("Accounts differed until 14 July 2015"),
        "{words}"
    );
    assert!(
        words.contains("Settled by: Deal . Settled in the text."),
        "{words}"
    );
    assert!(
        settled.contains("data-claim-id=\"sheet-says\"")
            && settled.contains("data-claim-id=\"kerry-says\"")
    );
    // The live dispute elsewhere still reads "Accounts differ".
    let live = element(&html, "data-point-id=\"timeline\"", "</article>");
    assert!(text(live).contains("Accounts differ"));
    assert!(live.contains("data-resolved=\"false\""));
    assert!(!live.contains("tt-accounts-settled"));
}

#[test]
fn without_script_the_settled_dispute_is_open() {
    let html = render(true, None);
    let card = element(&html, "data-point-id=\"relief\"", "</article>");
    assert!(tag(card, "tt-accounts-settled").contains("open"), "{card}");
    assert!(tag(card, "tt-position-history").contains("open"));
}

#[test]
fn deadlines_are_drawn_as_deadlines_with_their_outcome_in_words() {
    let html = render(false, None);
    let first = tag(&html, "data-event-id=\"deadline-1\" data-date-kind");
    assert!(first.contains("role=\"tab\""), "{first}");
    assert!(
        first.contains("data-kind=\"deadline\"") && first.contains("data-outcome=\"extended\""),
        "{first}"
    );
    let second = tag(&html, "data-event-id=\"deadline-2\" data-date-kind");
    assert!(
        second.contains("data-kind=\"deadline\"") && second.contains("data-outcome=\"met\""),
        "{second}"
    );
    let deal = tag(&html, "data-event-id=\"deal\" data-date-kind");
    assert!(
        !deal.contains("data-kind") && !deal.contains("data-outcome"),
        "{deal}"
    );
    let tab = text(element(
        &html,
        "data-event-id=\"deadline-1\" data-date-kind",
        "</button>",
    ));
    assert!(tab.contains("→ Deadline extended"), "{tab}");
    let tab = text(element(
        &html,
        "data-event-id=\"deadline-2\" data-date-kind",
        "</button>",
    ));
    assert!(tab.contains("✓ Deadline met"), "{tab}");
    // Without script every event has its details, with the whole wording.
    let page = render(true, None);
    let item = element(
        &page,
        "data-event-id=\"deadline-1\" data-date-kind",
        "</li>",
    );
    assert!(tag(item, "data-event-id").contains("data-outcome=\"extended\""));
    let words = text(element(item, "class=\"tt-deadline\"", "</p>"));
    assert!(
        words.contains("Deadline missed, extended to 2 April 2015"),
        "{words}"
    );
}

#[test]
fn a_date_after_an_event_shows_the_worked_out_day() {
    let html = render(false, None);
    let tab = text(element(
        &html,
        "data-event-id=\"adoption\" data-date-kind",
        "</button>",
    ));
    assert!(
        tab.contains("90 days after the UN vote (about 18 October 2015)"),
        "{tab}"
    );
    // Above its column too, with the year: such a day can fall years away.
    let label = text(element(&html, "90 days after the UN vote ·", "</p>"));
    assert!(
        label.contains("90 days after the UN vote · 18 October 2015"),
        "{label}"
    );
    let tab = text(element(
        &html,
        "data-event-id=\"implementation\" data-date-kind",
        "</button>",
    ));
    assert!(tab.contains(", when the IAEA verifies"), "{tab}");
    assert!(!tab.contains("about"), "{tab}");
    let steps = text(element(&html, "class=\"tt-next-steps\"", "</section>"));
    assert!(
        steps.contains("90 days after the vote (about 18 October 2015)"),
        "{steps}"
    );
}

#[test]
fn the_new_status_has_its_own_label_and_style() {
    let html = render(false, None);
    let card = element(&html, "data-point-id=\"relief\"", "</article>");
    assert!(tag(card, "data-point-id").contains("data-status=\"interpretation_disputed\""));
    let badge = text(element(card, "tt-badge-interpretation_disputed", "</p>"));
    assert!(badge.contains("⚖ Agreed, read differently"), "{badge}");
}

#[test]
fn positions_history_roles_media_and_documents_are_shown() {
    let html = render(false, None);
    let card = element(&html, "data-point-id=\"relief\"", "</article>");
    let words = text(card);
    assert!(
        words.contains("Phased. (since 14 July 2015) [1]"),
        "{words}"
    );
    assert!(
        words.contains("Earlier positions 2 April 2015 : After verification. [2]"),
        "{words}"
    );
    assert!(words.contains("(since 2–3 April 2015)"), "{words}");
    assert!(
        words.contains("Track: Nuclear limits, Sanctions"),
        "{words}"
    );
    assert!(words.contains("Changed at: Deal"), "{words}");
    assert!(
        words.contains("Based on: Parameters (US State Department), issued by United States [2]"),
        "{words}"
    );
    assert!(
        words.contains("Document Parameters (US State Department), issued by United States"),
        "{words}"
    );
    assert!(
        words.contains("John Kerry (US Secretary of State) at a press conference"),
        "{words}"
    );
    assert!(card.contains("data-medium=\"press_conference\""));
    let standings = element(&html, "class=\"tt-standings\"", "</section>");
    assert!(standings.contains("data-role=\"mediator\""));
    let eu = text(element(standings, "data-party-id=\"eu\"", "</article>"));
    assert!(
        eu.starts_with("European Union Mediator Facilitator"),
        "{eu}"
    );
    let us = text(element(standings, "data-party-id=\"us\"", "</article>"));
    assert!(us.contains("Sanctions relief (since 14 July 2015)"), "{us}");
    assert!(us.contains("Negotiator"), "{us}");
}

#[test]
fn ukrainian_words_for_the_same_story() {
    let html = render(false, Some("uk"));
    let card = text(element(&html, "data-point-id=\"relief\"", "</article>"));
    assert!(
        card.contains("Свідчення розходилися до 14 липня 2015 р."),
        "{card}"
    );
    assert!(card.contains("Попередні позиції"), "{card}");
    assert!(card.contains("на пресконференції"), "{card}");
    let tab = text(element(
        &html,
        "data-event-id=\"deadline-2\" data-date-kind",
        "</button>",
    ));
    assert!(tab.contains("Термін дотримано"), "{tab}");
    let tab = text(element(
        &html,
        "data-event-id=\"adoption\" data-date-kind",
        "</button>",
    ));
    assert!(tab.contains("(приблизно 18 жовтня 2015 р.)"), "{tab}");
}
