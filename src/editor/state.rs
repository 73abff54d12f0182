//! The editor's one state owner: `story_edit::Editor` behind Yew's `Reducible`,
//! with what every render needs worked out once per change (the file's JSON, its
//! problems, the text fields hold that the file could not take).

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
}

impl EditorState {
    /// The draft kept in the browser when there is a readable one, else a new story.
    pub fn start(draft: Option<String>, now: Timestamp) -> Self {
        let kept = draft.and_then(|json| read_file(&json).ok());
        let restored = kept.is_some();
        let mut state = Self::of(Editor::new(kept.unwrap_or_else(|| new_story(now))));
        state.restored = restored;
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
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let restored = self.restored;
        let mut editor = Rc::unwrap_or_clone(self).editor;
        // Stamped with the time it is made: the item's `added` or `updated`.
        editor.apply_at(edit, super::browser::now());
        let mut state = Self::of(editor);
        state.restored = restored;
        Rc::new(state)
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
