//! The timeline: events on a time axis, one open at a time.
//!
//! Implements the WAI-ARIA Authoring Practices **Tabs** pattern with automatic
//! activation: one tab stop for the whole strip (roving tabindex), Left/Right
//! (wide, horizontal layout) or Up/Down (narrow, vertical layout) move to the
//! previous/next event, Home/End to the first/last; the open event's details
//! are the tab panel. The layout switches with a CSS container query at 720 px;
//! `wide` mirrors it for `aria-orientation` and the arrow keys.
//!
//! A deadline's tab says so in words ("Deadline missed", with a text marker), never by
//! colour alone, and carries `data-kind="deadline"` and `data-outcome`.
//!
//! Positions on the axis are CSS custom properties (`--x`, `--gap`, …) written
//! into `data-css-vars` and applied by script, never as inline `style`
//! attributes, so the widget works under `style-src 'self'`.

use std::collections::HashSet;
use std::rc::Rc;

use super::fixed2::Fixed2;

use story::overview::{Layout, Overview};
use story::reader::Move;
use story::timeline::{shown_in_column, Axis, ColumnRequest, Zoom, COLUMN_LIMIT};
use story::{Deadline, DomId, EventDate, EventId, Filter, Locale, Messages};
use yew::prelude::*;

use super::{ChangeBadge, EventDetail, LinkTarget, TimelineOverview};
use crate::browser::dom;
use crate::context::use_widget;
use crate::hooks::use_css_vars;

/// Props of [`Timeline`].
#[derive(Properties, PartialEq, Clone)]
pub struct TimelineProps {
    /// Which events are shown.
    pub filter: Filter,
    /// The open event.
    pub selected: Option<EventId>,
    /// Changes when focus should move to the open event's tab.
    pub focus_event: u32,
    /// Whether the widget uses the wide, horizontal layout.
    pub wide: bool,
    /// Whether to show the overview of the whole span above the strip.
    #[prop_or(true)]
    pub overview: bool,
    /// Receives the event whose tab the reader clicked.
    pub on_select: Callback<EventId>,
    /// Receives keyboard moves and Previous/Next.
    pub on_move: Callback<Move>,
    /// Receives card links from the open event.
    pub on_link: Callback<LinkTarget>,
}

fn date_kind(date: &EventDate) -> &'static str {
    match date {
        EventDate::Exact { .. } => "exact",
        EventDate::Range { .. } => "range",
        EventDate::Approximate { .. } => "approximate",
        EventDate::Expected { .. } => "expected",
        EventDate::After { .. } => "after",
    }
}

/// The tag of a deadline: a text marker and its outcome in words.
fn deadline_tag(deadline: Deadline, locale: Locale) -> Html {
    html! {
        <span class={classes!("tt-tag", "tt-tag-deadline", format!("tt-deadline-{}", deadline.as_str()))}>
            <span class="tt-deadline-icon" aria-hidden="true">{ deadline.icon() }</span>{ " " }
            { deadline.tag(locale) }
        </span>
    }
}

/// The tag of an expected event: "Expected".
fn expected_tag(m: &Messages) -> Html {
    html! { <span class="tt-tag tt-tag-expected">{ m.expected }</span> }
}

/// The short label above a column: "6 January", or the wording and window for vague dates.
fn column_label(date: &EventDate, locale: Locale) -> String {
    let days = |start: story::Day, end: story::Day| {
        if start == end {
            start.short(locale, false)
        } else {
            format!(
                "{} – {}",
                start.short(locale, false),
                end.short(locale, false)
            )
        }
    };
    match date {
        EventDate::Exact { date, .. } => date.short(locale, false),
        EventDate::Range { start, end, .. } => days(*start, *end),
        EventDate::Approximate { text, start, end } | EventDate::Expected { text, start, end } => {
            format!("{text} · {}", days(*start, *end))
        }
        // Counted from another event, it can fall years away: always with its year.
        EventDate::After { text, .. } => match date.after_window() {
            Some(window) if window.anchored => {
                format!("{text} · {}", window.start.span(window.end, locale))
            }
            _ => text.clone(),
        },
    }
}

