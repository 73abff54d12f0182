// The loader and the widget on a page that enforces Trusted Types (issue 17, item 8),
// in the release build: a widget by `src` and a widget whose story the host builds in
// script and hands over as an object (`element.story = {…}`), with no `<script>`
// element written, both render without a Trusted Types violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, launch, watchErrors } from "./support.mjs";

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trusted Types</title>
<link rel="icon" href="data:,"><script type="module" src="/loader.js"></script></head>
<body><talks-tracker id="by-src" src="/stories/paris-talks.json"></talks-tracker>
<talks-tracker id="by-property"></talks-tracker>
<script type="module" src="/tt-host.js"></script></body></html>`;

// The host builds the story in script: the seed, retitled, set as an object.
const HOST = `const story = await (await fetch("/stories/paris-talks.json")).json();
story.title = "Built by the host page in script";
document.getElementById("by-property").story = story;`;

let server;
let browser;
before(async () => {
  server = await serveDist(
    { "/tt.html": PAGE, "/tt-host.js": HOST },
    { "Content-Security-Policy": "require-trusted-types-for 'script'; trusted-types 'none'" },
  );
  browser = await launch({ width: 1000, height: 900 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("under require-trusted-types-for 'script', both widgets render, one from a story object", async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  const violations = [];
  page.on("console", (message) => {
    if (/Trusted Type|TrustedHTML|TrustedScript/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${server.url}/tt.html`);
  assert.equal(await page.evaluate(() => typeof window.trustedTypes), "object");
  await page.locator("#by-src [data-story-id]").waitFor();
  await page.locator("#by-property [data-story-id]").waitFor();
  const title = await page.evaluate(() => document.getElementById("by-property").shadowRoot.textContent);
  assert.ok(title.includes("Built by the host page in script"), "the story object is shown");
  assert.equal(await page.locator("#by-property script").count(), 0, "no <script> element was written");
  // The property reads back as the object set.
  assert.equal(await page.evaluate(() => document.getElementById("by-property").story.title), "Built by the host page in script");
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.close();
});
