//! The story's parties: name, kind and id (generated from the name, editable;
//! renaming it renames every reference), and a field to add one.

use std::rc::Rc;

use story::references::Target;
use story::{PartyKind, StoryFile};
use story_edit::{Edit, FieldIds, PartyField};
use yew::prelude::*;

use super::item_card::ItemCard;
use super::state::use_open_items;

use super::add_item::AddItem;
use super::browser;
use super::fields::Item;
use super::text_field::{Input, TextField};

/// The roles a party can have in the talks, as (JSON spelling, label).
const ROLES: [(&str, &str); 7] = [
    ("negotiator", "Negotiator"),
    ("mediator", "Mediator"),
    ("facilitator", "Facilitator"),
    ("guarantor", "Guarantor"),
    ("verifier", "Verifier"),
    ("critic", "Critic"),
    ("observer", "Observer"),
];

/// The kinds offered, with their JSON spelling and label.
const KINDS: [(PartyKind, &str, &str); 4] = [
    (PartyKind::Country, "country", "Country"),
    (PartyKind::Bloc, "bloc", "Bloc"),
    (PartyKind::Organisation, "organisation", "Organisation"),
    (PartyKind::Person, "person", "Person"),
];

/// Props of [`PartyList`].
#[derive(Properties, PartialEq, Clone)]
pub struct PartyListProps {
    /// The story.
    pub file: Rc<StoryFile>,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// Each party as a group of fields, then "Add party".
#[component]
pub fn PartyList(props: &PartyListProps) -> Html {
    {
        let kinds: Vec<PartyKind> = props.file.parties.iter().map(|p| p.kind).collect();
        use_effect_with(kinds, |kinds| {
            for (i, kind) in kinds.iter().enumerate() {
                let json = KINDS
                    .iter()
                    .find(|k| k.0 == *kind)
                    .map_or("country", |k| k.1);
                browser::set_value(&FieldIds::of(&format!("parties[{i}].kind")).input, json);
            }
        });
    }
    let open_items = use_open_items();
    let on_add = props.on_edit.reform(|name| Edit::AddParty { name });
    html! {
        <section class="ed-section" aria-labelledby="ed-parties-title">
            <h2 id="ed-parties-title">{ "Parties" }</h2>
            <p class="ed-hint">{ "Countries, blocs, organisations and people taking part." }</p>
            { for props.file.parties.iter().enumerate().map(|(i, party)| {
                let edit = |make: fn(String) -> PartyField| props.on_edit.reform(move |text| Edit::Party(i, make(text)));
                let kind_path = format!("parties[{i}].kind");
                let on_kind = props.on_edit.reform(move |event: Event| {
                    let value = browser::input_value(&event);
                    let kind = KINDS.iter().find(|(_, json, _)| *json == value).map_or(PartyKind::Country, |k| k.0);
                    Edit::Party(i, PartyField::Kind(kind))
                });
                let id = party.id.to_string();
                let on_remove = props.on_edit.reform(move |_: MouseEvent| Edit::Remove(Target::Party, id.clone()));
                let name = if party.name.trim().is_empty() { format!("Party {}", i + 1) } else { party.name.clone() };
                let item = Item { base: format!("parties[{i}]"), file: &props.file, on_edit: &props.on_edit };
                let others: Vec<&str> = party.members.iter().map(|m| m.as_str()).collect();
                let roles: Vec<&str> = party.roles.iter().map(|r| r.as_str()).collect();
                html! {
                    <ItemCard key={i} path={format!("parties[{i}]")} name={name.clone()}>
                        if open_items.is_open(&format!("parties[{i}]")) {
                        <TextField label="Name" path={format!("parties[{i}].name")} value={party.name.clone()}
                            on_input={edit(PartyField::Name)} required=true />
                        <div class="ed-field">
                            <label for={FieldIds::of(&kind_path).input}>{ "Kind" }</label>
                            <select id={FieldIds::of(&kind_path).input} onchange={on_kind}>
                                { for KINDS.iter().map(|(kind, json, label)| html! {
                                    <option value={*json} selected={*kind == party.kind}>{ *label }</option>
                                }) }
                            </select>
                        </div>
                        { item.text_with("role", "Role or title (optional)", party.role.as_deref().unwrap_or_default(), Input::Line,
                            Some("For a person: for example, US special envoy."), false) }
                        { item.one_ref("party", "Belongs to (optional)", Target::Party, party.party.as_ref().map(|p| p.as_str()), Some("None")) }
                        { item.refs_among("members", "Members (for a bloc)", Target::Party, &others, Some(party.id.as_str())) }
                        <fieldset class="ed-picker" id={FieldIds::of(&format!("parties[{i}].roles")).input}>
                            <legend>{ "Roles in the talks" }</legend>
                            { for ROLES.iter().map(|(value, label)| {
                                let path = format!("parties[{i}].roles");
                                let on_edit = props.on_edit.clone();
                                let onchange = Callback::from(move |event: Event| {
                                    on_edit.emit(Edit::Pick(path.clone(), value.to_string(), browser::is_checked(&event)));
                                });
                                html! {
                                    <label class="ed-choice">
                                        <input type="checkbox" checked={roles.contains(value)} {onchange} />{ *label }
                                    </label>
                                }
                            }) }
                        </fieldset>
                        { item.text_with("stance", "Overall stance (optional)", party.stance.as_deref().unwrap_or_default(), Input::Lines, None, false) }
                        <TextField label="Id" path={format!("parties[{i}].id")} value={party.id.to_string()}
                            on_input={edit(PartyField::Id)}
                            hint={AttrValue::from("Made from the name; changing it updates every reference.")} required=true />
                        { item.note("parties", party.id.as_str()) }
                        <button type="button" class="ed-remove" onclick={on_remove}>
                            { "Remove" }<span class="ed-visually-hidden">{ format!(" party {name}") }</span>
                        </button>
                        }
                    </ItemCard>
                }
            }) }
            <AddItem label="Name of a new party" button="Add party" id="ed-add-party" {on_add} />
        </section>
    }
}
