// With JavaScript off, the static page that `talks-tracker render --standalone` writes
// (dist/paris-talks.html, made by `make static-page`) is the whole story, readable.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, dist } from "./support.mjs";

let server;
let browser;
let story;

before(async () => {
  story = JSON.parse(await readFile(join(dist, "stories/paris-talks.json"), "utf8"));
  server = await serveDist();
  browser = await launch({ width: 360, height: 740 }, { javaScriptEnabled: false });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const squash = (text) => text.replace(/[“”]/g, '"').replace(/\s+/g, " ");

test("without script every question, event, card, quote and source is on the page and visible", async () => {
  const page = await browser.context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${server.url}/paris-talks.html`);
  const text = squash(await page.locator("body").innerText());
  for (const q of story.questions) {
    assert.ok(text.includes(squash(q.question)), `question ${q.id}`);
    assert.ok(text.includes(squash(q.answer)), `answer of ${q.id} is not visible`);
  }
  for (const e of story.events) {
    assert.ok(await page.locator(`[data-event-id="${e.id}"]`).isVisible(), `event ${e.id}`);
    assert.ok(text.includes(squash(e.summary)), `summary of event ${e.id}`);
  }
  for (const p of story.points) assert.ok(text.includes(squash(p.summary)), `card ${p.id}`);
  for (const c of story.claims.filter((c) => c.quote)) assert.ok(text.includes(squash(c.quote)), `quote ${c.id}`);
  for (const s of story.sources) assert.ok(text.includes(s.outlet), `source ${s.id}`);
  assert.equal(await page.locator("button").count(), 0, "buttons do nothing without script");
  assert.equal(requests.filter((u) => !u.endsWith("/paris-talks.html")).length, 0, "the page needs nothing else");

  // In-page links work without script: a card's timeline link leads to the event.
  const link = page.locator("[data-point-id] a[data-links-event]").first();
  const target = await link.getAttribute("data-links-event");
  await link.click();
  assert.equal(new URL(page.url()).hash, `#paris-talks-event-${target}`);
  assert.ok(await page.locator(`#paris-talks-event-${target}`).isVisible());
  await page.screenshot({ path: join(dist, "..", "target", "screenshots", "static-360.png"), fullPage: false }).catch(() => {});
  await page.close();
});
