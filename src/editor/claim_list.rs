//! The story's claims: who said what, and where it was reported. The attribution's
//! fields follow its kind; the speaker, document, sources, points, events and the
//! claims it contradicts are picked by name. Then a field to add one.

use std::rc::Rc;

use story::references::Target;
use story::{AttributionKind, Claim, Medium, StoryFile};
use story_edit::{Edit, FieldIds, List};
use yew::prelude::*;

use super::item_card::ItemCard;
use super::state::{use_open_items, OpenItems};

use super::add_item::AddItem;
use super::browser;
use super::fields::Item;
use super::text_field::Input;

const KINDS: [(&str, &str); 4] = [
    ("on_record", "On the record (a named person or body)"),
    ("anonymous_source", "An anonymous source"),
    ("media_report", "Another outlet's report"),
    ("document", "A document"),
];

const MEDIA: [(&str, &str); 7] = [
    ("written_statement", "Written statement"),
    ("press_conference", "Press conference"),
    ("interview", "Interview"),
    ("social_media", "Social media"),
    ("televised_address", "Televised address"),
    ("speech", "Speech"),
    ("briefing", "Briefing"),
];

/// Props of [`ClaimList`].
#[derive(Properties, PartialEq, Clone)]
pub struct ClaimListProps {
    /// The story.
    pub file: Rc<StoryFile>,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// Each claim as a group of fields, then "Add claim".
#[component]
pub fn ClaimList(props: &ClaimListProps) -> Html {
    let open_items = use_open_items();
    let on_add = props
        .on_edit
        .reform(|name| Edit::Add(List::Claims, name, browser::now().day()));
    html! {
        <section class="ed-section" aria-labelledby="ed-claims-title">
            <h2 id="ed-claims-title">{ "Claims" }</h2>
            <p class="ed-hint">{ "What officials and sources said: quotes stay verbatim, with who said them and where it was reported." }</p>
            { for props.file.claims.iter().enumerate().map(|(i, claim)| claim_fields(&props.file, &props.on_edit, &open_items, i, claim)) }
            <AddItem label="What was said, in short (a new claim)" button="Add claim" id="ed-add-claim" {on_add} />
        </section>
    }
}

/// An attribution kind's JSON spelling.
fn kind_name(kind: AttributionKind) -> &'static str {
    match kind {
        AttributionKind::OnRecord => "on_record",
        AttributionKind::AnonymousSource => "anonymous_source",
        AttributionKind::MediaReport => "media_report",
        AttributionKind::Document => "document",
    }
}

fn claim_fields(
    file: &StoryFile,
    on_edit: &Callback<Edit>,
    open_items: &OpenItems,
    i: usize,
    claim: &Claim,
) -> Html {
    let item = Item {
        base: format!("claims[{i}]"),
        file,
        on_edit,
    };
    let said = claim
        .quote
        .as_deref()
        .or(claim.statement.as_deref())
        .filter(|s| !s.trim().is_empty());
    let name = said.map_or_else(
        || format!("Claim {}", i + 1),
        |s| s.chars().take(60).collect(),
    );
    let kind = claim.attribution.kind;
    let resolved = claim.resolved.as_ref();
    let on_settled = {
        let path = item.path("resolved");
        on_edit.reform(move |event: Event| {
            if browser::is_checked(&event) {
                Edit::Set(format!("{path}.date"), browser::now().day().to_string())
            } else {
                Edit::RemoveAt(path.clone())
            }
        })
    };
    let settled_id = FieldIds::of(&item.path("resolved")).input;
    let attribution = Item {
        base: item.path("attribution"),
        file,
        on_edit,
    };
    html! {
        <ItemCard key={i} path={item.base.clone()} name={name.clone()}>
            if open_items.is_open(&item.base) {
            <fieldset class="ed-group">
                <legend>{ "Who said it" }</legend>
                { attribution.select("kind", "Attribution", kind_name(kind), &KINDS, None) }
                if matches!(kind, AttributionKind::OnRecord | AttributionKind::Document) {
                    { attribution.one_ref("speaker", if kind == AttributionKind::Document { "Issued by" } else { "Speaker" },
                        Target::Party, claim.attribution.speaker.as_ref().map(|p| p.as_str()),
                        (kind == AttributionKind::Document).then_some("Nobody named")) }
                }
                if matches!(kind, AttributionKind::AnonymousSource | AttributionKind::MediaReport) {
                    { attribution.text_with("described_as", "Described as", claim.attribution.described_as.as_deref().unwrap_or_default(),
                        Input::Line, Some("For example: a source familiar with the matter."), false) }
                }
                if kind == AttributionKind::Document {
                    { attribution.one_ref("document", "Document (a source)", Target::Source,
                        claim.attribution.document.as_ref().map(|s| s.as_str()), None) }
                }
            </fieldset>
            { item.text_with("quote", "Quote, verbatim (optional)", claim.quote.as_deref().unwrap_or_default(), Input::Lines,
                Some("Exactly as said; leave empty for a statement in your words."), false) }
            { item.text_with("quote_language", "Language of the quote (optional)", claim.quote_language.as_deref().unwrap_or_default(),
                Input::Line, Some("A language tag such as uk, when the quote is not in the story's language."), false) }
            { item.text_with("statement", "Statement, in your words (optional)", claim.statement.as_deref().unwrap_or_default(),
                Input::Lines, None, false) }
            { item.select("medium", "Said in (optional)", claim.medium.map_or("", Medium::as_str), &MEDIA, Some("Not said")) }
            { item.date("date", "When it was said", claim.date.as_ref(), true) }
            { item.text_with("context", "Context (optional)", claim.context.as_deref().unwrap_or_default(), Input::Lines, None, false) }
            { item.refs("sources", "Where it was reported", Target::Source, claim.sources.iter().map(|s| s.as_str())) }
            { item.refs("points", "Points it concerns", Target::Point, claim.points.iter().map(|p| p.as_str())) }
            { item.refs("events", "Events it concerns", Target::Event, claim.events.iter().map(|e| e.as_str())) }
            { item.refs_among("contradicts", "Claims it contradicts", Target::Claim,
                &claim.contradicts.iter().map(|c| c.as_str()).collect::<Vec<_>>(), Some(claim.id.as_str())) }
            <div class="ed-choice">
                <input type="checkbox" id={settled_id.clone()} checked={resolved.is_some()} onchange={on_settled} />
                <label for={settled_id}>{ "The dispute it is part of is settled" }</label>
            </div>
            if let Some(resolved) = resolved {
                <fieldset class="ed-group">
                    <legend>{ "Settled" }</legend>
                    { item.text_with("resolved.date", "Day it was settled", &resolved.date.to_string(), Input::Day, None, true) }
                    { item.one_ref("resolved.event", "Event that settled it", Target::Event,
                        resolved.event.as_ref().map(|e| e.as_str()), Some("None")) }
                    { item.text_with("resolved.note", "How (optional)", resolved.note.as_deref().unwrap_or_default(), Input::Lines, None, false) }
                </fieldset>
            }
            { item.text_with("id", "Id", claim.id.as_str(), Input::Line,
                Some("Made from the text; changing it updates every reference."), true) }
            { item.note("claims", claim.id.as_str()) }
            { item.remove(format!("claim {name}")) }
            }
        </ItemCard>
    }
}
