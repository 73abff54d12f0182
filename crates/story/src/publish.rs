//! A story for search engines and feed readers: schema.org JSON-LD and an Atom feed
//! of the update log (`talks-tracker render`, `talks-tracker feed`).
//!
//! Both carry the story's own text, which is untrusted here: JSON-LD is written with
//! every `<`, `>` and `&` as a JSON `\u` escape, so nothing in a story can close the
//! `<script>` element it sits in (or open a comment); the feed escapes every text and
//! attribute and drops the control characters XML 1.0 cannot carry at all.
//!
//! Links to items (`#<instance>-event-<id>`) are built by [`DomIds`], so they name the
//! same elements the widget renders; they need the story's `canonical_url`, the page
//! the widget is on.
//!
//! ```
//! use talks_tracker_story::{parse, publish, DomIds};
//!
//! let story = parse(r#"{"version": 2, "id": "demo", "title": "Talks </script>",
//!   "summary": "Two rounds.", "language": "en", "published": "2026-01-10T09:00:00Z",
//!   "publisher": {"name": "Example News"}}"#).story.unwrap();
//! let ids = DomIds::new("demo");
//! let script = publish::json_ld_script(&story, &ids);
//! assert!(script.contains(r#""headline":"Talks \u003c/script\u003e""#));
//! assert!(publish::atom_feed(&story, &ids).contains("<title type=\"text\">Talks &lt;/script&gt;</title>"));
//! ```

use serde_json::{json, Map, Value};

use crate::dom_ids::{DomId, DomIds};
use crate::i18n::Locale;
use crate::model::{Update, UpdateKind};
use crate::{Story, Timestamp};

/// Headlines of update entries are cut at a word to this many characters (Google
/// shows at most 110 of a headline).
const HEADLINE_CHARACTERS: usize = 100;

/// The story as schema.org JSON-LD: a `NewsArticle`, or a `LiveBlogPosting` with a
/// `liveBlogUpdate` for each entry of its update log, newest first, when it has one.
/// Every correction is also a `CorrectionComment` in `correction`.
///
/// `dateModified` (and a live blog's `coverageEndTime`) is the newest stamp in the
/// story; `coverageStartTime` is its publication.
pub fn json_ld(story: &Story, ids: &DomIds) -> Value {
    let head = story.head();
    let locale = locale_of(story);
    let modified = story.latest_stamp();
    let publisher = {
        let mut publisher = Map::new();
        publisher.insert("@type".into(), "Organization".into());
        publisher.insert("name".into(), head.publisher.name.clone().into());
        if let Some(url) = &head.publisher.url {
            publisher.insert("url".into(), url.clone().into());
        }
        Value::Object(publisher)
    };
    let entries = story.updates_newest_first();
    let mut article = Map::new();
    article.insert("@context".into(), "https://schema.org".into());
    let kind = if entries.is_empty() {
        "NewsArticle"
    } else {
        "LiveBlogPosting"
    };
    article.insert("@type".into(), kind.into());
    article.insert("headline".into(), head.title.clone().into());
    article.insert("description".into(), head.summary.clone().into());
    article.insert("inLanguage".into(), head.language.clone().into());
    if let Some(url) = &head.canonical_url {
        article.insert("url".into(), url.clone().into());
        article.insert("mainEntityOfPage".into(), url.clone().into());
    }
    article.insert("datePublished".into(), stamp(head.published));
    article.insert("dateModified".into(), stamp(modified));
    article.insert("author".into(), publisher.clone());
    article.insert("publisher".into(), publisher);
    if !entries.is_empty() {
        article.insert("coverageStartTime".into(), stamp(head.published));
        article.insert("coverageEndTime".into(), stamp(modified));
        let updates = entries
            .iter()
            .map(|&(index, update)| {
                let mut posting = Map::new();
                posting.insert("@type".into(), "BlogPosting".into());
                posting.insert("headline".into(), entry_title(update, locale).into());
                posting.insert("articleBody".into(), update.text.clone().into());
                posting.insert("datePublished".into(), stamp(update.time));
                posting.insert("dateModified".into(), stamp(update.time));
                if let Some(url) = link(story, ids, &DomId::Update(index)) {
                    posting.insert("url".into(), url.into());
                }
                Value::Object(posting)
            })
            .collect();
        article.insert("liveBlogUpdate".into(), Value::Array(updates));
    }
    let corrections: Vec<Value> = entries
        .iter()
        .filter(|(_, update)| update.kind == UpdateKind::Correction)
        .map(|(_, update)| {
            json!({
                "@type": "CorrectionComment",
                "text": update.text,
                "datePublished": stamp(update.time),
            })
        })
        .collect();
    if !corrections.is_empty() {
        article.insert("correction".into(), Value::Array(corrections));
    }
    Value::Object(article)
}

