// Robustness in the browser: a story that arrives too late, a partial story (readers'
// quiet note, editors' preview), and a panic inside one widget that must not take down
// the others.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, watchErrors, axeViolations, dist } from "./support.mjs";

let server;
let browser;
let seed;

/** The seed story with three deliberate mistakes, and the JSON paths they are at. */
function partialStory() {
  const story = JSON.parse(seed);
  story.events[2].date.date = "2026-02-30"; // no such day: the event is skipped
  story.points[0].track = "no-such-track"; // unknown reference: the value is ignored
  story.events[0].titel = "typo"; // misspelt field: ignored
  return {
    json: JSON.stringify(story, null, 2),
    skipped: story.events[2].id,
    // Editors (preview, the editor's module) get each problem at its field, unknown fields too.
    paths: ["events[2].date", "points[0].track", "events[0].titel"],
    // Readers (the lean reader of the reader's module) get the item a broken value cost.
    readerPaths: ["events[2]", "points[0].track"],
  };
}

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Robustness</title>
  <link rel="icon" href="favicon.svg"><script type="module" src="../loader.js"></script></head><body>${body}</body></html>`;

before(async () => {
  seed = await readFile(join(dist, "stories/paris-talks.json"), "utf8");
  const partial = partialStory().json;
  server = await serveDist({
    "/embed/slow.html": page(`<talks-tracker id="slow" src="s/slow.json"></talks-tracker>`),
    "/embed/partial.html": page(`<talks-tracker id="reader" src="s/partial.json"></talks-tracker>
      <talks-tracker id="editor" src="s/partial.json" preview></talks-tracker>
      <talks-tracker id="clean" src="../stories/paris-talks.json" preview></talks-tracker>`),
    "/embed/s/partial.json": partial,
    "/embed/two.html": page(`<talks-tracker id="first" src="../stories/paris-talks.json" preview></talks-tracker>
      <talks-tracker id="second" src="../stories/paris-talks.json"></talks-tracker>
      <button id="host-button" type="button">Host page button</button>
      <script type="module">
        window.hostClicks = 0;
        window.widgetErrors = [];
        document.getElementById("host-button").addEventListener("click", () => window.hostClicks++);
        document.addEventListener("talks-tracker:error", (e) => window.widgetErrors.push([e.target.id, e.detail.message]));
      </script>`),
  });
  browser = await launch({ width: 1280, height: 4000 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("a story that never arrives times out after 15 s with a message and a retry", async () => {
  const tab = await browser.context.newPage();
  const errors = watchErrors(tab);
  let answer = false;
  // The first request hangs for ever; after "Try again" the story arrives.
  await tab.route("**/embed/s/slow.json", (route) => {
    if (answer) route.fulfill({ contentType: "application/json", body: seed });
  });
  await tab.clock.install();
  await tab.goto(`${server.url}/embed/slow.html`);
  await tab.locator("#slow .tt-loading").waitFor();
  await tab.clock.fastForward(14_000);
  assert.equal(await tab.locator("#slow [role=alert]").count(), 0, "no time-out before 15 s");
  await tab.clock.fastForward(1_500);
  const alert = tab.locator("#slow [role=alert]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /took too long to arrive \(over 15 seconds\)/);
  await tab.locator("#slow").screenshot({ path: "target/screenshots/failure-timeout.png" });
  answer = true;
  await tab.locator("#slow .tt-retry").click();
  await tab.locator("#slow [data-story-id]").waitFor();
  assert.deepEqual(errors, []);
  await tab.close();
});

test("a partial story: readers get a quiet note, editors (preview) every problem in full", async () => {
  const { skipped, paths, readerPaths: expectedReaderPaths } = partialStory();
  const tab = await browser.context.newPage();
  const errors = watchErrors(tab);
  const requested = [];
  tab.on("request", (request) => requested.push(request.url()));
  await tab.goto(`${server.url}/embed/partial.html`);
  for (const id of ["reader", "editor", "clean"]) await tab.locator(`#${id} [data-story-id]`).waitFor();

  // What is valid is shown; the broken event is not.
  const shownEvents = await tab.locator("#reader [role=tab]").evaluateAll((tabs) => tabs.map((t) => t.dataset.eventId));
  const expected = JSON.parse(seed).events.map((e) => e.id).filter((id) => id !== skipped);
  assert.deepEqual([...shownEvents].sort(), [...expected].sort());

  // Readers: a closed disclosure that names the problems when opened.
  const note = tab.locator("#reader details.tt-diagnostics");
  assert.equal(await note.getAttribute("open"), null, "the readers' note starts closed");
  assert.equal(await tab.locator("#reader .tt-preview").count(), 0);
  const readerPaths = await tab.locator("#reader .tt-diagnostics li").evaluateAll((items) => items.map((li) => li.dataset.path));
  for (const path of expectedReaderPaths) assert.ok(readerPaths.includes(path), `the note lists ${path}: ${readerPaths}`);
  assert.ok(!readerPaths.includes("events[2].date"), "the note names the item a broken value cost");
  assert.ok(!readerPaths.includes("events[0].titel"), "unknown fields are for editors");
  assert.equal(await tab.locator("#reader .tt-hint").count(), 0, "hints are for editors");

  // Editors: the preview box is open, lists every problem with how to fix it.
  const preview = tab.locator("#editor .tt-preview");
  await preview.waitFor();
  assert.notEqual(await tab.locator("#editor .tt-preview details").getAttribute("open"), null, "the preview list starts open");
  const editorPaths = await tab.locator("#editor .tt-preview li").evaluateAll((items) => items.map((li) => li.dataset.path));
  for (const path of paths) assert.ok(editorPaths.includes(path), `the preview lists ${path} at its field: ${editorPaths}`);
  assert.equal(editorPaths.length, readerPaths.length + 1, "the preview lists the readers' problems and the unknown field");
  for (const path of readerPaths) {
    assert.ok(editorPaths.some((full) => full === path || full.startsWith(`${path}.`)), `the preview has ${path} too`);
  }
  // The preview runs the editor's module; readers' pages never fetch it (embed.test.mjs).
  const modules = requested.filter((url) => url.endsWith(".wasm")).map((url) => new URL(url).pathname);
  assert.equal(modules.filter((path) => path.includes("/editor/")).length, 1, `one editor module: ${modules}`);
  assert.ok(await tab.locator("#editor .tt-preview .tt-hint").count() >= paths.length, "each problem says how to fix it");
  assert.match(await preview.textContent(), /no day 30|2026-02-30/);

  // A clean story in preview says so.
  assert.match(await tab.locator("#clean .tt-preview").textContent(), /No problems found/);

  await tab.locator("#editor .tt-preview").screenshot({ path: "target/screenshots/failure-partial-preview.png" });
  await tab.locator("#reader .tt-diagnostics").screenshot({ path: "target/screenshots/failure-partial-reader.png" });
  assert.deepEqual(await axeViolations(tab, "#editor"), []);
  assert.deepEqual(errors, []);
  await tab.close();
});

