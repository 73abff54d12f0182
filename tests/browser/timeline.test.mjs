// The timeline and what drives it: selecting events by click, keyboard and the stepper,
// the status region, the filters, deep links (one widget and two on a page), the links
// between cards and timeline, the layout at 360 and 1280 px, reduced motion and axe.
// Expectations come from the story file and from the model (`talks-tracker facts`), never
// from the widget's output or from model rules re-implemented here.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { isDeepStrictEqual } from "node:util";
import { readFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, watchErrors, axeViolations, dist, storyFacts } from "./support.mjs";

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
/** The keys that move along the timeline in each layout, and the one that must not. */
const LAYOUTS = [
  { name: "1280 px, horizontal", viewport: DESKTOP, orientation: "horizontal", next: "ArrowRight", previous: "ArrowLeft", other: "ArrowDown" },
  { name: "360 px, vertical", viewport: PHONE, orientation: "vertical", next: "ArrowDown", previous: "ArrowUp", other: "ArrowRight" },
];
const WCAG = { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } };
const screenshots = new URL("../../target/screenshots/", import.meta.url).pathname;

let server;
let browser;
let story;
let facts;

before(async () => {
  story = JSON.parse(await readFile(join(dist, "stories/paris-talks.json"), "utf8"));
  facts = await storyFacts(join(dist, "stories/paris-talks.json"), { pairs: true });
  // The demo page with a second widget, whose host has its own id.
  const index = await readFile(join(dist, "index.html"), "utf8");
  const second = '<talks-tracker id="second" src="stories/paris-talks.json"></talks-tracker>';
  assert.match(index, /<\/main>/);
  server = await serveDist({ "/two.html": index.replace("</main>", `${second}\n</main>`) });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// ---------------------------------------------------------------------------
// The story, read from JSON.

const byId = (list, id) => list.find((item) => item.id === id);
const isExpected = (event) => event.date.kind === "expected";

// ---------------------------------------------------------------------------
// What the model says is shown (`talks-tracker facts --pairs`): the tests compare the page
// with it rather than re-implementing ordering and filtering here.

/** Events in timeline order. */
const timeline = () => facts.events.map((id) => byId(story.events, id));

/** The event the widget opens with. */
const defaultEvent = () => byId(story.events, facts.default_event);

const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

/** The facts of a filter: none, one party or track, two parties, or a party and a track. */
function factsFor({ parties = [], tracks = [] }) {
  if (!parties.length && !tracks.length) return facts;
  if (parties.length + tracks.length === 1) {
    return (parties.length ? facts.parties : facts.tracks).find((o) => o.id === (parties[0] ?? tracks[0]));
  }
  const found = facts.pairs.find((p) => sameSet(p.parties, parties) && sameSet(p.tracks, tracks));
  assert.ok(found, `no facts for ${JSON.stringify({ parties, tracks })}`);
  return found;
}
const eventsFor = (filter) => [...factsFor(filter).events].sort();
const cardsFor = (filter) => Object.values(factsFor(filter).cards).flat().sort();

/** The chips offered, in order: the party options, then the track options. */
const partyChips = () => facts.parties.map((o) => byId(story.parties, o.id));
const trackChips = () => facts.tracks.map((o) => byId(story.tracks, o.id));

/** Parties A and B and a track T such that A∪B and A∩T both differ from A alone. */
function filterChoices() {
  const events = (parties, tracks) => eventsFor({ parties, tracks });
  const a = partyChips().find((p) => {
    const [e, c] = [events([p.id]).length, cardsFor({ parties: [p.id] }).length];
    return e > 0 && e < story.events.length && c > 0 && c < story.points.length;
  });
  assert.ok(a, "the story has a party that shows only part of the timeline and cards");
  const b = partyChips().find((p) => p !== a && events([p.id]).some((id) => !events([a.id]).includes(id)));
  const track = trackChips().find((t) => {
    const both = events([a.id], [t.id]);
    return both.length > 0 && both.length < Math.min(events([a.id]).length, events([], [t.id]).length);
  });
  assert.ok(b && track, "the story allows a meaningful union and intersection");
  return { a, b, track };
}

// ---------------------------------------------------------------------------
// The page.

/** The root of a widget, by its instance (the prefix of its ids). */
const widget = (instance = "tt1") => `article.tt[aria-labelledby="${instance}-title"]`;
const tabSelector = (id, instance = "tt1") => `${widget(instance)} [role=tab][data-event-id="${id}"]`;

/** Opens a page (default the demo) at a viewport and waits until every widget is laid out. */
async function openDemo(viewport = DESKTOP, hash = "", path = "/index.html") {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewportSize(viewport);
  const errors = watchErrors(page);
  await page.goto(`${server.url}${path}${hash}`);
  const orientation = LAYOUTS.find((l) => l.viewport === viewport).orientation;
  await page.waitForFunction((orientation) => deep.q("article.tt") && deep.qa("article.tt").every((widget) =>
    widget.querySelector("[role=tablist]")?.getAttribute("aria-orientation") === orientation), orientation);
  return { page, errors };
}

/** Checks that the page logged no errors, then closes it. */
async function done(page, errors) {
  assert.deepEqual(errors, [], "console or page errors");
  await page.close();
}

/** Polls `read` in the page once per frame until it equals `expected`; then asserts it does. */
async function eventually(page, read, arg, expected, message) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const actual = await page.evaluate(read, arg);
    if (isDeepStrictEqual(actual, expected) || Date.now() > deadline) {
      assert.deepEqual(actual, expected, message);
      return;
    }
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
}

const currentHash = () => location.hash;

/** The id of the event open in a widget's panel. */
const selectedId = (page, instance = "tt1") =>
  page.getAttribute(`${widget(instance)} [role=tabpanel]`, "data-selected-event");

/** The event ids of a widget's tabs, in DOM order. */
const tabIds = (page, instance = "tt1") =>
  page.$$eval(`${widget(instance)} [role=tab]`, (tabs) => tabs.map((t) => t.dataset.eventId));

/** The point ids of the cards shown, in DOM order. */
const cardIds = (page, instance = "tt1") =>
  page.$$eval(`${widget(instance)} article[data-point-id]`, (cards) => cards.map((c) => c.dataset.pointId));

/** The event id of the focused element, if it is a tab. */
const focusedEventId = (page) => page.evaluate(() => deep.active()?.closest("[role=tab]")?.dataset.eventId ?? null);

/** Waits until `id` is the open event, its tab selected and its title shown (with `focused`, its tab focused). */
async function waitForSelection(page, id, { instance = "tt1", focused = false } = {}) {
  const read = ({ root, focused }) => ({
    panel: deep.q(`${root} [role=tabpanel]`)?.dataset.selectedEvent,
    title: deep.q(`${root} [role=tabpanel] .tt-detail-title`)?.textContent.trim(),
    tab: deep.q(`${root} [role=tab][aria-selected=true]`)?.dataset.eventId,
    ...(focused ? { focus: deep.active()?.dataset.eventId } : {}),
  });
  const title = byId(story.events, id).title;
  await eventually(page, read, { root: widget(instance), focused },
    { panel: id, title, tab: id, ...(focused ? { focus: id } : {}) }, `selection should become ${id}`);
}

/** The roving tabindex and the panel agree that `id` is the one selected event. */
async function assertSelected(page, id, instance = "tt1") {
  const tabs = await page.$$eval(`${widget(instance)} [role=tab]`, (els) => els.map((t) =>
    [t.dataset.eventId, t.getAttribute("aria-selected"), t.getAttribute("tabindex"), t.id]));
  const selected = tabs.filter(([, sel]) => sel === "true");
  assert.deepEqual(selected.map(([eventId]) => eventId), [id], "exactly one tab is selected");
  for (const [eventId, sel, tabindex] of tabs) {
    assert.equal(tabindex, eventId === id ? "0" : "-1", `tabindex of ${eventId}`);
    if (eventId !== id) assert.equal(sel, "false", `aria-selected of ${eventId}`);
  }
  const panel = `${widget(instance)} [role=tabpanel]`;
  assert.equal(await page.getAttribute(panel, "data-selected-event"), id);
  assert.equal(await page.getAttribute(panel, "aria-labelledby"), selected[0][3], "the panel is labelled by its tab");
  assert.equal((await page.textContent(`${panel} .tt-detail-title`)).trim(), byId(story.events, id).title);
}

/** Presses a key and waits until `id` is selected and focused. */
async function pressAndExpect(page, key, id) {
  await page.keyboard.press(key);
  await waitForSelection(page, id, { focused: true });
}

/** Opens the filter disclosure if it is closed. */
async function openFilters(page) {
  const toggle = page.locator(`${widget()} .tt-filters-toggle`);
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.locator(`${widget()} .tt-chip`).first().waitFor({ state: "visible" });
}

/** The chip of a party or track, found by its accessible name: the party's or track's name. */
function chip(page, name) {
  return page.locator(`${widget()} .tt-filters`).getByRole("button", { name, exact: true });
}

/** Presses or un-presses a chip and waits until it says so. */
async function toggleChip(page, name, pressed = true) {
  const button = chip(page, name);
  await button.click();
  await eventually(page, (el) => el.getAttribute("aria-pressed"), await button.elementHandle(), String(pressed),
    `aria-pressed of ${name}`);
}

/** Waits until the timeline and the cards show exactly what `filter` matches in JSON. */
async function expectShown(page, filter, label) {
  const read = (root) => ({
    events: [...deep.qa(`${root} [role=tab]`)].map((t) => t.dataset.eventId).sort(),
    cards: [...deep.qa(`${root} article[data-point-id]`)].map((c) => c.dataset.pointId).sort(),
  });
  await eventually(page, read, widget(), { events: filter.events, cards: filter.cards }, label);
}

/**
 * The timeline's boxes in one measurement (the strip may be scrolling smoothly), relative to
 * the axis, which scrolls with them: each tab in DOM order with its group, the "now" marker
 * (wide layout) and the "now" divider (narrow layout), null where the layout hides them.
 */
const timelineBoxes = (page) => page.$eval(`${widget()} .tt-axis`, (axis) => {
  const origin = axis.getBoundingClientRect();
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top };
  };
  const groups = [...axis.querySelectorAll(".tt-group")];
  const shown = (el) => el && getComputedStyle(el).display !== "none" ? box(el) : null;
  return {
    tabs: [...axis.querySelectorAll("[role=tab]")].map((t) => ({
      id: t.dataset.eventId, text: t.textContent, border: getComputedStyle(t).borderTopStyle,
      group: groups.indexOf(t.closest(".tt-group")), ...box(t),
    })),
    now: shown(axis.querySelector(".tt-now")),
    divider: shown(axis.querySelector(".tt-now-divider")),
  };
});

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Whether an element is fully inside the viewport and inside the timeline strip's visible box. */
const inView = (selector) => {
  const el = deep.q(selector);
  const r = el.getBoundingClientRect();
  const strip = el.closest(".tt-strip")?.getBoundingClientRect() ?? { left: -Infinity, right: Infinity };
  // 1 px of slack: focus() scrolls to fractional positions.
  return r.top >= -1 && r.left >= Math.max(0, strip.left - 1) && r.bottom <= innerHeight + 1
    && r.right <= Math.min(innerWidth, strip.right + 1);
};

