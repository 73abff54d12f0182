//! Filter chips by party and by track (WAI-ARIA: toggle buttons with `aria-pressed`).

use std::rc::Rc;

use story::{Filter, Messages, Story};
use yew::prelude::*;

use crate::ui::use_ui;

use crate::state::Action;

/// Props of [`FilterBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct FilterBarProps {
    /// The story whose parties and tracks are offered.
    pub story: Rc<Story>,
    /// The current choice.
    pub filter: Filter,
    /// Receives the reader's toggles.
    pub on_action: Callback<Action>,
    /// Prefix for element ids.
    pub instance: AttrValue,
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
    /// Unique among the chips: `party-<id>` or `track-<id>`.
    key: String,
    name: String,
    pressed: bool,
    action: Action,
    events: usize,
    points: usize,
}

/// A labelled list of toggle chips.
fn chip_group(
    instance: &str,
    label_id: String,
    label: &str,
    chips: Vec<Chip>,
    on_action: &Callback<Action>,
    m: &Messages,
) -> Html {
    html! {
        <div class="tt-filter-group">
            <p id={label_id.clone()} class="tt-filter-label">{ label }</p>
            <ul class="tt-chips" aria-labelledby={label_id}>
                { for chips.into_iter().map(|chip| {
                    let count_id = format!("{instance}-chip-{}-count", chip.key);
                    let onclick = {
                        let (on_action, action) = (on_action.clone(), chip.action);
                        Callback::from(move |_| on_action.emit(action.clone()))
                    };
                    html! {
                        <li>
                            // The chip is named by its party or track ("Ukraine"); screen readers get
                            // the counts spelt out as its description ("5 events, 8 cards"), while the
                            // badge shows the sum.
                            <button type="button" class="tt-chip" aria-pressed={chip.pressed.to_string()}
                                aria-describedby={count_id.clone()} {onclick}>
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
    let m = use_ui().messages();
    let open = use_state_eq(|| false);
    let story = &props.story;
    // Counts depend on the story only; computed once per story, not per filter change.
    let counts = use_memo(story.clone(), |story| {
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
    let (parties, tracks) = &*counts;
    let heading = format!("{}-filters", props.instance);
    let body = format!("{}-filters-body", props.instance);
    let chosen = props.filter.parties.len() + props.filter.tracks.len();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let party_chips = parties
        .iter()
        .map(|(id, name, (events, points))| Chip {
            key: format!("party-{id}"),
            name: name.clone(),
            pressed: props.filter.parties.contains(id),
            action: Action::ToggleParty(id.clone()),
            events: *events,
            points: *points,
        })
        .collect();
    let track_chips = tracks
        .iter()
        .map(|(id, name, (events, points))| Chip {
            key: format!("track-{id}"),
            name: name.clone(),
            pressed: props.filter.tracks.contains(id),
            action: Action::ToggleTrack(id.clone()),
            events: *events,
            points: *points,
        })
        .collect();
    let parties_label = format!("{}-filter-parties", props.instance);
    let tracks_label = format!("{}-filter-tracks", props.instance);
    let clear = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::ClearFilter))
    };
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
            { chip_group(&props.instance, parties_label, m.parties, party_chips, &props.on_action, m) }
            { chip_group(&props.instance, tracks_label, m.tracks, track_chips, &props.on_action, m) }
            <button type="button" class="tt-clear" onclick={clear} disabled={props.filter.is_empty()}>
                { m.clear_filters }
            </button>
            </div>
        </section>
    }
}