test("a panic in one widget is reported in it; the other widget and the page keep working", async () => {
  const tab = await browser.context.newPage();
  const errors = watchErrors(tab);
  await tab.goto(`${server.url}/embed/two.html`);
  for (const id of ["first", "second"]) await tab.locator(`#${id} [data-story-id]`).waitFor();

  // A production reader (the second widget, not in preview) ignores the crash test:
  // it goes on to answer the next command, and nothing is reported.
  const second = (detail) => tab.evaluate((detail) => document.getElementById("second").shadowRoot.querySelector(".tt")
    .dispatchEvent(new CustomEvent("talks-tracker:command", { detail })), detail);
  await second({ crashTest: true });
  const target = await tab.locator("#second [role=tab]").nth(3).getAttribute("data-event-id");
  await second({ select: target });
  await tab.waitForFunction((id) => document.getElementById("second").shadowRoot
    .querySelector(`[role=tab][data-event-id="${id}"]`)?.getAttribute("aria-selected") === "true", target);
  assert.equal(await tab.locator("#second .tt-crashed").count(), 0, "the production reader did not crash");
  assert.deepEqual(await tab.evaluate(() => window.widgetErrors), []);

  // The host page asks the first widget, in preview mode, to panic (a crash test of the real panic path).
  await tab.evaluate(() => document.getElementById("first").shadowRoot.querySelector(".tt")
    .dispatchEvent(new CustomEvent("talks-tracker:command", { detail: { crashTest: true } }))).catch(() => {});
  const alert = tab.locator("#first .tt-crashed [role=alert]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /stopped because of an internal error/);
  await tab.locator("#first").screenshot({ path: "target/screenshots/failure-panic.png" });
  assert.equal(await tab.locator("#first [data-story-id]").isVisible(), false, "the dead widget is hidden");
  const reported = await tab.evaluate(() => window.widgetErrors);
  assert.equal(reported.length, 1);
  assert.equal(reported[0][0], "first");
  assert.match(reported[0][1], /crash test/);

  // The second widget still answers clicks and keys.
  const tabs = tab.locator("#second [role=tab]");
  await tabs.nth(1).click();
  assert.equal(await tabs.nth(1).getAttribute("aria-selected"), "true");
  await tab.keyboard.press("ArrowRight");
  assert.equal(await tabs.nth(2).getAttribute("aria-selected"), "true");
  // The host page's own script still runs.
  await tab.locator("#host-button").click();
  assert.equal(await tab.evaluate(() => window.hostClicks), 1);

  // The crashed widget can be restarted, in a fresh instance.
  await tab.getByRole("button", { name: "Restart the widget" }).click();
  await tab.locator("#first [data-story-id]").waitFor();
  await tab.locator("#first [role=tab]").nth(1).click();
  assert.equal(await tab.locator("#first [role=tab]").nth(1).getAttribute("aria-selected"), "true");
  assert.equal(await tab.locator("#first .tt-crashed").count(), 0);

  // The only errors are the panic itself (console) and the wasm trap that ends it.
  const unexpected = errors.filter((e) => !/talks-tracker stopped: [^]*crash test|unreachable/.test(e));
  assert.deepEqual(unexpected, []);
  await tab.close();
});

test("the editors' preview page re-renders as the JSON is edited and lists what is wrong", async () => {
  const tab = await browser.context.newPage();
  const errors = watchErrors(tab);
  await tab.goto(`${server.url}/preview.html`);
  const title = JSON.parse(seed).title;
  await tab.locator("#preview [data-story-id]").waitFor();
  assert.equal(await tab.locator("#preview .tt-title").textContent(), title);
  assert.match(await tab.locator("#preview .tt-preview").textContent(), /No problems found/);

  // An editor breaks one event's date: the preview names it and still shows the rest.
  const { json, paths, skipped } = partialStory();
  await tab.locator("#story-text").fill(json);
  await tab.locator("#preview .tt-preview li").first().waitFor();
  const listed = await tab.locator("#preview .tt-preview li").evaluateAll((items) => items.map((li) => li.dataset.path));
  for (const path of paths) assert.ok(listed.includes(path), `the preview lists ${path}`);
  assert.equal(await tab.locator(`#preview [role=tab][data-event-id="${skipped}"]`).count(), 0);

  // Invalid JSON: the line and column of the mistake.
  await tab.locator("#story-text").fill('{\n  "version": 1,\n  "title": "x",,\n}');
  const alert = tab.locator("#preview [role=alert]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /line 3, column 16/);
  assert.deepEqual(await axeViolations(tab), []);
  assert.deepEqual(errors, []);
  await tab.close();
});
