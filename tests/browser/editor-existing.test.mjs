// The story editor on an existing story, in the release and the debug build: the seed
// story opened through the labelled file field, an event's id renamed (every reference
// in the saved file follows, and undo brings every one back), redo, and a reload in the
// middle of typing that keeps the draft.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "../support/server.mjs";
import { launch, watchErrors, storyProblems, BUILDS, requireBuilds } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
const SEED = join(root, "static/stories/paris-talks.json");
const OUT = join(root, "target/editor-test");

const servers = {};

before(async () => {
  await requireBuilds("editor.html");
  for (const [build, dir] of Object.entries(BUILDS)) servers[build] = await serve({ mounts: { "/": dir } });
  await mkdir(OUT, { recursive: true });
});
after(async () => {
  for (const server of Object.values(servers)) await server.close();
});

/** How many string values anywhere in `value` equal `text`. */
function count(value, text) {
  if (typeof value === "string") return value === text ? 1 : 0;
  if (Array.isArray(value)) return value.reduce((n, v) => n + count(v, text), 0);
  if (value && typeof value === "object") return Object.values(value).reduce((n, v) => n + count(v, text), 0);
  return 0;
}

/** Opens the form's item at `id` (`events-1`) if it is closed. */
async function openItem(page, id) {
  const toggle = page.locator(`#ed-f-${id} > legend .ed-toggle`);
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.locator(`#ed-f-${id}-body`).waitFor();
}

/** Saves through the download fallback and returns the parsed file and its path. */
async function save(page, name) {
  // The File System Access API, where present, would open a picker: use the download.
  await page.evaluate(() => { delete window.showSaveFilePicker; });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save", exact: true }).click(),
  ]);
  const path = join(OUT, name);
  await download.saveAs(path);
  return { path, story: JSON.parse(await readFile(path, "utf8")) };
}

for (const build of Object.keys(BUILDS)) {
  test(`editor, ${build} build: open the seed story, rename an id, undo and redo, reload mid-edit`, async () => {
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      page.setDefaultTimeout(30_000);
      await page.setViewportSize({ width: 1280, height: 900 });
      const errors = watchErrors(page);
      await page.goto(`${servers[build].url}/editor.html`);
      await page.getByLabel("Open a story file").setInputFiles(SEED);
      const seed = JSON.parse(await readFile(SEED, "utf8"));
      await page.waitForFunction((title) => document.getElementById("ed-f-title")?.value === title, seed.title);
      await openItem(page, "events-1");
      assert.equal(await page.locator("#ed-f-events-1-title").inputValue(), seed.events[1].title);

      // A problem's link opens its closed item and focuses the field.
      await page.locator("#ed-f-events-1-title").fill("");
      await page.locator("#ed-f-events-1 > legend .ed-toggle").click();
      await page.locator("#ed-f-events-1-title").waitFor({ state: "detached" });
      await page.locator('.ed-problem-list a[href="#ed-f-events-1-title"]').click();
      await page.waitForFunction(() => document.activeElement?.id === "ed-f-events-1-title");
      await page.getByRole("button", { name: "Undo" }).click();
      await page.waitForFunction((title) => document.getElementById("ed-f-events-1-title")?.value === title, seed.events[1].title);

      // Rename the second event's id: every reference follows.
      const from = seed.events[1].id;
      const references = count(seed, from);
      assert.ok(references > 2, `the seed refers to ${from} (${references})`);
      const id = page.locator("#ed-f-events-1-id");
      await id.click();
      await id.press("ControlOrMeta+a");
      await id.pressSequentially("summit-of-the-coalition");
      const renamed = await save(page, `${build}-renamed.json`);
      assert.equal(count(renamed.story, from), 0, "no reference keeps the old id");
      assert.equal(count(renamed.story, "summit-of-the-coalition"), references, "every reference has the new id");
      assert.equal(await storyProblems(renamed.path), "", "the renamed story validates clean");

      // Undo brings the old id back everywhere; redo the new one.
      await page.getByRole("button", { name: "Undo" }).click();
      await page.waitForFunction((from) => document.getElementById("ed-f-events-1-id")?.value === from, from);
      const undone = await save(page, `${build}-undone.json`);
      assert.equal(count(undone.story, from), references);
      assert.equal(count(undone.story, "summit-of-the-coalition"), 0);
      await page.getByRole("button", { name: "Redo" }).click();
      await page.waitForFunction(() => document.getElementById("ed-f-events-1-id")?.value === "summit-of-the-coalition");

      // Reload in the middle of typing a summary: the draft keeps every keystroke so far.
      const summary = page.locator("#ed-f-events-1-summary");
      await summary.click();
      await summary.press("ControlOrMeta+End");
      await summary.pressSequentially(" Half-typed");
      // Reload as soon as the keystrokes have reached the draft in IndexedDB (the editor
      // writes one per change; the debug build takes longer to get there).
      await page.waitForFunction(() => new Promise((resolve) => {
        const open = indexedDB.open("talks-tracker-editor");
        open.onsuccess = () => {
          const get = open.result.transaction("drafts").objectStore("drafts").get("draft");
          get.onsuccess = () => resolve(String(get.result ?? "").includes("Half-typed"));
          get.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      }));
      await page.reload();
      await page.locator(".ed-notice").filter({ hasText: "Draft restored" }).waitFor();
      await openItem(page, "events-1");
      const expected = `${seed.events[1].summary} Half-typed`;
      await page.waitForFunction(
        (text) => document.getElementById("ed-f-events-1-summary")?.value === text,
        expected,
      ).catch(async (timeout) => {
        assert.equal(await summary.inputValue(), expected, `${timeout}`);
      });
      assert.equal(await page.locator("#ed-f-events-1-id").inputValue(), "summit-of-the-coalition");
      if (errors.length) assert.fail(`${build} build: ${errors.join("\n")}`);
      await page.close();
    } finally {
      await browser.close();
    }
  });
}