// ---------------------------------------------------------------------------
// 1. Click.

test("clicking a tab selects it, opens it in the panel and deep-links it without adding history", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  const order = timeline().map((e) => e.id);
  assert.deepEqual(await tabIds(page), order, "tabs are in timeline order");
  const initial = defaultEvent().id;
  await assertSelected(page, initial);
  assert.equal(await page.evaluate(currentHash), "", "no fragment until the reader chooses");

  const historyBefore = await page.evaluate(() => history.length);
  const picks = [order[0], order.at(-1), order.find((id) => id !== initial && id !== order[0] && id !== order.at(-1))];
  for (const id of picks) {
    await page.click(tabSelector(id));
    await waitForSelection(page, id);
    await assertSelected(page, id);
    await eventually(page, currentHash, null, `#tt1-event-${id}`, "the selection is in the URL");
  }
  assert.equal(await page.evaluate(() => history.length), historyBefore, "selections add no history entries");
  await done(page, errors);
});

// ---------------------------------------------------------------------------
// 2. Keyboard.

for (const layout of LAYOUTS) {
  test(`at ${layout.name}, the arrow keys, Home and End move selection and focus; Tab leaves the tablist`, async () => {
    const { page, errors } = await openDemo(layout.viewport);
    assert.equal(await page.getAttribute(`${widget()} [role=tablist]`, "aria-orientation"), layout.orientation);
    const ids = await tabIds(page);
    const start = ids.indexOf(defaultEvent().id);
    assert.ok(start >= 2 && start <= ids.length - 2, "the default event has neighbours on both sides");

    await page.focus(tabSelector(ids[start]));
    await pressAndExpect(page, layout.next, ids[start + 1]);
    await assertSelected(page, ids[start + 1]);
    await pressAndExpect(page, layout.previous, ids[start]);
    await pressAndExpect(page, layout.previous, ids[start - 1]);
    // The other axis's arrow does nothing: one step on from it lands next to where we were.
    await page.keyboard.press(layout.other);
    await pressAndExpect(page, layout.next, ids[start]);

    await pressAndExpect(page, "Home", ids[0]);
    await page.keyboard.press(layout.previous); // nothing before the first
    await pressAndExpect(page, layout.next, ids[1]);
    await pressAndExpect(page, "End", ids.at(-1));
    await page.keyboard.press(layout.next); // nothing after the last
    await pressAndExpect(page, layout.previous, ids.at(-2));
    await assertSelected(page, ids.at(-2));

    // One tab stop: Tab leaves the tablist, Shift+Tab comes back to the selected tab.
    await page.keyboard.press("Tab");
    const outside = await page.evaluate(() => ({
      inTablist: !!deep.active()?.closest("[role=tablist]"),
      role: deep.active()?.getAttribute("role"),
    }));
    assert.deepEqual(outside, { inTablist: false, role: "tabpanel" }, "Tab moves on to the panel");
    await page.keyboard.press("Shift+Tab");
    assert.equal(await focusedEventId(page), ids.at(-2));
    await done(page, errors);
  });
}

