//! The TimelineJS importer: HTML reduced to text (nothing that could run survives,
//! text reads naturally, entities decoded, lists kept apart, links kept as sources),
//! ids from the decoded text, the Google Sheets layout as CSV, and imported stories
//! that validate clean.

use talks_tracker_story::import::{
    html_to_text, import_timelinejs, import_timelinejs_csv, read_html, slug, Import, Link,
    NO_SUMMARY,
};
use talks_tracker_story::{parse, EventId, Story};

#[test]
fn tags_go_and_text_stays_readable() {
    assert_eq!(
        html_to_text("<p>One.</p><p>Two <b>bold</b>.</p>"),
        "One. Two bold."
    );
    assert_eq!(html_to_text("a<br/>b"), "a b");
    assert_eq!(
        html_to_text("<a href=\"javascript:alert(1)\">link</a> text"),
        "link text"
    );
}

#[test]
fn script_and_style_contents_are_dropped_whatever_the_case() {
    assert_eq!(html_to_text("x<script>alert(1)</script>y"), "x y");
    assert_eq!(
        html_to_text("x<SCRIPT type=module>alert(1)</Script >y"),
        "x y"
    );
    assert_eq!(html_to_text("x<style>body{}</style>y"), "x y");
    assert_eq!(html_to_text("x<script>never closed"), "x");
    assert_eq!(
        html_to_text("<img src=x onerror=alert(1)>caption"),
        "caption"
    );
}

#[test]
fn entities_decode_and_unknown_ones_stay_as_written() {
    assert_eq!(
        html_to_text("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#x27; &mdash; &notanentity;"),
        "<b> & \"q\" 's' — &notanentity;"
    );
    assert_eq!(
        html_to_text("a&nbsp;b &#0; &#xFFFFFFFF;"),
        "a b &#0; &#xFFFFFFFF;"
    );
    assert_eq!(html_to_text("Tom & Jerry"), "Tom & Jerry");
}

#[test]
fn an_unterminated_tag_ends_the_text() {
    assert_eq!(html_to_text("before <b unterminated"), "before");
}

#[test]
fn typographic_entities_decode_named_and_numeric() {
    assert_eq!(
        html_to_text("US&ndash;China &ldquo;deal&rdquo; &lsquo;soon&rsquo; &hellip; &euro;5&nbsp;bn &bull; &deg; &trade; &frac12;"),
        "US–China “deal” ‘soon’ … €5 bn • ° ™ ½"
    );
    assert_eq!(
        html_to_text("Dvo&#345;&aacute;k &#x2013; &#X201C;x&#x201D; &Scaron;ef&ccaron;ovi&ccaron; &Eacute;mile"),
        "Dvořák – “x” Šefčovič Émile"
    );
    // What Word pastes: Windows-1252 codes, which browsers read as their characters.
    assert_eq!(
        html_to_text("&#147;Yes&#148; &#150; &#151; &#133;"),
        "“Yes” – — …"
    );
    // Case matters, and a missing ';' leaves the text alone.
    assert_eq!(html_to_text("&NDASH; &ndash &AMP;"), "&NDASH; &ndash &");
}

#[test]
fn list_items_stay_separate_sentences() {
    assert_eq!(
        html_to_text("<p>The deal covers</p><ul><li>gas</li><li>oil;</li><li>iPhones</li></ul><p>More later.</p>"),
        "The deal covers: Gas. Oil. iPhones. More later."
    );
    assert_eq!(
        html_to_text("<ol><li>First step.<li>Second step?</ol>"),
        "First step. Second step?"
    );
    assert_eq!(
        html_to_text("<ul><li>Terms<ul><li>a ceasefire</li></ul></li><li>Aid</li></ul>"),
        "Terms: A ceasefire. Aid."
    );
    assert_eq!(html_to_text("<ul><li></li><li> </li></ul>"), "");
}

#[test]
fn links_with_web_targets_are_kept_and_their_text_stays_in_place() {
    let read = read_html(
        "As <a href=\"https://www.reuters.com/x?a=1&amp;b=2\">Reuters</a> and \
         <a target=_blank href='http://ap.example/y'>AP <b>said</b></a>, \
         <a href=javascript:alert(1)>not this</a> <a href=\"/relative\">nor this</a> \
         <a href=https://bare.example/z>bare</a>",
    );
    assert_eq!(read.text, "As Reuters and AP said, not this nor this bare");
    let link = |url: &str, text: &str| Link {
        url: url.into(),
        text: text.into(),
    };
    assert_eq!(
        read.links,
        [
            link("https://www.reuters.com/x?a=1&b=2", "Reuters"),
            link("http://ap.example/y", "AP said"),
            link("https://bare.example/z", "bare"),
        ]
    );
}

