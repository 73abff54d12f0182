// Inside the iframe (embed.html?story=URL): renders one <talks-tracker> and tells the
// parent page its height whenever it changes, in the Pym.js message format
// ("pymxPYMx<childId>xPYMxheightxPYMx<pixels>"), so pages running Pym.js need nothing new,
// and in WordPress's and AMP's formats (below; docs/embedding.md, "Height messages").
//
// Anyone can link to a publisher's embed.html, so it shows stories only from allowed
// origins: its own, and those the publisher lists in embed.html's
// <meta name="talks-tracker-story-origins" content="https://stories.example …">.
// data:, blob: and every other non-web address are refused, with a message in the frame.
// `lang` is used only when it is a valid BCP 47 tag.
const params = new URLSearchParams(location.search);

/** The origins stories may come from: this page's and the publisher's list. */
function allowedOrigins() {
  const listed = document.querySelector('meta[name="talks-tracker-story-origins"]')?.content ?? "";
  const origins = new Set([location.origin]);
  for (const entry of listed.split(/\s+/).filter(Boolean)) {
    try {
      origins.add(new URL(entry).origin);
    } catch {
      // Not an address: ignored, as a browser ignores a malformed CSP source.
    }
  }
  return origins;
}

/** Why the story at `raw` may not be shown here, or null when it may. */
function refusal(raw, origins) {
  let url;
  try {
    url = new URL(raw, location.href);
  } catch {
    return "This embed could not read the story's address.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return "This embed shows only story files served from the web, not one written into its address.";
  }
  if (!origins.has(url.origin)) {
    return `This embed shows only stories published from ${[...origins].join(", ")}; ${url.origin} is not one of them.`;
  }
  return null;
}

/** `tag` when it is a well-formed BCP 47 language tag, else null. */
function languageTag(tag) {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

const story = params.get("story") ?? "stories/paris-talks.json";
const refused = refusal(story, allowedOrigins());
if (refused) {
  const note = document.createElement("p");
  note.className = "tt-refused";
  note.setAttribute("role", "alert");
  note.textContent = refused;
  document.body.append(note);
} else {
  const widget = document.createElement("talks-tracker");
  widget.setAttribute("src", new URL(story, location.href).href);
  if (params.has("theme")) widget.setAttribute("theme", params.get("theme"));
  const lang = params.has("lang") ? languageTag(params.get("lang")) : null;
  if (lang) widget.setAttribute("lang", lang);
  // memory=off: no "new since your last visit", nothing kept in the reader's storage.
  if (params.get("memory") === "off") widget.setAttribute("no-memory", "");
  document.body.append(widget);
}

// Height reports, only when framed. Each goes to the parent with targetOrigin "*": the
// frame cannot know who embeds it, and each parent checks where messages come from.
// They carry a number and the parent's own token, never the story's address or text.
//  - Pym.js, with the childId the parent gave (embed/parent.js, pym.Parent).
//  - WordPress, when the address's fragment holds the secret WordPress adds to oEmbed
//    iframes ("#?secret=abc123XYZ0", wp_filter_oembed_result and wp-embed.js):
//    {message: "height", value, secret}. Its wp-embed.js matches the secret to the
//    iframe's data-secret, takes only letters and digits, and clamps to 200–1000 px.
//    wp-embed.js may add the secret after load (a hashchange) and asks for the height
//    again with {message: "ready", secret}.
//  - AMP's amp-iframe with `resizable`: {sentinel: "amp", type: "embed-size", height}.
//    AMP marks its frames only by an "#amp=1" fragment it adds when there is none,
//    so the message goes to every parent; others ignore it.
if (window.parent !== window) {
  const childId = params.get("childId");
  /** The WordPress secret in the fragment, or null; WordPress makes it of letters and digits. */
  const wordpressSecret = () => /(?:^#|[?&])secret=([A-Za-z0-9]+)(?:&|$)/.exec(location.hash)?.[1] ?? null;
  let secret = wordpressSecret();
  const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  const tellWordPress = (pixels) => {
    if (secret) window.parent.postMessage({ message: "height", value: pixels, secret }, "*");
  };
  let last = -1;
  const report = () => {
    const pixels = height();
    if (pixels === last) return;
    last = pixels;
    if (childId) window.parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${pixels}`, "*");
    tellWordPress(pixels);
    window.parent.postMessage({ sentinel: "amp", type: "embed-size", height: pixels }, "*");
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener("hashchange", () => {
    const now = wordpressSecret();
    if (now === secret) return;
    secret = now;
    tellWordPress(height());
  });
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.source !== window.parent || !secret || data?.message !== "ready" || data.secret !== secret) return;
    tellWordPress(height());
  });
}
