//! The timeline: events on a time axis, one open at a time.
//!
//! Implements the WAI-ARIA Authoring Practices **Tabs** pattern with automatic
//! activation: one tab stop for the whole strip (roving tabindex), Left/Right
//! (wide, horizontal layout) or Up/Down (narrow, vertical layout) move to the
//! previous/next event, Home/End to the first/last; the open event's details
//! are the tab panel. The layout switches with a CSS container query at 720 px;
//! `wide` mirrors it for `aria-orientation` and the arrow keys.
//!
//! Positions on the axis are CSS custom properties (`--x`, `--gap`, …) written
//! into `data-css-vars` and applied by script, never as inline `style`
//! attributes, so the widget works under `style-src 'self'`.

use std::ops::Range;
use std::rc::Rc;

use story::timeline::{Axis, WINDOW_MARGIN};
use story::{EventDate, EventId, Filter, Locale, Story};
use yew::prelude::*;

use crate::ui::use_ui;

use super::{EventDetail, RenderMode};
use crate::browser;
use crate::state::Action;

/// Props of [`Timeline`].
#[derive(Properties, PartialEq, Clone)]
pub struct TimelineProps {
    /// The story whose events are shown.
    pub story: Rc<Story>,
    /// Which events are shown.
    pub filter: Filter,
    /// The open event.
    pub selected: Option<EventId>,
    /// Bumped when focus should move to the open event's tab.
    pub focus_event: u32,
    /// Whether the widget uses the wide, horizontal layout.
    pub wide: bool,
    /// Receives the reader's moves.
    pub on_action: Callback<Action>,
    /// Prefix for element ids.
    pub instance: AttrValue,
}

fn date_kind(date: &EventDate) -> &'static str {
    match date {
        EventDate::Exact { .. } => "exact",
        EventDate::Range { .. } => "range",
        EventDate::Approximate { .. } => "approximate",
        EventDate::Expected { .. } => "expected",
    }
}

/// The short label above a column: "6 January", or the wording and window for vague dates.
fn column_label(date: &EventDate, locale: Locale) -> String {
    let days = |start: story::Day, end: story::Day| {
        if start == end {
            start.short(locale, false)
        } else {
            format!("{} – {}", start.short(locale, false), end.short(locale, false))
        }
    };
    match date {
        EventDate::Exact { date, .. } => date.short(locale, false),
        EventDate::Range { start, end, .. } => days(*start, *end),
        EventDate::Approximate { text, start, end } | EventDate::Expected { text, start, end } => {
            format!("{text} · {}", days(*start, *end))
        }
    }
}

/// The same custom properties as an inline style, in server renders only: there no
/// script applies `data-css-vars`, and pre-rendered HTML must already sit where the
/// widget will draw it. The browser build never writes inline styles (strict CSP).
fn server_style(vars: String) -> Option<String> {
    if cfg!(target_arch = "wasm32") {
        None
    } else {
        Some(vars)
    }
}

/// Props of [`TimelineTab`].
#[derive(Properties, PartialEq, Clone)]
struct TimelineTabProps {
    story: Rc<Story>,
    id: EventId,
    selected: bool,
    on_action: Callback<Action>,
    instance: AttrValue,
}

/// One event's tab. A component of its own so that a new selection re-renders two tabs
/// (the old and the new), not every tab on the axis.
#[component]
fn TimelineTab(props: &TimelineTabProps) -> Html {
    let ui = use_ui();
    let Some(event) = props.story.event(&props.id) else {
        return Html::default();
    };
    let onclick = {
        let (on_action, id) = (props.on_action.clone(), event.id.clone());
        Callback::from(move |_| on_action.emit(Action::Select(id.clone())))
    };
    html! {
        <button type="button" role="tab" class="tt-tab" id={format!("{}-event-{}", props.instance, event.id)}
            data-event-id={event.id.to_string()} data-date-kind={date_kind(&event.date)}
            aria-selected={props.selected.to_string()} aria-controls={format!("{}-event-panel", props.instance)}
            tabindex={if props.selected { "0" } else { "-1" }} {onclick}>
            if event.date.is_expected() {
                <span class="tt-tag tt-tag-expected">{ ui.messages().expected }</span>
            }
            <span class="tt-tab-title">{ &event.title }</span>
            <span class="tt-visually-hidden">{ format!(", {}", event.date.label(ui.locale)) }</span>
        </button>
    }
}

