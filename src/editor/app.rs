//! The editor's top component and one state owner: the form beside the live preview
//! on wide screens, behind two tabs ("Edit", "Preview") on phones (WAI-ARIA Tabs with
//! a roving tabindex, automatic activation). It owns the reducer (`state.rs`), reads
//! the draft kept in the browser once and keeps it after every change, opens files
//! chosen or dropped on the page, imports, saves, opens the publish step, and maps
//! Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) to undo and redo.

use std::collections::BTreeSet;
use std::rc::Rc;

use story_edit::import::import_files;
use story_edit::{new_story, open_file, Edit, List};
use yew::prelude::*;

use super::browser::{self, Saved};
use super::claim_list::ClaimList;
use super::event_list::EventList;
use super::head_form::HeadForm;
use super::party_list::PartyList;
use super::point_list::PointList;
use super::preview::Preview;
use super::problem_list::ProblemList;
use super::publish::Publish;
use super::question_list::QuestionList;
use super::source_list::SourceList;
use super::state::{use_late_problems, Action, EditorState, FormContext, OpenItems};
use super::step_list::StepList;
use super::toolbar::Toolbar;
use super::track_list::TrackList;
use super::update_list::UpdateList;
use super::use_narrow::use_narrow;

/// Which panel a phone shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Edit,
    Preview,
}

impl View {
    fn other(self) -> View {
        match self {
            View::Edit => View::Preview,
            View::Preview => View::Edit,
        }
    }

    fn tab_id(self) -> &'static str {
        match self {
            View::Edit => "ed-tab-edit",
            View::Preview => "ed-tab-preview",
        }
    }

    fn panel_id(self) -> &'static str {
        match self {
            View::Edit => "ed-panel-edit",
            View::Preview => "ed-panel-preview",
        }
    }
}

/// What a key press asks of the history, if anything.
fn shortcut(event: &KeyboardEvent) -> Option<Edit> {
    if !(event.ctrl_key() || event.meta_key()) || event.alt_key() {
        return None;
    }
    match (event.key().to_lowercase().as_str(), event.shift_key()) {
        ("z", false) => Some(Edit::Undo),
        ("z", true) | ("y", false) => Some(Edit::Redo),
        _ => None,
    }
}

/// The path a new item will have, for an edit that adds one.
fn new_item_path(edit: &Edit, file: &story::StoryFile) -> Option<String> {
    let (list, len) = match edit {
        Edit::AddParty { .. } => ("parties", file.parties.len()),
        Edit::AddEvent { .. } => ("events", file.events.len()),
        Edit::AddSource { .. } => ("sources", file.sources.len()),
        Edit::Add(list, ..) => (
            list.name(),
            match list {
                List::Tracks => file.tracks.len(),
                List::Points => file.points.len(),
                List::Claims => file.claims.len(),
                List::Questions => file.questions.len(),
                List::NextSteps => file.next_steps.len(),
            },
        ),
        Edit::Log(_) => ("updates", file.updates.len()),
        _ => return None,
    };
    Some(format!("{list}[{len}]"))
}

/// What opening a file says: that undo goes back, and each item left out and why.
fn opened_notice(left_out: &[story_edit::Problem]) -> String {
    let mut notice = String::from("Opened the story file. Undo goes back to the story before it.");
    if !left_out.is_empty() {
        notice += &match left_out.len() {
            1 => " 1 item could not be read and was left out:".to_string(),
            n => format!(" {n} items could not be read and were left out:"),
        };
        for problem in left_out {
            notice += &format!(" {}: {}.", problem.path, problem.message);
        }
    }
    notice
}

