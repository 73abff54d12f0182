//! The publish step's embed codes (docs/embedding.md): the script embed, the iframe
//! embed and the pre-rendered embed, for a story file at a given address.
//!
//! Every address and title goes into an attribute escaped, so no story text or
//! address typed by the producer can end an attribute or an element.

pub use story::embed_code::encode_uri_component;
use story::embed_code::{escape_attribute as escape, IframeEmbed};

/// Where the widget and the story are published, and the story's names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published<'a> {
    /// The address of the folder holding `loader.js`, `embed.html` and the rest of
    /// `dist/`, ending in `/`.
    pub base: &'a str,
    /// The story file's address.
    pub story_url: &'a str,
    /// The widget's id on the page (its deep links' prefix): the story's id.
    pub instance: &'a str,
    /// The story's headline, the iframe's accessible name.
    pub title: &'a str,
}

impl Published<'_> {
    /// The element, with `inside` as its content (nothing, or the pre-rendered HTML).
    fn element(&self, inside: &str) -> String {
        format!(
            "<talks-tracker id=\"{}\" src=\"{}\">{inside}</talks-tracker>",
            escape(self.instance),
            escape(self.story_url)
        )
    }

    /// The module script that defines `<talks-tracker>`, once per page.
    pub fn loader(&self) -> String {
        format!(
            "<script type=\"module\" src=\"{}\"></script>",
            escape(&format!("{}loader.js", self.base))
        )
    }

    /// The script embed: the loader and the element, the two lines newsrooms paste.
    pub fn script_embed(&self) -> String {
        format!("{}\n{}", self.loader(), self.element(""))
    }

    /// The iframe embed: `embed.html?story=…`, resized by `embed/parent.js`
    /// (the same code `talks-tracker oembed` puts in its JSON).
    pub fn iframe_embed(&self) -> String {
        let embed_page = format!("{}embed.html", self.base);
        IframeEmbed {
            embed_page: &embed_page,
            story_url: self.story_url,
            title: self.title,
        }
        .html(None)
    }

    /// The element holding `fragment`, the pre-rendered HTML (`talks-tracker render
    /// --embed`): the story shows before script runs, and without it. The page needs
    /// the loader once too; it is the script embed's first line.
    pub fn prerendered_embed(&self, fragment: &str) -> String {
        self.element(fragment)
    }

    /// Where the pre-rendered HTML's positions stylesheet is published: beside the
    /// story file, named after it (`stories/paris.json` → `stories/paris.positions.css`).
    pub fn positions_url(&self) -> String {
        let file_end = self
            .story_url
            .find(['?', '#'])
            .unwrap_or(self.story_url.len());
        let (path, _) = self.story_url.split_at(file_end);
        let stem = path.strip_suffix(".json").unwrap_or(path);
        format!("{stem}.positions.css")
    }
}