/// [`json_ld`] as compact JSON that is safe inside `<script>`: `<`, `>`, `&` and the
/// line separators U+2028 and U+2029 are written as `\u` escapes. They can only occur
/// inside JSON strings, where the escape means the same character.
pub fn json_ld_text(story: &Story, ids: &DomIds) -> String {
    let text = json_ld(story, ids).to_string();
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => safe.push_str("\\u003c"),
            '>' => safe.push_str("\\u003e"),
            '&' => safe.push_str("\\u0026"),
            '\u{2028}' => safe.push_str("\\u2028"),
            '\u{2029}' => safe.push_str("\\u2029"),
            c => safe.push(c),
        }
    }
    safe
}

/// The `<script type="application/ld+json">` element with [`json_ld_text`].
pub fn json_ld_script(story: &Story, ids: &DomIds) -> String {
    format!(
        "<script type=\"application/ld+json\">{}</script>",
        json_ld_text(story, ids)
    )
}

/// The update log as an Atom feed (RFC 4287): one entry per update or correction,
/// newest first, a correction's title starting "Correction:", each linking to its
/// place in the update log and to the items it touched when the story has a
/// `canonical_url`.
///
/// The feed's id is the canonical URL, else `urn:talks-tracker:story:<id>`; an
/// entry's id is the feed's id with `#update-` and the entry's time (and `-2`, `-3`, …
/// for entries at the same time, in file order), so it stays put when entries are added.
pub fn atom_feed(story: &Story, ids: &DomIds) -> String {
    let head = story.head();
    let locale = locale_of(story);
    let entries = story.updates_newest_first();
    let feed_id = match &head.canonical_url {
        Some(url) => url.split('#').next().unwrap_or(url).to_string(),
        None => format!("urn:talks-tracker:story:{}", head.id),
    };
    let updated = entries
        .iter()
        .map(|(_, update)| update.time)
        .max()
        .unwrap_or_else(|| story.as_of());
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        escape(&head.language)
    ));
    xml.push_str(&format!("  <id>{}</id>\n", escape(&feed_id)));
    xml.push_str(&format!(
        "  <title type=\"text\">{}</title>\n",
        escape(&head.title)
    ));
    xml.push_str(&format!(
        "  <subtitle type=\"text\">{}</subtitle>\n",
        escape(&head.summary)
    ));
    xml.push_str(&format!("  <updated>{updated}</updated>\n"));
    xml.push_str(&format!(
        "  <author><name>{}</name>{}</author>\n",
        escape(&head.publisher.name),
        head.publisher
            .url
            .as_ref()
            .map(|url| format!("<uri>{}</uri>", escape(url)))
            .unwrap_or_default()
    ));
    if let Some(url) = &head.canonical_url {
        xml.push_str(&format!(
            "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(url)
        ));
    }
    xml.push_str("  <generator>talks-tracker</generator>\n");
    for &(index, update) in &entries {
        let same_time_before = story.updates()[..index]
            .iter()
            .filter(|earlier| earlier.time == update.time)
            .count();
        let mut entry_id = format!("{feed_id}#update-{}", update.time);
        if same_time_before > 0 {
            entry_id.push_str(&format!("-{}", same_time_before + 1));
        }
        xml.push_str("  <entry>\n");
        xml.push_str(&format!("    <id>{}</id>\n", escape(&entry_id)));
        xml.push_str(&format!(
            "    <title type=\"text\">{}</title>\n",
            escape(&entry_title(update, locale))
        ));
        xml.push_str(&format!("    <published>{}</published>\n", update.time));
        xml.push_str(&format!("    <updated>{}</updated>\n", update.time));
        xml.push_str(&format!(
            "    <category term=\"{}\" label=\"{}\"/>\n",
            update.kind.as_str(),
            escape(update.kind.label(locale))
        ));
        if let Some(url) = link(story, ids, &DomId::Update(index)) {
            xml.push_str(&format!(
                "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
                escape(&url)
            ));
        }
        for (target, title) in touched(story, update, locale) {
            if let Some(url) = link(story, ids, &target) {
                xml.push_str(&format!(
                    "    <link rel=\"related\" type=\"text/html\" href=\"{}\" title=\"{}\"/>\n",
                    escape(&url),
                    escape(&title)
                ));
            }
        }
        xml.push_str(&format!(
            "    <content type=\"text\">{}</content>\n",
            escape(&update.text)
        ));
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}