test("the Previous and Next event buttons step through events and are disabled at the ends", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  const ids = await tabIds(page);
  const root = page.locator(widget());
  const previous = root.getByRole("button", { name: "Previous event", exact: true });
  const next = root.getByRole("button", { name: "Next event", exact: true });

  await page.click(tabSelector(ids[0]));
  await waitForSelection(page, ids[0]);
  assert.equal(await previous.isDisabled(), true, "Previous is disabled on the first event");
  assert.equal(await next.isDisabled(), false);
  await next.click();
  await waitForSelection(page, ids[1], { focused: true });
  await next.click();
  await waitForSelection(page, ids[2], { focused: true });
  await previous.click();
  await waitForSelection(page, ids[1], { focused: true });

  await page.click(tabSelector(ids.at(-1)));
  await waitForSelection(page, ids.at(-1));
  assert.equal(await next.isDisabled(), true, "Next is disabled on the last event");
  assert.equal(await previous.isDisabled(), false);
  await previous.click();
  await waitForSelection(page, ids.at(-2), { focused: true });
  await assertSelected(page, ids.at(-2));
  await done(page, errors);
});

// ---------------------------------------------------------------------------
// 3. Status region.

test("after a keyboard move the status region names the new event, briefly", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  const statuses = page.locator(`${widget()} [role=status]`);
  assert.equal(await statuses.count(), 1, "one status region in the widget");
  const ids = await tabIds(page);
  await page.focus(tabSelector(defaultEvent().id));
  for (const key of ["ArrowLeft", "Home", "End"]) {
    const before = await selectedId(page);
    await page.keyboard.press(key);
    const id = key === "Home" ? ids[0] : key === "End" ? ids.at(-1) : ids[ids.indexOf(before) - 1];
    await waitForSelection(page, id, { focused: true });
    const event = byId(story.events, id);
    await eventually(page, ({ root, title }) => deep.q(`${root} [role=status]`).textContent.includes(title),
      { root: widget(), title: event.title }, true, `the status names "${event.title}"`);
    const status = await statuses.textContent();
    assert.ok(!status.includes(event.summary), "status does not read out the summary");
    assert.ok(status.length < event.title.length + 120, `status is short: "${status}"`);
  }
  await done(page, errors);
});

