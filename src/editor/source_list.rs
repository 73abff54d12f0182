//! The story's sources: outlet, title, link and day, with an id made from the outlet.

use std::rc::Rc;

use story::references::Target;
use story::StoryFile;
use story_edit::{Edit, SourceField};
use yew::prelude::*;

use super::item_card::ItemCard;
use super::state::use_open_items;

use super::add_item::AddItem;
use super::text_field::{Input, TextField};

/// Props of [`SourceList`].
#[derive(Properties, PartialEq, Clone)]
pub struct SourceListProps {
    /// The story.
    pub file: Rc<StoryFile>,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// Each source as a group of fields, then "Add source".
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let open_items = use_open_items();
    let on_add = props.on_edit.reform(|outlet| Edit::AddSource { outlet });
    html! {
        <section class="ed-section" aria-labelledby="ed-sources-title">
            <h2 id="ed-sources-title">{ "Sources" }</h2>
            <p class="ed-hint">{ "Where the facts come from; events pick them below." }</p>
            { for props.file.sources.iter().enumerate().map(|(i, source)| {
                let edit = |make: fn(String) -> SourceField| props.on_edit.reform(move |text| Edit::Source(i, make(text)));
                let id = source.id.to_string();
                let on_remove = props.on_edit.reform(move |_: MouseEvent| Edit::Remove(Target::Source, id.clone()));
                let name = if source.outlet.trim().is_empty() { format!("Source {}", i + 1) } else { source.outlet.clone() };
                html! {
                    <ItemCard key={i} path={format!("sources[{i}]")} name={name.clone()}>
                        if open_items.is_open(&format!("sources[{i}]")) {
                        <TextField label="Outlet" path={format!("sources[{i}].outlet")} value={source.outlet.clone()}
                            on_input={edit(SourceField::Outlet)} required=true />
                        <TextField label="Title (optional)" path={format!("sources[{i}].title")}
                            value={source.title.clone().unwrap_or_default()} on_input={edit(SourceField::Title)} />
                        <TextField label="Link (optional)" path={format!("sources[{i}].url")}
                            value={source.url.clone().unwrap_or_default()} on_input={edit(SourceField::Url)} input={Input::Url} />
                        <TextField label="Published (optional)" path={format!("sources[{i}].published")}
                            value={source.published.map(|d| d.to_string()).unwrap_or_default()}
                            on_input={edit(SourceField::Published)} input={Input::Day} />
                        <TextField label="Id" path={format!("sources[{i}].id")} value={source.id.to_string()}
                            on_input={edit(SourceField::Id)}
                            hint={AttrValue::from("Made from the outlet; changing it updates every reference.")} required=true />
                        <button type="button" class="ed-remove" onclick={on_remove}>
                            { "Remove" }<span class="ed-visually-hidden">{ format!(" source {name}") }</span>
                        </button>
                        }
                    </ItemCard>
                }
            }) }
            <AddItem label="Outlet of a new source" button="Add source" id="ed-add-source" {on_add} />
        </section>
    }
}
