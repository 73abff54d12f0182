// Nothing a story contains can run script in the host page: every text field of the seed
// story carries filter-evasion payloads (OWASP cheat-sheet style) and every URL field a
// javascript: link; the widget shows them as text, makes no link that is not http(s),
// and the sentinel global is never set, no dialog opens.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, dist } from "./support.mjs";

const PAYLOADS = [
  "<script>window.__xss=1</script>",
  "<img src=x onerror=window.__xss=1>",
  "<svg/onload=window.__xss=1>",
  "\"><iframe src=\"javascript:window.__xss=1\"></iframe>",
  "<a href=\"javascript:window.__xss=1\">click</a>",
  "&lt;script&gt;window.__xss=1&lt;/script&gt;",
  "<div style=\"background:url(javascript:window.__xss=1)\">",
  "<style>@import 'javascript:window.__xss=1';</style>",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
  "{{constructor.constructor('window.__xss=1')()}}",
  "<body onload=window.__xss=1>",
  "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+window.__xss=1//'>",
];
const TEXT_KEYS = new Set(["title", "summary", "name", "role", "stance", "place", "quote", "statement", "question",
  "answer", "outlet", "note", "described_as", "context", "description", "text"]);
const URL_KEYS = new Set(["url", "canonical_url"]);

/** The seed story with a payload appended to every text and every URL made a javascript: link. */
function poison(value, key = "", counter = { n: 0 }) {
  if (Array.isArray(value)) return value.map((v) => (key === "conditions" ? v + PAYLOADS[counter.n++ % PAYLOADS.length] : poison(v, "", counter)));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k, counter)]));
  }
  if (typeof value === "string" && TEXT_KEYS.has(key)) return `${value} ${PAYLOADS[counter.n++ % PAYLOADS.length]}`;
  if (typeof value === "string" && URL_KEYS.has(key)) return "javascript:window.__xss=1";
  return value;
}

let server;
let browser;
let poisoned;

before(async () => {
  const story = JSON.parse(await readFile(join(dist, "stories/paris-talks.json"), "utf8"));
  poisoned = poison(story);
  poisoned.canonical_url = "javascript:window.__xss=1";
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>XSS</title>
    <link rel="icon" href="favicon.svg"><script type="module" src="../loader.js"></script></head><body>
    <talks-tracker id="inline"><script type="application/json">${JSON.stringify(poisoned).replaceAll("</", "<\\/")}</script></talks-tracker>
    <talks-tracker id="fetched" src="poisoned.json"></talks-tracker></body></html>`;
  server = await serveDist({ "/embed/xss.html": page, "/embed/poisoned.json": JSON.stringify(poisoned) });
  browser = await launch({ width: 1280, height: 900 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("story text is shown as text, no script runs and no unsafe link is made", async () => {
  const page = await browser.context.newPage();
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(`${server.url}/embed/xss.html`);
  await page.waitForFunction(() => ["inline", "fetched"].every((id) => document.getElementById(id).shadowRoot?.querySelector("[data-story-id]")));
  // Open everything a reader can open, so every text is rendered.
  for (const id of ["inline", "fetched"]) {
    for (const toggle of await page.locator(`#${id} .tt-question-toggle`).all()) await toggle.click();
    for (const tab of await page.locator(`#${id} [role=tab]`).all()) await tab.click();
  }
  const found = await page.evaluate(() => ["inline", "fetched"].map((id) => {
    const root = document.getElementById(id).shadowRoot;
    return {
      links: [...root.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")),
      injected: root.querySelectorAll("script, img, svg, iframe, style:not(:first-child), math, body").length,
      text: root.textContent,
      styled: [...root.querySelectorAll("[style]")].map((e) => e.getAttribute("style")).filter((s) => s.includes("javascript")),
    };
  }));
  assert.equal(await page.evaluate(() => window.__xss), undefined, "a payload ran");
  assert.deepEqual(dialogs, []);
  for (const { links, injected, text, styled } of found) {
    assert.equal(injected, 0, "payload markup became elements");
    assert.deepEqual(styled, []);
    for (const href of links) assert.match(href, /^(#|https?:)/, `unsafe link ${href}`);
    assert.ok(text.includes("<script>window.__xss=1</script>"), "payloads are shown as text");
    assert.ok(text.includes("<img src=x onerror=window.__xss=1>"));
  }
  await page.close();
});
