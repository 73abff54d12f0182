//! Loads and parses a story file.

use std::rc::Rc;

use story::{Diagnostic, Parsed, Story};
use yew::prelude::*;

/// Where loading a story stands.
#[derive(Clone, Debug)]
pub enum LoadState {
    /// The request is on its way.
    Loading,
    /// The file could not be fetched; the message says why.
    Failed {
        /// What happened, for the reader.
        message: AttrValue,
        /// Whether trying again may help (network trouble, server errors, time-outs).
        retry: bool,
    },
    /// The file was read but the story cannot be shown; the diagnostics say why.
    Unusable(Rc<[Diagnostic]>),
    /// The story, with the problems that cost items or values.
    Ready {
        /// The valid part of the story.
        story: Rc<Story>,
        /// Problems found while reading it.
        diagnostics: Rc<[Diagnostic]>,
    },
}

impl From<Parsed> for LoadState {
    fn from(parsed: Parsed) -> Self {
        let diagnostics: Rc<[Diagnostic]> = parsed.diagnostics.into();
        match parsed.story {
            Some(story) => LoadState::Ready {
                story: Rc::new(story),
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

/// Parses `inline` when given, else fetches the story at `src` and parses it;
/// re-runs when either changes, or on `retry`.
///
/// Outside the browser a fetched story stays [`LoadState::Loading`].
#[hook]
pub fn use_story(src: AttrValue, inline: Option<AttrValue>) -> StoryLoad {
    let parse_inline = |text: &AttrValue| LoadState::from(story::parse(text));
    let state = use_state(|| inline.as_ref().map_or(LoadState::Loading, parse_inline));
    let attempt = use_state(|| 0_u32);
    {
        let state = state.clone();
        use_effect_with((src, inline, *attempt), move |(src, inline, _)| {
            if let Some(text) = inline {
                state.set(parse_inline(text));
                return;
            }
            state.set(LoadState::Loading);
            #[cfg(target_arch = "wasm32")]
            {
                let src = src.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let next = match crate::browser::fetch_text(&src).await {
                        Ok(text) => LoadState::from(story::parse(&text)),
                        Err(failure) => LoadState::Failed {
                            message: failure.message.into(),
                            retry: failure.retry,
                        },
                    };
                    state.set(next);
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = src;
        });
    }
    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    StoryLoad {
        state: (*state).clone(),
        retry,
    }
}
