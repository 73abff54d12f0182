//! What one reader has chosen in a widget, and how each of their actions changes it.
//!
//! The widget's top component keeps a [`Reader`] in a reducer and hands its parts
//! to controlled components; the rules live here so they are tested natively
//! (`tests/reader.rs`): opening an event hidden by the filter clears the filter,
//! a filter that hides the open event opens the latest visible one instead, and
//! stepping past either end does nothing.

use crate::{DomId, EventId, Filter, Locale, PartyId, PointId, Story, TrackId};

/// A move through the timeline's events, among those the filter shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// The event before the open one.
    Previous,
    /// The event after the open one.
    Next,
    /// The first event.
    First,
    /// The last event.
    Last,
}

/// Something the reader did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Opened an event by clicking or tapping its tab (focus stays where it is).
    Select(EventId),
    /// Followed a link to an event (from a card, a deep link or the host page):
    /// the event opens and its tab takes focus.
    Reveal(EventId),
    /// Followed a link to a card: it comes into view and takes focus.
    RevealPoint(PointId),
    /// Followed a citation to the numbered source `n` (1-based): it comes into view and
    /// takes focus.
    RevealSource(usize),
    /// Moved through the events with the keyboard or Previous/Next; focus follows.
    Move(Move),
    /// Chose or un-chose a party.
    ToggleParty(PartyId),
    /// Chose or un-chose a track.
    ToggleTrack(TrackId),
    /// Cleared every filter.
    ClearFilter,
}

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

/// A reader's choices: the filter, the open event, and where focus should go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reader {
    filter: Filter,
    selected: Option<EventId>,
    chosen_by_reader: bool,
    announcement: Announcement,
    focus_event: u32,
    focus_element: Option<(DomId, u32)>,
}

impl Reader {
    /// Where a reader starts: no filter, the latest event that has happened open.
    pub fn new(story: &Story) -> Self {
        let filter = Filter::default();
        let selected = story.default_event(&filter).map(|e| e.id.clone());
        Reader {
            filter,
            selected,
            chosen_by_reader: false,
            announcement: Announcement::None,
            focus_event: 0,
            focus_element: None,
        }
    }

    /// The parties and tracks chosen.
    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// The open event, if any event is visible.
    pub fn selected(&self) -> Option<&EventId> {
        self.selected.as_ref()
    }

    /// Whether the reader chose the open event (then it goes into the URL and to the
    /// host page); `false` for the event a story opens with.
    pub fn chosen_by_reader(&self) -> bool {
        self.chosen_by_reader
    }

    /// What the status region says.
    pub fn announcement(&self) -> &Announcement {
        &self.announcement
    }

    /// Changes each time keyboard focus should move to the open event's tab; 0 at first.
    pub fn focus_event(&self) -> u32 {
        self.focus_event
    }

    /// The card or source to bring into view and focus, with a serial that changes on
    /// each request.
    pub fn focus_element(&self) -> Option<&(DomId, u32)> {
        self.focus_element.as_ref()
    }

    /// The card asked for last, if the last request was for a card.
    pub fn focus_point(&self) -> Option<&PointId> {
        match &self.focus_element {
            Some((DomId::Point(id), _)) => Some(id),
            _ => None,
        }
    }

    /// The numbered source asked for last, if the last request was for a source.
    pub fn focus_source(&self) -> Option<usize> {
        match self.focus_element {
            Some((DomId::Source(n), _)) => Some(n),
            _ => None,
        }
    }

    /// The reader after `action`, or `None` when the action changes nothing (an
    /// unknown id, a step past either end).
    pub fn apply(&self, story: &Story, action: Action) -> Option<Reader> {
        let mut next = self.clone();
        match action {
            Action::Select(id) => next.open(story, id)?,
            Action::Reveal(id) => {
                next.open(story, id)?;
                next.focus_event += 1;
            }
            Action::Move(step) => {
                let id = self.target(story, step)?;
                next.open(story, id)?;
                next.focus_event += 1;
            }
            Action::RevealPoint(id) => {
                let point = story.point(&id)?;
                if !story.point_matches(point, &next.filter) {
                    next.filter = Filter::default();
                    next.refilter(story);
                }
                next.ask_focus(DomId::Point(id));
            }
            Action::RevealSource(n) => {
                if !(1..=story.sources().len()).contains(&n) {
                    return None;
                }
                next.ask_focus(DomId::Source(n));
            }
            Action::ToggleParty(party) => {
                next.filter.toggle_party(party);
                next.refilter(story);
            }
            Action::ToggleTrack(track) => {
                next.filter.toggle_track(track);
                next.refilter(story);
            }
            Action::ClearFilter => {
                next.filter = Filter::default();
                next.refilter(story);
            }
        }
        Some(next)
    }

    /// Asks for `element` to come into view and take focus, as a new request.
    fn ask_focus(&mut self, element: DomId) {
        let serial = self.focus_element.as_ref().map_or(1, |(_, n)| n + 1);
        self.focus_element = Some((element, serial));
    }

    /// The event a move leads to, if there is one.
    fn target(&self, story: &Story, step: Move) -> Option<EventId> {
        let event = match step {
            Move::Previous | Move::Next => {
                let by = if step == Move::Next { 1 } else { -1 };
                story.neighbour_event(self.selected.as_ref()?, &self.filter, by)
            }
            Move::First => story.visible_events(&self.filter).first().copied(),
            Move::Last => story.visible_events(&self.filter).last().copied(),
        };
        event.map(|e| e.id.clone())
    }

    /// Opens an event; an event hidden by the filter clears the filter first.
    fn open(&mut self, story: &Story, id: EventId) -> Option<()> {
        let event = story.event(&id)?;
        if !story.event_matches(event, &self.filter) {
            self.filter = Filter::default();
        }
        let (position, count) = story.event_position(&id, &self.filter)?;
        self.announcement = Announcement::Selected {
            event: id.clone(),
            position,
            count,
        };
        self.selected = Some(id);
        self.chosen_by_reader = true;
        Some(())
    }

    /// After a filter change: keeps the open event if it is still shown, else opens
    /// the default one, and says how much is shown.
    fn refilter(&mut self, story: &Story) {
        let visible = story.visible_events(&self.filter);
        let still_visible = self
            .selected
            .as_ref()
            .is_some_and(|id| visible.iter().any(|e| &e.id == id));
        if !still_visible {
            self.selected = story.default_event(&self.filter).map(|e| e.id.clone());
        }
        let cards = story
            .points()
            .iter()
            .filter(|p| story.point_matches(p, &self.filter))
            .count();
        self.announcement = Announcement::Filtered {
            events: visible.len(),
            all_events: story.events().len(),
            cards,
            all_cards: story.points().len(),
        };
    }
}
