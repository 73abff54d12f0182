// Inside the iframe (embed.html?story=URL): renders one <talks-tracker> and tells the
// parent page its height whenever it changes, in the Pym.js message format
// ("pymxPYMx<childId>xPYMxheightxPYMx<pixels>"), so pages running Pym.js need nothing new.
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

const childId = params.get("childId");
if (childId && window.parent !== window) {
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // "*": the child cannot know who embeds it; the parent checks where messages come from.
    window.parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, "*");
  };
  new ResizeObserver(report).observe(document.documentElement);
}
