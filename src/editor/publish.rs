//! The publish step: the three embed codes for the story as it stands (the script
//! embed, the iframe embed and the pre-rendered HTML with its positions stylesheet),
//! each in a read-only labelled text area with a "Copy" button, in a modal `<dialog>` (the WAI-ARIA Dialog (Modal)
//! pattern: the browser keeps focus inside and Escape closes it; closing returns focus
//! to the "Publish" button).
//!
//! A story with problems gets no codes, only how many problems there are and a link to
//! their list: an embed of a broken story would show readers a note instead of events.
//! The pre-rendered HTML is rendered here, in the browser, by the widget's own
//! components (`talks_tracker::prerender`, as `talks-tracker render --embed` does).

use story_edit::embed::Published;
use talks_tracker::prerender::Embed;
use yew::prelude::*;

use super::browser;

/// The id of the button that opens the dialog, where focus returns.
pub const OPEN_BUTTON: &str = "ed-publish-open";

/// Props of [`Publish`].
#[derive(Properties, PartialEq, Clone)]
pub struct PublishProps {
    /// Whether the dialog is open.
    pub open: bool,
    /// Told when the dialog has closed (its button, Escape, or the problems link).
    pub on_close: Callback<()>,
    /// The story file's text.
    pub json: AttrValue,
    /// The story's id: the widget's id on the page, and the default file name.
    pub id: AttrValue,
    /// The story's headline (the iframe's title).
    pub title: AttrValue,
    /// How many problems the story has.
    pub problems: usize,
}

