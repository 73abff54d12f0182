// The story editor (editor.html), in the release build (dist/) and the debug build
// (target/debug-dist, where Yew checks hook order): a story built from nothing with the
// keyboard and the mouse (two parties, three events with different kinds of date, one
// source, a point whose status changes with its history, a claim with a source), a renamed id that every reference follows, the live preview, undo and redo by
// button and by key, the saved file (validated by the CLI, not by rules re-implemented
// here), the draft after a reload, the phone layout's tabs at 360 px, axe-core at 360 and
// 1280 px, and no console errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { join } from "node:path";
import { serve } from "../support/server.mjs";
import { launch, watchErrors, axeViolations, dist, storyFacts, storyProblems, BUILDS, requireBuilds } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
const OUT = join(root, "target/editor-test");
const WCAG = { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } };

const servers = {};

before(async () => {
  await requireBuilds("editor.html");
  for (const [build, dir] of Object.entries(BUILDS)) servers[build] = await serve({ mounts: { "/": dir } });
  await mkdir(OUT, { recursive: true });
});
after(async () => {
  for (const server of Object.values(servers)) await server.close();
});

/** Fails with the step's name if the page logged an error. */
function check(errors, label, step) {
  if (errors.length) assert.fail(`${label}: ${step}: ${errors.join("\n")}`);
}

/** The event group for event `i` (0-based) of the form. */
const eventGroup = (page, i) => page.locator(`#ed-f-events-${i}`);

/** Opens the form's item at `id` (`events-2`) if it is closed: its fields show only while open. */
async function openItem(page, id) {
  const toggle = page.locator(`#ed-f-${id} > legend .ed-toggle`);
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.locator(`#ed-f-${id}-body`).waitFor();
}

/** Waits until the input, text area or select `field` holds `value`. */
async function untilValue(field, value) {
  await field.page().waitForFunction(([element, value]) => element.value === value, [await field.elementHandle(), value]);
}

/** What `talks-tracker render --embed` makes of a story file (no JSON-LD: the editor's code has no script). */
async function renderEmbed(path, css, positionsUrl) {
  const positions = `${path}.positions.css`;
  const args = ["run", "--quiet", "--bin", "talks-tracker", "--", "render", "--embed", "--no-json-ld", "--css", css,
    "--positions", positions, "--positions-url", positionsUrl, path];
  const { stdout } = await promisify(execFile)("cargo", args, { cwd: root, maxBuffer: 64 * 2 ** 20 });
  return { html: stdout.trimEnd(), positions: await readFile(positions, "utf8") };
}

/** Types `text` into the field labelled `label` (within `scope`) from the keyboard, replacing what was there. */
async function type(scope, label, text) {
  const field = scope.getByLabel(label, { exact: true });
  await field.click();
  await field.press("ControlOrMeta+a");
  await field.pressSequentially(text);
}

