//! `publish`: the JSON-LD reads back as the story says, and no story text can break
//! out of its `<script>`; the Atom feed is well-formed XML whatever the text holds.

use talks_tracker_story::publish::{atom_feed, json_ld_script, json_ld_text};
use talks_tracker_story::{parse, DomIds, Story};

/// Every text is hostile: `</script>`, `<!--`, `]]>`, `&`, quotes, a control character.
const HOSTILE: &str = include_str!("fixtures/hostile.json");
/// A story without an update log.
const SEED: &str = include_str!("fixtures/v1-seed.json");

const ATOM: &str = "http://www.w3.org/2005/Atom";

fn story(json: &str) -> Story {
    let parsed = parse(json);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    parsed.story.unwrap()
}

fn ids(story: &Story) -> DomIds {
    DomIds::new(story.head().id.as_str())
}

fn json_ld(story: &Story) -> serde_json::Value {
    serde_json::from_str(&json_ld_text(story, &ids(story))).expect("JSON-LD is JSON")
}

#[test]
fn a_story_with_an_update_log_is_a_live_blog() {
    let story = story(HOSTILE);
    let ld = json_ld(&story);
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "LiveBlogPosting");
    assert_eq!(ld["headline"], story.head().title.as_str());
    assert_eq!(ld["description"], story.head().summary.as_str());
    assert_eq!(ld["inLanguage"], "en");
    assert_eq!(ld["url"], r#"https://example.org/talks?x=1&y="2""#);
    assert_eq!(ld["publisher"]["@type"], "Organization");
    assert_eq!(ld["publisher"]["name"], "News & <Views>");
    assert_eq!(ld["datePublished"], "2026-01-10T09:00:00+02:00");
    assert_eq!(ld["dateModified"], "2026-01-12T18:00:00+02:00");
    assert_eq!(ld["coverageStartTime"], "2026-01-10T09:00:00+02:00");
    assert_eq!(ld["coverageEndTime"], "2026-01-12T18:00:00+02:00");

    let updates = ld["liveBlogUpdate"].as_array().unwrap();
    assert_eq!(updates.len(), 2);
    // Newest first: the correction.
    assert_eq!(updates[0]["@type"], "BlogPosting");
    assert_eq!(updates[0]["datePublished"], "2026-01-12T18:00:00+02:00");
    assert_eq!(
        updates[0]["headline"],
        "Correction: The summit was on 6 January, not 7 January <!-- -->"
    );
    assert_eq!(updates[0]["articleBody"], story.updates()[1].text.as_str());
    assert_eq!(
        updates[0]["url"],
        r##"https://example.org/talks?x=1&y="2"#hostile-update-1"##
    );
    assert_eq!(updates[1]["datePublished"], "2026-01-11T10:00:00+02:00");
    assert!(updates[1]["headline"]
        .as_str()
        .unwrap()
        .starts_with("Update: Aid agreed"));

    let corrections = ld["correction"].as_array().unwrap();
    assert_eq!(corrections.len(), 1);
    assert_eq!(corrections[0]["@type"], "CorrectionComment");
    assert_eq!(corrections[0]["text"], story.updates()[1].text.as_str());
    assert_eq!(corrections[0]["datePublished"], "2026-01-12T18:00:00+02:00");
}

#[test]
fn a_story_without_updates_is_a_news_article() {
    let story = story(SEED);
    let ld = json_ld(&story);
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["headline"], story.head().title.as_str());
    assert_eq!(ld["datePublished"], story.head().published.to_string());
    assert_eq!(ld["dateModified"], story.latest_stamp().to_string());
    for key in [
        "coverageStartTime",
        "coverageEndTime",
        "liveBlogUpdate",
        "correction",
    ] {
        assert!(ld.get(key).is_none(), "{key} in a news article");
    }
}

#[test]
fn nothing_in_a_story_breaks_out_of_the_script_element() {
    let story = story(HOSTILE);
    let script = json_ld_script(&story, &ids(&story));
    let body = script
        .strip_prefix(r#"<script type="application/ld+json">"#)
        .and_then(|rest| rest.strip_suffix("</script>"))
        .expect("one script element");
    // An HTML parser ends script data only at `</script`, and `<!--` changes how it
    // looks for it: neither can occur if `<` never does. `&` and `>` go too, for
    // parsers that read the text as XHTML.
    for forbidden in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
        assert!(!body.contains(forbidden), "{forbidden:?} in {body}");
    }
    assert!(body.contains(r"\u003c/script\u003e\u003cscript\u003ealert(1)"));
    // The escapes read back as the story's own text.
    let ld: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(
        ld["headline"],
        "Talks </script><script>alert(1)</script> & <!-- more"
    );
    assert!(ld["description"].as_str().unwrap().contains('\u{2028}'));
}

fn children<'a, 'input>(
    node: roxmltree::Node<'a, 'input>,
    name: &'a str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'input>> + 'a {
    node.children()
        .filter(move |child| child.has_tag_name((ATOM, name)))
}

