//! Reducing TimelineJS HTML to text: nothing that could run survives, text reads naturally.

use talks_tracker_story::import::html_to_text;

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
        html_to_text("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#x27; &mdash;"),
        "<b> & \"q\" 's' &mdash;"
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