/// The language of the story's labels ("Correction"): the story's own when the
/// widget speaks it, else English.
fn locale_of(story: &Story) -> Locale {
    Locale::from_tag(&story.head().language).unwrap_or_default()
}

fn stamp(time: Timestamp) -> Value {
    time.to_string().into()
}

/// "Correction: " or "Update: " and the entry's text, cut at a word when long.
fn entry_title(update: &Update, locale: Locale) -> String {
    let text = update.text.trim();
    let mut cut: String = text.chars().take(HEADLINE_CHARACTERS).collect();
    if cut.len() < text.len() {
        if let Some(space) = cut.rfind(' ') {
            cut.truncate(space);
        }
        cut.push('…');
    }
    format!("{}: {cut}", update.kind.label(locale))
}

/// The items an entry touched that have an element of their own, with their names:
/// events, points, and claims through their first point or event (as the widget's
/// update log links them), each element once. Parties have no element to link to.
fn touched(story: &Story, update: &Update, locale: Locale) -> Vec<(DomId, String)> {
    let events = update
        .events
        .iter()
        .filter_map(|id| story.event(id))
        .map(|event| (DomId::Event(event.id.clone()), event.title.clone()));
    let points = update
        .points
        .iter()
        .filter_map(|id| story.point(id))
        .map(|point| (DomId::Point(point.id.clone()), point.title.clone()));
    let claims = update
        .claims
        .iter()
        .filter_map(|id| story.claim(id))
        .filter_map(|claim| {
            let target = match (claim.points.first(), claim.events.first()) {
                (Some(point), _) => DomId::Point(point.clone()),
                (None, Some(event)) => DomId::Event(event.clone()),
                (None, None) => return None,
            };
            Some((target, claim.gist(story, locale)))
        });
    let mut touched: Vec<(DomId, String)> = Vec::new();
    for (target, name) in events.chain(points).chain(claims) {
        // A claim on a point the entry also names links there once.
        if touched.iter().all(|(seen, _)| *seen != target) {
            touched.push((target, name));
        }
    }
    touched
}

/// The canonical URL with the fragment of `element`, when the story has one.
fn link(story: &Story, ids: &DomIds, element: &DomId) -> Option<String> {
    let url = story.head().canonical_url.as_deref()?;
    let page = url.split('#').next().unwrap_or(url);
    Some(format!("{page}{}", ids.href(element)))
}

/// Text as XML character data or an attribute value (in double quotes). The control
/// characters XML 1.0 forbids even as references become U+FFFD.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