#[test]
fn ids_come_from_decoded_text_folded_to_ascii() {
    assert_eq!(slug("US–China talks"), "us-china-talks");
    assert_eq!(slug(&html_to_text("US&ndash;China")), "us-china");
    assert_eq!(
        slug("Dvořák Hall, Šefčovič & Łódź"),
        "dvorak-hall-sefcovic-lodz"
    );
    assert_eq!(
        slug("Straße, Ærø, İstanbul, Bucureşti, București"),
        "strasse-aero-istanbul-bucuresti-bucuresti"
    );
    assert_eq!(
        slug("Kyiv’s offer, Zelensky's reply"),
        "kyivs-offer-zelenskys-reply"
    );
    assert_eq!(slug("Зеленський у Києві"), "zelenskyi-u-kyievi");
    assert_eq!(slug("北京"), "");
    assert!(slug(&"Long headline ".repeat(10)).len() <= 48);
    assert!(!slug(&"Long headline ".repeat(10)).ends_with('-'));
}

/// Imports, validates the story through `parse` and insists on zero diagnostics.
fn clean(import: &Import) -> Story {
    let json = serde_json::to_string_pretty(&import.story).unwrap();
    let parsed = parse(&json);
    let problems: Vec<String> = parsed.diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "the imported story has problems:\n{}\n{json}",
        problems.join("\n")
    );
    parsed.story.expect("usable story")
}

fn reported(import: &Import, line: &str) -> bool {
    import.report.iter().any(|l| l.contains(line))
}

