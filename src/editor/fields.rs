//! The fields of one item, by JSON path: each sends `Edit::Set`, `Lines`, `Pick` or
//! `Date` for its path, so the parts' components only say which fields an item has.
//! References are picked from the items that exist, by name, never typed.

use std::rc::Rc;

use story::references::Target;
use story::{EventDate, StoryFile};
use story_edit::Edit;
use yew::prelude::*;

use super::browser;
use super::date_fields::DateFields;
use super::item_note::ItemNote;
use super::lines_field::LinesField;
use super::picker::{Choice, Picker};
use super::select_field::SelectField;
use super::text_field::{Input, TextField};

/// One item's fields: `base` is its path (`points[2]`).
pub struct Item<'a> {
    /// The item's JSON path.
    pub base: String,
    /// The story, for the items a reference picks from.
    pub file: &'a StoryFile,
    /// Receives each change.
    pub on_edit: &'a Callback<Edit>,
}

/// The items of a list as (id, name), in the story's order, for a choice.
pub fn named(file: &StoryFile, target: Target) -> Rc<[(AttrValue, AttrValue)]> {
    fn of<T>(items: &[T], f: impl Fn(&T) -> (String, String)) -> Rc<[(AttrValue, AttrValue)]> {
        items
            .iter()
            .map(|item| {
                let (id, name) = f(item);
                let name = if name.trim().is_empty() {
                    id.clone()
                } else {
                    name
                };
                (AttrValue::from(id), AttrValue::from(name))
            })
            .collect()
    }
    match target {
        Target::Party => of(&file.parties, |p| (p.id.to_string(), p.name.clone())),
        Target::Track => of(&file.tracks, |t| (t.id.to_string(), t.name.clone())),
        Target::Event => of(&file.events, |e| (e.id.to_string(), e.title.clone())),
        Target::Point => of(&file.points, |p| (p.id.to_string(), p.title.clone())),
        Target::Claim => of(&file.claims, |c| {
            let said = c
                .quote
                .as_deref()
                .or(c.statement.as_deref())
                .unwrap_or_default();
            (c.id.to_string(), said.chars().take(80).collect())
        }),
        Target::Source => of(&file.sources, |s| {
            let name = match s.title.as_deref().filter(|t| !t.trim().is_empty()) {
                Some(title) => format!("{}: {title}", s.outlet),
                None => s.outlet.clone(),
            };
            (s.id.to_string(), name)
        }),
    }
}

/// What a picker says when the list it picks from is empty.
fn empty_note(target: Target) -> &'static str {
    match target {
        Target::Party => "Add parties to pick them here.",
        Target::Track => "Add tracks to pick them here.",
        Target::Event => "Add events to pick them here.",
        Target::Point => "Add points to pick them here.",
        Target::Claim => "Add claims to pick them here.",
        Target::Source => "Add sources to pick them here.",
    }
}

