//! The story editor (`/editor.html`): a form for the parts of a story beside a live
//! preview in the real `<talks-tracker preview>`, with problems shown at their fields,
//! a draft kept in the browser, and undo/redo.
//!
//! Every rule is in the model crate (`story::edit`): the components only send
//! `Edit`s to the one reducer the app owns (`state.rs`), and the browser glue is in
//! `browser.rs`. Components are one per file.

mod add_item;
mod app;
mod browser;
mod date_fields;
mod event_fields;
mod event_list;
mod head_form;
mod party_list;
mod picker;
mod preview;
mod problem_list;
mod source_list;
mod state;
mod text_field;
mod toolbar;
mod use_narrow;

pub use app::EditorApp;

/// Mounts the editor on the page's `#editor` element.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let root = gloo::utils::document()
        .get_element_by_id("editor")
        .expect("editor.html has an #editor element");
    yew::Renderer::<EditorApp>::with_root(root).render();
}
