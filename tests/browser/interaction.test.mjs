// The interaction pass: everything a reader can press, against the debug build
// (target/debug-dist, where Yew checks hook order and panics on a conditional hook) and the
// release build (dist/), at 360 and 1280 px, on the seed story and on a generated long story
// (windowed timeline, paged card sections). Mounted as newsrooms mount it: loader.js and
// <talks-tracker src>. Any console error, page error or crash notice (.tt-crashed) fails
// the test, named after the step that caused it. Expectations come from the model
// (`talks-tracker facts`), never from re-implemented rules.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "../support/server.mjs";
import { launch, watchErrors, dist, storyFacts, storyProblems, BUILDS, requireBuilds } from "./support.mjs";
import { writeStories } from "../../bench/generate.mjs";

const root = new URL("../../", import.meta.url).pathname;
const WIDTHS = [360, 1280];
/** Enough events for a windowed timeline (163 columns > 120) and a section past one page of 30 cards. */
const LONG_EVENTS = 300;
const CARDS_PER_PAGE = 30;
const SECTIONS = ["agreed", "problems", "open"];

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Interaction pass</title>
<link rel="icon" href="data:,"><script type="module" src="/loader.js"></script></head>
<body><talks-tracker id="w" src="__SRC__"></talks-tracker></body></html>`;

/** In the page: the widget's shadow root and its crash notice. */
function installHelpers() {
  window.__tt = {
    root: () => document.getElementById("w")?.shadowRoot ?? null,
    crash: () => window.__tt.root()?.querySelector(".tt-crashed")?.textContent.trim() ?? null,
  };
}

const stories = {};
const servers = {};
let browser;

before(async () => {
  await requireBuilds();
  const seedPath = join(root, "static/stories/paris-talks.json");
  // The long story is format version 2 with every field it added (see bench/generate.mjs).
  const [long] = await writeStories([LONG_EVENTS], new URL("../../target/interaction/", import.meta.url), { living: true });
  assert.equal(await storyProblems(long.path), "", "the generated story validates clean");
  for (const [name, path, exact] of [["seed", seedPath, true], ["long", long.path, false]]) {
    stories[name] = { name, path, exact, json: await readFile(path, "utf8"), facts: await storyFacts(path) };
  }
  const routes = {
    "/seed.html": PAGE.replace("__SRC__", "/seed.json"),
    "/long.html": PAGE.replace("__SRC__", "/long.json"),
    "/seed.json": stories.seed.json,
    "/long.json": stories.long.json,
  };
  for (const [build, dir] of Object.entries(BUILDS)) servers[build] = await serve({ mounts: { "/": dir }, routes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

/** One page of the pass, with its error log and the step being run (for messages). */
async function openPass(build, story, width) {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript(installHelpers);
  // No smooth scrolling: clicks need not wait for the page to come to rest.
  await page.emulateMedia({ reducedMotion: "reduce" });
  const errors = watchErrors(page);
  const pass = { page, errors, story, label: `${build} build, ${story.name} story, ${width} px` };
  await page.goto(`${servers[build].url}/${story.name}.html`);
  await until(pass, "the story loads", (root) => !!root?.querySelector("[data-story-id] [role=tablist]"));
  return pass;
}

/** Fails with the step's name if the page logged an error or the widget crashed. */
async function check(pass, step) {
  const crash = await pass.page.evaluate(() => window.__tt.crash());
  // The round trip above also delivers console messages sent before it.
  if (pass.errors.length || crash) {
    assert.fail(`${pass.label}: ${step}: ${[...pass.errors, ...(crash ? [`.tt-crashed: ${crash}`] : [])].join("\n")}`);
  }
}

/**
 * Waits (per animation frame) until `predicate(root, arg)` holds in the page or the widget
 * crashed, then checks for errors. `predicate` runs in the page: no closures.
 */
async function until(pass, step, predicate, arg = null) {
  await pass.page.waitForFunction(
    `window.__tt.crash() != null || !!(${predicate})(window.__tt.root(), ${JSON.stringify(arg)})`,
    null, { polling: "raf" },
  ).catch((error) => { throw new Error(`${pass.label}: ${step}: ${error.message}`); });
  await check(pass, step);
}

/** What the widget shows: tab ids in DOM order, card ids per section, the open event. */
const shown = (page) => page.evaluate((sections) => {
  const root = window.__tt.root();
  return {
    tabs: [...root.querySelectorAll("[role=tab]")].map((t) => t.dataset.eventId),
    cards: Object.fromEntries(sections.map((s) => [s, [...root.querySelectorAll(`.tt-cards-${s} [data-point-id]`)].map((c) => c.dataset.pointId)])),
    selected: root.querySelector("[role=tabpanel]")?.dataset.selectedEvent ?? null,
    // Events of busy columns behind their "+k more" button (horizontal strip only).
    hidden: [...root.querySelectorAll(".tt-column-more[data-hidden]")].reduce((n, b) => n + Number(b.dataset.hidden), 0),
  };
}, SECTIONS);

/** Whether `part` is `whole` with some items left out, in the same order. */
const subsequence = (part, whole) => { let i = 0; for (const x of whole) if (x === part[i]) i++; return i === part.length; };

/** The page shows what `expected` (a facts entry) says: all tabs, or a window of them; the first page of cards. */
async function assertShows(pass, expected, step) {
  const now = await shown(pass.page);
  if (pass.story.exact) {
    // Every event, but those behind a busy column's "+k more".
    assert.ok(subsequence(now.tabs, expected.events), `${pass.label}: ${step}: tabs in timeline order`);
    assert.equal(now.tabs.length + now.hidden, expected.events.length, `${pass.label}: ${step}: tabs and hidden events`);
  } else {
    // A window of columns, plus the open event wherever it is (it keeps the tab stop).
    const window = now.tabs.filter((id) => id !== now.selected);
    const others = expected.events.filter((id) => id !== now.selected);
    const at = others.indexOf(window[0]);
    assert.ok(now.tabs.length > 0 || expected.events.length === 0, `${pass.label}: ${step}: no tabs`);
    const span = others.slice(at, at + window.length + now.hidden);
    assert.ok(subsequence(window, span) && window.at(-1) === span[span.indexOf(window.at(-1))],
      `${pass.label}: ${step}: tabs are a window of the timeline`);
  }
  for (const s of SECTIONS) {
    assert.deepEqual(now.cards[s], expected.cards[s].slice(0, CARDS_PER_PAGE), `${pass.label}: ${step}: ${s} cards`);
  }
  if (expected.events.length) assert.ok(expected.events.includes(now.selected), `${pass.label}: ${step}: open event ${now.selected} is shown`);
  else assert.equal(now.selected, null, `${pass.label}: ${step}: no open event`);
}

/** Waits until `id` is the open event: its panel, its selected tab and (optionally) focus. */
function untilSelected(pass, step, id, focused = false) {
  return until(pass, step, (root, { id, focused }) =>
    root.querySelector("[role=tabpanel]")?.dataset.selectedEvent === id
    && root.querySelector("[role=tab][aria-selected=true]")?.dataset.eventId === id
    && (!focused || root.activeElement?.dataset.eventId === id), { id, focused });
}

/** Every party and track chip on, checked, and off again. */
async function filters(pass) {
  const { page, story } = pass;
  const names = JSON.parse(story.json);
  await page.locator("#w .tt-filters-toggle").click();
  await until(pass, "open the filters", (root) => root.querySelector(".tt-filters-toggle").getAttribute("aria-expanded") === "true"
    && root.querySelector(".tt-chip")?.checkVisibility());
  const groups = page.locator("#w .tt-filter-group");
  const options = [["party", story.facts.parties, names.parties], ["track", story.facts.tracks, names.tracks]];
  assert.equal(await groups.count(), 2, `${pass.label}: two chip groups`);
  for (const [g, [kind, facts, items]] of options.entries()) {
    const chips = groups.nth(g).locator(".tt-chip");
    assert.equal(await chips.count(), facts.length, `${pass.label}: ${kind} chips`);
    for (const [i, option] of facts.entries()) {
      const name = items.find((item) => item.id === option.id).name;
      const chip = chips.nth(i);
      assert.ok((await chip.textContent()).includes(name), `${pass.label}: ${kind} chip ${i} is ${name}`);
      const step = `press the ${kind} chip "${name}"`;
      await chip.click();
      await until(pass, step, (root, { g, i }) =>
        root.querySelectorAll(".tt-filter-group")[g].querySelectorAll(".tt-chip")[i].getAttribute("aria-pressed") === "true", { g, i });
      await assertShows(pass, option, step);
      await chip.click();
      await until(pass, `un-${step}`, (root, { g, i }) =>
        root.querySelectorAll(".tt-filter-group")[g].querySelectorAll(".tt-chip")[i].getAttribute("aria-pressed") === "false", { g, i });
      await assertShows(pass, story.facts, `un-${step}`);
    }
  }
}

/** Clicks one story link (in an answer, a card or the event panel) and waits for where it leads. */
async function follow(pass, link, where) {
  const [event, point] = await link.evaluate((a) => [a.dataset.linksEvent ?? null, a.dataset.linksPoint ?? null]);
  await link.click();
  if (event) await untilSelected(pass, `${where}: the link to event ${event}`, event, true);
  else await until(pass, `${where}: the link to card ${point}`, (root, id) => root.activeElement?.dataset.pointId === id, point);
}

/** Every key question opens, and every link in its answer leads where it says. */
async function questions(pass) {
  const toggles = pass.page.locator("#w .tt-question-toggle");
  const count = await toggles.count();
  assert.equal(count, JSON.parse(pass.story.json).questions?.length ?? 0, `${pass.label}: questions`);
  for (let i = 0; i < count; i++) {
    await toggles.nth(i).click();
    await until(pass, `open question ${i + 1}`, (root, i) =>
      root.querySelectorAll(".tt-question-toggle")[i].getAttribute("aria-expanded") === "true", i);
    const links = pass.page.locator("#w .tt-question").nth(i).locator(".tt-link");
    for (let j = 0, n = await links.count(); j < n; j++) await follow(pass, links.nth(j), `question ${i + 1}`);
  }
}

/** The links in the open event's panel ("Bears on" cards). */
async function panelLinks(pass) {
  const links = pass.page.locator("#w [role=tabpanel] .tt-link");
  const event = (await shown(pass.page)).selected;
  for (let j = 0, n = await links.count(); j < n; j++) {
    await follow(pass, links.nth(j), `event ${event}'s panel`);
  }
}

