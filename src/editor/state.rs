//! The editor's one state owner: `story_edit::Editor` behind Yew's `Reducible`,
//! with what every render needs worked out once per change (the file's JSON, its
//! problems, the text fields hold that the file could not take).
//!
//! The draft comes from IndexedDB after the first render, so the state starts as a
//! new story that is not saved as the draft until the kept one has been read.

use std::collections::BTreeMap;
use std::rc::Rc;

use story::Timestamp;
use story_edit::{new_story, read_file, Edit, Editor, Problem};
use yew::prelude::*;

/// The editor's state, as the app's `use_reducer` holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorState {
    /// The story, its history and pending field text.
    pub editor: Editor,
    /// The story file's text, as saved and previewed.
    pub json: AttrValue,
    /// Every problem, each with its JSON path.
    pub problems: Rc<[Problem]>,
    /// Text typed into fields that the file could not take, by JSON path.
    pub pending: Rc<BTreeMap<String, String>>,
    /// Whether the story came from a draft kept in the browser.
    pub restored: bool,
    /// Whether the draft kept in the browser has been looked for: until then the
    /// story is not kept as the draft (it would overwrite the one being read).
    pub loaded: bool,
}

/// What the app's reducer does: an edit, or the draft read from the browser.
#[derive(Clone, Debug)]
pub enum Action {
    /// An edit of the story (its undo history included).
    Edit(Edit),
    /// The draft kept in the browser, if any, read after the first render.
    Restore(Option<String>),
}

impl From<Edit> for Action {
    fn from(edit: Edit) -> Self {
        Action::Edit(edit)
    }
}

impl EditorState {
    /// A new story, until the draft kept in the browser has been read.
    pub fn start(now: Timestamp) -> Self {
        Self::of(Editor::new(new_story(now)))
    }

    /// The draft kept in the browser when there is a readable one and nothing has
    /// been edited yet, else the story as it is; from now on it is kept as the draft.
    fn restore(self, draft: Option<String>) -> Self {
        let kept = draft
            .filter(|_| !self.loaded && !self.editor.can_undo())
            .and_then(|json| read_file(&json).ok());
        let mut state = match kept {
            Some(file) => Self {
                restored: true,
                ..Self::of(Editor::new(file))
            },
            None => self,
        };
        state.loaded = true;
        state
    }

    fn of(editor: Editor) -> Self {
        let pending = editor
            .all_pending()
            .map(|(path, pending)| (path.to_string(), pending.text.clone()))
            .collect();
        EditorState {
            json: AttrValue::from(editor.json()),
            problems: editor.problems().into(),
            pending: Rc::new(pending),
            editor,
            restored: false,
            loaded: false,
        }
    }

    /// What the form fields share: the problems and pending text by path.
    pub fn form(&self) -> FormContext {
        FormContext {
            problems: self.problems.clone(),
            pending: self.pending.clone(),
        }
    }
}

impl Reducible for EditorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = Rc::unwrap_or_clone(self);
        match action {
            Action::Edit(edit) => {
                let (restored, loaded) = (state.restored, state.loaded);
                let mut editor = state.editor;
                editor.apply(edit);
                Rc::new(Self {
                    restored,
                    loaded,
                    ..Self::of(editor)
                })
            }
            Action::Restore(draft) => Rc::new(state.restore(draft)),
        }
    }
}

/// Shared by every form field through a context: its problems and pending text.
#[derive(Clone, Debug, PartialEq)]
pub struct FormContext {
    /// Every problem, each with its JSON path.
    pub problems: Rc<[Problem]>,
    /// Text typed into fields that the file could not take, by JSON path.
    pub pending: Rc<BTreeMap<String, String>>,
}

impl FormContext {
    /// The problems concerning the field at `path` (and the fields inside it).
    pub fn problems_at<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Problem> + 'a {
        self.problems
            .iter()
            .filter(move |p| story_edit::concerns(&p.path, path))
    }
}

/// The form fields' shared state; an empty one outside the app.
#[hook]
pub fn use_form() -> FormContext {
    use_context::<FormContext>().unwrap_or_else(|| FormContext {
        problems: Rc::from([]),
        pending: Rc::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use story_edit::HeadField;

    fn now() -> Timestamp {
        Timestamp::parse("2026-01-10T09:00:00Z").unwrap()
    }

    fn draft(title: &str) -> String {
        let mut editor = Editor::new(new_story(now()));
        editor.apply(Edit::Head(HeadField::Title, title.into()));
        editor.json()
    }

    fn reduce(state: EditorState, action: Action) -> EditorState {
        Rc::unwrap_or_clone(Rc::new(state).reduce(action))
    }

    #[test]
    fn the_kept_draft_replaces_the_new_story_without_an_undo_step() {
        let state = EditorState::start(now());
        assert!(
            !state.loaded,
            "nothing is kept before the draft has been read"
        );
        let state = reduce(state, Action::Restore(Some(draft("Kept"))));
        assert!(state.loaded && state.restored);
        assert_eq!(state.editor.file().head.title, "Kept");
        assert!(!state.editor.can_undo());
        // Edits keep both flags.
        let state = reduce(
            state,
            Edit::Head(HeadField::Title, "Kept, edited".into()).into(),
        );
        assert!(state.loaded && state.restored);
    }

    #[test]
    fn no_draft_or_an_unreadable_one_leaves_the_new_story_to_be_kept() {
        for kept in [None, Some("{ not json".to_string())] {
            let state = reduce(EditorState::start(now()), Action::Restore(kept));
            assert!(state.loaded && !state.restored);
            assert_eq!(state.editor.file().head.title, "");
        }
    }

    #[test]
    fn a_draft_read_after_the_producer_started_typing_does_not_overwrite_it() {
        let state = EditorState::start(now());
        let state = reduce(
            state,
            Edit::Head(HeadField::Title, "Typed first".into()).into(),
        );
        let state = reduce(state, Action::Restore(Some(draft("Kept"))));
        assert!(state.loaded && !state.restored);
        assert_eq!(state.editor.file().head.title, "Typed first");
    }
}