impl Item<'_> {
    /// The path of one of the item's fields (the head's fields have no item).
    pub fn path(&self, field: &str) -> String {
        if self.base.is_empty() {
            field.to_string()
        } else {
            format!("{}.{field}", self.base)
        }
    }

    /// A one-line text field.
    pub fn text(&self, field: &str, label: &'static str, value: &str) -> Html {
        self.text_with(field, label, value, Input::Line, None, false)
    }

    /// A text field of any kind, with a hint, required or not.
    pub fn text_with(
        &self,
        field: &str,
        label: &'static str,
        value: &str,
        input: Input,
        hint: Option<&'static str>,
        required: bool,
    ) -> Html {
        let path = self.path(field);
        let on_input = {
            let path = path.clone();
            self.on_edit
                .reform(move |text| Edit::Set(path.clone(), text))
        };
        html! {
            <TextField label={label} path={path} value={value.to_string()} {on_input} {input}
                hint={hint.map(AttrValue::from)} {required} />
        }
    }

    /// A list of short texts, one per line.
    pub fn lines(
        &self,
        field: &str,
        label: &'static str,
        values: &[String],
        hint: &'static str,
    ) -> Html {
        let path = self.path(field);
        let on_input = {
            let path = path.clone();
            self.on_edit
                .reform(move |text| Edit::Lines(path.clone(), text))
        };
        html! {
            <LinesField label={label} path={path} values={Rc::from(values)} {on_input} hint={hint} />
        }
    }

    /// A choice among fixed values (value, label); `none` offers leaving it out.
    pub fn select(
        &self,
        field: &str,
        label: &'static str,
        value: &str,
        options: &[(&'static str, &'static str)],
        none: Option<&'static str>,
    ) -> Html {
        let options: Rc<[(AttrValue, AttrValue)]> = options
            .iter()
            .map(|(v, l)| (AttrValue::Static(v), AttrValue::Static(l)))
            .collect();
        self.choose(field, label, value, options, none)
    }

    /// One reference, picked by name from the items of `target`.
    pub fn one_ref(
        &self,
        field: &str,
        label: &'static str,
        target: Target,
        value: Option<&str>,
        none: Option<&'static str>,
    ) -> Html {
        self.choose(
            field,
            label,
            value.unwrap_or_default(),
            named(self.file, target),
            none,
        )
    }

    fn choose(
        &self,
        field: &str,
        label: &'static str,
        value: &str,
        options: Rc<[(AttrValue, AttrValue)]>,
        none: Option<&'static str>,
    ) -> Html {
        let path = self.path(field);
        let on_change = {
            let path = path.clone();
            self.on_edit
                .reform(move |value| Edit::Set(path.clone(), value))
        };
        html! {
            <SelectField label={label} path={path} value={value.to_string()} {options}
                none={none.map(AttrValue::from)} {on_change} />
        }
    }

    /// References to items of `target`, picked by name.
    pub fn refs<'s>(
        &self,
        field: &str,
        legend: &'static str,
        target: Target,
        picked: impl IntoIterator<Item = &'s str>,
    ) -> Html {
        let picked: Vec<&str> = picked.into_iter().collect();
        self.refs_among(field, legend, target, &picked, None)
    }

    /// Like [`Item::refs`], leaving out the item with the id `except` (a claim's own id).
    pub fn refs_among(
        &self,
        field: &str,
        legend: &'static str,
        target: Target,
        picked: &[&str],
        except: Option<&str>,
    ) -> Html {
        let choices: Rc<[Choice]> = named(self.file, target)
            .iter()
            .filter(|(id, _)| Some(id.as_str()) != except)
            .map(|(id, name)| Choice {
                id: id.clone(),
                name: name.clone(),
                picked: picked.contains(&id.as_str()),
            })
            .collect();
        let path = self.path(field);
        let on_toggle = {
            let path = path.clone();
            self.on_edit.reform(move |(id, on): (AttrValue, bool)| {
                Edit::Pick(path.clone(), id.to_string(), on)
            })
        };
        html! {
            <Picker legend={legend} path={path} {choices} {on_toggle} empty={empty_note(target)} />
        }
    }

    /// A date; `optional` offers "No date".
    pub fn date(
        &self,
        field: &str,
        legend: &'static str,
        date: Option<&EventDate>,
        optional: bool,
    ) -> Html {
        html! {
            <DateFields path={self.path(field)} date={date.cloned()} legend={legend} {optional}
                today={browser::now().day()} on_edit={self.on_edit.clone()}
                events={named(self.file, Target::Event)} />
        }
    }

    /// The button that removes the item (or an entry inside one), with every reference to it.
    pub fn remove(&self, what: String) -> Html {
        let path = self.base.clone();
        let onclick = self
            .on_edit
            .reform(move |_: MouseEvent| Edit::RemoveAt(path.clone()));
        html! {
            <button type="button" class="ed-remove" {onclick}>
                { "Remove" }<span class="ed-visually-hidden">{ format!(" {what}") }</span>
            </button>
        }
    }

    /// "Tell readers what changed": a note for the update log about this item.
    pub fn note(&self, list: &'static str, id: &str) -> Html {
        html! {
            <ItemNote path={self.base.clone()} list={list} id={id.to_string()} on_edit={self.on_edit.clone()} />
        }
    }
}