/** The seed story: click every tab (and its panel's links), then walk Next to the end and Previous back. */
async function everyEventByTab(pass) {
  const { page, story: { facts } } = pass;
  // Open every busy column ("+k more"), so every event has its tab.
  for (let more = page.locator("#w .tt-column-more[data-hidden]"); await more.count();) {
    const before = (await shown(page)).tabs.length;
    await more.first().click();
    await until(pass, "open a busy column", (root, before) => root.querySelectorAll("[role=tab]").length > before, before);
  }
  for (const id of facts.events) {
    await page.locator(`#w [role=tab][data-event-id="${id}"]`).click();
    await untilSelected(pass, `click the tab of ${id}`, id);
    await panelLinks(pass);
  }
  const next = page.locator("#w .tt-next");
  const previous = page.locator("#w .tt-prev");
  await page.locator(`#w [role=tab][data-event-id="${facts.events[0]}"]`).click();
  await untilSelected(pass, "back to the first event", facts.events[0]);
  for (const id of facts.events.slice(1)) {
    await next.click();
    await untilSelected(pass, `Next to ${id}`, id);
  }
  assert.ok(await next.isDisabled(), `${pass.label}: Next is disabled on the last event`);
  for (const id of facts.events.slice(0, -1).reverse()) {
    await previous.click();
    await untilSelected(pass, `Previous to ${id}`, id);
  }
  assert.ok(await previous.isDisabled(), `${pass.label}: Previous is disabled on the first event`);
}

