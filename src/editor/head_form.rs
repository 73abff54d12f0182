//! The story's head: id, title, summary, language, publisher and dates.

use std::rc::Rc;

use story::StoryFile;
use story_edit::{Edit, HeadField};
use yew::prelude::*;

use super::fields::Item;
use super::text_field::{Input, TextField};

/// Props of [`HeadForm`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeadFormProps {
    /// The story.
    pub file: Rc<StoryFile>,
    /// Receives each change.
    pub on_edit: Callback<Edit>,
}

/// The head's fields, in a headed section.
#[component]
pub fn HeadForm(props: &HeadFormProps) -> Html {
    let head = &props.file.head;
    let field = |field: HeadField,
                 label: &'static str,
                 value: String,
                 input: Input,
                 hint: Option<&'static str>,
                 required: bool| {
        let on_input = props.on_edit.reform(move |text| Edit::Head(field, text));
        html! {
            <TextField label={label} path={field.path()} value={value} {on_input} {input}
                hint={hint.map(AttrValue::from)} {required} />
        }
    };
    // The head's fields sit at the top of the file: their paths have no item.
    let item = Item {
        base: String::new(),
        file: &props.file,
        on_edit: &props.on_edit,
    };
    html! {
        <section class="ed-section" aria-labelledby="ed-head-title">
            <h2 id="ed-head-title">{ "Story" }</h2>
            { field(HeadField::Title, "Headline", head.title.clone(), Input::Line, None, true) }
            { field(HeadField::Summary, "Summary", head.summary.clone(), Input::Lines,
                Some("Two or three sentences: what the story is about."), true) }
            { field(HeadField::Id, "Story id", head.id.to_string(), Input::Line,
                Some("Letters a–z, digits, - and _; used in links to the story."), true) }
            { field(HeadField::Language, "Language", head.language.clone(), Input::Line,
                Some("A language tag such as en or uk."), true) }
            { field(HeadField::Publisher, "Publisher", head.publisher.name.clone(), Input::Line, None, true) }
            { field(HeadField::Published, "Published", head.published.to_string(), Input::Line,
                Some("Date, time and offset, like 2026-01-10T09:00:00+02:00."), true) }
            { field(HeadField::Updated, "Last updated (optional)", head.updated.map(|t| t.to_string()).unwrap_or_default(),
                Input::Line, Some("Like Published; leave empty if not updated."), false) }
            { item.text_with("publisher.url", "Publisher's site (optional)", head.publisher.url.as_deref().unwrap_or_default(),
                Input::Url, None, false) }
            { item.text_with("canonical_url", "Address of the article (optional)", head.canonical_url.as_deref().unwrap_or_default(),
                Input::Url, Some("Where the story is published; used in links and search results."), false) }
        </section>
    }
}