// ---------------------------------------------------------------------------
// 4. Filters.

test("the filter disclosure shows and hides the chips", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  const toggle = page.locator(widget()).getByRole("button", { name: /^Filter the timeline and cards/ });
  const body = `#${await toggle.getAttribute("aria-controls")}`;
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  assert.equal(await page.locator(`${body} .tt-chip`).first().isVisible(), false, "chips start hidden");
  await toggle.click();
  await page.locator(`${body} .tt-chip`).first().waitFor({ state: "visible" });
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.equal(await page.locator(`${body} .tt-chip`).count(), partyChips().length + trackChips().length);
  await toggle.click();
  await page.locator(`${body} .tt-chip`).first().waitFor({ state: "hidden" });
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await done(page, errors);
});

test("a party chip shows exactly the events and cards involving that party", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  const { a } = filterChoices();
  await openFilters(page);
  await toggleChip(page, a.name);
  const filter = { events: eventsFor({ parties: [a.id] }), cards: cardsFor({ parties: [a.id] }) };
  await expectShown(page, filter, `shown with ${a.name}`);
  assert.ok(filter.cards.length < story.points.length, "the party hides some cards");
  // The open event is one of those shown.
  assert.ok(filter.events.includes(await selectedId(page)), "the open event is a shown one");
  await done(page, errors);
});