/**
 * A long story: Home, then every event in turn, by turns with a click on its tab (when
 * rendered), the Next button and the arrow key of the layout; then End, Previous, the
 * other arrow and Home. The walk runs in the page (a step is waited on by a
 * MutationObserver, not a sleep), so that hundreds of steps take seconds.
 */
async function everyEventByKeys(pass) {
  const { page, story: { facts } } = pass;
  const vertical = (await page.locator("#w [role=tablist]").getAttribute("aria-orientation")) === "vertical";
  const [forward, back] = vertical ? ["ArrowDown", "ArrowUp"] : ["ArrowRight", "ArrowLeft"];
  const ids = facts.events;
  await page.locator("#w [role=tab][aria-selected=true]").focus();
  await page.keyboard.press("Home");
  await untilSelected(pass, "Home", ids[0], true);
  await panelLinks(pass);

  const walked = await page.evaluate(async ({ ids, forward }) => {
    const root = window.__tt.root();
    const selected = () => root.querySelector("[role=tab][aria-selected=true]");
    const reached = (id) => root.querySelector("[role=tabpanel]")?.dataset.selectedEvent === id && selected()?.dataset.eventId === id;
    const ways = { tab: 0, next: 0, key: 0 };
    for (let i = 1; i < ids.length; i++) {
      const id = ids[i];
      const changed = new Promise((resolve) => {
        const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, 10_000);
        const observer = new MutationObserver(() => {
          if (reached(id) || window.__tt.crash()) { observer.disconnect(); clearTimeout(timer); resolve(true); }
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      const tab = root.querySelector(`[role=tab][data-event-id="${id}"]`);
      const way = i % 3 === 0 && tab ? "tab" : i % 3 === 1 ? "next" : "key";
      ways[way]++;
      if (way === "tab") tab.click();
      else if (way === "next") root.querySelector(".tt-next").click();
      else selected().dispatchEvent(new KeyboardEvent("keydown", { key: forward, bubbles: true, composed: true, cancelable: true }));
      if (!(await changed) || window.__tt.crash()) return { stuck: id, way, ways };
    }
    return { ways };
  }, { ids, forward });
  await check(pass, `walking every event (${JSON.stringify(walked.ways)})`);
  assert.equal(walked.stuck, undefined, `${pass.label}: the walk stopped at ${walked.stuck} (by ${walked.way})`);
  assert.ok(walked.ways.tab > 0 && walked.ways.next > 0 && walked.ways.key > 0, `${pass.label}: every way was used: ${JSON.stringify(walked.ways)}`);
  await panelLinks(pass);

  await page.locator("#w [role=tab][aria-selected=true]").focus();
  await page.keyboard.press("Home");
  await untilSelected(pass, "Home again", ids[0], true);
  await page.keyboard.press("End");
  await untilSelected(pass, "End", ids.at(-1), true);
  await page.locator("#w .tt-prev").click();
  await untilSelected(pass, "Previous from the last", ids.at(-2));
  await page.locator("#w [role=tab][aria-selected=true]").focus();
  await page.keyboard.press(back);
  await untilSelected(pass, back, ids.at(-3), true);
  await page.keyboard.press(forward);
  await untilSelected(pass, forward, ids.at(-2), true);
  assert.ok(await page.locator("#w .tt-next").isEnabled());
}

/** "Show N earlier/later events" (narrow layout) until there are no more. */
async function moreEvents(pass) {
  for (const which of ["earlier", "later"]) {
    const button = pass.page.locator(`#w .tt-more-${which}`);
    for (let clicks = 0; await button.count(); clicks++) {
      assert.ok(clicks < 100, `${pass.label}: "Show ${which} events" never runs out`);
      const before = (await shown(pass.page)).tabs.length;
      await button.click();
      await until(pass, `Show ${which} events`, (root, before) => root.querySelectorAll("[role=tab]").length > before, before);
    }
  }
  const now = await shown(pass.page);
  assert.deepEqual(now.tabs, pass.story.facts.events, `${pass.label}: every event is rendered after showing all`);
}

/** "Show N more cards" in every section until every card is there; then every card's links. */
async function cards(pass) {
  const { page, story: { facts } } = pass;
  for (const s of SECTIONS) {
    const button = page.locator(`#w .tt-cards-${s} .tt-more`);
    while (await button.count()) {
      const before = (await shown(page)).cards[s].length;
      await button.click();
      await until(pass, `Show more ${s} cards`, (root, { s, before }) => root.querySelectorAll(`.tt-cards-${s} [data-point-id]`).length > before, { s, before });
    }
  }
  const now = await shown(page);
  for (const s of SECTIONS) assert.deepEqual(now.cards[s], facts.cards[s], `${pass.label}: every ${s} card`);
  // Every card's links on the seed story; on the long one, those of every tenth card.
  const all = SECTIONS.flatMap((s) => facts.cards[s]);
  const every = pass.story.exact ? 1 : 10;
  for (const [n, id] of all.entries()) {
    if (n % every) continue;
    const links = page.locator(`#w [data-point-id="${id}"] .tt-link`);
    for (let j = 0, count = await links.count(); j < count; j++) await follow(pass, links.nth(j), `card ${id}`);
  }
}

for (const build of Object.keys(BUILDS)) {
  for (const name of ["seed", "long"]) {
    for (const width of WIDTHS) {
      test(`interaction pass: ${build} build, ${name} story, ${width} px`, async () => {
        const started = Date.now();
        const pass = await openPass(build, stories[name], width);
        const { facts } = pass.story;
        await assertShows(pass, facts, "first render");
        assert.equal((await shown(pass.page)).selected, facts.default_event, `${pass.label}: the default event is open`);
        await filters(pass);
        await questions(pass);
        if (pass.story.exact) await everyEventByTab(pass);
        else await everyEventByKeys(pass);
        if (width < 720 && !pass.story.exact) await moreEvents(pass);
        await cards(pass);
        await check(pass, "the end of the pass");
        await pass.page.close();
        console.log(`# ${pass.label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      });
    }
  }
}