fn text_of(node: roxmltree::Node, name: &str) -> String {
    let child = children(node, name)
        .next()
        .unwrap_or_else(|| panic!("no <{name}>"));
    child.text().unwrap_or("").to_string()
}

#[test]
fn the_feed_is_well_formed_atom_with_one_entry_per_update_newest_first() {
    let story = story(HOSTILE);
    let xml = atom_feed(&story, &ids(&story));
    let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let feed = document.root_element();
    assert!(feed.has_tag_name((ATOM, "feed")));
    assert_eq!(
        feed.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
        Some("en")
    );
    // The escaped text reads back as the story's own.
    assert_eq!(text_of(feed, "title"), story.head().title);
    assert_eq!(
        text_of(feed, "id"),
        r#"https://example.org/talks?x=1&y="2""#
    );
    assert_eq!(text_of(feed, "updated"), "2026-01-12T18:00:00+02:00");
    let author = children(feed, "author").next().unwrap();
    assert_eq!(text_of(author, "name"), "News & <Views>");
    // XML 1.0 cannot carry U+0001 at all, even as a reference.
    assert!(text_of(feed, "subtitle").contains("line\u{FFFD}break"));

    let entries: Vec<_> = children(feed, "entry").collect();
    assert_eq!(entries.len(), 2);
    let (correction, update) = (entries[0], entries[1]);
    assert_eq!(
        text_of(correction, "title"),
        "Correction: The summit was on 6 January, not 7 January <!-- -->"
    );
    assert_eq!(text_of(correction, "updated"), "2026-01-12T18:00:00+02:00");
    assert_eq!(text_of(correction, "content"), story.updates()[1].text);
    let category = children(correction, "category").next().unwrap();
    assert_eq!(category.attribute("term"), Some("correction"));
    assert!(text_of(update, "title").starts_with("Update: Aid agreed </script>"));
    assert_eq!(text_of(update, "content"), story.updates()[0].text);

    let links = |entry: roxmltree::Node| -> Vec<(String, String)> {
        children(entry, "link")
            .map(|l| {
                (
                    l.attribute("rel").unwrap().into(),
                    l.attribute("href").unwrap().into(),
                )
            })
            .collect()
    };
    let page = r#"https://example.org/talks?x=1&y="2""#;
    assert_eq!(
        links(correction),
        [
            ("alternate".into(), format!("{page}#hostile-update-1")),
            // The party has no element of its own to link to.
            ("related".into(), format!("{page}#hostile-event-summit")),
        ]
    );
    assert_eq!(
        links(update),
        [
            ("alternate".into(), format!("{page}#hostile-update-0")),
            // The claim links through its point's card: the same element, once.
            ("related".into(), format!("{page}#hostile-point-aid")),
        ]
    );

    let ids: Vec<String> = entries.iter().map(|e| text_of(*e, "id")).collect();
    assert_eq!(
        ids,
        [
            format!("{page}#update-2026-01-12T18:00:00+02:00"),
            format!("{page}#update-2026-01-11T10:00:00+02:00"),
        ]
    );
}

#[test]
fn without_a_canonical_url_the_feed_has_no_links_and_a_urn_for_an_id() {
    let json = HOSTILE.replace(
        r#""canonical_url": "https://example.org/talks?x=1&y=\"2\"","#,
        "",
    );
    let story = story(&json);
    assert!(story.head().canonical_url.is_none());
    let xml = atom_feed(&story, &ids(&story));
    let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let feed = document.root_element();
    assert_eq!(text_of(feed, "id"), "urn:talks-tracker:story:hostile");
    assert!(document
        .descendants()
        .all(|node| !node.has_tag_name((ATOM, "link"))));
    let ld = json_ld(&story);
    assert!(ld.get("url").is_none());
    assert!(ld["liveBlogUpdate"][0].get("url").is_none());
}

#[test]
fn entries_at_the_same_time_get_different_ids() {
    let json = HOSTILE.replace(
        "2026-01-11T10:00:00+02:00\", \"kind\"",
        "2026-01-12T18:00:00+02:00\", \"kind\"",
    );
    let story = story(&json);
    assert_eq!(story.updates()[0].time, story.updates()[1].time);
    let xml = atom_feed(&story, &ids(&story));
    let document = roxmltree::Document::parse(&xml).unwrap();
    let ids: Vec<String> = children(document.root_element(), "entry")
        .map(|e| text_of(e, "id"))
        .collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
    assert!(ids[1].ends_with("-2"), "{ids:?}");
}

#[test]
fn a_story_without_updates_has_an_empty_feed() {
    let story = story(SEED);
    let xml = atom_feed(&story, &ids(&story));
    let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let feed = document.root_element();
    assert_eq!(children(feed, "entry").count(), 0);
    assert_eq!(text_of(feed, "updated"), story.as_of().to_string());
}
