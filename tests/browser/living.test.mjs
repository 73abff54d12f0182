// A living story: a reader's first visit shows no badges; after the story changes, the
// next visit marks exactly what changed (data-change on tabs, cards and log entries) and
// a summary counts it. Storage blocked (a throwing localStorage, a sandboxed iframe) or a
// `no-memory` attribute means no badges and no error. The update log is in the widget and
// in the no-script render. Release and debug builds; axe-core clean in every state.
//
// The two versions of the story are made here from the seed, so the expected changes are
// the ones this test made, not ones read back from the widget.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { serve } from "../support/server.mjs";
import { launch, watchErrors, dist, axeViolations, storyProblems, BUILDS, requireBuilds } from "./support.mjs";
import { ID, NEW_EVENT, firstVersion, secondVersion, changedPointOf } from "../support/living.mjs";

const root = new URL("../../", import.meta.url).pathname;

const page = (attributes = "") => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Living story</title>
<link rel="icon" href="data:,"><script type="module" src="/loader.js"></script></head>
<body><main><h1>Article</h1><talks-tracker id="w" src="/living.json" ${attributes}></talks-tracker></main></body></html>`;

const versions = {};
let changedPoint;
const servers = {};
let sandboxServer;

before(async () => {
  await requireBuilds();
  const seed = JSON.parse(await readFile(join(root, "static/stories/paris-talks.json"), "utf8"));
  versions.first = firstVersion(seed);
  versions.second = secondVersion(versions.first);
  changedPoint = changedPointOf(versions.second);
  const dir = join(root, "target/living");
  await mkdir(dir, { recursive: true });
  for (const [name, story] of Object.entries(versions)) {
    const path = join(dir, `${name}.json`);
    await writeFile(path, JSON.stringify(story, null, 2));
    versions[`${name}Path`] = path;
    assert.equal(await storyProblems(path), "", `the ${name} version validates clean`);
  }
  const routes = {
    "/living.html": page(),
    "/no-memory.html": page("no-memory"),
    "/sandboxed.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandboxed</title>
      <link rel="icon" href="data:,"></head><body><iframe id="frame" title="Living story" sandbox="allow-scripts"
      src="/living.html" style="width:100%;height:800px;border:0"></iframe></body></html>`,
  };
  for (const [build, dir] of Object.entries(BUILDS)) servers[build] = await serve({ mounts: { "/": dir }, routes });
  // A sandboxed frame has an opaque origin: its module script and story come by CORS.
  sandboxServer = await serve({ mounts: { "/": dist }, routes, headers: { "access-control-allow-origin": "*" } });
});
after(async () => {
  for (const server of Object.values(servers)) await server.close();
  await sandboxServer?.close();
});