/// Props of [`TimelineTab`].
#[derive(Properties, PartialEq, Clone)]
struct TimelineTabProps {
    id: EventId,
    selected: bool,
    on_select: Callback<EventId>,
}

/// One event's tab. A component of its own so that a new selection re-renders two tabs
/// (the old and the new), not every tab on the axis.
#[component]
fn TimelineTab(props: &TimelineTabProps) -> Html {
    let widget = use_widget();
    let Some(widget) = widget else {
        return Html::default();
    };
    let Some(event) = widget.story.event(&props.id) else {
        return Html::default();
    };
    let ui = widget.ui;
    let change = widget.changes.event(&event.id);
    let deadline = event.deadline(&widget.story);
    let onclick = {
        let id = event.id.clone();
        props.on_select.reform(move |_| id.clone())
    };
    html! {
        <button type="button" role="tab" class="tt-tab" id={widget.ids.id(&DomId::Event(event.id.clone()))}
            data-event-id={event.id.to_string()} data-date-kind={date_kind(&event.date)}
            data-kind={deadline.map(|_| "deadline")} data-outcome={deadline.map(|d| d.as_str())}
            aria-selected={props.selected.to_string()} aria-controls={widget.ids.id(&DomId::Panel)}
            tabindex={if props.selected { "0" } else { "-1" }} {onclick} data-change={change.map(|c| c.as_str())}>
            <ChangeBadge {change} />
            if let Some(deadline) = deadline {
                { deadline_tag(deadline, ui.locale) }
            } else if event.date.is_expected() {
                { expected_tag(ui.messages()) }
            }
            <span class="tt-tab-title">{ &event.title }</span>
            <span class="tt-visually-hidden">{ format!(", {}", event.date.label(ui.locale)) }</span>
        </button>
    }
}

