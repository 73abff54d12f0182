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
    Failed(AttrValue),
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

/// Parses `inline` when given, else fetches the story at `src` and parses it;
/// re-runs when either changes.
///
/// Outside the browser a fetched story stays [`LoadState::Loading`].
#[hook]
pub fn use_story(src: AttrValue, inline: Option<AttrValue>) -> LoadState {
    let parse_inline = |text: &AttrValue| LoadState::from(story::parse(text));
    let state = use_state(|| inline.as_ref().map_or(LoadState::Loading, parse_inline));
    {
        let state = state.clone();
        use_effect_with((src, inline), move |(src, inline)| {
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
                        Err(message) => LoadState::Failed(message.into()),
                    };
                    state.set(next);
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = src;
        });
    }
    (*state).clone()
}
