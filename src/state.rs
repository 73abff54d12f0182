//! The one owner of what the reader has chosen: the selected event and the filters.
//!
//! Actions only call model functions; components receive the state and send actions,
//! so the timeline and the cards can never disagree.

use std::rc::Rc;

use story::{EventId, Filter, Locale, PartyId, PointId, Story, TrackId};
use yew::prelude::*;

/// What the polite status region says after the reader's last action; put into words
/// (in the widget's language) by [`Announcement::text`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Announcement {
    /// Nothing yet.
    #[default]
    None,
    /// An event was opened: it is the `position`-th of `count` visible events.
    Selected {
        /// The event.
        event: EventId,
        /// 1-based place among the visible events.
        position: usize,
        /// How many events are visible.
        count: usize,
    },
    /// The filters changed.
    Filtered {
        /// Visible events.
        events: usize,
        /// All events.
        all_events: usize,
        /// Visible cards.
        cards: usize,
        /// All cards.
        all_cards: usize,
    },
}

impl Announcement {
    /// The sentence for screen readers, in `locale`.
    pub fn text(&self, story: &Story, locale: Locale) -> String {
        let m = locale.messages();
        match self {
            Announcement::None => String::new(),
            Announcement::Selected {
                event,
                position,
                count,
            } => story.event(event).map_or_else(String::new, |event| {
                (m.event_selected)(&event.title, &event.date.label(locale), *position, *count)
            }),
            Announcement::Filtered {
                events,
                all_events,
                cards,
                all_cards,
            } => (m.filter_result)(*events, *all_events, *cards, *all_cards),
        }
    }
}

/// What the reader sees and has chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    /// The story shown.
    pub story: Rc<Story>,
    /// Parties and tracks chosen in the filter bar.
    pub filter: Filter,
    /// The event open in the timeline, if any event is visible.
    pub selected: Option<EventId>,
    /// Whether the reader chose the selection (then it goes into the URL).
    pub chosen_by_reader: bool,
    /// What the polite status region says.
    pub announcement: Announcement,
    /// Bumped when keyboard focus should move to the selected event's tab.
    pub focus_event: u32,
    /// The card to bring into view and focus, bumped with each request.
    pub focus_point: Option<(PointId, u32)>,
}

/// Things the reader can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open this event (clicked or tapped: focus stays where it is).
    Select(EventId),
    /// Open this event and move focus to it (from a card, a deep link).
    Reveal(EventId),
    /// Bring a card into view and focus it.
    RevealPoint(PointId),
    /// Open the event `n` places later (negative: earlier), moving focus to it.
    Step(isize),
    /// Open the first visible event, moving focus to it.
    First,
    /// Open the last visible event, moving focus to it.
    Last,
    /// Choose or un-choose a party.
    ToggleParty(PartyId),
    /// Choose or un-choose a track.
    ToggleTrack(TrackId),
    /// Show everything again.
    ClearFilter,
}

impl ViewState {
    /// The state a story opens with: no filter, the latest event that has happened.
    pub fn new(story: Rc<Story>) -> Self {
        let filter = Filter::default();
        let selected = story.default_event(&filter).map(|e| e.id.clone());
        ViewState {
            story,
            filter,
            selected,
            chosen_by_reader: false,
            announcement: Announcement::None,
            focus_event: 0,
            focus_point: None,
        }
    }

    /// Opens an event; an event hidden by the filter clears the filter first.
    fn select(&mut self, id: EventId) {
        if let Some(event) = self.story.event(&id) {
            if !self.story.event_matches(event, &self.filter) {
                self.filter = Filter::default();
            }
            let (position, count) = self
                .story
                .event_position(&id, &self.filter)
                .unwrap_or((0, 0));
            self.announcement = Announcement::Selected {
                event: id.clone(),
                position,
                count,
            };
            self.selected = Some(id);
            self.chosen_by_reader = true;
        }
    }

    fn refilter(&mut self) {
        let visible = self.story.visible_events(&self.filter);
        let still_visible = self
            .selected
            .as_ref()
            .is_some_and(|id| visible.iter().any(|e| &e.id == id));
        if !still_visible {
            self.selected = self.story.default_event(&self.filter).map(|e| e.id.clone());
        }
        let cards = self
            .story
            .points()
            .iter()
            .filter(|p| self.story.point_matches(p, &self.filter))
            .count();
        self.announcement = Announcement::Filtered {
            events: visible.len(),
            all_events: self.story.events().len(),
            cards,
            all_cards: self.story.points().len(),
        };
    }
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let story = &self.story;
        let visible = story.visible_events(&self.filter);
        let target = match &action {
            Action::Reveal(id) => Some(id.clone()),
            Action::Step(step) => self
                .selected
                .as_ref()
                .and_then(|current| story.neighbour_event(current, &self.filter, *step))
                .map(|e| e.id.clone()),
            Action::First => visible.first().map(|e| e.id.clone()),
            Action::Last => visible.last().map(|e| e.id.clone()),
            _ => None,
        };
        match action {
            Action::Select(id) => next.select(id),
            Action::Reveal(_) | Action::Step(_) | Action::First | Action::Last => {
                let Some(id) = target else { return self };
                next.select(id);
                next.focus_event += 1;
            }
            Action::RevealPoint(id) => {
                let Some(point) = story.points().iter().find(|p| p.id == id) else {
                    return self;
                };
                if !story.point_matches(point, &next.filter) {
                    next.filter = Filter::default();
                    next.refilter();
                }
                let serial = next.focus_point.as_ref().map_or(1, |(_, n)| n + 1);
                next.focus_point = Some((id, serial));
            }
            Action::ToggleParty(party) => {
                next.filter.toggle_party(party);
                next.refilter();
            }
            Action::ToggleTrack(track) => {
                next.filter.toggle_track(track);
                next.refilter();
            }
            Action::ClearFilter => {
                next.filter = Filter::default();
                next.refilter();
            }
        }
        Rc::new(next)
    }
}
