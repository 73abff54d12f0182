//! The editor's commands: open a story file, import one from TimelineJS or the
//! spreadsheet template, save it, publish it, undo, redo, start a new story.

use yew::prelude::*;

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq, Clone)]
pub struct ToolbarProps {
    /// Whether there is a step to undo.
    pub can_undo: bool,
    /// Whether there is a step to redo.
    pub can_redo: bool,
    /// Receives the file input's `change` event.
    pub on_open: Callback<Event>,
    /// Receives the import input's `change` event.
    pub on_import: Callback<Event>,
    /// Asked to save the story.
    pub on_save: Callback<()>,
    /// Asked to open the publish step.
    pub on_publish: Callback<()>,
    /// Asked to undo one step.
    pub on_undo: Callback<()>,
    /// Asked to redo one step.
    pub on_redo: Callback<()>,
    /// Asked to start a new story.
    pub on_new: Callback<()>,
}

/// The commands as labelled controls; undo and redo name their shortcut keys.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let click = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    html! {
        <div class="ed-toolbar">
            <div class="ed-open">
                <label for="ed-open">{ "Open a story file" }</label>
                <input id="ed-open" type="file" accept="application/json,.json" onchange={props.on_open.clone()} />
            </div>
            <div class="ed-open">
                <label for="ed-import">{ "Import from TimelineJS or a spreadsheet" }</label>
                <input id="ed-import" type="file" multiple=true aria-describedby="ed-import-hint"
                    accept=".json,.csv,application/json,text/csv" onchange={props.on_import.clone()} />
                <p id="ed-import-hint" class="ed-hint">{ "A TimelineJS .json file or its sheet as .csv, or the spreadsheet template's sheets as .csv files, chosen together." }</p>
            </div>
            <button type="button" onclick={click(&props.on_save)}>{ "Save" }</button>
            <button type="button" id={super::publish::OPEN_BUTTON} aria-haspopup="dialog"
                onclick={click(&props.on_publish)}>{ "Publish" }</button>
            <button type="button" onclick={click(&props.on_undo)} disabled={!props.can_undo}
                aria-keyshortcuts="Control+Z">{ "Undo" }</button>
            <button type="button" onclick={click(&props.on_redo)} disabled={!props.can_redo}
                aria-keyshortcuts="Control+Shift+Z">{ "Redo" }</button>
            <button type="button" onclick={click(&props.on_new)}>{ "New story" }</button>
        </div>
    }
}
