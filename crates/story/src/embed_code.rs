//! The iframe embed code of a story: one `<iframe data-talks-tracker-frame>` showing
//! `embed.html?story=<story URL>`, and the `embed/parent.js` script that resizes it.
//! The editor's publish step and `talks-tracker oembed` (the `html` of the oEmbed
//! JSON) both write it from here, so there is one copy of the markup
//! (`static/demo.js` mirrors it for the demo page's "Embed this" box).
//!
//! Every address and title goes into an attribute escaped, so no story text or
//! address typed by a producer can end an attribute or an element.
//!
//! ```
//! use talks_tracker_story::embed_code::IframeEmbed;
//!
//! let code = IframeEmbed {
//!     embed_page: "https://cdn.example/tt/embed.html",
//!     story_url: "https://cdn.example/stories/a&b.json",
//!     title: "Talks \"<now>\"",
//! };
//! let html = code.html(None);
//! assert!(html.contains("src=\"https://cdn.example/tt/embed.html?story=https%3A%2F%2Fcdn.example%2Fstories%2Fa%26b.json\""));
//! assert!(html.contains("title=\"Talks &quot;&lt;now&gt;&quot;\""));
//! assert!(html.ends_with("<script src=\"https://cdn.example/tt/embed/parent.js\" defer></script>"));
//! ```

/// Where a story's iframe embed points, and its accessible name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IframeEmbed<'a> {
    /// The public address of `embed.html` (the rest of `dist/` is beside it).
    pub embed_page: &'a str,
    /// The story file's public address.
    pub story_url: &'a str,
    /// The story's headline: the iframe's accessible name.
    pub title: &'a str,
}

impl IframeEmbed<'_> {
    /// The iframe's address: `embed.html?story=…`, the story's address encoded as
    /// JavaScript's `encodeURIComponent` does (so `demo.js` writes the same).
    pub fn src(&self) -> String {
        let page = self.embed_page;
        let separator = if page.contains('?') { '&' } else { '?' };
        format!(
            "{page}{separator}story={}",
            encode_uri_component(self.story_url)
        )
    }

    /// The address of `embed/parent.js`, in the folder `embed.html` is served from.
    pub fn parent_script(&self) -> String {
        let page = self.embed_page;
        let page = page.split(['?', '#']).next().unwrap_or(page);
        let folder = page.rfind('/').map_or("", |slash| &page[..=slash]);
        format!("{folder}embed/parent.js")
    }

    /// The embed code: the iframe, full width and borderless, and the script that
    /// resizes it. With `size` (width, height in pixels) the iframe also carries
    /// `width` and `height` attributes, for hosts that strip `style` (WordPress
    /// keeps only a few attributes of an oEmbed iframe).
    pub fn html(&self, size: Option<(u32, u32)>) -> String {
        let size = size.map_or(String::new(), |(width, height)| {
            format!(" width=\"{width}\" height=\"{height}\"")
        });
        format!(
            "<iframe data-talks-tracker-frame title=\"{}\" style=\"width:100%;border:0\"{size}\n        \
             src=\"{}\"></iframe>\n<script src=\"{}\" defer></script>",
            escape_attribute(self.title),
            escape_attribute(&self.src()),
            escape_attribute(&self.parent_script())
        )
    }
}

/// `text` safe inside a double-quoted attribute or as element text.
pub fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `text` as JavaScript's `encodeURIComponent` writes it (for `embed.html?story=`).
pub fn encode_uri_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'!'
            | b'~'
            | b'*'
            | b'\''
            | b'('
            | b')' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}
