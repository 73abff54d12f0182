// The producer's ten-minute check (issue 15), as a script: from an empty editor, the
// seed story's head, its first three events and two cards (points), with the
// parties and the source they need, then Publish and copy the script embed. Every
// step goes through the form a producer sees (labels, buttons, pickers by name).
//
// It runs at machine speed and then reports what a person at the keyboard would
// spend: every character typed at 5 characters a second (about 50 words a minute,
// what a reporter pasting nothing would type) plus 3 seconds to find and operate
// each control. Run: node tests/browser/producer-walkthrough.mjs (after a release build).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, watchErrors } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
const seed = JSON.parse(await readFile(join(root, "static/stories/paris-talks.json"), "utf8"));
const CHARS_PER_SECOND = 5;
const SECONDS_PER_CONTROL = 3;
let typed = 0;
let controls = 0;

const server = await serveDist();
const browser = await launch({ width: 1280, height: 900 });
const page = await browser.context.newPage();
page.setDefaultTimeout(30_000);
const errors = watchErrors(page);
await page.goto(`${server.url}/editor.html`);

async function type(scope, label, text) {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(text);
  typed += text.length;
  controls += 1;
}
async function choose(scope, label, option) {
  await scope.getByLabel(label, { exact: true }).selectOption(option);
  controls += 1;
}
async function tick(scope, name) {
  await scope.getByRole("checkbox", { name, exact: true }).check();
  controls += 1;
}
async function add(label, name) {
  await type(page, label, name);
  await page.getByLabel(label, { exact: true }).press("Enter");
  controls += 1;
}

await type(page, "Headline", seed.title);
await type(page, "Summary", seed.summary);
await type(page, "Story id", seed.id);
await type(page, "Publisher", seed.publisher.name);

const events = seed.events.slice(0, 3);
const points = seed.points.slice(0, 2);
const partyIds = new Set(events.flatMap((e) => e.participants));
const parties = seed.parties.filter((p) => partyIds.has(p.id));
for (const party of parties) await add("Name of a new party", party.name);
const source = seed.sources.find((s) => s.id === events[0].sources[0]);
await add("Outlet of a new source", source.outlet);

for (const [i, event] of events.entries()) {
  await add("Title of a new event", event.title);
  const group = page.locator(`#ed-f-events-${i}`);
  const kind = event.date.kind;
  if (kind !== "exact") await choose(group, "Kind of date", kind);
  if (kind === "exact") await type(group, "Day", event.date.date);
  else {
    await type(group, "From", event.date.start);
    await type(group, "To", event.date.end);
  }
  if (event.date.text) await type(group, kind === "exact" ? "Wording (optional)" : "Wording readers see", event.date.text);
  for (const id of event.participants) await tick(group, seed.parties.find((p) => p.id === id).name);
  await type(group, "Summary", event.summary);
  await tick(group, source.outlet);
}

for (const [i, point] of points.entries()) {
  await add("Title of a new point", point.title);
  const group = page.locator(`#ed-f-points-${i}`);
  await type(group, "Summary", point.summary);
  for (const id of point.events) {
    const title = events.find((e) => e.id === id)?.title;
    if (title) await tick(group, title);
  }
  // The new status: a change from "In progress", with the day and why.
  await choose(group, "Status", point.status);
  const change = group.locator(".ed-change");
  await type(change, "Day it changed", "2026-01-06");
  await type(change, "What the earlier status was based on, or why it changed", "Under negotiation until the Paris summit.");
  await change.getByRole("button", { name: "Change status" }).click();
  controls += 1;
}

await page.locator("#ed-status").filter({ hasText: "No problems" }).waitFor();
await page.getByRole("button", { name: "Publish" }).click();
controls += 1;
await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
await page.getByRole("button", { name: /Copy.*script/i }).first().click();
controls += 1;
const code = await page.getByLabel(/script embed/i).first().inputValue();
assert.match(code, new RegExp(seed.id), "the script embed names the story");
assert.deepEqual(errors, []);

const seconds = typed / CHARS_PER_SECOND + controls * SECONDS_PER_CONTROL;
console.log(`${parties.length} parties, 1 source, ${events.length} events, ${points.length} cards; published.`);
console.log(`${typed} characters typed, ${controls} controls operated.`);
console.log(`At ${CHARS_PER_SECOND} characters a second and ${SECONDS_PER_CONTROL} s a control: ${(seconds / 60).toFixed(1)} minutes.`);
await browser.close();
await server.close();