test("a party and a track show their intersection; two parties their union", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  const { a, b, track } = filterChoices();
  const only = (filter) => ({ events: eventsFor(filter), cards: cardsFor(filter) });
  const [onlyA, onlyB, onlyT] = [only({ parties: [a.id] }), only({ parties: [b.id] }), only({ tracks: [track.id] })];
  await openFilters(page);

  await toggleChip(page, a.name);
  await toggleChip(page, track.name);
  const both = only({ parties: [a.id], tracks: [track.id] });
  assert.notDeepEqual(both.events, onlyA.events);
  // What the model says is itself an intersection and a union.
  for (const id of both.events) assert.ok(onlyA.events.includes(id) && onlyT.events.includes(id), `${id} in both`);
  await expectShown(page, both, `${a.name} and ${track.name}`);

  await toggleChip(page, track.name, false);
  await toggleChip(page, b.name);
  const either = only({ parties: [a.id, b.id] });
  assert.notDeepEqual(either.events, onlyA.events);
  for (const id of [...onlyA.events, ...onlyB.events]) assert.ok(either.events.includes(id), `${id} in either`);
  await expectShown(page, either, `${a.name} or ${b.name}`);
  await done(page, errors);
});

test("each chip's count is the number of events and cards it shows on its own", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  await openFilters(page);
  const filters = [
    ...partyChips().map((p) => ({ name: p.name, filter: { parties: [p.id] } })),
    ...trackChips().map((t) => ({ name: t.name, filter: { tracks: [t.id] } })),
  ];
  for (const { name, filter } of filters) {
    const count = Number(await chip(page, name).locator(".tt-chip-count").textContent());
    await toggleChip(page, name);
    const shown = { events: eventsFor(filter), cards: cardsFor(filter) };
    await expectShown(page, shown, `shown with ${name}`); // the page shows exactly these
    assert.equal(count, shown.events.length + shown.cards.length, `count badge of ${name}`);
    // Screen readers hear the two counts as the chip's description.
    const description = await chip(page, name).evaluate((button) =>
      button.getRootNode().getElementById(button.getAttribute("aria-describedby"))?.textContent);
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    assert.equal(description, `${plural(shown.events.length, "event")}, ${plural(shown.cards.length, "card")}`, `description of ${name}`);
    await toggleChip(page, name, false);
  }
  await done(page, errors);
});

test("Clear filters shows every event and card again and un-presses the chips", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  const { a, track } = filterChoices();
  await openFilters(page);
  await toggleChip(page, a.name);
  await toggleChip(page, track.name);
  await page.locator(widget()).getByRole("button", { name: "Clear filters", exact: true }).click();
  await expectShown(page, { events: eventsFor({}), cards: cardsFor({}) }, "everything is shown again");
  assert.equal(await page.locator(`${widget()} .tt-chip[aria-pressed=true]`).count(), 0, "no chip stays pressed");
  await done(page, errors);
});

