//! Filter chips by party and by track (WAI-ARIA: toggle buttons with `aria-pressed`).

use story::{DomId, DomIds, Filter, Messages, PartyId, TrackId};
use yew::prelude::*;

use crate::context::use_widget;

/// Props of [`FilterBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct FilterBarProps {
    /// The current choice.
    pub filter: Filter,
    /// Receives a party the reader chose or un-chose.
    pub on_toggle_party: Callback<PartyId>,
    /// Receives a track the reader chose or un-chose.
    pub on_toggle_track: Callback<TrackId>,
    /// Asked to clear every filter.
    pub on_clear: Callback<()>,
}

fn count_label(events: usize, points: usize, m: &Messages) -> String {
    format!(
        "{}, {}",
        (m.events_count)(events as u64),
        (m.cards_count)(points as u64)
    )
}

/// One filter choice as the reader sees it.
struct Chip {
    /// The element spelling out the chip's counts.
    count: DomId,
    name: String,
    pressed: bool,
    onclick: Callback<MouseEvent>,
    events: usize,
    points: usize,
}

/// A labelled list of toggle chips.
fn chip_group(ids: &DomIds, label: DomId, text: &str, chips: Vec<Chip>, m: &Messages) -> Html {
    let label_id = ids.id(&label);
    html! {
        <div class="tt-filter-group">
            <p id={label_id.clone()} class="tt-filter-label">{ text }</p>
            <ul class="tt-chips" aria-labelledby={label_id}>
                { for chips.into_iter().map(|chip| {
                    let count_id = ids.id(&chip.count);
                    html! {
                        <li>
                            // The chip is named by its party or track ("Ukraine"); screen readers get
                            // the counts spelt out as its description ("5 events, 8 cards"), while the
                            // badge shows the sum.
                            <button type="button" class="tt-chip" aria-pressed={chip.pressed.to_string()}
                                aria-describedby={count_id.clone()} onclick={chip.onclick}>
                                <span class="tt-chip-check" aria-hidden="true">{ if chip.pressed { "✓" } else { "" } }</span>
                                { chip.name }
                                <span class="tt-chip-count" aria-hidden="true">{ chip.events + chip.points }</span>
                                <span id={count_id} class="tt-visually-hidden" aria-hidden="true">{ count_label(chip.events, chip.points, m) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// A disclosure (WAI-ARIA Disclosure pattern) holding two groups of chips and a
/// "Clear filters" button; the counts say how many events and cards each choice
/// would show on its own.
#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let open = use_state_eq(|| false);
    let widget = use_widget();
    // Counts depend on the story only; computed once per story, not per filter change.
    let counts = use_memo(widget.as_ref().map(|w| w.story.clone()), |story| {
        let Some(story) = story else {
            return (Vec::new(), Vec::new());
        };
        let parties: Vec<_> = story
            .party_options()
            .iter()
            .map(|o| (o.item.id.clone(), o.item.name.clone(), (o.events, o.points)))
            .collect();
        let tracks: Vec<_> = story
            .track_options()
            .iter()
            .map(|o| (o.item.id.clone(), o.item.name.clone(), (o.events, o.points)))
            .collect();
        (parties, tracks)
    });
    let Some(widget) = widget else {
        return Html::default();
    };
    let (m, ids) = (widget.ui.messages(), &widget.ids);
    let (parties, tracks) = &*counts;
    let heading = ids.id(&DomId::Filters);
    let body = ids.id(&DomId::FiltersBody);
    let chosen = props.filter.parties.len() + props.filter.tracks.len();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let party_chips = parties
        .iter()
        .map(|(id, name, (events, points))| Chip {
            count: DomId::PartyCount(id.clone()),
            name: name.clone(),
            pressed: props.filter.parties.contains(id),
            onclick: props.on_toggle_party.reform({
                let id = id.clone();
                move |_| id.clone()
            }),
            events: *events,
            points: *points,
        })
        .collect();
    let track_chips = tracks
        .iter()
        .map(|(id, name, (events, points))| Chip {
            count: DomId::TrackCount(id.clone()),
            name: name.clone(),
            pressed: props.filter.tracks.contains(id),
            onclick: props.on_toggle_track.reform({
                let id = id.clone();
                move |_| id.clone()
            }),
            events: *events,
            points: *points,
        })
        .collect();
    html! {
        <section class="tt-filters" aria-labelledby={heading.clone()}>
            <h3 id={heading} class="tt-filters-title">
                <button type="button" class="tt-filters-toggle" aria-expanded={open.to_string()}
                    aria-controls={body.clone()} onclick={toggle}>
                    <span class="tt-disclosure-icon" aria-hidden="true"></span>
                    { m.filter_toggle }
                    if chosen > 0 {
                        <span class="tt-chip-count">{ (m.filters_on)(chosen) }</span>
                    }
                </button>
            </h3>
            <div id={body} class="tt-filters-body" hidden={!*open}>
            { chip_group(ids, DomId::FilterParties, m.parties, party_chips, m) }
            { chip_group(ids, DomId::FilterTracks, m.tracks, track_chips, m) }
            <button type="button" class="tt-clear" onclick={props.on_clear.reform(|_| ())}
                disabled={props.filter.is_empty()}>
                { m.clear_filters }
            </button>
            </div>
        </section>
    }
}