/// The story editor.
#[component]
pub fn EditorApp() -> Html {
    let state = use_reducer(|| EditorState::start(browser::now()));
    let notice = use_state(String::new);
    // Lines under the notice: an import's problems, or what it left out or guessed.
    let details = use_state(|| Rc::<[String]>::from([]));
    let dragging = use_state_eq(|| false);
    let publishing = use_state_eq(|| false);
    let view = use_state_eq(|| View::Edit);
    let narrow = use_narrow();
    let dispatcher = state.dispatcher();
    let late = use_late_problems(&state);
    {
        // The draft is read once, after the first render (IndexedDB answers later).
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            browser::load_draft(Callback::from(move |draft| {
                dispatcher.dispatch(Action::Restore(draft))
            }));
        });
    }
    {
        let notice = notice.clone();
        use_effect_with(state.restored, move |restored| {
            if *restored {
                notice.set("Draft restored from this browser.".into());
            }
        });
    }
    {
        // Every change is kept as the draft at once: a reload or a crash loses nothing.
        use_effect_with((state.loaded, state.json.clone()), |(loaded, json)| {
            if *loaded {
                browser::save_draft(json)
            }
        });
    }
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            let guard = browser::on_keydown(Callback::from(move |event: KeyboardEvent| {
                if let Some(edit) = shortcut(&event) {
                    event.prevent_default();
                    dispatcher.dispatch(edit.into());
                }
            }));
            move || drop(guard)
        });
    }

    let open_paths = use_state(|| Rc::new(BTreeSet::<String>::new()));
    let open_items = OpenItems {
        paths: (*open_paths).clone(),
        set: {
            let open_paths = open_paths.clone();
            Callback::from(move |(path, open): (String, bool)| {
                let mut paths = (**open_paths).clone();
                if open {
                    paths.insert(path);
                } else {
                    paths.remove(&path);
                }
                open_paths.set(Rc::new(paths));
            })
        },
    };
    let on_edit = {
        let dispatcher = dispatcher.clone();
        let (file, set_open) = (state.editor.file().clone(), open_items.set.clone());
        Callback::from(move |edit: Edit| {
            // A new item opens at once, for its fields to be filled.
            if let Some(path) = new_item_path(&edit, &file) {
                set_open.emit((path, true));
            }
            dispatcher.dispatch(edit.into())
        })
    };
    // A story file chosen in "Open" or dropped on the page.
    let open_files = {
        let dispatcher = dispatcher.clone();
        let notice = notice.clone();
        let details = details.clone();
        Callback::from(move |read: Result<Vec<(String, String)>, String>| {
            let opened = read.and_then(|files| match files.first() {
                Some((_, text)) => open_file(text),
                None => Err("no file".into()),
            });
            details.set(Rc::from([]));
            match opened {
                Ok((file, left_out)) => {
                    browser::forget_save_target();
                    dispatcher.dispatch(Edit::Replace(Rc::new(file)).into());
                    notice.set(opened_notice(&left_out));
                }
                Err(problem) => notice.set(format!("Could not open the file: {problem}")),
            }
        })
    };
    {
        let dragging = dragging.clone();
        let open_files = open_files.clone();
        use_effect_with((), move |_| {
            let guard =
                browser::watch_drops(Callback::from(move |on| dragging.set(on)), open_files);
            move || drop(guard)
        });
    }
    let on_open =
        Callback::from(move |event: Event| browser::read_chosen_files(&event, open_files.clone()));
    let on_import = {
        let dispatcher = dispatcher.clone();
        let notice = notice.clone();
        let details = details.clone();
        Callback::from(move |event: Event| {
            let dispatcher = dispatcher.clone();
            let notice = notice.clone();
            let details = details.clone();
            browser::read_chosen_files(
                &event,
                Callback::from(move |read: Result<Vec<(String, String)>, String>| {
                    match read
                        .map_err(|problem| vec![problem])
                        .and_then(|files| import_files(&files))
                    {
                        Ok(imported) => {
                            let events = imported.file.events.len();
                            browser::forget_save_target();
                            dispatcher.dispatch(Edit::Replace(Rc::new(imported.file)).into());
                            let left_out = match imported.report.len() {
                                0 => String::new(),
                                n => format!(" {n} things were left out or guessed (below)."),
                            };
                            notice.set(format!(
                                "Imported {} with {events} events.{left_out}                                  Undo goes back to the story before it.",
                                imported.kind
                            ));
                            details.set(imported.report.into());
                        }
                        Err(problems) => {
                            let count = match problems.len() {
                                1 => "1 problem".to_string(),
                                n => format!("{n} problems"),
                            };
                            notice.set(format!("Could not import: {count}."));
                            details.set(problems.into());
                        }
                    }
                }),
            );
        })
    };
    let on_save = {
        let state = state.clone();
        let notice = notice.clone();
        Callback::from(move |()| {
            let id = state.editor.file().head.id.to_string();
            let name = format!("{}.json", if id.is_empty() { "story" } else { &id });
            let notice = notice.clone();
            browser::save_file(
                &name,
                &state.json,
                Callback::from(move |saved| {
                    notice.set(match saved {
                        Ok(Saved::Written(file)) => {
                            format!("Saved to {file}. Saving again writes the same file.")
                        }
                        Ok(Saved::Downloaded(file)) => format!("Saved {file} to your downloads."),
                        Ok(Saved::Cancelled) => "Not saved: no file was chosen.".into(),
                        Err(problem) => format!("Could not save: {problem}"),
                    })
                }),
            );
        })
    };
    let on_publish = {
        let publishing = publishing.clone();
        Callback::from(move |()| publishing.set(true))
    };
    let on_publish_closed = {
        let publishing = publishing.clone();
        Callback::from(move |()| publishing.set(false))
    };
    let on_undo = on_edit.reform(|()| Edit::Undo);
    let on_redo = on_edit.reform(|()| Edit::Redo);
    let on_new = {
        let notice = notice.clone();
        on_edit.reform(move |()| {
            browser::forget_save_target();
            notice.set("Started a new story. Undo goes back to the one before.".into());
            Edit::Replace(Rc::new(new_story(browser::now())))
        })
    };

    let tab = |which: View, label: &'static str| {
        let selected = *view == which;
        let onclick = {
            let view = view.clone();
            Callback::from(move |_: MouseEvent| view.set(which))
        };
        let onkeydown = {
            let view = view.clone();
            Callback::from(move |event: KeyboardEvent| {
                let to = match event.key().as_str() {
                    "ArrowLeft" | "ArrowRight" => which.other(),
                    "Home" => View::Edit,
                    "End" => View::Preview,
                    _ => return,
                };
                event.prevent_default();
                view.set(to);
                browser::focus_first(&[to.tab_id().to_string()]);
            })
        };
        html! {
            <button type="button" role="tab" id={which.tab_id()} aria-controls={which.panel_id()}
                aria-selected={selected.to_string()} tabindex={if selected { "0" } else { "-1" }}
                {onclick} {onkeydown}>{ label }</button>
        }
    };
    let panel = |which: View| {
        let hidden = narrow && *view != which;
        (
            narrow.then_some("tabpanel"),
            narrow.then_some(which.tab_id()),
            hidden,
        )
    };
    let (edit_role, edit_label, edit_hidden) = panel(View::Edit);
    let (preview_role, preview_label, preview_hidden) = panel(View::Preview);
    let form = state.form(&late);
    let file = state.editor.file().clone();
    let today = browser::now().day();

    html! {
        <ContextProvider<FormContext> context={form.clone()}>
        <ContextProvider<OpenItems> context={open_items}>
            <header class="ed-header">
                <h1>{ "Story editor" }</h1>
                <p class="ed-lede">{ "Build a story part by part; the preview shows it as readers will. \
                    Your draft is kept in this browser, and nothing leaves it until you save the file." }</p>
                <Toolbar can_undo={state.editor.can_undo()} can_redo={state.editor.can_redo()}
                    {on_open} {on_import} {on_save} {on_publish} {on_undo} {on_redo} {on_new} />
                <div class="ed-notice" role="status">
                    <p>{ (*notice).clone() }</p>
                    if !details.is_empty() {
                        <ul class="ed-details">
                            { for details.iter().map(|line| html! { <li>{ line }</li> }) }
                        </ul>
                    }
                </div>
                if *dragging {
                    <p class="ed-drop-hint">{ "Drop a story file to open it" }</p>
                }
            </header>
            <Publish open={*publishing} on_close={on_publish_closed} json={state.json.clone()}
                id={file.head.id.to_string()} title={file.head.title.clone()}
                problems={form.problems.len()} />
            <main class={classes!("ed-main", narrow.then_some("ed-narrow"))}>
                if narrow {
                    <div class="ed-tabs" role="tablist" aria-label="Editor view">
                        { tab(View::Edit, "Edit") }
                        { tab(View::Preview, "Preview") }
                    </div>
                }
                <div id={View::Edit.panel_id()} class="ed-form" role={edit_role}
                    aria-labelledby={edit_label} hidden={edit_hidden}>
                    <ProblemList />
                    <HeadForm file={file.clone()} on_edit={on_edit.clone()} />
                    <PartyList file={file.clone()} on_edit={on_edit.clone()} />
                    <SourceList file={file.clone()} on_edit={on_edit.clone()} />
                    <TrackList file={file.clone()} on_edit={on_edit.clone()} />
                    <EventList file={file.clone()} {today} on_edit={on_edit.clone()} />
                    <PointList file={file.clone()} on_edit={on_edit.clone()} />
                    <ClaimList file={file.clone()} on_edit={on_edit.clone()} />
                    <QuestionList file={file.clone()} on_edit={on_edit.clone()} />
                    <StepList file={file.clone()} on_edit={on_edit.clone()} />
                    <UpdateList {file} on_edit={on_edit.clone()} />
                </div>
                <section id={View::Preview.panel_id()} class="ed-preview" data-editor-preview=""
                    role={preview_role} aria-labelledby={preview_label.unwrap_or("ed-preview-title")}
                    hidden={preview_hidden}>
                    <h2 id="ed-preview-title">{ "Preview" }</h2>
                    <Preview json={state.json.clone()} />
                </section>
            </main>
        </ContextProvider<OpenItems>>
        </ContextProvider<FormContext>>
    }
}