for (const build of Object.keys(BUILDS)) {
  test(`editor, ${build} build: a story from nothing, saved, previewed, kept as a draft`, async () => {
    const browser = await launch();
    const label = `${build} build`;
    try {
      const page = await browser.context.newPage();
      page.setDefaultTimeout(30_000);
      await page.setViewportSize({ width: 1280, height: 900 });
      // Without the File System Access API, Save downloads the file (the fallback).
      await page.addInitScript(() => { delete window.showSaveFilePicker; });
      const errors = watchErrors(page);
      await page.goto(`${servers[build].url}/editor.html`);
      await page.getByLabel("Headline", { exact: true }).waitFor();
      check(errors, label, "the editor loads");

      // An empty story: the validator's problems are listed and shown at their fields.
      assert.match(await page.locator("#ed-status").textContent(), /problems to fix/);
      assert.equal(await page.getByLabel("Headline", { exact: true }).getAttribute("aria-invalid"), "true");

      // The head, from the keyboard: click the first field, then Tab from field to field.
      await page.getByLabel("Headline", { exact: true }).click();
      await page.keyboard.type("Trade talks");
      await page.keyboard.press("Tab");
      await page.keyboard.type("Two rounds so far, a third expected.");
      await page.keyboard.press("Tab");
      await page.keyboard.type("trade-talks");
      await page.keyboard.press("Tab"); // the language stays "en"
      await page.keyboard.press("Tab");
      await page.keyboard.type("Example News");
      await type(page, "Published", "2026-01-10T09:00:00+02:00");
      await page.waitForFunction(() => !document.getElementById("ed-f-title").hasAttribute("aria-invalid"));

      // Two parties, added with Enter; the field keeps focus for the next one.
      await page.getByLabel("Name of a new party").click();
      await page.keyboard.type("United States");
      await page.keyboard.press("Enter");
      await page.keyboard.type("European Union");
      await page.keyboard.press("Enter");
      await page.locator("#ed-f-parties-1").waitFor();
      assert.equal(await page.locator("#ed-f-parties-0-id").inputValue(), "united-states", "the id is made from the name");

      // One source, with the button.
      await page.getByLabel("Outlet of a new source").fill("Example Wire");
      await page.getByRole("button", { name: "Add source" }).click();
      const source = page.locator("#ed-f-sources-0");
      await type(source, "Title (optional)", "Negotiators meet in Geneva");
      await type(source, "Link (optional)", "https://example.com/geneva");
      await source.getByLabel("Published (optional)").fill("2026-01-05");

      // Three events, each with a different kind of date.
      for (const title of ["First round", "Second round", "Third round"]) {
        await page.getByLabel("Title of a new event").fill(title);
        await page.getByLabel("Title of a new event").press("Enter");
      }
      await eventGroup(page, 2).waitFor();
      const dates = [
        { kind: "exact", day: "2026-01-05" },
        { kind: "approximate", from: "2026-01-05", to: "2026-01-08", wording: "last week" },
        { kind: "expected", from: "2026-01-12", to: "2026-01-20", wording: "within the next ten days" },
      ];
      for (const [i, date] of dates.entries()) {
        const event = eventGroup(page, i);
        if (date.kind !== "exact") await event.getByLabel("Kind of date").selectOption(date.kind);
        if (date.day) await event.getByLabel("Day", { exact: true }).fill(date.day);
        if (date.from) {
          await event.getByLabel("From", { exact: true }).fill(date.from);
          await event.getByLabel("To", { exact: true }).fill(date.to);
          await type(event, "Wording readers see", date.wording);
        }
        // Participants are picked by name, with the mouse.
        await event.getByRole("checkbox", { name: "United States" }).click();
        if (i !== 1) await event.getByRole("checkbox", { name: "European Union" }).click();
        await type(event, "Summary", `What happened in round ${i + 1}.`);
      }
      await eventGroup(page, 0).getByRole("checkbox", { name: "Example Wire: Negotiators meet in Geneva" }).click();

      // A point, its events and a position picked by name; then its status changes,
      // which asks for the day and why, and keeps the old status in its history.
      await page.getByLabel("Title of a new point").fill("Steel tariffs");
      await page.getByLabel("Title of a new point").press("Enter");
      const point = page.locator("#ed-f-points-0");
      await point.waitFor();
      await type(point, "Summary", "Duties on steel and aluminium.");
      await point.getByRole("checkbox", { name: "First round" }).click();
      await point.getByRole("button", { name: "Add a position" }).click();
      await type(point, "Position in one sentence", "Wants the duties lifted first.");
      await point.getByLabel("Status", { exact: true }).selectOption("disputed");
      const change = point.getByRole("group", { name: "Change from In progress to Disputed" });
      assert.ok(await change.getByRole("button", { name: "Change status" }).isDisabled(), "a change needs its reason");
      await change.getByLabel("Day it changed").fill("2026-01-08");
      await type(change, "What the earlier status was based on, or why it changed", "Both sides called the first round constructive.");
      await type(change, "Note for the update log (optional)", "The steel talks stalled.");
      await change.getByRole("button", { name: "Change status" }).click();
      await point.getByRole("group", { name: "Earlier status 1" }).waitFor();
      assert.equal(await point.getByLabel("Status", { exact: true }).first().inputValue(), "disputed");

      // A claim: who said it and where it was reported, picked by name.
      await page.getByLabel("What was said, in short (a new claim)").fill("The duties stay until Europe moves first");
      await page.getByLabel("What was said, in short (a new claim)").press("Enter");
      const claim = page.locator("#ed-f-claims-0");
      await claim.waitFor();
      await claim.getByLabel("Speaker", { exact: true }).selectOption({ label: "United States" });
      await claim.getByRole("checkbox", { name: "Example Wire: Negotiators meet in Geneva" }).click();
      await claim.getByRole("checkbox", { name: "Steel tariffs" }).click();
      check(errors, label, "build the story");

      // Renaming a party's id: every reference follows (the events keep their participant).
      await type(page.locator("#ed-f-parties-0"), "Id", "usa");
      assert.ok(await eventGroup(page, 0).getByRole("checkbox", { name: "United States" }).isChecked());
      await untilValue(claim.getByLabel("Speaker", { exact: true }), "usa");
      await page.locator("#ed-status").filter({ hasText: "No problems" }).waitFor();
      check(errors, label, "a clean story");

      // Undo and redo, by key inside a field and by button.
      const headline = page.getByLabel("Headline", { exact: true });
      await type(page, "Headline", "Trade talks resume");
      await headline.press("ControlOrMeta+z");
      await untilValue(headline, "Trade talks"); // Ctrl+Z undoes the typing in one step
      await headline.press("ControlOrMeta+Shift+z");
      await untilValue(headline, "Trade talks resume");
      await page.getByRole("button", { name: "Undo" }).click();
      await untilValue(headline, "Trade talks");
      await page.getByRole("button", { name: "Redo" }).click();
      await untilValue(headline, "Trade talks resume");
      await page.getByRole("button", { name: "Undo" }).click();
      await untilValue(headline, "Trade talks");

      // Save: the download validates clean with the CLI.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Save" }).click(),
      ]);
      assert.equal(download.suggestedFilename(), "trade-talks.json");
      const saved = join(OUT, `${build}.json`);
      await download.saveAs(saved);
      assert.equal(await storyProblems(saved), "", `${label}: the saved story validates clean`);
      const story = JSON.parse(await readFile(saved, "utf8"));
      assert.deepEqual(story.parties.map((p) => p.id), ["usa", "european-union"]);
      assert.deepEqual(story.events.map((e) => e.date.kind), ["exact", "approximate", "expected"]);
      assert.deepEqual(story.events.map((e) => e.participants), [["usa", "european-union"], ["usa"], ["usa", "european-union"]]);
      assert.deepEqual(story.events[0].sources, ["example-wire"]);
      const [steel] = story.points;
      assert.equal(steel.status, "disputed");
      assert.deepEqual(steel.history.map((h) => [h.status, h.note]), [["in_progress", "Both sides called the first round constructive."]]);
      assert.equal(steel.history[0].date.end ?? steel.history[0].date.date, "2026-01-08");
      assert.ok(steel.history[0].until && steel.added, "the change and the new point are stamped");
      assert.deepEqual(steel.positions.map((p) => [p.party, p.stance]), [["usa", "Wants the duties lifted first."]]);
      assert.deepEqual(story.updates.map((u) => [u.text, u.points]), [["The steel talks stalled.", ["steel-tariffs"]]]);
      assert.deepEqual(story.claims.map((c) => [c.attribution.speaker, c.sources, c.points]), [["usa", ["example-wire"], ["steel-tariffs"]]]);

      // The preview shows the events, in the model's timeline order.
      const facts = await storyFacts(saved);
      await page.waitForFunction((expected) => {
        const widget = document.querySelector("[data-editor-preview] talks-tracker");
        const tabs = [...(widget?.shadowRoot?.querySelectorAll("[role=tab]") ?? [])].map((t) => t.dataset.eventId);
        return JSON.stringify(tabs) === JSON.stringify(expected);
      }, facts.events);
      // The point's card and the claim's words reach the preview.
      await page.waitForFunction(() => {
        const text = document.querySelector("[data-editor-preview] talks-tracker")?.shadowRoot?.textContent ?? "";
        return text.includes("Steel tariffs") && text.includes("The duties stay until Europe moves first");
      });
      assert.deepEqual(await axeViolations(page, null, WCAG), [], `${label}: axe at 1280 px`);
      check(errors, label, "save and preview");

      // A reload finds the draft.
      await page.reload();
      await page.locator(".ed-notice").filter({ hasText: "Draft restored" }).waitFor();
      assert.equal(await page.getByLabel("Headline", { exact: true }).inputValue(), "Trade talks");
      // Items start closed, named, with their fields a click away.
      assert.equal(await page.locator("#ed-f-events-2 > legend .ed-toggle").getAttribute("aria-expanded"), "false");
      assert.equal(await page.locator("#ed-f-events-2-title").count(), 0);
      await openItem(page, "parties-0");
      await openItem(page, "events-2");
      assert.equal(await page.locator("#ed-f-parties-0-id").inputValue(), "usa");
      assert.equal(await eventGroup(page, 2).getByLabel("Kind of date").inputValue(), "expected");
      check(errors, label, "reload");

      // An undone choice shows in its select too (a picked <option> stops following `selected`).
      const kind = eventGroup(page, 2).getByLabel("Kind of date");
      await kind.selectOption("range");
      await page.getByRole("button", { name: "Undo" }).click();
      await untilValue(kind, "expected");
      await eventGroup(page, 2).getByLabel("Wording readers see").waitFor();
      check(errors, label, "undo a choice");

      // A phone: one column behind "Edit" and "Preview" tabs, by mouse and arrow keys.
      await page.setViewportSize({ width: 360, height: 740 });
      const editTab = page.getByRole("tab", { name: "Edit" });
      const previewTab = page.getByRole("tab", { name: "Preview" });
      await editTab.waitFor();
      assert.equal(await editTab.getAttribute("aria-selected"), "true");
      assert.ok(await page.locator("[data-editor-preview]").isHidden(), "the preview waits behind its tab");
      await previewTab.click();
      assert.ok(await page.locator("#ed-panel-edit").isHidden());
      await page.waitForFunction((count) => {
        const widget = document.querySelector("[data-editor-preview] talks-tracker");
        return widget?.shadowRoot?.querySelectorAll("[role=tab]").length === count;
      }, facts.events.length);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${label}: no sideways scrolling at 360 px (${width} px)`);
      assert.deepEqual(await axeViolations(page, null, WCAG), [], `${label}: axe at 360 px, preview`);
      await previewTab.press("ArrowLeft");
      assert.equal(await editTab.getAttribute("aria-selected"), "true");
      assert.ok(await editTab.evaluate((tab) => tab === document.activeElement), "the arrow key moves focus to the tab");
      assert.ok(await page.getByLabel("Headline", { exact: true }).isVisible());
      assert.deepEqual(await axeViolations(page, null, WCAG), [], `${label}: axe at 360 px, form`);
      check(errors, label, "phone layout");
      await page.close();
    } finally {
      await browser.close();
    }
  });
}

/** The story the editor holds, as it would save it: the preview's inline JSON. */
const editorStory = (page) => page.evaluate(() =>
  JSON.parse(document.querySelector("[data-editor-preview] talks-tracker script").textContent));

/** Dispatches a drag of `files` ([{ name, text }]) onto the page; `drop` false stops over the page. */
function dragFiles(page, files, { drop = true } = {}) {
  return page.evaluate(({ files, drop }) => {
    const data = new DataTransfer();
    for (const { name, text } of files) data.items.add(new File([text], name, { type: "application/json" }));
    const fire = (type) => document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    fire("dragenter");
    fire("dragover");
    if (drop) fire("drop");
  }, { files, drop });
}

/** Stands in for the File System Access API and the clipboard, recording what they were given. */
function stubFileSystemAndClipboard() {
  window.__saves = { picks: 0, suggested: [], written: [], cancelNext: false };
  window.showSaveFilePicker = async (options) => {
    if (window.__saves.cancelNext) {
      window.__saves.cancelNext = false;
      throw new DOMException("The user aborted a request.", "AbortError");
    }
    window.__saves.picks += 1;
    window.__saves.suggested.push(options.suggestedName);
    return {
      name: options.suggestedName,
      createWritable: async () => {
        let text = "";
        return { write: async (part) => { text += part; }, close: async () => { window.__saves.written.push(text); } };
      },
    };
  };
  window.__clipboard = [];
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: { writeText: async (text) => { window.__clipboard.push(text); } },
  });
}

for (const build of Object.keys(BUILDS)) {
  test(`editor, ${build} build: the draft in IndexedDB, a dropped file, Save to a file, Publish, Import`, async () => {
    const browser = await launch();
    const label = `${build} build`;
    const seed = await readFile(join(root, "static/stories/paris-talks.json"), "utf8");
    const seedStory = JSON.parse(seed);
    try {
      const page = await browser.context.newPage();
      page.setDefaultTimeout(30_000);
      await page.addInitScript(stubFileSystemAndClipboard);
      const errors = watchErrors(page);
      const url = servers[build].url;
      await page.goto(`${url}/editor.html`);
      const headline = page.getByLabel("Headline", { exact: true });
      await headline.waitFor();

      // The draft: typed, reloaded at once, still there; kept in IndexedDB, not localStorage.
      await headline.click();
      await page.keyboard.type("Typed just before a reload");
      await page.reload();
      await page.locator(".ed-notice").filter({ hasText: "Draft restored from this browser." }).waitFor();
      await untilValue(headline, "Typed just before a reload");
      assert.equal(await page.evaluate(() => localStorage.length), 0, `${label}: nothing in localStorage`);
      const kept = await page.evaluate(() => new Promise((resolve, reject) => {
        const open = indexedDB.open("talks-tracker-editor");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("drafts").objectStore("drafts").get("draft");
          get.onsuccess = () => { resolve(get.result); open.result.close(); };
          get.onerror = () => reject(get.error);
        };
      }));
      assert.equal(JSON.parse(kept).title, "Typed just before a reload", `${label}: the draft is in IndexedDB`);
      check(errors, label, "the draft");

      // A file dragged over the page shows the drop hint; dropping it opens it.
      const hint = page.locator(".ed-drop-hint");
      await dragFiles(page, [{ name: "paris-talks.json", text: seed }], { drop: false });
      await hint.waitFor();
      await page.evaluate(() => document.body.dispatchEvent(new DragEvent("dragleave", {
        bubbles: true, dataTransfer: (() => { const d = new DataTransfer(); d.items.add(new File(["{}"], "x.json")); return d; })(),
      })));
      await hint.waitFor({ state: "detached" });
      await dragFiles(page, [{ name: "broken.json", text: "{ not json" }]);
      await page.locator(".ed-notice").filter({ hasText: "Could not open the file:" }).waitFor();
      await untilValue(headline, "Typed just before a reload");
      await dragFiles(page, [{ name: "paris-talks.json", text: seed }]);
      await untilValue(headline, seedStory.title);
      await page.locator(".ed-notice").filter({ hasText: "Opened the story file." }).waitFor();
      assert.equal(await hint.count(), 0, "the hint goes with the drop");
      check(errors, label, "drop a file");

      // Save: the first save picks a file, the second writes the same one; both are the story.
      await page.getByRole("button", { name: "Save" }).click();
      await page.locator(".ed-notice").filter({ hasText: "Saved to paris-talks.json." }).waitFor();
      await type(page, "Headline", "Paris talks, saved twice");
      await page.getByRole("button", { name: "Save" }).click();
      await page.waitForFunction(() => window.__saves.written.length === 2);
      const saves = await page.evaluate(() => window.__saves);
      assert.equal(saves.picks, 1, `${label}: the second save writes the file picked by the first`);
      assert.deepEqual(saves.suggested, ["paris-talks.json"]);
      const story = await editorStory(page);
      assert.equal(story.title, "Paris talks, saved twice");
      assert.deepEqual(JSON.parse(saves.written[1]), story, `${label}: the written file is the editor's story`);
      const savedFile = join(OUT, `${build}-saved-by-picker.json`);
      await writeFile(savedFile, saves.written[1]);
      assert.equal(await storyProblems(savedFile), "", `${label}: the written file validates clean`);
      // A cancelled picker writes nothing and is not an error (New story forgets the file).
      await page.getByRole("button", { name: "New story" }).click();
      await page.evaluate(() => { window.__saves.cancelNext = true; });
      await page.getByRole("button", { name: "Save" }).click();
      await page.locator(".ed-notice").filter({ hasText: "Not saved: no file was chosen." }).waitFor();
      assert.equal(await page.evaluate(() => window.__saves.written.length), 2);
      await page.getByRole("button", { name: "Undo" }).click();
      await untilValue(headline, "Paris talks, saved twice");
      check(errors, label, "save to a file");

      // Publish: a modal dialog with the three codes for this story.
      const publishButton = page.getByRole("button", { name: "Publish" });
      await publishButton.click();
      const dialog = page.getByRole("dialog", { name: "Publish" });
      await dialog.waitFor();
      assert.ok(await dialog.evaluate((d) => d.open && d.matches(":modal") && d.contains(document.activeElement)),
        `${label}: the dialog is modal and has focus`);
      const storyUrl = `${url}/stories/paris-talks.json`;
      assert.equal(await dialog.getByLabel("Story file URL").inputValue(), "stories/paris-talks.json");
      const script = dialog.getByLabel("Script embed", { exact: true });
      assert.equal(await script.inputValue(),
        `<script type="module" src="${url}/loader.js"></script>\n<talks-tracker id="paris-talks" src="${storyUrl}"></talks-tracker>`);
      assert.ok(await script.evaluate((t) => t.readOnly));
      const iframe = await dialog.getByLabel("Iframe embed", { exact: true }).inputValue();
      assert.ok(iframe.includes(`src="${url}/embed.html?story=${encodeURIComponent(storyUrl)}"`), iframe);
      assert.ok(iframe.includes('title="Paris talks, saved twice"'), iframe);
      const prerendered = dialog.getByLabel("Pre-rendered HTML", { exact: true });
      await page.waitForFunction((t) => t.value.startsWith("<talks-tracker"), await prerendered.elementHandle());
      const html = await prerendered.inputValue();
      assert.ok(html.startsWith(`<talks-tracker id="paris-talks" src="${storyUrl}"><template shadowrootmode="open">`), html.slice(0, 200));
      assert.match(html, new RegExp(`<link rel="stylesheet" href="${url}/talks-tracker-[0-9a-f]+\\.css">`));
      for (const event of seedStory.events.slice(0, 3)) {
        assert.ok(html.includes(event.title.replaceAll("&", "&amp;").replaceAll("'", "&#39;")) || html.includes(event.title),
          `${label}: the pre-rendered HTML has "${event.title}"`);
      }
      assert.ok(!/<script/i.test(html), `${label}: no <script> in the pre-rendered HTML`);
      // The same markup as `talks-tracker render --embed` for the story as it stands.
      // Its positions stylesheet (no inline style: a strict CSP blocks them) is published
      // beside the story file, and is what the CLI writes too.
      const css = html.match(/href="([^"]+\.css)"/)[1];
      const positionsUrl = `${url}/stories/paris-talks.positions.css`;
      assert.ok(html.includes(`<link rel="stylesheet" href="${positionsUrl}">`), html.slice(0, 300));
      assert.ok(!html.includes(" style="), `${label}: no inline style in the pre-rendered HTML`);
      const cli = await renderEmbed(savedFile, css, positionsUrl);
      await writeFile(join(OUT, `${build}-prerendered.html`), html);
      await writeFile(join(OUT, `${build}-prerendered-cli.html`), cli.html);
      assert.equal(html, `<talks-tracker id="paris-talks" src="${storyUrl}">${cli.html}</talks-tracker>`,
        `${label}: the browser's pre-render is the CLI's`);
      const positions = dialog.getByLabel("Positions stylesheet", { exact: true });
      assert.equal(await positions.inputValue(), cli.positions, `${label}: the positions stylesheet is the CLI's`);
      assert.match(await positions.inputValue(), /\[data-css-vars="--tt-len:[0-9.]+"\]\{--tt-len:[0-9.]+\}/);

      // The story file's address can be changed; the codes follow.
      await dialog.getByLabel("Story file URL").fill("https://news.example/data/paris.json");
      await page.waitForFunction((t) => t.value.includes('src="https://news.example/data/paris.json"'), await script.elementHandle());
      assert.ok((await dialog.getByLabel("Iframe embed", { exact: true }).inputValue()).includes("story=https%3A%2F%2Fnews.example%2Fdata%2Fparis.json"));
      await page.waitForFunction((t) => t.value.includes('href="https://news.example/data/paris.positions.css"'),
        await prerendered.elementHandle());

      // Copy: the clipboard gets the code, a status says so.
      await dialog.getByRole("button", { name: "Copy script embed" }).click();
      await dialog.getByRole("status").filter({ hasText: "Copied the script embed" }).waitFor();
      assert.deepEqual(await page.evaluate(() => window.__clipboard), [await script.inputValue()]);
      assert.deepEqual(await axeViolations(page, null, WCAG), [], `${label}: axe with the publish dialog open`);

      // Escape closes it and focus returns to the Publish button.
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      assert.ok(await publishButton.evaluate((b) => b === document.activeElement), `${label}: focus back on Publish`);
      check(errors, label, "publish");

      // A story with problems gets no codes: their count and a link to them.
      await page.getByRole("button", { name: "New story" }).click();
      await publishButton.click();
      await dialog.getByText("The story has 4 problems to fix").waitFor();
      assert.equal(await dialog.locator("textarea").count(), 0);
      await dialog.getByRole("link", { name: "Go to the problems" }).click();
      await dialog.waitFor({ state: "hidden" });
      assert.ok(page.url().endsWith("#ed-problems-title"));
      check(errors, label, "publish with problems");

      // Import: a TimelineJS file, the template's sheets as CSV files, and a sheet with a mistake.
      const importer = page.getByLabel("Import from TimelineJS or a spreadsheet");
      await importer.setInputFiles(join(root, "tests/fixtures/timelinejs-entities.json"));
      await page.locator(".ed-notice").filter({ hasText: "Imported a TimelineJS file with" }).waitFor();
      const imported = await editorStory(page);
      assert.ok(imported.events.length > 0);
      assert.equal(await eventGroup(page, imported.events.length - 1).count(), 1, "the form shows every imported event");
      assert.ok(!imported.title.includes("&ndash;"), imported.title);
      const sheets = ["story", "parties", "tracks", "events", "points", "positions", "history", "claims",
        "questions", "next_steps", "sources", "updates"].map((name) => join(root, `static/template/${name}.csv`));
      await importer.setInputFiles(sheets);
      await page.locator(".ed-notice").filter({ hasText: "Imported the spreadsheet template with" }).waitFor();
      assert.ok((await editorStory(page)).events.length > 0);
      const events = await readFile(join(root, "static/template/events.csv"), "utf8");
      // (Playwright takes paths or payloads, not both at once.)
      const payloads = await Promise.all(sheets.map(async (file) => ({
        name: file.split("/").pop(), mimeType: "text/csv", buffer: await readFile(file),
      })));
      const broken = payloads.find((file) => file.name === "events.csv");
      broken.buffer = Buffer.from(events.replace("2026-03-10", "Jan 8th"));
      await importer.setInputFiles(payloads);
      await page.locator(".ed-notice").filter({ hasText: "Could not import:" }).waitFor();
      assert.match(await page.locator(".ed-details").textContent(), /events, row 2, column "Date": expected a date/);
      check(errors, label, "import");
      await page.close();
    } finally {
      await browser.close();
    }
  });
}

test("editor: a draft an earlier editor kept in localStorage moves to IndexedDB, once", async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    const errors = watchErrors(page);
    const draft = JSON.stringify({ ...JSON.parse(await readFile(join(root, "static/stories/paris-talks.json"), "utf8")), title: "Kept in localStorage" });
    // Before the page's own scripts, on the first load only.
    await page.addInitScript((draft) => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("talks-tracker-editor:draft", draft);
      }
    }, draft);
    await page.goto(`${servers.release.url}/editor.html`);
    await page.locator(".ed-notice").filter({ hasText: "Draft restored" }).waitFor();
    await untilValue(page.getByLabel("Headline", { exact: true }), "Kept in localStorage");
    await page.waitForFunction(() => localStorage.getItem("talks-tracker-editor:draft") === null);
    await page.reload();
    await page.locator(".ed-notice").filter({ hasText: "Draft restored" }).waitFor();
    await untilValue(page.getByLabel("Headline", { exact: true }), "Kept in localStorage");
    check(errors, "release build", "migrate the draft");
  } finally {
    await browser.close();
  }
});