// ---------------------------------------------------------------------------
// 5. Deep links.

for (const layout of LAYOUTS) {
  test(`at ${layout.name}, a deep link opens its event and brings its tab into view`, async () => {
    const target = timeline().at(-1).id;
    assert.notEqual(target, defaultEvent().id);
    const { page, errors } = await openDemo(layout.viewport, `#tt1-event-${target}`);
    await waitForSelection(page, target);
    await assertSelected(page, target);
    await eventually(page, inView, tabSelector(target), true, "the linked tab is within the viewport");
    await done(page, errors);
  });
}

test("a deep link for another widget changes nothing; a later fragment change is followed", async () => {
  const target = timeline()[0].id;
  const { page, errors } = await openDemo(DESKTOP, `#other-event-${target}`);
  await assertSelected(page, defaultEvent().id);
  assert.equal(await page.evaluate(currentHash), `#other-event-${target}`);
  assert.equal(await focusedEventId(page), null, "no tab took focus");

  await page.evaluate((hash) => { location.hash = hash; }, `#tt1-event-${target}`);
  await waitForSelection(page, target);
  await done(page, errors);
});

test("two widgets on a page have unique ids and their own selections and deep links", async () => {
  const { page, errors } = await openDemo(DESKTOP, "", "/two.html");
  const duplicates = await page.$$eval("[id]", (els) =>
    els.map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i));
  assert.deepEqual(duplicates, [], "duplicate element ids");
  assert.ok((await page.$$eval(`${widget("second")} [role=tab]`, (t) => t.every((el) => el.id.startsWith("second-")))));

  const initial = defaultEvent().id;
  const target = timeline().find((e) => e.id !== initial).id;
  await page.click(tabSelector(target, "second"));
  await waitForSelection(page, target, { instance: "second" });
  await eventually(page, currentHash, null, `#second-event-${target}`, "the selection is in the URL");
  assert.equal(await selectedId(page, "tt1"), initial, "the first widget keeps its selection");
  await done(page, errors);

  const other = timeline().at(-1).id;
  const linked = await openDemo(DESKTOP, `#second-event-${other}`, "/two.html");
  await waitForSelection(linked.page, other, { instance: "second" });
  await assertSelected(linked.page, other, "second");
  await assertSelected(linked.page, initial, "tt1");
  await done(linked.page, linked.errors);
});

// ---------------------------------------------------------------------------
// 6. Cards and timeline.

test("a card's timeline link opens its event and focuses the tab", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  const initial = defaultEvent().id;
  const point = story.points.find((p) => (p.events ?? []).some((id) => id !== initial));
  const event = point.events.find((id) => id !== initial);
  await page.click(`${widget()} article[data-point-id="${point.id}"] [data-links-event="${event}"]`);
  await waitForSelection(page, event, { focused: true });
  await assertSelected(page, event);
  await done(page, errors);
});

test("a card's link to an event the filter hides clears the filter, then opens the event", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  const [party, point, event] = partyChips().flatMap((party) => story.points
    .filter((p) => cardsFor({ parties: [party.id] }).includes(p.id))
    .flatMap((p) => (p.events ?? []).filter((id) => !eventsFor({ parties: [party.id] }).includes(id))
      .map((id) => [party, p, id])))[0] ?? [];
  assert.ok(event, "some shown card links to a hidden event");
  await openFilters(page);
  await toggleChip(page, party.name);
  await page.click(`${widget()} article[data-point-id="${point.id}"] [data-links-event="${event}"]`);
  await waitForSelection(page, event, { focused: true });
  await expectShown(page, { events: eventsFor({}), cards: cardsFor({}) }, "the filter is cleared");
  assert.equal(await chip(page, party.name).getAttribute("aria-pressed"), "false");
  await done(page, errors);
});

