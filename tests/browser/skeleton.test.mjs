// The demo page renders the seed story from its JSON: every event, every point card,
// the DOM contract (data-story-id, data-event-id, data-point-id, data-status), no errors,
// no axe violations, no horizontal scroll on a 360 px phone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, watchErrors, axeViolations, dist } from "./support.mjs";

let server;
let browser;
let story;

before(async () => {
  story = JSON.parse(await readFile(join(dist, "stories/paris-talks.json"), "utf8"));
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo(viewport) {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const errors = watchErrors(page);
  await page.goto(`${server.url}/index.html`);
  await page.waitForSelector("[data-story-id]");
  return { page, errors };
}

test("the widget shows every event and every point of the story file", async () => {
  const { page, errors } = await openDemo();
  assert.equal(await page.getAttribute("[data-story-id]", "data-story-id"), story.id);
  assert.equal(await page.textContent(".tt-title"), story.title);

  const eventIds = await page.$$eval("[role=tab][data-event-id]", (els) => els.map((e) => e.dataset.eventId));
  assert.equal(eventIds.length, story.events.length);
  assert.deepEqual([...eventIds].sort(), story.events.map((e) => e.id).sort());

  const cards = await page.$$eval("[data-point-id]", (els) =>
    els.map((e) => [e.dataset.pointId, e.dataset.status]));
  assert.equal(cards.length, story.points.length);
  const statusInJson = Object.fromEntries(story.points.map((p) => [p.id, p.status]));
  for (const [id, status] of cards) assert.equal(status, statusInJson[id], `status of ${id}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("events are in date order, with expected events marked as such", async () => {
  const { page } = await openDemo();
  const shown = await page.$$eval("[role=tab][data-event-id]", (els) => els.map((e) => e.dataset.eventId));
  const start = Object.fromEntries(story.events.map((e) => [e.id, e.date.date ?? e.date.start]));
  const starts = shown.map((id) => start[id]);
  assert.deepEqual(starts, [...starts].sort(), "timeline is not in date order");
  const expectedInJson = story.events.filter((e) => e.date.kind === "expected").map((e) => e.id).sort();
  assert.ok(expectedInJson.length > 0, "the seed story has an expected event");
  const expectedShown = await page.$$eval('[data-date-kind="expected"]', (els) =>
    els.filter((e) => /expected/i.test(e.textContent)).map((e) => e.dataset.eventId));
  assert.deepEqual(expectedShown.sort(), expectedInJson);
  await page.close();
});

test("cards sit under the section their status belongs to", async () => {
  const { page } = await openDemo();
  const sections = await page.$$eval(".tt-cards", (els) => els.map((s) => ({
    heading: s.querySelector("h3").textContent,
    statuses: [...s.querySelectorAll("[data-status]")].map((c) => c.dataset.status),
  })));
  const allowed = {
    "What was agreed": ["agreed", "largely_agreed"],
    "Where problems emerged": ["disputed", "not_agreed", "dropped"],
    "Still open": ["in_progress", "not_started"],
  };
  assert.ok(sections.some((s) => s.heading === "What was agreed"));
  assert.ok(sections.some((s) => s.heading === "Where problems emerged"));
  for (const { heading, statuses } of sections) {
    for (const status of statuses) assert.ok(allowed[heading].includes(status), `${status} under ${heading}`);
  }
  await page.close();
});

test("no axe-core violations and no horizontal scroll on a 360 px phone", async () => {
  const { page, errors } = await openDemo({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 360px`);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});
