//! The story editor (`/editor.html`): a form for the parts of a story beside a live
//! preview in the real `<talks-tracker preview>`, with problems shown at their fields,
//! a draft kept in the browser, and undo/redo.
//!
//! Every rule is in the editor's model crate (`crates/story-edit`): the components only send
//! `Edit`s to the one reducer the app owns (`state.rs`), and the browser glue is in
//! `browser.rs`. Components are one per file.

mod add_item;
mod app;
mod browser;
mod claim_list;
mod date_fields;
mod event_fields;
mod event_list;
mod fields;
mod head_form;
mod item_card;
mod item_note;
mod lines_field;
mod party_list;
mod picker;
mod point_list;
mod preview;
mod problem_list;
mod publish;
mod question_list;
mod select_field;
mod source_list;
mod state;
mod status_field;
mod step_list;
mod text_field;
mod toolbar;
mod track_list;
mod update_list;
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

#[cfg(test)]
mod tests {
    use super::EditorApp;

    /// The editor rendered natively (Yew's server renderer): a new story, before any script.
    fn rendered() -> String {
        futures::executor::block_on(
            yew::ServerRenderer::<EditorApp>::new()
                .hydratable(false)
                .render(),
        )
    }

    #[test]
    fn a_new_story_shows_labelled_fields_with_their_problems() {
        let html = rendered();
        for label in [
            r#"<label for="ed-f-title">Headline</label>"#,
            r#"<label for="ed-add-party">Name of a new party</label>"#,
            r#"<label for="ed-add-event">Title of a new event</label>"#,
            r#"<label for="ed-add-source">Outlet of a new source</label>"#,
            r#"<label for="ed-add-track">Name of a new track</label>"#,
            r#"<label for="ed-add-point">Title of a new point</label>"#,
            r#"<label for="ed-add-claim">What was said, in short (a new claim)</label>"#,
            r#"<label for="ed-add-question">A new question</label>"#,
            r#"<label for="ed-add-step">Title of a new next step</label>"#,
            r#"<label for="ed-add-update">What changed (a new entry, stamped now)</label>"#,
            r#"<label for="ed-f-canonical_url">Address of the article (optional)</label>"#,
            r#"<label for="ed-open">Open a story file</label>"#,
            r#"<label for="ed-import">Import from TimelineJS or a spreadsheet</label>"#,
            r#"<label for="ed-publish-story">Story file URL</label>"#,
        ] {
            assert!(html.contains(label), "{label} in {html}");
        }
        assert!(
            html.contains(r#"aria-describedby="ed-p-title" aria-invalid="true""#),
            "{html}"
        );
        assert!(
            html.contains(r#"<ul id="ed-p-title" class="ed-problems"><li>must not be empty"#),
            "{html}"
        );
        assert!(
            html.contains(
                r#"<p id="ed-status" role="status" class="ed-status">4 problems to fix.</p>"#
            ),
            "{html}"
        );
        assert!(
            html.contains("data-editor-preview") && html.contains("<talks-tracker"),
            "{html}"
        );
        // A story with problems gets no embed codes, only the way to the problems.
        assert!(
            html.contains(r#"<dialog aria-labelledby="ed-publish-title" class="ed-publish">"#),
            "{html}"
        );
        assert!(html.contains("The story has 4 problems to fix"), "{html}");
        assert!(!html.contains("ed-code-script"), "{html}");
    }
}