test("a 'Bears on' link in the event panel focuses that card", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  const event = defaultEvent().id;
  const point = story.points.filter((p) => (p.events ?? []).includes(event)).at(-1);
  assert.ok(point, "the default event bears on a point");
  const link = page.locator(`${widget()} [role=tabpanel] .tt-related .tt-link`, { hasText: point.title });
  await link.click();
  await eventually(page, () => deep.active()?.matches("article[data-point-id]")
    ? deep.active().dataset.pointId : null, null, point.id, "the card has focus");
  await eventually(page, inView, `${widget()} article[data-point-id="${point.id}"]`, true, "the card is in view");
  await done(page, errors);
});

test("a card reached from the keyboard shows its focus ring whole on every side", async () => {
  // The card sections are contained (CSS `contain: content`), which clips their paint at
  // their edges; a card touches them, and its ring is drawn outside it.
  const { page, errors } = await openDemo(DESKTOP);
  const event = defaultEvent().id;
  const point = story.points.filter((p) => (p.events ?? []).includes(event)).at(-1);
  const link = page.locator(`${widget()} [role=tabpanel] .tt-related .tt-link`, { hasText: point.title });
  await link.focus();
  await page.keyboard.press("Enter");
  const card = `${widget()} article[data-point-id="${point.id}"]`;
  await eventually(page, inView, card, true, "the card is in view");
  // The page may still be scrolling smoothly to the card: wait until it has stood
  // still for a few frames, so the box read below is where the screenshot finds it.
  await page.evaluate((selector) => new Promise((still) => {
    let [last, frames] = [NaN, 0];
    const check = () => {
      const top = deep.q(selector).getBoundingClientRect().top;
      frames = top === last ? frames + 1 : 0;
      last = top;
      if (frames >= 5) still(); else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }), card);
  const ring = await page.evaluate((selector) => {
    const style = getComputedStyle(deep.q(selector));
    const r = deep.q(selector).getBoundingClientRect();
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), offset: parseFloat(style.outlineOffset),
      color: style.outlineColor, box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
  }, card);
  assert.equal(ring.style, "solid", "the focused card has a focus ring");
  const { box } = ring;
  const pad = 8;
  const clip = { x: Math.floor(box.left) - pad, y: Math.floor(box.top) - pad,
    width: Math.ceil(box.right - box.left) + 2 * pad, height: Math.ceil(box.bottom - box.top) + 2 * pad };
  const png = (await page.screenshot({ clip })).toString("base64");
  // Half way through the ring's width, outside each edge, at the middle of that edge.
  const out = ring.offset + ring.width / 2;
  const at = {
    left: [box.left - out, (box.top + box.bottom) / 2], right: [box.right + out, (box.top + box.bottom) / 2],
    top: [(box.left + box.right) / 2, box.top - out], bottom: [(box.left + box.right) / 2, box.bottom + out],
  };
  const drawn = await page.evaluate(async ({ png, clip, at, color }) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const want = color.match(/\d+/g).slice(0, 3).map(Number);
    const result = {};
    for (const [side, [x, y]] of Object.entries(at)) {
      const pixel = context.getImageData(Math.floor(x - clip.x), Math.floor(y - clip.y), 1, 1).data;
      result[side] = want.every((value, i) => Math.abs(value - pixel[i]) <= 40);
    }
    return result;
  }, { png, clip, at, color: ring.color });
  assert.deepEqual(drawn, { left: true, right: true, top: true, bottom: true }, "the ring shows outside each edge");
  await done(page, errors);
});

// ---------------------------------------------------------------------------
// 7. Layout.

test("at 1280 px, day groups sit side by side without overlap, with 'now' before the expected events", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  assert.ok((await overflow(page)) <= 0, "no horizontal page scroll");
  const { tabs, now } = await timelineBoxes(page);

  const groupLeft = new Map();
  for (const tab of tabs) {
    if (!groupLeft.has(tab.group)) groupLeft.set(tab.group, tab.left);
    assert.equal(tab.left, groupLeft.get(tab.group), `${tab.id} sits in its group's column`);
  }
  const lefts = [...groupLeft.values()];
  assert.ok(lefts.length > 1);
  lefts.slice(1).forEach((left, i) => assert.ok(left > lefts[i], "each day group is right of the one before"));
  for (const [i, a] of tabs.entries()) {
    for (const b of tabs.slice(i + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      assert.ok(apart, `tabs ${a.id} and ${b.id} overlap`);
    }
  }
  assertExpectedTabs(tabs);

  assert.ok(now, "the wide layout shows the now marker");
  const latestHappened = timeline().filter((e) => !isExpected(e)).at(-1).id;
  for (const tab of tabs.filter((t) => isExpected(byId(story.events, t.id)))) {
    assert.ok(now.left < tab.left, `now (${now.left}) is left of expected ${tab.id} (${tab.left})`);
  }
  const latest = tabs.find((t) => t.id === latestHappened);
  assert.ok(now.left > latest.left, `now (${now.left}) is right of ${latestHappened}'s left edge (${latest.left})`);

  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, "timeline-1280.png"), fullPage: true });
  await done(page, errors);
});

