// The iframe embed: embed.html?story=URL on another origin reports its height in the
// Pym.js format; embed/parent.js resizes the iframe, and ignores messages that do not
// come from that iframe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, launch, watchErrors } from "./support.mjs";

let parentServer;
let childServer;
let browser;

before(async () => {
  childServer = await serveDist();
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parent</title>
    <link rel="icon" href="/embed/favicon.svg"><link rel="stylesheet" href="/iframe.css"></head><body>
    <h1>An article that only allows iframes</h1>
    <iframe id="talks" data-talks-tracker-frame title="Peace talks tracker"
      src="${childServer.url}/embed.html?story=stories/paris-talks.json"></iframe>
    <p>After the iframe.</p>
    <script src="/embed/parent.js" defer></script></body></html>`;
  parentServer = await serveDist({ "/article.html": page, "/iframe.css": "iframe { width: 100%; border: 0; }" });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await parentServer?.close();
  await childServer?.close();
});

test("the iframe grows and shrinks with its content, by Pym.js messages from its own origin", async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener("message", (e) => window.__messages.push([e.origin, String(e.data)]));
  });
  // An embargoed article's preview link: its token must not reach the iframe.
  await page.goto(`${parentServer.url}/article.html?preview_token=s3cret#draft`);
  const src = await page.locator("#talks").getAttribute("src");
  assert.equal(new URL(src).searchParams.get("parentUrl"), `${parentServer.url}/article.html`);
  assert.ok(!src.includes("s3cret") && !src.includes("draft"), src);
  const height = () => page.evaluate(() => document.getElementById("talks").getBoundingClientRect().height);
  await page.waitForFunction(() => document.getElementById("talks").getBoundingClientRect().height > 600);
  const frame = page.frameLocator("#talks");
  await frame.locator("[data-story-id]").waitFor();

  const messages = await page.evaluate(() => window.__messages);
  const childOrigin = new URL(childServer.url).origin;
  const pym = messages.filter(([, data]) => data.startsWith("pymxPYMxtalksxPYMxheightxPYMx"));
  assert.ok(pym.length > 0, "no Pym height message");
  assert.ok(pym.every(([origin]) => origin === childOrigin));

  // Expanding a key question makes the content taller: the iframe follows.
  const before = await height();
  await frame.locator(".tt-question button[aria-expanded]").first().click();
  await page.waitForFunction((h) => document.getElementById("talks").getBoundingClientRect().height > h, before);
  const grown = await height();
  const reported = (await page.evaluate(() => window.__messages)).map(([, d]) => d).filter((d) => d.includes("xPYMxheightxPYMx"));
  assert.equal(Number(reported.at(-1).split("xPYMx")[3]), Math.round(grown), "the iframe height is the last reported height");

  // Collapsing it again shrinks the iframe back.
  await frame.locator(".tt-question button[aria-expanded]").first().click();
  await page.waitForFunction((h) => document.getElementById("talks").getBoundingClientRect().height < h, grown);

  // A message in the same format from anywhere else is ignored.
  const settled = await height();
  await page.evaluate(() => window.postMessage("pymxPYMxtalksxPYMxheightxPYMx5", "*"));
  await page.waitForFunction(() => window.__messages.some(([, d]) => d.endsWith("xPYMx5")));
  assert.equal(await height(), settled, "a forged message resized the iframe");
  assert.deepEqual(errors, []);
  await page.close();
});
