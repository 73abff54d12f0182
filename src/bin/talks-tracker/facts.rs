//! `talks-tracker facts`: what the model says the widget shows, as JSON, so the browser
//! tests compare the page with the model instead of re-implementing its rules in JS.
//!
//! Built only from `Story` methods (ordering, default event, filters, sections), never
//! from its fields: the facts are whatever the widget itself computes.

use std::collections::BTreeSet;
use std::process::ExitCode;

use serde_json::{json, Map, Value};
use story::{Filter, StatusGroup, Story};

use super::cli::{out, read};

/// The sections in page order, with the slug of their `tt-cards-<slug>` class.
const SECTIONS: [(StatusGroup, &str); 3] = [
    (StatusGroup::Agreed, "agreed"),
    (StatusGroup::Problems, "problems"),
    (StatusGroup::Open, "open"),
];

/// Events (timeline order), cards per section (section order) and the default event
/// under `filter`.
fn shown(story: &Story, filter: &Filter) -> Value {
    let events: Vec<&str> = story
        .visible_events(filter)
        .into_iter()
        .map(|e| e.id.as_str())
        .collect();
    let mut cards = Map::new();
    for (group, slug) in SECTIONS {
        let ids: Vec<&str> = story
            .points_in(group)
            .into_iter()
            .filter(|p| story.point_matches(p, filter))
            .map(|p| p.id.as_str())
            .collect();
        cards.insert(slug.into(), json!(ids));
    }
    json!({
        "events": events,
        "cards": cards,
        "default_event": story.default_event(filter).map(|e| e.id.as_str()),
    })
}

fn party_filter(ids: &[&story::PartyId]) -> Filter {
    Filter {
        parties: ids.iter().map(|&id| id.clone()).collect(),
        tracks: BTreeSet::new(),
    }
}

/// The facts of one story; with `pairs`, also every two party options together and every
/// party option with every track option.
pub fn facts(story: &Story, pairs: bool) -> Value {
    let parties = story.party_options();
    let tracks = story.track_options();
    let option = |id: &str, events: usize, points: usize, filter: &Filter| {
        let mut value = shown(story, filter);
        value["id"] = json!(id);
        value["count"] = json!({ "events": events, "points": points });
        value
    };
    let party_facts: Vec<Value> = parties
        .iter()
        .map(|o| {
            option(
                o.item.id.as_str(),
                o.events,
                o.points,
                &party_filter(&[&o.item.id]),
            )
        })
        .collect();
    let track_facts: Vec<Value> = tracks
        .iter()
        .map(|o| {
            let filter = Filter {
                tracks: BTreeSet::from([o.item.id.clone()]),
                ..Filter::default()
            };
            option(o.item.id.as_str(), o.events, o.points, &filter)
        })
        .collect();
    let all = shown(story, &Filter::default());
    let mut facts = json!({
        "events": all["events"].clone(),
        "default_event": all["default_event"].clone(),
        "cards": all["cards"].clone(),
        "parties": party_facts,
        "tracks": track_facts,
    });
    if pairs {
        let mut combined = Vec::new();
        for (i, a) in parties.iter().enumerate() {
            for b in &parties[i + 1..] {
                let mut value = shown(story, &party_filter(&[&a.item.id, &b.item.id]));
                value["parties"] = json!([a.item.id.as_str(), b.item.id.as_str()]);
                value["tracks"] = json!([]);
                combined.push(value);
            }
            for t in &tracks {
                let filter = Filter {
                    tracks: BTreeSet::from([t.item.id.clone()]),
                    ..party_filter(&[&a.item.id])
                };
                let mut value = shown(story, &filter);
                value["parties"] = json!([a.item.id.as_str()]);
                value["tracks"] = json!([t.item.id.as_str()]);
                combined.push(value);
            }
        }
        facts["pairs"] = json!(combined);
    }
    facts
}

/// Runs `facts [--pairs] STORY.json`.
pub fn run(args: &[String]) -> ExitCode {
    let pairs = args.iter().any(|a| a == "--pairs");
    let files: Vec<&String> = args.iter().filter(|a| *a != "--pairs").collect();
    let [file] = files[..] else {
        eprintln!("talks-tracker facts: name one story file");
        return ExitCode::from(2);
    };
    let text = match read(file) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let parsed = story::parse(&text);
    let Some(story) = parsed.story else {
        for d in &parsed.diagnostics {
            eprintln!("{file}: {}: {}", d.path(), d.message());
        }
        return ExitCode::from(1);
    };
    out(&facts(&story, pairs).to_string());
    ExitCode::SUCCESS
}