test("at 360 px, tabs are stacked in order without sideways scroll, with 'now' before the expected events", async () => {
  const { page, errors } = await openDemo(PHONE);
  assert.ok((await overflow(page)) <= 0, "no horizontal page scroll");
  const { tabs, divider } = await timelineBoxes(page);
  tabs.slice(1).forEach((tab, i) => assert.ok(tab.top >= tabs[i].bottom, `${tab.id} is below ${tabs[i].id}`));
  assertExpectedTabs(tabs);

  // The narrow layout draws "now" as a divider between what happened and what is expected.
  assert.ok(divider, "the narrow layout shows the now divider");
  for (const tab of tabs) {
    if (isExpected(byId(story.events, tab.id))) assert.ok(divider.bottom <= tab.top, `now is above expected ${tab.id}`);
    else assert.ok(divider.top >= tab.bottom, `now is below ${tab.id}`);
  }

  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, "timeline-360.png"), fullPage: true });
  await done(page, errors);
});

/** Expected events (and only they) are tagged "Expected"; unselected ones have a dashed border. */
function assertExpectedTabs(tabs) {
  const expected = story.events.filter(isExpected).map((e) => e.id).sort();
  assert.ok(expected.length > 0, "the story has expected events");
  assert.ok(!expected.includes(defaultEvent().id), "no expected event is selected here");
  for (const tab of tabs) {
    const tagged = tab.text.replace(byId(story.events, tab.id).title, "").includes("Expected");
    assert.equal(tagged, expected.includes(tab.id), `${tab.id} is tagged "Expected" if and only if it is expected`);
  }
  for (const tab of tabs.filter((t) => expected.includes(t.id))) {
    assert.equal(tab.border, "dashed", `${tab.id} has a dashed border`);
  }
}

// ---------------------------------------------------------------------------
// 8. Reduced motion.

test("tabs animate their colours, except when the reader prefers reduced motion", async () => {
  const { page, errors } = await openDemo(DESKTOP);
  const durations = () => page.$eval(`${widget()} [role=tab]`, (tab) =>
    getComputedStyle(tab).transitionDuration.split(",").map((d) => parseFloat(d)));
  await page.emulateMedia({ reducedMotion: "no-preference" });
  assert.ok((await durations()).some((d) => d > 0), "tabs have a transition by default");
  await page.emulateMedia({ reducedMotion: "reduce" });
  assert.ok((await durations()).every((d) => d === 0), "no transition with reduced motion");
  assert.equal(await page.$eval(`${widget()} [role=tab]`, (t) => getComputedStyle(t).transitionDuration), "0s");
  await done(page, errors);
});

// ---------------------------------------------------------------------------
// 9. axe-core.

for (const layout of LAYOUTS) {
  test(`at ${layout.name}, axe finds no WCAG 2.2 AA violations, with the filters open and a chip pressed`, async () => {
    const { page, errors } = await openDemo(layout.viewport);
    assert.deepEqual(await axeViolations(page, null, WCAG), [], "closed filters");
    const { a } = filterChoices();
    await openFilters(page);
    await toggleChip(page, a.name);
    await expectShown(page, { events: eventsFor({ parties: [a.id] }), cards: cardsFor({ parties: [a.id] }) }, a.name);
    // Let the chip's colour transition end: axe judges contrast at one instant.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    assert.deepEqual(await axeViolations(page, null, WCAG), [], "open filters, a chip pressed");
    await done(page, errors);
  });
}
