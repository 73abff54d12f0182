//! The widget's components, one per file.

mod card_section;
mod change_badge;
mod citations;
mod claim_list;
mod diagnostics_note;
mod event_detail;
mod filter_bar;
mod key_questions;
mod next_steps;
mod point_card;
mod source_list;
mod story_link;
mod story_view;
mod talks_tracker;
mod timeline;
mod update_log;
mod visit_summary;
mod who_stands_where;

pub use card_section::{CardSection, CardSectionProps};
pub use change_badge::{ChangeBadge, ChangeBadgeProps};
pub use citations::{Citations, CitationsProps};
pub use claim_list::{ClaimList, ClaimListProps};
pub use diagnostics_note::{DiagnosticsNote, DiagnosticsNoteProps};
pub use event_detail::{EventDetail, EventDetailProps};
pub use filter_bar::{FilterBar, FilterBarProps};
pub use key_questions::{KeyQuestions, KeyQuestionsProps};
pub use next_steps::{NextSteps, NextStepsProps};
pub use point_card::{PointCard, PointCardProps};
pub use source_list::SourceList;
pub use story_link::{LinkTarget, StoryLink, StoryLinkProps};
pub use story_view::{StoryView, StoryViewProps};
pub use talks_tracker::{TalksTracker, TalksTrackerProps};
pub use timeline::{Timeline, TimelineProps};
pub use update_log::{UpdateLog, UpdateLogProps};
pub use visit_summary::{VisitSummary, VisitSummaryProps};
pub use who_stands_where::{WhoStandsWhere, WhoStandsWhereProps};