/// Without script: every event in date order, each with its details; links point here.
fn static_timeline(
    props: &TimelineProps,
    story: &story::Story,
    heading: String,
    ids: &story::DomIds,
    locale: Locale,
) -> Html {
    let m = locale.messages();
    let events = story.visible_events(&props.filter);
    html! {
        <section class="tt-timeline tt-timeline-static" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ m.timeline }</h3>
            <ol class="tt-static-events">
                { for events.iter().map(|event| html! {
                    <li id={ids.id(&DomId::Event(event.id.clone()))} class="tt-static-event" data-event-id={event.id.to_string()}
                        data-date-kind={date_kind(&event.date)}
                        data-kind={event.deadline(story).map(|_| "deadline")}
                        data-outcome={event.deadline(story).map(|d| d.as_str())}>
                        if let Some(deadline) = event.deadline(story) {
                            { deadline_tag(deadline, locale) }
                        } else if event.date.is_expected() {
                            { expected_tag(m) }
                        }
                        <EventDetail id={event.id.clone()} filter={props.filter.clone()}
                            on_move={props.on_move.clone()} on_link={props.on_link.clone()} />
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// The events of the story on a time axis, with the open event's details below.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    // Every hook before any early return (Yew checks their order in debug builds only).
    let widget = use_widget();
    let strip = use_node_ref();
    let panel = use_node_ref();
    // In a long story the open event's panel keeps its tallest height, so stepping to a
    // shorter event leaves the page below in place: not laid out or painted again.
    {
        let keep = widget.as_ref().is_some_and(|w| w.long()) && props.selected.is_some();
        use_effect_with((panel.clone(), keep), |(panel, keep)| {
            let keeper = if *keep {
                dom::keep_tallest(panel)
            } else {
                None
            };
            move || {
                let _stop = keeper;
            }
        });
    }
    // The reader's zoom level (buttons, Ctrl+wheel or a pinch on the strip).
    let zoom = use_state_eq(Zoom::default);
    // The axis depends on the story, the filters and the zoom, not on the selection.
    let story = widget.as_ref().map(|w| w.story.clone());
    let memo = use_memo(
        (story, props.filter.clone(), *zoom),
        |(story, filter, zoom)| {
            story.as_ref().map(|story| {
                Axis::zoomed(&story.visible_events(filter), story.as_of().day(), *zoom)
            })
        },
    );
    // Ctrl+wheel and pinches over the strip zoom it (the page's own zoom stays put); the
    // listener reads the level of the latest render.
    let zoom_now = use_mut_ref(Zoom::default);
    *zoom_now.borrow_mut() = *zoom;
    {
        let (strip, zoom) = (strip.clone(), zoom.clone());
        use_effect_with(props.wide, move |_| {
            let listener = dom::on_ctrl_wheel(&strip, move |in_| {
                let next = zoom_now.borrow().step(in_);
                zoom.set(next);
            });
            // Stops listening when the layout changes or the timeline goes.
            move || {
                let _stop = listener;
            }
        });
    }
    // The overview of the whole span in the language in use, laid out for both layouts:
    // CSS shows the one that fits, so it never depends on a measured width and a server
    // render (which has none) draws exactly what the widget taking it over draws.
    let overview = {
        let story = widget.as_ref().map(|w| w.story.clone());
        let locale = widget.as_ref().map(|w| w.ui.locale).unwrap_or_default();
        use_memo(
            (story, props.filter.clone(), locale, props.overview),
            |(story, filter, locale, shown)| {
                story.as_ref().filter(|_| *shown).map(|story| {
                    let events = story.visible_events(filter);
                    let lay_out = |layout| {
                        Rc::new(Overview::new(&events, story.as_of().day(), layout, *locale))
                    };
                    (lay_out(Layout::WIDE), lay_out(Layout::NARROW))
                })
            },
        )
    };
    // The columns the reader scrolled to or asked for; it lapses with a new selection.
    let request = use_state_eq(|| None::<ColumnRequest>);
    // What the strip shows (in columns, tenths) and whether it can scroll back and on.
    let seen = use_state_eq(|| None::<(i64, i64)>);
    let room = use_state_eq(|| (false, false));
    // The event whose tab takes focus once "Show earlier/later events" has rendered it.
    let focus_added = use_mut_ref(|| None::<EventId>);
    {
        let (strip, focus_added) = (strip.clone(), focus_added.clone());
        let ids = widget.as_ref().map(|w| w.ids.clone());
        use_effect_with((*request).clone(), move |_| {
            if let (Some(id), Some(ids)) = (focus_added.borrow_mut().take(), ids) {
                dom::reveal_id(&strip, &ids.id(&DomId::Event(id)));
            }
        });
    }
    // Busy columns the reader opened with "+k more", by their first event.
    let expanded = use_state(HashSet::<EventId>::new);
    // Axis positions travel as `data-css-vars`, set after each render (before the
    // centring below measures them).
    use_css_vars(strip.clone(), "[data-css-vars]");
    // On the horizontal axis, keep the open event in view without scrolling the page.
    // The first time without animation: the reader did not ask for a move. Keyboard
    // moves and card links also move focus to the open tab once it is rendered.
    //
    // One pass, in the order that lays the page out once: measure, scroll, read what
    // the strip shows, and only then focus without scrolling (the strip already jumped
    // as focusing would have). Focusing first would restyle the tab and make every
    // later read lay the page out again.
    let centred = use_mut_ref(|| None::<(Option<EventId>, Zoom)>);
    let focused = use_mut_ref(|| 0u32);
    {
        let (strip, seen, room, memo) = (strip.clone(), seen.clone(), room.clone(), memo.clone());
        // A new zoom level keeps the open event in view: centre it again.
        use_effect_with(
            (props.selected.clone(), *zoom, props.focus_event),
            move |(selected, zoom, serial)| {
                const OPEN_TAB: &str = "[role=tab][aria-selected=true]";
                let focus = std::mem::replace(&mut *focused.borrow_mut(), *serial) != *serial
                    && *serial > 0;
                let key = (selected.clone(), *zoom);
                let previous = centred.borrow_mut().replace(key.clone());
                if previous.as_ref() == Some(&key) {
                    if focus {
                        dom::focus_within(&strip, OPEN_TAB, true);
                    }
                    return;
                }
                let smooth = previous.is_some();
                let mut focus_later = focus;
                if !dom::centre_horizontally(&strip, OPEN_TAB, smooth, focus) {
                    // Out of view vertically: focusing scrolls the page to it first.
                    dom::focus_within(&strip, OPEN_TAB, true);
                    dom::centre_horizontally(&strip, OPEN_TAB, smooth, false);
                    focus_later = false;
                }
                // Instant scrolls are done now; smooth ones report through `onscroll`.
                if let Some(axis) = memo.as_ref() {
                    seen.set(tenths(dom::visible_columns(&strip, axis.length)));
                }
                room.set(dom::scroll_room(&strip));
                if focus_later {
                    dom::focus_within(&strip, OPEN_TAB, false);
                }
            },
        );
    }

    let (Some(widget), Some(axis)) = (widget, memo.as_ref().as_ref()) else {
        return Html::default();
    };
    let (story, ui, ids) = (&widget.story, widget.ui, &widget.ids);
    let m = ui.messages();
    let heading = ids.id(&DomId::Timeline);
    if !widget.interactive() {
        return static_timeline(props, story, heading, ids, ui.locale);
    }
    let selected_id = props.selected.as_ref();
    let rendered = axis.rendered(request.as_ref(), selected_id);
    let onkeydown = {
        let (on_move, on_select, wide) =
            (props.on_move.clone(), props.on_select.clone(), props.wide);
        // A horizontal axis runs right to left in RTL stories, so the arrows swap.
        let (forward, back) = if ui.rtl() {
            ("ArrowLeft", "ArrowRight")
        } else {
            ("ArrowRight", "ArrowLeft")
        };
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            let to = match (key.as_str(), wide) {
                (k, true) if k == forward => Move::Next,
                (k, true) if k == back => Move::Previous,
                ("ArrowDown", false) => Move::Next,
                ("ArrowUp", false) => Move::Previous,
                ("Home", _) => Move::First,
                ("End", _) => Move::Last,
                _ => return,
            };
            event.prevent_default();
            // Focus can rest on a tab that is not the open one ("Show earlier events"
            // moves it there): the move then starts from that tab.
            if let Some(tab) = dom::key_on_closed_tab(&event) {
                on_select.emit(EventId::new(tab));
            }
            on_move.emit(to);
        })
    };
    let onscroll = {
        let (request, memo, rendered, selected) = (
            request.clone(),
            memo.clone(),
            rendered.clone(),
            props.selected.clone(),
        );
        let (strip, seen_state, room) = (strip.clone(), seen.clone(), room.clone());
        Callback::from(move |_: Event| {
            let Some(axis) = memo.as_ref() else {
                return;
            };
            let Some(seen) = dom::visible_columns(&strip, axis.length) else {
                return;
            };
            seen_state.set(tenths(Some(seen)));
            room.set(dom::scroll_room(&strip));
            if let Some(next) = axis.scrolled(&rendered, seen, selected.as_ref()) {
                request.set(Some(next));
            }
        })
    };
    // Each press moves focus to the first event it shows (the button goes once there
    // is nothing left to show, and focus must not fall to the page).
    let show = |later: bool| {
        let next = if later {
            axis.later(&rendered, selected_id)
        } else {
            axis.earlier(&rendered, selected_id)
        };
        let added = axis.first_added(&rendered, &next).cloned();
        let (request, focus_added) = (request.clone(), focus_added.clone());
        Callback::from(move |_| {
            *focus_added.borrow_mut() = added.clone();
            request.set(Some(next.clone()));
        })
    };
    let selected = selected_id.and_then(|id| story.event(id));
    // What the strip shows, as a stretch of the overview's span (wide layout only).
    let overview = overview.as_ref().as_ref().cloned();
    let viewport = match (props.wide, *seen, &overview, axis.groups.first()) {
        (true, Some((x0, x1)), Some((overview, _)), Some(first)) => {
            let origin = first.date.start();
            let at = |x: i64| overview.at_from(origin, axis.days_at(x as f64 / 10.0));
            Some((at(x0), at(x1)))
        }
        _ => None,
    };
    let scroll = |pages: f64| {
        let (strip, rtl) = (strip.clone(), ui.rtl());
        Callback::from(move |_: MouseEvent| dom::scroll_pages(&strip, pages, rtl))
    };
    let (scroll_back, scroll_on) = (scroll(-1.0), scroll(1.0));
    let toggle_column = |first: EventId| {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*expanded).clone();
            if !next.remove(&first) {
                next.insert(first.clone());
            }
            expanded.set(next);
        })
    };
    let zoom_buttons = Zoom::ALL.map(|level| {
        let zoom = zoom.clone();
        let label = match level {
            Zoom::Day => m.zoom_day,
            Zoom::Week => m.zoom_week,
            Zoom::Month => m.zoom_month,
            Zoom::Story => m.zoom_all,
        };
        html! {
            <button type="button" class="tt-zoom-level" aria-pressed={(*zoom == level).to_string()}
                data-zoom-level={level.as_str()} onclick={Callback::from(move |_: MouseEvent| zoom.set(level))}>
                { label }
            </button>
        }
    });
    let now = story.as_of().day();
    let now_index = axis.now_index(now);
    let columns = &rendered.columns;
    html! {
        <section class={classes!("tt-timeline", props.wide.then_some("tt-wide"))} aria-labelledby={heading.clone()}
            data-zoom={zoom.as_str()}>
            <h3 id={heading.clone()}>{ m.timeline }</h3>
            if axis.groups.is_empty() {
                <p class="tt-empty">{ m.no_matching_events }</p>
            } else {
                if let Some((overview, narrow)) = overview {
                    <TimelineOverview {overview} {narrow}
                        selected={props.selected.clone()} {viewport}
                        on_select={props.on_select.clone()} />
                }
                // Zoom and scroll buttons are drawn in the horizontal layout only (CSS), but
                // always rendered, so a server render is as tall as the widget taking it over.
                <div class="tt-zoom" role="group" aria-label={m.zoom}>{ for zoom_buttons }</div>
                if !props.wide && rendered.earlier > 0 {
                    <button type="button" class="tt-more tt-more-earlier" onclick={show(false)}>
                        { (m.show_earlier_events)(rendered.earlier) }
                    </button>
                }
                <div class={classes!("tt-strip-frame", room.0.then_some("tt-room-back"), room.1.then_some("tt-room-on"))}>
                // For pointers: the keyboard moves along the strip with the arrow keys.
                <button type="button" class="tt-scroll tt-scroll-back" aria-label={m.scroll_back} aria-hidden="true"
                    tabindex="-1" disabled={!room.0} onclick={scroll_back}>{ "‹" }</button>
                <div class="tt-strip" ref={strip} {onscroll}>
                    <div class="tt-axis" data-css-vars={format!("--tt-len:{}", Fixed2(axis.length))}>
                        <div class="tt-axis-line" aria-hidden="true"></div>
                        { for axis.spans.iter().filter(|span| columns.binary_search(&span.group).is_ok()).map(|span| {
                            let vars = format!("--x:{};--w:{}", Fixed2(span.x0), Fixed2(span.x1 - span.x0));
                            html! {
                                <div class={classes!("tt-span", format!("tt-span-{}", date_kind(&axis.groups[span.group].date)))}
                                    aria-hidden="true" data-css-vars={vars}></div>
                            }
                        }) }
                        <div class="tt-now" data-css-vars={format!("--x:{}", Fixed2(axis.now_x))}>
                            <span>{ m.now }{ ": " }<time datetime={now.to_string()}>{ now.short(ui.locale, false) }</time></span>
                        </div>
                        <div class="tt-tablist" role="tablist" aria-labelledby={heading}
                            aria-orientation={if props.wide { "horizontal" } else { "vertical" }} {onkeydown}>
                            { for columns.iter().enumerate().map(|(position, &index)| {
                                let group = &axis.groups[index];
                                let gap = format!("--gap:{}", Fixed2(axis.gap_before(columns, position)));
                                // Busy columns are shortened on the horizontal strip only: the
                                // vertical list is the page, which scrolls anyway.
                                let busy = props.wide && group.events.len() > COLUMN_LIMIT;
                                let is_open = busy && expanded.contains(&group.events[0]);
                                let (shown, hidden) = shown_in_column(&group.events, selected_id, is_open || !busy, COLUMN_LIMIT);
                                // Keyed by the column: when the rendered window moves along
                                // the axis, columns in both windows keep their elements and
                                // only the edges are added and removed.
                                html! { <key={index}>
                                    if index == now_index && index > 0 {
                                        <div class="tt-now-divider" role="presentation" aria-hidden="true">
                                            { format!("{}: {}", m.now, now.short(ui.locale, false)) }
                                        </div>
                                    }
                                    <div class={classes!("tt-group", format!("tt-group-{}", date_kind(&group.date)), is_open.then_some("tt-group-open"))}
                                        role="presentation" data-css-vars={gap}>
                                        if let Some(days) = group.pause_before {
                                            <p class="tt-pause" aria-hidden="true">{ (m.days_later)(days) }</p>
                                        }
                                        <p class="tt-group-label" aria-hidden="true">{ column_label(&group.date, ui.locale) }</p>
                                        { for shown.iter().map(|&id| html! {
                                            <TimelineTab key={id.as_str()} id={id.clone()}
                                                selected={selected_id == Some(id)} on_select={props.on_select.clone()} />
                                        }) }
                                        // For pointers only: inside the tab list only tabs may be
                                        // announced, and the arrow keys reach every event anyway
                                        // (the open one is always shown).
                                        if hidden > 0 {
                                            <button type="button" class="tt-column-more" aria-hidden="true" tabindex="-1"
                                                data-hidden={hidden.to_string()} onclick={toggle_column(group.events[0].clone())}>
                                                { (m.more_in_column)(hidden as u64) }
                                            </button>
                                        } else if is_open {
                                            <button type="button" class="tt-column-more" aria-hidden="true" tabindex="-1"
                                                onclick={toggle_column(group.events[0].clone())}>
                                                { m.fewer_in_column }
                                            </button>
                                        }
                                    </div>
                                </> }
                            }) }
                        </div>
                    </div>
                </div>
                <button type="button" class="tt-scroll tt-scroll-on" aria-label={m.scroll_on} aria-hidden="true"
                    tabindex="-1" disabled={!room.1} onclick={scroll_on}>{ "›" }</button>
                </div>
                if !props.wide && rendered.later > 0 {
                    <button type="button" class="tt-more tt-more-later" onclick={show(true)}>
                        { (m.show_later_events)(rendered.later) }
                    </button>
                }
                if let Some(event) = selected {
                    <div class="tt-panel" ref={panel} role="tabpanel" id={ids.id(&DomId::Panel)} tabindex="0"
                        aria-labelledby={ids.id(&DomId::Event(event.id.clone()))} data-selected-event={event.id.to_string()}>
                        <EventDetail id={event.id.clone()} filter={props.filter.clone()}
                            on_move={props.on_move.clone()} on_link={props.on_link.clone()} />
                    </div>
                }
            }
        </section>
    }
}

/// Visible columns rounded to tenths, so scrolling by a pixel does not re-render.
fn tenths(seen: Option<(f64, f64)>) -> Option<(i64, i64)> {
    seen.map(|(x0, x1)| ((x0 * 10.0).round() as i64, (x1 * 10.0).round() as i64))
}
