//! The overview above the timeline's strip: the whole story's time span at a glance.
//!
//! Implements the WAI-ARIA Authoring Practices **Slider** pattern: one tab stop whose
//! value is the open event (Left/Right and Up/Down the previous/next event, Page
//! Up/Down about a month, Home/End the first/last), described by the summary line
//! above it ("39 events, 26 March – 20 October 2015. You are at 14 July 2015.").
//! Pointers click or drag on it to open the nearest event, which moves the strip. Its
//! marks, ticks and bands are drawing only (`aria-hidden`).
//!
//! Positions are percentages from the model ([`story::overview`]), passed as CSS
//! custom properties through `data-css-vars` (a strict CSP blocks inline styles), so
//! the overview always fits its width and never scrolls sideways.

use std::rc::Rc;

use super::fixed2::Fixed2;

use story::overview::{Overview, TickKind};
use story::{DomId, EventId, Story};
use yew::prelude::*;

use crate::browser::dom;
use crate::context::use_widget;
use crate::hooks::{use_css_vars, use_css_vars_with};

/// Props of [`TimelineOverview`].
#[derive(Properties, PartialEq, Clone)]
pub struct TimelineOverviewProps {
    /// The laid-out overview of the shown events, for the horizontal layout; the
    /// slider's value and its events come from it.
    pub overview: Rc<Overview>,
    /// The same events laid out for the vertical layout (fewer marks and ticks). Both
    /// drawings are rendered and CSS shows the one that fits the widget's width.
    pub narrow: Rc<Overview>,
    /// The open event.
    pub selected: Option<EventId>,
    /// What the strip shows, in percent of the span, when it scrolls sideways. Until
    /// the horizontal strip reports it, the wide drawing has no indicator; the narrow
    /// one marks the open event.
    pub viewport: Option<(f64, f64)>,
    /// Receives the event to open.
    pub on_select: Callback<EventId>,
}

/// The overview: summary, ticks, marks, "now", deadlines, phases, the later lane and
/// the viewport, as one slider.
#[component]
pub fn TimelineOverview(props: &TimelineOverviewProps) -> Html {
    let widget = use_widget();
    let root = use_node_ref();
    let track = use_node_ref();
    // Every position but the viewport's comes from the laid-out overviews: applied when
    // they change, not on each new selection or scroll (that re-read some 270 elements'
    // properties through the CSSOM each time). The viewport follows every render.
    let drawn = (
        props.overview.clone(),
        props.narrow.clone(),
        widget.is_some(),
    );
    use_css_vars_with(root.clone(), "[data-css-vars]", drawn);
    use_css_vars(root.clone(), "[data-overview-viewport]");
    let Some(widget) = widget else {
        return Html::default();
    };
    let overview = &props.overview;
    let (ui, ids) = (widget.ui, &widget.ids);
    let m = ui.messages();
    let selected = props.selected.as_ref().and_then(|id| overview.index_of(id));
    let summary_id = ids.id(&DomId::Overview);
    let summary = overview.summary(ui.locale, selected);

    let select_index = {
        let (overview, on_select) = (overview.clone(), props.on_select.clone());
        move |index: usize| {
            if let Some(id) = overview.event(index) {
                on_select.emit(id.clone());
            }
        }
    };
    let onkeydown = {
        let (overview, select_index) = (overview.clone(), select_index.clone());
        let rtl = ui.rtl();
        Callback::from(move |event: KeyboardEvent| {
            let last = overview.len().saturating_sub(1);
            let at = selected.unwrap_or(0);
            let (forward, back) = if rtl {
                ("ArrowLeft", "ArrowRight")
            } else {
                ("ArrowRight", "ArrowLeft")
            };
            let to = match event.key().as_str() {
                k if k == forward || k == "ArrowUp" => (at + 1).min(last),
                k if k == back || k == "ArrowDown" => at.saturating_sub(1),
                "PageUp" => overview.page(at, true),
                "PageDown" => overview.page(at, false),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            event.prevent_default();
            if Some(to) != selected {
                select_index(to);
            }
        })
    };
    // Click or drag: the event nearest the pointer opens, and the strip follows it.
    let pick = {
        let (overview, track, select_index) = (overview.clone(), track.clone(), select_index);
        let rtl = ui.rtl();
        move |event: &PointerEvent| {
            let Some(fraction) = dom::fraction_across(&track, f64::from(event.client_x()), rtl)
            else {
                return;
            };
            if let Some(index) = overview.nearest(fraction * 100.0) {
                if Some(index) != selected {
                    select_index(index);
                }
            }
        }
    };
    let onpointerdown = {
        let (pick, track) = (pick.clone(), track.clone());
        Callback::from(move |event: PointerEvent| {
            if event.button() != 0 {
                return;
            }
            dom::capture_pointer(&track, event.pointer_id());
            pick(&event);
        })
    };
    let onpointermove = Callback::from(move |event: PointerEvent| {
        if event.buttons() & 1 == 1 {
            pick(&event);
        }
    });
    let later_click = |index: usize| {
        let on_select = props.on_select.clone();
        let id = overview.event(index).cloned();
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = id.clone() {
                on_select.emit(id);
            }
        })
    };

    let value_text = selected
        .and_then(|i| overview.event(i))
        .and_then(|id| widget.story.event(id))
        .map(|event| format!("{}, {}", event.date.label(ui.locale), event.title));
    // Where the open event sits: the viewport when the strip does not report one.
    let position = selected.and_then(|i| overview.position(i));
    // The horizontal strip reports what it shows once laid out; until then no indicator,
    // so it appears where it belongs instead of jumping there (a layout shift).
    let viewport = |wide: bool| match (props.viewport, position) {
        (Some(seen), Some((false, _)) | None) => Some(seen),
        (None, Some((false, at))) if !wide => Some((at, at)),
        _ => None,
    };
    let drawing = |overview: &Overview, wide: bool| {
        draw(
            overview,
            wide,
            selected,
            viewport(wide),
            &widget.story,
            m.now,
        )
    };
    html! {
        <div class="tt-overview" data-overview="" ref={root}>
            <p class="tt-overview-summary" id={summary_id.clone()}>{ summary }</p>
            <div class="tt-overview-lanes">
                <div class="tt-overview-track" ref={track} role="slider" tabindex="0"
                    aria-label={m.overview_label} aria-describedby={summary_id}
                    aria-valuemin="1" aria-valuemax={overview.len().max(1).to_string()}
                    aria-valuenow={(selected.unwrap_or(0) + 1).to_string()} aria-valuetext={value_text}
                    aria-orientation="horizontal" {onkeydown} {onpointerdown} {onpointermove}>
                    { drawing(overview, true) }
                    { drawing(&props.narrow, false) }
                </div>
                if !overview.later.is_empty() {
                    <div class="tt-overview-later" aria-hidden="true">
                        <span class="tt-ov-later-label">{ m.later_lane }</span>
                        <div class="tt-ov-later-marks">
                            { for overview.later.iter().map(|mark| {
                                let open = selected == Some(mark.first);
                                html! {
                                    <button type="button" tabindex="-1" class={classes!("tt-ov-later-mark", open.then_some("tt-ov-open"))}
                                        data-event-id={overview.event(mark.first).map(|id| id.to_string())}
                                        onclick={later_click(mark.first)}>
                                        { overview.later_label(mark.first) }
                                    </button>
                                }
                            }) }
                        </div>
                    </div>
                }
            </div>
        </div>
    }
}