#[test]
fn a_newsroom_timeline_with_entities_lists_links_and_empty_texts_imports_clean() {
    let import = import_timelinejs(include_str!(
        "../../../tests/fixtures/timelinejs-entities.json"
    ))
    .unwrap();
    let story = clean(&import);
    let head = story.head();
    assert_eq!(head.title, "US–China trade talks: “a long road”");
    assert_eq!(head.id.as_str(), "us-china-trade-talks-a-long-road");
    assert_eq!(
        head.summary,
        "Two rounds, one truce — and tariffs still in place."
    );

    let geneva = story
        .event(&EventId::new("geneva-round-opens-a-constructive-start"))
        .expect("id from the decoded headline");
    assert_eq!(geneva.title, "Geneva round opens — a ‘constructive’ start");
    assert_eq!(geneva.date.text(), Some("6–7 January"));
    assert_eq!(
        geneva.summary,
        "Negotiators agreed on: A timetable. Two working groups. The next venue… \
         As Reuters reported, the talks ran late."
    );
    let tracks: Vec<(&str, &str)> = story
        .tracks()
        .iter()
        .map(|t| (t.id.as_str(), t.name.as_str()))
        .collect();
    assert_eq!(tracks, [("tariffs-quotas", "Tariffs & quotas")]);

    let truce = story
        .event(&EventId::new("tariff-truce-signed-in-dvorak-hall"))
        .unwrap();
    assert_eq!(truce.title, "Tariff truce signed in Dvořák Hall");
    assert_eq!(truce.date.text(), Some("20 January"));
    assert_eq!(
        truce.summary,
        "“Quotas stay” – the truce covers steel & aluminium (AP, Reuters, a trap). \
         Steel: 25 %. Aluminium: 10 %."
    );

    // Links became sources, one per URL, named after their host and cited.
    let sources: Vec<(&str, &str, Option<&str>, Option<&str>)> = story
        .sources()
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.outlet.as_str(),
                s.title.as_deref(),
                s.url.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        sources,
        [
            (
                "reuters-com",
                "reuters.com",
                Some("Reuters reported"),
                Some("https://www.reuters.com/world/geneva-round")
            ),
            (
                "apnews-com",
                "apnews.com",
                Some("AP"),
                Some("https://apnews.com/article/truce?id=1&ref=tl")
            ),
            (
                "example-photos",
                "Example Photos",
                Some("Trade ministers shake hands after the third round."),
                None
            ),
        ]
    );
    let cited = |event: &talks_tracker_story::Event| {
        event
            .sources
            .iter()
            .map(|s| s.as_str().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(cited(geneva), ["reuters-com"]);
    assert_eq!(cited(truce), ["apnews-com", "reuters-com"]);
    let json = serde_json::to_string(&import.story).unwrap();
    assert!(!json.contains("javascript:") && !json.contains("&ndash;") && !json.contains("&#"));

    // Empty texts never repeat the headline.
    let kyiv = story
        .event(&EventId::new("ministers-meet-in-kyiv"))
        .unwrap();
    assert_eq!(kyiv.title, "Ministers meet in Київ");
    assert_eq!(kyiv.summary, NO_SUMMARY);
    assert!(reported(
        &import,
        "events[2].text.text: empty, and a story needs a summary"
    ));
    let third = story.event(&EventId::new("third-round-ends")).unwrap();
    assert_eq!(
        third.summary,
        "Trade ministers shake hands after the third round."
    );
    assert!(reported(
        &import,
        "events[3].text.text: empty; the summary is the media caption"
    ));
    for event in story.events() {
        assert_ne!(
            event.summary, event.title,
            "{} repeats its headline",
            event.id
        );
    }
}

const SHEET: &str = include_str!("../../../tests/fixtures/timelinejs-sheet.csv");

#[test]
fn the_google_sheets_layout_as_csv_imports_clean() {
    let import = import_timelinejs_csv(SHEET).unwrap();
    let story = clean(&import);
    assert_eq!(story.head().title, "US–China trade talks");
    assert_eq!(story.head().id.as_str(), "us-china-trade-talks");
    assert_eq!(
        story.head().summary,
        "Two rounds, one truce & tariffs still in place."
    );
    let titles: Vec<&str> = story.events().iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Geneva week",
            "Geneva round opens",
            "Tariff truce signed",
            "Ministers to meet",
            "Next round"
        ]
    );
    let era = &story.events()[0];
    assert_eq!(
        (era.date.start().to_string(), era.date.end().to_string()),
        ("2026-01-05".into(), "2026-01-09".into())
    );
    assert_eq!(era.summary, NO_SUMMARY);
    let geneva = story.event(&EventId::new("geneva-round-opens")).unwrap();
    assert_eq!(geneva.date.text(), Some("6–7 January"));
    assert_eq!(
        (
            geneva.date.start().to_string(),
            geneva.date.end().to_string()
        ),
        ("2026-01-06".into(), "2026-01-07".into())
    );
    assert_eq!(
        geneva.summary,
        "Negotiators agreed on: A timetable. Two working groups. As Reuters reported, the talks ran late."
    );
    let truce = story.event(&EventId::new("tariff-truce-signed")).unwrap();
    assert_eq!(truce.summary, "“Quotas stay,” officials said (AP).");
    let cited: Vec<&str> = truce.sources.iter().map(|s| s.as_str()).collect();
    assert_eq!(cited, ["example-photos", "apnews-com"]);
    let month = story.event(&EventId::new("ministers-to-meet")).unwrap();
    assert!(month.date.is_approximate());
    assert_eq!(month.date.text(), Some("February"));
    let tracks: Vec<&str> = story.tracks().iter().map(|t| t.name.as_str()).collect();
    assert_eq!(tracks, ["Tariffs & quotas", "Quotas"]);

    for line in [
        "column \"Notes\": not a TimelineJS column, ignored",
        "row 3: era imported as a range event",
        "row 3, Text: empty, and a story needs a summary",
        "row 4, Time: the time of day is not carried over",
        "row 5, Background: not carried over",
        "row 5, Media: the picture or video itself is not shown",
        "row 7, Month: expected a whole number, got \"Feb\"; left out",
        "row 9, Type: \"milestone\" is not title or era; read as an event",
    ] {
        assert!(
            reported(&import, line),
            "no {line:?} in {:#?}",
            import.report
        );
    }
    assert!(
        !import.report.iter().any(|l| l.contains("row 8")),
        "an empty row is skipped"
    );
}

#[test]
fn sheet_headers_match_by_name_whatever_their_case_spacing_and_order() {
    let csv = "headline,DISPLAY DATE, year ,month,Day,type,end_year\n\
               Title,,,,,Title,\n\
               A &ndash; B,spring,2026,4,,,\n\
               \"C, D\",,2026,4,2,,2025\n";
    let import = import_timelinejs_csv(csv).unwrap();
    let story = clean(&import);
    assert_eq!(story.head().title, "Title");
    let first = story.event(&EventId::new("a-b")).unwrap();
    assert_eq!(first.date.text(), Some("spring"));
    let second = story.event(&EventId::new("c-d")).unwrap();
    assert_eq!(second.date.start().to_string(), "2026-04-02");
    assert!(reported(
        &import,
        "row 4, End Year, End Month, End Day: before the start date"
    ));
    assert!(reported(&import, "row 2, Text: empty"));
}

#[test]
fn a_sheet_without_a_year_column_is_refused() {
    let problem = import_timelinejs_csv("Title,Body\nA,B\n").unwrap_err();
    assert!(
        problem.starts_with("no Year column: not a TimelineJS sheet"),
        "{problem}"
    );
}