/// The events of the story on a time axis, with the open event's details below.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let ui = use_ui();
    let m = ui.messages();
    let story = &props.story;
    let strip = use_node_ref();
    // The axis depends on the story and the filters only, not on the selection.
    let axis = use_memo((story.clone(), props.filter.clone()), |(story, filter)| {
        Axis::new(&story.visible_events(filter), story.as_of().day())
    });
    // The columns the reader has scrolled to (or asked for with "Show more"), valid
    // while the selection they were set under stays; otherwise the open event's column.
    let view = use_state_eq(|| None::<(Range<usize>, Option<EventId>)>);
    let selected_group = props.selected.as_ref().and_then(|id| axis.group_of(id));
    let focus = match (&*view, selected_group) {
        (Some((range, under)), _) if *under == props.selected => range.clone(),
        (_, Some(group)) => group..group + 1,
        _ => 0..1,
    };
    let window = axis.window(focus);
    // Long timelines render a window of columns; the open event's tab always renders,
    // so the tab list keeps its one tab stop.
    let mut shown: Vec<usize> = window.clone().collect();
    if let Some(group) = selected_group.filter(|g| !window.contains(g)) {
        shown.push(group);
        shown.sort_unstable();
    }

    // Axis positions travel as `data-css-vars` and are applied through the CSSOM after
    // each render: a strict CSP (`style-src 'self'`) blocks inline style attributes.
    {
        let strip = strip.clone();
        use_effect(move || browser::apply_css_vars(&strip));
    }
    // Keyboard moves and card links move focus to the open tab once it is rendered;
    // focusing scrolls it into view at once. Runs before the centring below, which
    // then only adjusts the strip, so the two scrolls never compete.
    {
        let strip = strip.clone();
        use_effect_with(props.focus_event, move |serial| {
            if *serial > 0 {
                browser::focus_within(&strip, "[role=tab][aria-selected=true]", true);
            }
        });
    }
    // On the horizontal axis, keep the open event in view without scrolling the page.
    // The first time without animation: the reader did not ask for a move.
    let centred_once = use_mut_ref(|| false);
    {
        let strip = strip.clone();
        use_effect_with(props.selected.clone(), move |_| {
            let smooth = std::mem::replace(&mut *centred_once.borrow_mut(), true);
            browser::centre_horizontally(&strip, "[role=tab][aria-selected=true]", smooth);
        });
    }
    let onkeydown = {
        let (on_action, wide) = (props.on_action.clone(), props.wide);
        // A horizontal axis runs right to left in RTL stories, so the arrows swap.
        let forward = if ui.rtl() { "ArrowLeft" } else { "ArrowRight" };
        let back = if ui.rtl() { "ArrowRight" } else { "ArrowLeft" };
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            let action = match (key.as_str(), wide) {
                (k, true) if k == forward => Action::Step(1),
                (k, true) if k == back => Action::Step(-1),
                ("ArrowDown", false) => Action::Step(1),
                ("ArrowUp", false) => Action::Step(-1),
                ("Home", _) => Action::First,
                ("End", _) => Action::Last,
                _ => return,
            };
            event.prevent_default();
            on_action.emit(action);
        })
    };

    let heading = format!("{}-timeline", props.instance);
    let panel_id = format!("{}-event-panel", props.instance);
    let tab_id = |id: &EventId| format!("{}-event-{id}", props.instance);
    let selected = props.selected.as_ref().and_then(|id| story.event(id));
    let now = story.as_of().day();
    // Where the vertical layout draws its "now" line: before the first group that starts later.
    let now_index = axis
        .groups
        .iter()
        .position(|g| g.date.start() > now)
        .unwrap_or(axis.groups.len());
    // Empty columns before each group, so the flex row keeps the axis positions.
    // Each rendered column's distance from the one rendered before it (or from the
    // axis start), in columns: skipped columns leave their space.
    let gap_before = |position: usize| {
        let x = axis.groups[shown[position]].x;
        match position {
            0 => x,
            _ => x - axis.groups[shown[position - 1]].x - 1.0,
        }
    };
    let onscroll = {
        let (view, axis, window, selected) =
            (view.clone(), axis.clone(), window.clone(), props.selected.clone());
        let strip = strip.clone();
        Callback::from(move |_: Event| {
            let Some((x0, x1)) = browser::visible_columns(&strip, axis.length) else {
                return;
            };
            let seen = axis.groups_between(x0, x1);
            let len = axis.groups.len();
            let near_start = window.start > 0 && seen.start < window.start + WINDOW_MARGIN / 2;
            let near_end = window.end < len && seen.end + WINDOW_MARGIN / 2 > window.end;
            if near_start || near_end {
                view.set(Some((seen, selected.clone())));
            }
        })
    };
    let earlier: u64 = axis.groups[..window.start].iter().map(|g| g.events.len() as u64).sum();
    let later: u64 = axis.groups[window.end..].iter().map(|g| g.events.len() as u64).sum();
    let show_earlier = {
        let (view, window, selected) = (view.clone(), window.clone(), props.selected.clone());
        Callback::from(move |_| {
            let focus = window.start.saturating_sub(2 * WINDOW_MARGIN)..window.end.saturating_sub(WINDOW_MARGIN);
            view.set(Some((focus, selected.clone())));
        })
    };
    let show_later = {
        let (view, window, selected) = (view.clone(), window.clone(), props.selected.clone());
        Callback::from(move |_| {
            let focus = window.start + WINDOW_MARGIN..window.end + 2 * WINDOW_MARGIN;
            view.set(Some((focus, selected.clone())));
        })
    };

    // Without script: every event in date order, each with its details; links point here.
    if use_context::<RenderMode>().unwrap_or_default() == RenderMode::Static {
        let visible = story.visible_events(&props.filter);
        return html! {
            <section class="tt-timeline tt-timeline-static" aria-labelledby={heading.clone()}>
                <h3 id={heading}>{ m.timeline }</h3>
                <ol class="tt-static-events">
                    { for visible.iter().map(|event| html! {
                        <li id={tab_id(&event.id)} class="tt-static-event" data-event-id={event.id.to_string()}
                            data-date-kind={date_kind(&event.date)}>
                            if event.date.is_expected() {
                                <span class="tt-tag tt-tag-expected">{ m.expected }</span>
                            }
                            <EventDetail story={story.clone()} id={event.id.clone()} filter={props.filter.clone()}
                                on_action={props.on_action.clone()} instance={props.instance.clone()} />
                        </li>
                    }) }
                </ol>
            </section>
        };
    }
    html! {
        <section class={classes!("tt-timeline", props.wide.then_some("tt-wide"))} aria-labelledby={heading.clone()}>
            <h3 id={heading.clone()}>{ m.timeline }</h3>
            if axis.groups.is_empty() {
                <p class="tt-empty">{ m.no_matching_events }</p>
            } else {
                if !props.wide && earlier > 0 {
                    <button type="button" class="tt-more tt-more-earlier" onclick={show_earlier}>
                        { (m.show_earlier_events)(earlier) }
                    </button>
                }
                <div class="tt-strip" ref={strip} {onscroll}>
                    <div class="tt-axis" data-css-vars={format!("--tt-len:{:.2}", axis.length)} style={server_style(format!("--tt-len:{:.2}", axis.length))}>
                        <div class="tt-axis-line" aria-hidden="true"></div>
                        { for axis.spans.iter().filter(|span| shown.binary_search(&span.group).is_ok()).map(|span| html! {
                            <div class={classes!("tt-span", format!("tt-span-{}", date_kind(&axis.groups[span.group].date)))}
                                aria-hidden="true"
                                data-css-vars={format!("--x:{:.2};--w:{:.2}", span.x0, span.x1 - span.x0)} style={server_style(format!("--x:{:.2};--w:{:.2}", span.x0, span.x1 - span.x0))}></div>
                        }) }
                        <div class="tt-now" data-css-vars={format!("--x:{:.2}", axis.now_x)} style={server_style(format!("--x:{:.2}", axis.now_x))}>
                            <span>{ m.now }{ ": " }<time datetime={now.to_string()}>{ now.short(ui.locale, false) }</time></span>
                        </div>
                        <div class="tt-tablist" role="tablist" aria-labelledby={heading}
                            aria-orientation={if props.wide { "horizontal" } else { "vertical" }} {onkeydown}>
                            { for shown.iter().enumerate().map(|(position, &index)| (position, index, &axis.groups[index])).map(|(position, index, group)| html! { <>
                                if index == now_index && index > 0 {
                                    <div class="tt-now-divider" role="presentation" aria-hidden="true">
                                        { format!("{}: {}", m.now, now.short(ui.locale, false)) }
                                    </div>
                                }
                                <div class={classes!("tt-group", format!("tt-group-{}", date_kind(&group.date)))}
                                    role="presentation" data-css-vars={format!("--gap:{:.2}", gap_before(position))} style={server_style(format!("--gap:{:.2}", gap_before(position)))}>
                                    if let Some(days) = group.pause_before {
                                        <p class="tt-pause" aria-hidden="true">{ (m.days_later)(days) }</p>
                                    }
                                    <p class="tt-group-label" aria-hidden="true">{ column_label(&group.date, ui.locale) }</p>
                                    { for group.events.iter().map(|id| html! {
                                        <TimelineTab key={id.as_str()} story={story.clone()} id={id.clone()}
                                            selected={props.selected.as_ref() == Some(id)}
                                            on_action={props.on_action.clone()} instance={props.instance.clone()} />
                                    }) }
                                </div>
                            </> }) }
                        </div>
                    </div>
                </div>
                if !props.wide && later > 0 {
                    <button type="button" class="tt-more tt-more-later" onclick={show_later}>
                        { (m.show_later_events)(later) }
                    </button>
                }
                if let Some(event) = selected {
                    <div class="tt-panel" role="tabpanel" id={panel_id} tabindex="0"
                        aria-labelledby={tab_id(&event.id)} data-selected-event={event.id.to_string()}>
                        <EventDetail story={story.clone()} id={event.id.clone()} filter={props.filter.clone()}
                            on_action={props.on_action.clone()} instance={props.instance.clone()} />
                    </div>
                }
            }
        </section>
    }
}