/// One layout's drawing: phases, ticks, "now", marks, deadlines and the viewport
/// (`viewport`, in percent of the span), for the horizontal layout (`wide`) or the
/// vertical one. Drawing only: the slider around it is what assistive technology reads.
fn draw(
    overview: &Overview,
    wide: bool,
    selected: Option<usize>,
    viewport: Option<(f64, f64)>,
    story: &Story,
    now: &str,
) -> Html {
    html! {
        <div class={classes!("tt-ov-drawing", if wide { "tt-ov-for-wide" } else { "tt-ov-for-narrow" })} aria-hidden="true">
            { for overview.bands.iter().map(|band| {
                let v = format!("--at:{};--w:{}", Fixed2(band.x0), Fixed2(band.x1 - band.x0));
                let title = overview.event(band.event).and_then(|id| story.event(id)).map(|e| e.title.clone());
                html! { <div class="tt-ov-band" data-css-vars={v}><span>{ title }</span></div> }
            }) }
            { for overview.ticks.iter().map(|tick| {
                let kind = match tick.kind {
                    TickKind::Week => "tt-ov-week",
                    TickKind::Month => "tt-ov-month",
                    TickKind::Year => "tt-ov-year",
                };
                let v = format!("--at:{}", Fixed2(tick.at));
                html! {
                    <div class={classes!("tt-ov-tick", kind)} data-css-vars={v}>
                        if let Some(label) = &tick.label { <span>{ label }</span> }
                    </div>
                }
            }) }
            if let Some(at) = overview.now {
                <div class={classes!("tt-ov-now", (at > 85.0).then_some("tt-ov-now-end"))} data-css-vars={format!("--at:{}", Fixed2(at))}>
                    <span>{ now }</span>
                </div>
            }
            { for overview.marks.iter().map(|mark| {
                let v = format!("--at:{};--n:{}", Fixed2(mark.at), mark.count.min(3));
                let id = overview.event(mark.first).map(|id| id.to_string());
                let open = selected.is_some_and(|s| (mark.first..mark.first + mark.count).contains(&s));
                html! {
                    <div class={classes!("tt-ov-mark", mark.ahead.then_some("tt-ov-ahead"),
                            mark.deadline.then_some("tt-ov-has-deadline"), open.then_some("tt-ov-open"))}
                        data-event-id={id} data-count={mark.count.to_string()} data-css-vars={v}>
                        if mark.count > 1 { <span>{ mark.count }</span> }
                    </div>
                }
            }) }
            { for overview.deadlines.iter().map(|&(at, index)| {
                let v = format!("--at:{}", Fixed2(at));
                html! {
                    <div class="tt-ov-deadline" data-deadline={overview.event(index).map(|id| id.to_string())}
                        data-css-vars={v}>{ "◆" }</div>
                }
            }) }
            if let Some((x0, x1)) = viewport {
                <div class="tt-ov-viewport" data-overview-viewport=""
                    data-css-vars={format!("--at:{};--w:{}", Fixed2(x0), Fixed2((x1 - x0).max(0.0)))}></div>
            }
        </div>
    }
}
