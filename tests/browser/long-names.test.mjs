// A story of long words: long source titles, long party names, long event titles and
// unusual but valid ids, made here from the seed. At 360 and 1280 px, with every event
// opened in turn and every key question expanded, the page never scrolls sideways and
// axe-core finds no WCAG 2.2 AA violation (target-size included).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, watchErrors, axeViolations, storyProblems } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
const WCAG = { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } };
const LONG = "Extraordinarily-long-compound-words-that-never-break-on-their-own";

let server;
let browser;
let story;

/** The seed with every name, title and source made long, and one 64-character id. */
function longStory(seed) {
  const s = structuredClone(seed);
  s.id = "long-names";
  s.title = `${s.title}: ${LONG} and a headline that goes on across several lines`;
  s.sources.forEach((source, i) => {
    source.title = `Source ${i}: a very long title about the guarantees, the coalition of the willing, ${LONG}, and what every party said in Paris each day`;
    source.outlet = `${source.outlet} — International Edition with a Long Name`;
  });
  s.parties.forEach((party) => {
    party.name = `${party.name}, represented by the full delegation of its ministry of foreign affairs`;
  });
  s.events.forEach((event) => {
    event.title = `${event.title}, ${LONG}`;
  });
  // An id of the longest valid length, with digits first; every reference follows.
  const from = s.events[0].id;
  const to = `0${"x".repeat(62)}9`;
  const json = JSON.stringify(s).replaceAll(`"${from}"`, `"${to}"`);
  return JSON.parse(json);
}

before(async () => {
  const seed = JSON.parse(await readFile(join(root, "static/stories/paris-talks.json"), "utf8"));
  story = longStory(seed);
  const dir = join(root, "target/long-names");
  await mkdir(dir, { recursive: true });
  const path = join(dir, "long-names.json");
  await writeFile(path, JSON.stringify(story, null, 2));
  assert.equal(await storyProblems(path), "", "the long story validates clean");
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>Long names</title>
    <link rel="icon" href="data:,"><script type="module" src="/loader.js"></script></head>
    <body><main><talks-tracker id="w" src="/long-names.json"></talks-tracker></main></body></html>`;
  server = await serveDist({ "/long-names.html": page, "/long-names.json": JSON.stringify(story) });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const width of [360, 1280]) {
  test(`at ${width} px long names and titles fit, and axe finds nothing with every event opened`, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ reducedMotion: "reduce" });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/long-names.html`);
    await page.waitForFunction(() => !!window.deep.q("[data-story-id] [role=tablist]"));
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const tabs = page.locator("[role=tab]");
    // Busy columns of the horizontal strip show six events: open them ("+k more").
    for (const more = page.locator(".tt-column-more[data-hidden]"); await more.count();) {
      const before = await tabs.count();
      await more.first().click();
      await page.waitForFunction((before) => window.deep.qa("[role=tab]").length > before, before);
    }
    assert.equal(await tabs.count(), story.events.length);
    for (let i = 0; i < story.events.length; i++) {
      await tabs.nth(i).click();
      const id = await tabs.nth(i).getAttribute("data-event-id");
      await page.waitForFunction((id) => window.deep.q("[data-selected-event]")?.dataset.selectedEvent === id, id);
      assert.equal(await overflow(), 0, `sideways scroll with event ${i} open`);
      assert.deepEqual(await axeViolations(page, null, WCAG), [], `event ${i} open`);
    }
    for (const question of await page.locator(".tt-question button[aria-expanded]").all()) await question.click();
    await page.locator(".tt-filters-toggle").click();
    assert.equal(await overflow(), 0, "sideways scroll with the questions and filters open");
    assert.deepEqual(await axeViolations(page, null, WCAG), [], "questions and filters open");
    assert.deepEqual(errors, []);
    await page.close();
  });
}
