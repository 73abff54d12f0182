//! The live preview: the real `<talks-tracker preview>` (from loader.js), fed the
//! story through its inline `<script type="application/json">` and told to
//! `reload()` once typing pauses, as static/preview.js does.

use yew::prelude::*;

use super::browser;

/// How long typing must pause before the preview renders again.
const PAUSE_MS: u32 = 300;

/// Props of [`Preview`].
#[derive(Properties, PartialEq, Clone)]
pub struct PreviewProps {
    /// The story file's text.
    pub json: AttrValue,
}

/// The widget in preview mode, every problem listed at its top.
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let widget = use_node_ref();
    {
        let widget = widget.clone();
        use_effect_with(props.json.clone(), move |_| {
            // A new story within the pause cancels the reload before it.
            let guard = browser::later(
                PAUSE_MS,
                Callback::from(move |()| browser::reload_preview(&widget)),
            );
            move || drop(guard)
        });
    }
    html! {
        <talks-tracker ref={widget} id="ed-preview-widget" preview="" no-memory="">
            <script type="application/json">{ props.json.clone() }</script>
        </talks-tracker>
    }
}