/** A fresh browser profile (its own localStorage) whose /living.json is `version` until changed. */
async function reader() {
  const browser = await launch();
  const served = { story: versions.first };
  await browser.context.route("**/living.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(served.story), headers: { "access-control-allow-origin": "*" } }));
  return { browser, served };
}

/** Opens `path` and waits for the story to be shown; returns the page and its errors. */
async function open(browser, url, width = 1280) {
  const tab = await browser.context.newPage();
  tab.setDefaultTimeout(30_000);
  await tab.setViewportSize({ width, height: 900 });
  await tab.emulateMedia({ reducedMotion: "reduce" });
  const errors = watchErrors(tab);
  await tab.goto(url);
  await tab.waitForFunction(() => !!window.deep.q("[data-story-id] [role=tablist]"));
  return { tab, errors };
}

/** What the widget marks: data-change values by kind of element. */
function marks(tab) {
  return tab.evaluate(() => {
    const of = (selector, key) => window.deep.qa(`${selector}[data-change]`)
      .map((e) => `${e.getAttribute(key) ?? e.id}=${e.dataset.change}`).sort();
    return {
      tabs: of("[role=tab]", "data-event-id"),
      cards: of("[data-point-id]", "data-point-id"),
      claims: window.deep.qa(".tt-claim[data-change], [data-claim-id][data-change]").length,
      questions: window.deep.qa(".tt-question [data-change], .tt-question[data-change]").length,
      steps: window.deep.qa(".tt-steps [data-change]").length,
      updates: window.deep.qa(".tt-update[data-change]").map((e) => `${e.dataset.kind}=${e.dataset.change}`).sort(),
      badges: window.deep.qa("[data-badge]").length,
      summary: window.deep.q(".tt-since")?.querySelector(".tt-since-text")?.textContent ?? null,
    };
  });
}

for (const [build] of Object.entries(BUILDS)) {
  test(`${build} build: a first visit is clean; the next visit marks exactly what changed, and the summary counts it`, async () => {
    const { browser, served } = await reader();
    try {
      const first = await open(browser, `${servers[build].url}/living.html`);
      const none = await marks(first.tab);
      assert.deepEqual(none, { tabs: [], cards: [], claims: 0, questions: 0, steps: 0, updates: [], badges: 0, summary: null },
        "a first visit shows no badges and no summary");
      assert.deepEqual(await axeViolations(first.tab), [], "axe on a first visit");
      // Only the last visit is kept: one localStorage entry, for this story id.
      const stored = await first.tab.evaluate(() => Object.entries(localStorage));
      assert.equal(stored.length, 1, JSON.stringify(stored));
      assert.equal(stored[0][0], `talks-tracker:last-visit:${ID}`);
      assert.deepEqual(first.errors, []);
      await first.tab.close();

      // Same story again: nothing new, and the summary says so.
      const again = await open(browser, `${servers[build].url}/living.html`);
      const same = await marks(again.tab);
      assert.equal(same.badges, 0, "nothing changed, so nothing is badged");
      assert.match(same.summary ?? "", /^Nothing new since your last visit/);
      await again.tab.close();

      served.story = versions.second;
      const second = await open(browser, `${servers[build].url}/living.html`);
      const seen = await marks(second.tab);
      assert.deepEqual(seen.tabs, [`${NEW_EVENT}=new`], "only the new event's tab");
      assert.deepEqual(seen.cards, [`${changedPoint}=updated`], "only the point that changed status");
      assert.equal(seen.claims + seen.questions + seen.steps, 0, "nothing else is marked");
      assert.deepEqual(seen.updates, ["correction=new", "update=new"], "both new log entries");
      const today = await second.tab.evaluate(() => new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long" }));
      assert.ok(seen.summary.startsWith(`Since your last visit on ${today}`), seen.summary);
      assert.match(seen.summary, /\b1 new event\b/);
      assert.match(seen.summary, /\b1 point changed status \(Disputed → Agreed\)/);
      assert.match(seen.summary, /\b1 correction\b/);
      assert.doesNotMatch(seen.summary, /claim|question|next step/i);
      // The summary lists each change with a link: the event, the point and the correction.
      const items = second.tab.locator(".tt-since-items li");
      assert.equal(await items.count(), 3);
      assert.deepEqual(await axeViolations(second.tab), [], "axe with badges and the summary");

      // A link leads to the changed item: the point's card is shown and focused.
      await second.tab.locator(".tt-since-items .tt-link", { hasText: "Disputed → Agreed" }).click();
      await second.tab.waitForFunction((id) => window.deep.active()?.closest?.("[data-point-id]")?.dataset.pointId === id
        || window.deep.active()?.dataset?.pointId === id, changedPoint);

      // The screen-reader announcement is the summary, once, in a polite live region.
      const live = await second.tab.evaluate(() => window.deep.qa(".tt-since [aria-live=polite]").map((e) => e.textContent));
      assert.deepEqual(live, [seen.summary]);

      // Dismiss: the summary goes, focus moves to the story's title, badges stay.
      await second.tab.locator(".tt-dismiss").click();
      await second.tab.waitForFunction(() => !window.deep.q(".tt-since"));
      assert.equal(await second.tab.evaluate(() => window.deep.active()?.classList.contains("tt-title")), true);
      assert.ok((await marks(second.tab)).badges > 0);
      assert.deepEqual(await axeViolations(second.tab), [], "axe after dismissing");
      assert.deepEqual(second.errors, []);
      await second.tab.close();

      // The visit after that is clean again.
      const third = await open(browser, `${servers[build].url}/living.html`);
      assert.equal((await marks(third.tab)).badges, 0);
      assert.deepEqual(third.errors, []);
      await third.tab.close();
    } finally {
      await browser.close();
    }
  });
}

test("at 360 px the summary and badges fit without sideways scroll", async () => {
  const { browser, served } = await reader();
  try {
    const first = await open(browser, `${servers.release.url}/living.html`, 360);
    assert.equal(await first.tab.evaluate(() => localStorage.length), 1, "the first visit is remembered");
    await first.tab.close();
    served.story = versions.second;
    const { tab, errors } = await open(browser, `${servers.release.url}/living.html`, 360);
    assert.ok((await marks(tab)).summary);
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, "the page scrolls sideways");
    const since = await tab.evaluate(() => window.deep.q(".tt-since").getBoundingClientRect().width);
    assert.ok(since <= 360, `summary is ${since} px wide`);
    assert.deepEqual(await axeViolations(tab), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("without storage (a throwing localStorage) there are no badges and no error", async () => {
  const { browser, served } = await reader();
  try {
    await browser.context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
      });
    });
    await (await open(browser, `${servers.release.url}/living.html`)).tab.close();
    served.story = versions.second;
    const { tab, errors } = await open(browser, `${servers.release.url}/living.html`);
    const seen = await marks(tab);
    assert.equal(seen.badges, 0);
    assert.equal(seen.summary, null);
    assert.ok(await tab.locator(".tt-updates .tt-update[data-kind=correction]").count() === 1, "the log is still there");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("in a sandboxed iframe (no storage at all) the widget works, with no badges and no error", async () => {
  const { browser, served } = await reader();
  try {
    for (const story of [versions.first, versions.second]) {
      served.story = story;
      const tab = await browser.context.newPage();
      const errors = watchErrors(tab);
      await tab.goto(`${sandboxServer.url}/sandboxed.html`);
      const frame = tab.frameLocator("#frame");
      await frame.locator("[data-story-id] [role=tablist]").waitFor({ timeout: 30_000 });
      assert.equal(await frame.locator("[data-badge]").count(), 0);
      assert.equal(await frame.locator(".tt-since").count(), 0);
      assert.deepEqual(errors, []);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
});

test("the no-memory attribute turns it off: nothing stored, no badges", async () => {
  const { browser, served } = await reader();
  try {
    const first = await open(browser, `${servers.release.url}/no-memory.html`);
    assert.deepEqual(await first.tab.evaluate(() => Object.keys(localStorage)), [], "nothing is stored");
    await first.tab.close();
    // The iframe embed's memory=off sets the attribute.
    const framed = await open(browser, `${servers.release.url}/embed.html?story=/living.json&memory=off`);
    assert.equal(await framed.tab.locator("talks-tracker[no-memory]").count(), 1);
    assert.deepEqual(await framed.tab.evaluate(() => Object.keys(localStorage)), [], "nothing is stored");
    await framed.tab.close();
    // Even with a visit stored by an earlier page without the attribute.
    await (await open(browser, `${servers.release.url}/living.html`)).tab.close();
    served.story = versions.second;
    const { tab, errors } = await open(browser, `${servers.release.url}/no-memory.html`);
    assert.equal((await marks(tab)).badges, 0);
    assert.equal((await marks(tab)).summary, null);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("the update log: newest first, corrections visibly marked, linked to what they touched, also without script", async () => {
  const { browser, served } = await reader();
  try {
    served.story = versions.second;
    const { tab, errors } = await open(browser, `${servers.release.url}/living.html`);
    const entries = tab.locator(".tt-updates .tt-update");
    const expected = [...versions.second.updates].sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
    assert.equal(await entries.count(), expected.length);
    const times = await entries.locator("time").evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute("datetime"))));
    assert.deepEqual(times, [...times].sort((a, b) => b - a), "newest first");
    const correction = tab.locator(".tt-update[data-kind=correction]");
    assert.match(await correction.innerText(), /Correction/);
    // It links to the point it corrected; following the link shows that card.
    await correction.locator(".tt-link").first().click();
    await tab.waitForFunction((id) => !!window.deep.active()?.closest?.(`[data-point-id="${id}"]`)
      || window.deep.active()?.dataset?.pointId === id, changedPoint);
    assert.deepEqual(await axeViolations(tab), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
  const { stdout } = await promisify(execFile)("cargo",
    ["run", "--quiet", "--bin", "talks-tracker", "--", "render", "--standalone", versions.secondPath],
    { cwd: root, maxBuffer: 64 * 2 ** 20 });
  const noScript = await launch({ width: 360, height: 740 }, { javaScriptEnabled: false });
  try {
    const tab = await noScript.context.newPage();
    await tab.setContent(stdout);
    assert.equal(await tab.locator(".tt-updates .tt-update").count(), versions.second.updates.length);
    assert.ok(await tab.locator(".tt-update[data-kind=correction]").isVisible());
    assert.match(await tab.locator(".tt-update[data-kind=correction]").innerText(), /Correction/);
    assert.equal(await tab.locator("[data-badge]").count(), 0, "a static page has no visit to compare with");
  } finally {
    await noScript.close();
  }
});
