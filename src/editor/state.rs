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

/// Up to this size (about 300 events) a story is checked at every change; past it,
/// checking every keystroke would make typing lag, so it is checked when typing pauses.
pub const CHECK_AT_ONCE_BYTES: usize = 256 * 1024;

/// How long typing must pause before a large story is checked.
const CHECK_PAUSE_MS: u32 = 400;

/// The editor's state, as the app's `use_reducer` holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorState {
    /// The story, its history and pending field text.
    pub editor: Editor,
    /// The story file's text, as saved and previewed.
    pub json: AttrValue,
    /// Every problem, each with its JSON path; `None` for a large story, which is
    /// checked once typing pauses.
    pub problems: Option<Rc<[Problem]>>,
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
        let json = editor.json();
        // A large story is checked once typing pauses (the app's `use_late_problems`).
        let problems = if json.len() <= CHECK_AT_ONCE_BYTES {
            Some(editor.problems_in(&json).into())
        } else {
            None
        };
        EditorState {
            problems,
            json: AttrValue::from(json),
            pending: Rc::new(pending),
            editor,
            restored: false,
            loaded: false,
        }
    }

    /// What the form fields share: the problems (`late` ones for a large story) and
    /// pending text by path.
    pub fn form(&self, late: &Rc<[Problem]>) -> FormContext {
        let problems = self.problems.clone().unwrap_or_else(|| late.clone());
        let mut per_item = BTreeMap::new();
        for problem in problems.iter() {
            if let Some((list, i)) = story_edit::item_of(&problem.path) {
                *per_item.entry(format!("{list}[{i}]")).or_insert(0) += 1;
            }
        }
        FormContext {
            problems,
            per_item: Rc::new(per_item),
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
                // Stamped with the time it is made: the item's `added` or `updated`.
                editor.apply_at(edit, super::browser::now());
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
    /// How many problems concern each item, by the item's path (`events[3]`).
    pub per_item: Rc<BTreeMap<String, usize>>,
    /// Text typed into fields that the file could not take, by JSON path.
    pub pending: Rc<BTreeMap<String, String>>,
}

impl FormContext {
    /// How many problems concern the item at `path` (`events[3]`), counted once per
    /// change for every item.
    pub fn count_at(&self, path: &str) -> usize {
        self.per_item.get(path).copied().unwrap_or(0)
    }

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
        per_item: Rc::default(),
        pending: Rc::default(),
    })
}

/// The problems of a large story, worked out once typing pauses for
/// [`CHECK_PAUSE_MS`]; those of the last check until then.
#[hook]
pub fn use_late_problems(state: &EditorState) -> Rc<[Problem]> {
    let late = use_state(|| Rc::<[Problem]>::from([]));
    {
        let late = late.clone();
        let due = state.problems.is_none().then(|| state.editor.clone());
        use_effect_with(state.json.clone(), move |json| {
            let json = json.clone();
            let guard = due.map(|editor| {
                super::browser::later(
                    CHECK_PAUSE_MS,
                    Callback::from(move |()| late.set(editor.problems_in(&json).into())),
                )
            });
            move || drop(guard)
        });
    }
    (*late).clone()
}

/// Which items of the form are open: an item shows its name and problem count, and
/// its fields only while open, so a story of thousands of items stays quick to edit.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenItems {
    /// The open items' paths (`events[3]`).
    pub paths: Rc<std::collections::BTreeSet<String>>,
    /// Opens (`true`) or closes the item at a path.
    pub set: Callback<(String, bool)>,
}

impl OpenItems {
    /// Whether the item at `path` is open.
    pub fn is_open(&self, path: &str) -> bool {
        self.paths.contains(path)
    }
}

/// The form's open items; none outside the app.
#[hook]
pub fn use_open_items() -> OpenItems {
    use_context::<OpenItems>().unwrap_or_else(|| OpenItems {
        paths: Rc::default(),
        set: Callback::noop(),
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
