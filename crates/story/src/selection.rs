//! Which event the timeline shows, and moving between events.

use crate::{Event, EventId, Filter, Story};

impl Story {
    /// The event to open first: the latest one that has happened by the story's
    /// "now", else the first one; among those passing `filter`.
    pub fn default_event(&self, filter: &Filter) -> Option<&Event> {
        let now = self.as_of().day();
        let visible = self.visible_events(filter);
        let happened = visible
            .iter()
            .rev()
            .find(|e| !e.date.is_expected() && e.date.start() <= now);
        happened.or(visible.first()).copied()
    }

    /// The event `step` places after `current` among those passing `filter`
    /// (negative steps go back); `None` past either end or when `current` is hidden.
    pub fn neighbour_event(
        &self,
        current: &EventId,
        filter: &Filter,
        step: isize,
    ) -> Option<&Event> {
        let visible = self.visible_events(filter);
        let index = visible.iter().position(|e| &e.id == current)?;
        visible.get(index.checked_add_signed(step)?).copied()
    }

    /// Where an event stands among those passing `filter`: (1-based position, count).
    pub fn event_position(&self, id: &EventId, filter: &Filter) -> Option<(usize, usize)> {
        let visible = self.visible_events(filter);
        visible
            .iter()
            .position(|e| &e.id == id)
            .map(|i| (i + 1, visible.len()))
    }
}
