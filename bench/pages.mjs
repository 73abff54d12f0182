// The pages the benchmark loads, one directory per story under target/bench/site/<story>/:
//
//   plain.html            the story as static HTML (`talks-tracker render --standalone`): the floor
//   timelinejs.html       TimelineJS 3.9.11 self-hosted, fed timeline.json (our story converted)
//   talks-tracker.html    our widget as a newsroom deploys it: loader.js + <talks-tracker src>;
//                         for the seed story with the pre-rendered embed inside (render --embed)
//   talks-tracker-ssr.html  (generated stories) the pre-rendered embed as well
//   talks-tracker-no-overview.html  our widget without its overview (`no-overview`): its cost
//
// The CLI renders are cached in target/bench/cache/ by a hash of the story and the options,
// because the 5000-event renders take about a minute each.
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = new URL("../", import.meta.url).pathname;
export const benchDir = join(root, "target/bench");
export const siteDir = join(benchDir, "site");
const cacheDir = join(benchDir, "cache");

/** Runs `talks-tracker <args>` through cargo, with a cache keyed by the story and the args. */
async function cli(args, storyText, sideFile = null) {
  const key = createHash("sha256").update(JSON.stringify(args)).update(storyText).digest("hex").slice(0, 16);
  const cached = join(cacheDir, `${key}.html`);
  // A second file the command writes (render --embed's positions stylesheet), cached beside.
  const cachedSide = join(cacheDir, `${key}.side`);
  try {
    const stdout = await readFile(cached, "utf8");
    if (sideFile) await copyFile(cachedSide, sideFile);
    return stdout;
  } catch {
    const started = Date.now();
    const { stdout } = await run("cargo", ["run", "--quiet", "--bin", "talks-tracker", "--", ...args],
      { cwd: root, maxBuffer: 1 << 30 });
    console.error(`  talks-tracker ${args.slice(0, 2).join(" ")} … took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await mkdir(cacheDir, { recursive: true });
    if (sideFile) await copyFile(sideFile, cachedSide);
    await writeFile(cached, stdout);
    return stdout;
  }
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const firstDay = (date) => date.date ?? date.start;
const lastDay = (date) => date.date ?? date.end;
const KIND_ORDER = ["exact", "range", "approximate", "expected"];

/** The first event in timeline order (first day, last day, exact before vague; ties as written). */
export function firstEvent(story) {
  const key = (e) => [firstDay(e.date), lastDay(e.date), KIND_ORDER.indexOf(e.date.kind)];
  return story.events.reduce((best, e) => {
    const [a, b] = [key(e), key(best)];
    const i = a.findIndex((v, n) => v !== b[n]);
    return i >= 0 && a[i] < b[i] ? e : best;
  });
}

/**
 * Our story as TimelineJS JSON: the story as the title slide; each event a slide with its
 * days, its headline and summary (place and participants as in our panel), grouped by its
 * first track. Vague dates keep their wording as `display_date`.
 */
export function toTimelineJs(story) {
  const ymd = (day) => {
    const [year, month, dayOfMonth] = day.split("-").map(Number);
    return { year, month, day: dayOfMonth };
  };
  const track = new Map(story.tracks.map((t) => [t.id, t.name]));
  const party = new Map(story.parties.map((p) => [p.id, p.name]));
  return {
    title: { text: { headline: escapeHtml(story.title), text: `<p>${escapeHtml(story.summary)}</p>` } },
    events: story.events.map((event) => {
      const [first, last] = [firstDay(event.date), lastDay(event.date)];
      const facts = [
        event.place && `Where: ${escapeHtml(event.place)}`,
        event.participants?.length && `Who: ${event.participants.map((id) => escapeHtml(party.get(id) ?? id)).join(", ")}`,
      ].filter(Boolean);
      return {
        unique_id: event.id,
        start_date: ymd(first),
        ...(last !== first ? { end_date: ymd(last) } : {}),
        ...(["approximate", "expected"].includes(event.date.kind) ? { display_date: escapeHtml(event.date.text) } : {}),
        text: {
          headline: escapeHtml(event.title),
          text: `${facts.map((f) => `<p>${f}</p>`).join("")}<p>${escapeHtml(event.summary)}</p>`,
        },
        ...(event.tracks?.length ? { group: track.get(event.tracks[0]) } : {}),
      };
    }),
  };
}

/** A news-article host page around `widget`, with `head` in its <head>. */
function article(title, head, widget) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; font: 18px/1.5 Georgia, serif; } main { max-width: 1100px; margin: 0 auto; padding: 1rem; }</style>
${head}
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>The article's lead paragraph comes before the widget, as on a news page.</p>
${widget}
<p>The article goes on after the widget.</p>
</main>
</body>
</html>
`;
}

const LOADER = '<script type="module" src="/loader.js"></script>';

/**
 * Writes the pages for one story; resolves to the scenario descriptions run.mjs loads.
 * `name` is the directory, `css` the widget stylesheet's file name in the bench dist,
 * `prerender` whether the talks-tracker page uses the pre-rendered embed, and
 * `extraPrerendered` whether to also write talks-tracker-ssr.html.
 */
export async function writePages({ name, storyPath, css, prerender, extraPrerendered }) {
  const dir = join(siteDir, name);
  await mkdir(dir, { recursive: true });
  const text = await readFile(storyPath, "utf8");
  const story = JSON.parse(text);
  const instance = name.replace(/[^A-Za-z0-9_-]/g, "-");
  await writeFile(join(dir, "story.json"), text);
  await writeFile(join(dir, "timeline.json"), JSON.stringify(toTimelineJs(story)));

  await writeFile(join(dir, "plain.html"), await cli(["render", "--standalone", storyPath], text));

  const timelineHead = `<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script src="/timelinejs/js/timeline.js"></script>`;
  // As TimelineJS's docs say for self-hosting: the container, then `new TL.Timeline(id, source,
  // options)`, with script_path pointing at the local copy (it loads its locale and font
  // stylesheet from there; the default is knightlab's CDN).
  const timelineWidget = `<div id="timeline-embed" style="width: 100%; height: 650px"></div>
<script>
  window.timeline = new TL.Timeline("timeline-embed", "timeline.json", { script_path: new URL("/timelinejs/js/", location.href).href });
  timeline.on("loaded", () => { if (window.__bench) window.__bench.ready ??= performance.now(); });
</script>`;
  await writeFile(join(dir, "timelinejs.html"), article(story.title, timelineHead, timelineWidget));

  const positions = join(dir, "positions.css");
  const embed = async () => cli(["render", "--embed", "--css", `/${css}`, "--instance", instance,
    "--positions", positions, "--positions-url", "positions.css", storyPath], text, positions);
  const element = (inside = "") => `<talks-tracker id="${instance}" src="story.json">${inside}</talks-tracker>`;
  await writeFile(join(dir, "talks-tracker.html"),
    article(story.title, LOADER, element(prerender ? await embed() : "")));
  // The same page with the overview left out (`no-overview`): what the overview costs.
  await writeFile(join(dir, "talks-tracker-no-overview.html"), article(story.title, LOADER,
    element(prerender ? await embed() : "").replace("<talks-tracker ", "<talks-tracker no-overview ")));
  const variants = ["plain", "timelinejs", "talks-tracker", "talks-tracker-no-overview"];
  if (extraPrerendered) {
    await writeFile(join(dir, "talks-tracker-ssr.html"), article(story.title, LOADER, element(await embed())));
    variants.push("talks-tracker-ssr");
  }
  const first = firstEvent(story);
  return {
    name, instance, story, variants,
    events: story.events.length,
    first: { id: first.id, title: first.title },
    url: (variant) => `/bench/${name}/${variant}.html`,
  };
}
