//! Loads and parses a story file.

use std::rc::Rc;

use story::{Diagnostic, Messages, Parsed};
use yew::prelude::*;

use crate::context::SharedStory;

/// Where loading a story stands.
#[derive(Clone, Debug)]
pub enum LoadState {
    /// The request is on its way.
    Loading,
    /// The file could not be fetched.
    Failed(FetchProblem),
    /// The file was read but the story cannot be shown; the diagnostics say why.
    Unusable(Rc<[Diagnostic]>),
    /// The story, with the problems that cost items or values.
    Ready {
        /// The valid part of the story.
        story: SharedStory,
        /// Problems found while reading it.
        diagnostics: Rc<[Diagnostic]>,
    },
}

/// Why a story file could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchProblem {
    /// The request failed (offline, DNS, refused connection, CORS).
    Network,
    /// Nothing arrived within the time limit.
    TimedOut {
        /// The limit.
        seconds: u64,
    },
    /// The server answered with an error status.
    Http {
        /// The status code.
        status: u16,
        /// The status text ("Not Found").
        text: String,
    },
    /// The server sent something else than JSON (an HTML error page, say).
    NotJson {
        /// The content type sent.
        kind: String,
    },
    /// The download started but broke off.
    BrokeOff,
    /// The file is not UTF-8 text: where its first byte that UTF-8 does not allow is.
    NotUtf8(story::NotUtf8),
    /// The file is larger than a story may be (by its `Content-Length`, or as it streamed in).
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
}

impl FetchProblem {
    /// What happened, for the reader, in the widget's language.
    pub fn message(&self, url: &str, m: &Messages) -> String {
        match self {
            FetchProblem::Network => (m.fetch_network_failed)(url),
            FetchProblem::TimedOut { seconds } => (m.fetch_timed_out)(url, *seconds),
            FetchProblem::Http { status, text } => (m.fetch_http_error)(url, *status, text),
            FetchProblem::NotJson { kind } => (m.fetch_not_json)(url, kind),
            FetchProblem::BrokeOff => (m.fetch_broke_off)(url),
            FetchProblem::NotUtf8(at) => (m.fetch_not_utf8)(url, at.line, at.column),
            FetchProblem::TooLarge { limit } => (m.fetch_too_large)(url, limit / (1024 * 1024)),
        }
    }

    /// Whether trying again may help: network trouble, time-outs, server errors and
    /// "too many requests"; not a missing file or a wrong content type.
    pub fn retry_may_help(&self) -> bool {
        match self {
            FetchProblem::Network | FetchProblem::TimedOut { .. } | FetchProblem::BrokeOff => true,
            FetchProblem::Http { status, .. } => *status >= 500 || matches!(status, 408 | 429),
            FetchProblem::NotJson { .. }
            | FetchProblem::NotUtf8(_)
            | FetchProblem::TooLarge { .. } => false,
        }
    }
}

impl From<Parsed> for LoadState {
    fn from(parsed: Parsed) -> Self {
        let diagnostics: Rc<[Diagnostic]> = parsed.diagnostics.into();
        match parsed.story {
            Some(story) => LoadState::Ready {
                story: SharedStory::new(story),
                diagnostics,
            },
            None => LoadState::Unusable(diagnostics),
        }
    }
}

/// A loaded story's state, and how to ask for it again.
#[derive(Clone)]
pub struct StoryLoad {
    /// Where loading stands.
    pub state: LoadState,
    /// Fetches the story again (after a failure that a retry may cure).
    pub retry: Callback<()>,
}

/// Parses `inline` when given, else fetches the story at `src` (with the reader's
/// cookies only when `with_credentials`) and parses it; re-runs when either changes,
/// or on `retry`. A new request cancels the one before, so only the latest request's
/// result is ever shown.
///
/// Outside the browser a fetched story stays [`LoadState::Loading`].
#[hook]
pub fn use_story(src: AttrValue, inline: Option<AttrValue>, with_credentials: bool) -> StoryLoad {
    let parse_inline = |text: &AttrValue| LoadState::from(story::parse(text));
    let state = use_state(|| inline.as_ref().map_or(LoadState::Loading, parse_inline));
    let attempt = use_state(|| 0_u32);
    {
        let state = state.clone();
        use_effect_with((src, inline, *attempt), move |(src, inline, _)| {
            let request = match inline {
                Some(text) => {
                    state.set(parse_inline(text));
                    None
                }
                None => {
                    state.set(LoadState::Loading);
                    Some(crate::browser::fetch::load(
                        src,
                        with_credentials,
                        |result| match result {
                            Ok(text) => LoadState::from(story::parse(&text)),
                            Err(problem) => LoadState::Failed(problem),
                        },
                        move |loaded| state.set(loaded),
                    ))
                }
            };
            // A new `src` (or a retry) cancels this request: its answer is never shown.
            move || {
                let _cancel = request;
            }
        });
    }
    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    StoryLoad {
        state: (*state).clone(),
        retry,
    }
}