/// One code: a labelled read-only text area and its copy button.
fn code(
    id: &'static str,
    label: &'static str,
    text: String,
    hint: impl Into<AttrValue>,
    copy: Callback<(String, &'static str)>,
) -> Html {
    let onclick = {
        let text = text.clone();
        Callback::from(move |_: MouseEvent| copy.emit((text.clone(), label)))
    };
    let hint_id = format!("{id}-hint");
    let hint = hint.into();
    html! {
        <div class="ed-field ed-code">
            <label for={id}>{ label }</label>
            <p id={hint_id.clone()} class="ed-hint">{ hint }</p>
            <textarea {id} readonly=true rows="4" aria-describedby={hint_id} value={text} />
            <button type="button" aria-label={format!("Copy {}", label.to_lowercase())} {onclick}>{ "Copy" }</button>
        </div>
    }
}

/// The publish dialog.
#[component]
pub fn Publish(props: &PublishProps) -> Html {
    let dialog = use_node_ref();
    let base = use_state(browser::page_base);
    // `None` until the producer types one: then the default follows the story's id.
    let story_field = use_state(|| None::<String>);
    let prerendered = use_state(|| None::<Embed>);
    let status = use_state(String::new);
    // Where focus goes when the dialog closes: the "Publish" button, unless the
    // producer followed the link to the problems.
    let refocus = use_mut_ref(|| true);
    let css = browser::widget_stylesheet().unwrap_or_else(|| "talks-tracker.css".into());
    let css_url = format!("{}{css}", *base);
    let ready = props.problems == 0;
    {
        let dialog = dialog.clone();
        let status = status.clone();
        let refocus = refocus.clone();
        use_effect_with(props.open, move |open| {
            if *open {
                status.set(String::new());
                *refocus.borrow_mut() = true;
                browser::show_modal(&dialog);
            } else {
                browser::close_dialog(&dialog);
            }
        });
    }
    let default_story = format!("stories/{}.json", props.id);
    let story_text = (*story_field).clone().unwrap_or(default_story);
    let story_url = browser::resolve_url(&story_text, &base).unwrap_or_else(|| story_text.clone());
    let published = Published {
        base: &base,
        story_url: &story_url,
        instance: &props.id,
        title: &props.title,
    };
    {
        let prerendered = prerendered.clone();
        let key = (
            props.open && ready,
            props.json.clone(),
            props.id.clone(),
            css_url.clone(),
            published.positions_url(),
        );
        use_effect_with(key, move |(wanted, json, id, css, positions)| {
            prerendered.set(None);
            if *wanted {
                let (json, id, css, positions) =
                    (json.clone(), id.clone(), css.clone(), positions.clone());
                browser::spawn(async move {
                    let embed =
                        talks_tracker::prerender::render_embed(&json, &id, &css, Some(&positions))
                            .await;
                    prerendered.set(Some(embed));
                });
            }
        });
    }

    let copy = {
        let status = status.clone();
        Callback::from(move |(text, label): (String, &'static str)| {
            let status = status.clone();
            let what = label.to_lowercase();
            browser::copy_text(
                &text,
                Callback::from(move |copied: Result<(), String>| {
                    status.set(match copied {
                        Ok(()) => format!("Copied the {what} to the clipboard."),
                        Err(_) => format!(
                            "Copying is blocked here: select the {what} and copy it by hand."
                        ),
                    })
                }),
            );
        })
    };
    let onclose = {
        let on_close = props.on_close.clone();
        let refocus = refocus.clone();
        Callback::from(move |_: Event| {
            if *refocus.borrow() {
                browser::focus_first(&[OPEN_BUTTON.to_string()]);
            }
            on_close.emit(());
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| browser::close_dialog(&dialog))
    };
    let to_problems = {
        let dialog = dialog.clone();
        let refocus = refocus.clone();
        // The link's own navigation moves the page (and the next Tab) to the problems.
        Callback::from(move |_: MouseEvent| {
            *refocus.borrow_mut() = false;
            browser::close_dialog(&dialog);
        })
    };
    let on_base = {
        let base = base.clone();
        Callback::from(move |event: InputEvent| {
            let mut text = browser::input_value(&event).trim().to_string();
            if !text.is_empty() && !text.ends_with('/') {
                text.push('/');
            }
            base.set(text);
        })
    };
    let on_story = {
        let story_field = story_field.clone();
        Callback::from(move |event: InputEvent| story_field.set(Some(browser::input_value(&event))))
    };
    let codes = if ready {
        let (prerendered, positions) = match &*prerendered {
            Some(embed) => (
                published.prerendered_embed(&embed.fragment),
                embed.positions.clone(),
            ),
            None => ("Rendering…".to_string(), "Rendering…".to_string()),
        };
        let positions_hint = format!(
            "Save as {}: it places the pre-rendered timeline without inline styles, which \
             a strict Content-Security-Policy blocks.",
            published.positions_url()
        );
        html! {
            <>
                { code("ed-code-script", "Script embed", published.script_embed(),
                    "The recommended embed: paste both lines where the widget goes.", copy.clone()) }
                { code("ed-code-iframe", "Iframe embed", published.iframe_embed(),
                    "For pages that allow only iframes.", copy.clone()) }
                { code("ed-code-prerendered", "Pre-rendered HTML", prerendered,
                    "The story shows before script runs, and without it. The page needs the \
                     script embed's first line once.", copy.clone()) }
                { code("ed-code-positions", "Positions stylesheet", positions, positions_hint, copy) }
            </>
        }
    } else {
        let count = match props.problems {
            1 => "1 problem".to_string(),
            n => format!("{n} problems"),
        };
        html! {
            <p class="ed-publish-blocked">
                { format!("The story has {count} to fix before it can be published: \
                    readers would see a note about them instead of the story. ") }
                <a href="#ed-problems-title" onclick={to_problems}>{ "Go to the problems" }</a>
            </p>
        }
    };
    html! {
        <dialog ref={dialog} class="ed-publish" aria-labelledby="ed-publish-title" {onclose}>
            <h2 id="ed-publish-title">{ "Publish" }</h2>
            <p class="ed-hint">{ "Put the story file and the widget's files (dist/) on your \
                server, then paste one of these codes into your article." }</p>
            <div class="ed-field">
                <label for="ed-publish-base">{ "Widget address" }</label>
                <p id="ed-publish-base-hint" class="ed-hint">{ "Where loader.js and the rest of the widget's files are served." }</p>
                <input id="ed-publish-base" type="url" value={(*base).clone()} oninput={on_base}
                    aria-describedby="ed-publish-base-hint" />
            </div>
            <div class="ed-field">
                <label for="ed-publish-story">{ "Story file URL" }</label>
                <p id="ed-publish-story-hint" class="ed-hint">{ "Relative to the widget address." }</p>
                <input id="ed-publish-story" type="text" value={story_text} oninput={on_story}
                    aria-describedby="ed-publish-story-hint" />
            </div>
            { codes }
            <p class="ed-notice" role="status">{ (*status).clone() }</p>
            <button type="button" onclick={close}>{ "Close" }</button>
        </dialog>
    }
}
