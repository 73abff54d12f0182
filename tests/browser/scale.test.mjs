// Long stories: the timeline renders a window of columns and the card sections a page of
// cards at a time; keyboard, deep links, scrolling and card links still reach everything.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { serveDist, launch, watchErrors, storyFacts } from "./support.mjs";

const EVENTS = 1000;
const POINTS = 100;
const SOURCES = 121;

/** YYYY-MM-DD, `offset` days after 1 January 2024. */
function day(offset) {
  return new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
}

/** A valid story: one event every two days, each point linked to one event. Sources:
 * "wire" (number 1), then s0 … s119; point p<i> cites s<119 - i>, so the first card cites
 * the last source. */
function longStory() {
  const events = Array.from({ length: EVENTS }, (_, i) => ({
    id: `e${i}`, title: `Event number ${i}`, summary: `What happened in round ${i}.`,
    date: { kind: "exact", date: day(2 * i) }, sources: ["wire", `s${i % (SOURCES - 1)}`],
  }));
  const points = Array.from({ length: POINTS }, (_, i) => ({
    id: `p${i}`, title: `Point number ${i}`, status: "agreed", summary: `Agreed item ${i}.`,
    events: [`e${i * 10}`], sources: ["wire", `s${SOURCES - 2 - i}`],
  }));
  const cited = Array.from({ length: SOURCES - 1 }, (_, i) => ({ id: `s${i}`, outlet: `Outlet ${i}` }));
  return {
    version: 1, id: "long", title: "A very long negotiation", summary: "Many rounds.", language: "en",
    published: `${day(2 * (EVENTS / 2))}T12:00:00+00:00`, publisher: { name: "Example News" },
    sources: [{ id: "wire", outlet: "Example Wire", url: "https://example.com/" }, ...cited],
    events, points,
  };
}

let server;
let browser;
/** Event ids in timeline order, from the model (`talks-tracker facts`). */
let order;

before(async () => {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title>
    <link rel="icon" href="favicon.svg"><script type="module" src="../loader.js"></script></head><body>
    <talks-tracker id="long" src="long.json"></talks-tracker></body></html>`;
  const json = JSON.stringify(longStory());
  const dir = new URL("../../target/scale/", import.meta.url).pathname;
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}long.json`, json);
  order = (await storyFacts(`${dir}long.json`)).events;
  assert.equal(order.length, EVENTS);
  server = await serveDist({ "/embed/long.html": page, "/embed/long.json": json });
  browser = await launch({ width: 1280, height: 900 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const tabs = (tab) => tab.locator("#long [role=tab]");
const selectedId = (tab) => tab.locator("#long [role=tab][aria-selected=true]").getAttribute("data-event-id");
/** The selected event once it is `expected`, else whichever it is after 5 s: a key's
 * effect shows after the widget renders, which may come after the key press returns. */
const selectedBecomes = async (tab, expected) => {
  await tab.locator(`#long [role=tab][aria-selected=true][data-event-id="${expected}"]`)
    .waitFor({ timeout: 5000 }).catch(() => {});
  return selectedId(tab);
};

async function open(width, hash = "") {
  const tab = await browser.context.newPage();
  await tab.setViewportSize({ width, height: 900 });
  const errors = watchErrors(tab);
  await tab.goto(`${server.url}/embed/long.html${hash}`);
  await tab.locator("#long [role=tab][aria-selected=true]").waitFor();
  return { tab, errors };
}

test("a long timeline renders a window around the open event; Home, End and deep links reach the ends", async () => {
  const { tab, errors } = await open(1280, "#long-event-e10");
  const rendered = await tabs(tab).count();
  assert.ok(rendered >= 40 && rendered < EVENTS / 4, `${rendered} of ${EVENTS} tabs rendered`);
  assert.equal(await selectedId(tab), "e10", "the deep link opened its event");
  assert.equal(await tabs(tab).evaluateAll((all) => all.filter((t) => t.tabIndex === 0).length), 1, "one tab stop");

  await tab.locator("#long [role=tab][aria-selected=true]").focus();
  await tab.keyboard.press("End");
  assert.equal(await selectedBecomes(tab, order.at(-1)), order.at(-1));
  assert.equal(await tab.evaluate(() => document.getElementById("long").shadowRoot.activeElement?.dataset.eventId), order.at(-1),
    "focus follows to the last tab, rendered on demand");
  await tab.keyboard.press("ArrowLeft");
  assert.equal(await selectedBecomes(tab, order.at(-2)), order.at(-2));
  await tab.keyboard.press("Home");
  assert.equal(await selectedBecomes(tab, order[0]), order[0]);
  assert.ok(await tabs(tab).count() < EVENTS / 4, "still a window");
  assert.deepEqual(errors, []);
  await tab.close();
});

test("the first frame that shows a long timeline has its positions already", async () => {
  // Yew draws a long story in one render and then yields to the browser before running
  // its effects. The positions (`data-css-vars`) must not wait for those effects, or the
  // browser draws a frame without them and lays the whole widget out again after.
  const tab = await browser.context.newPage();
  await tab.setViewportSize({ width: 1280, height: 900 });
  const errors = watchErrors(tab);
  await tab.addInitScript(() => {
    const look = () => {
      const root = document.getElementById("long")?.shadowRoot;
      const positioned = root ? [...root.querySelectorAll("[data-css-vars]")] : [];
      if (!positioned.length) return requestAnimationFrame(look);
      // Animation frame callbacks run just before the frame is styled, laid out and drawn.
      window.firstDrawn = {
        positioned: positioned.length,
        missing: positioned.filter((e) => e.getAttribute("data-css-vars").split(";")
          .some((pair) => !e.style.getPropertyValue(pair.split(":")[0]))).length,
      };
    };
    requestAnimationFrame(look);
  });
  await tab.goto(`${server.url}/embed/long.html`);
  await tab.waitForFunction(() => window.firstDrawn);
  const first = await tab.evaluate(() => window.firstDrawn);
  assert.ok(first.positioned > 40, `${first.positioned} positioned elements in the first frame`);
  assert.equal(first.missing, 0, `${first.missing} of ${first.positioned} drawn without their positions`);
  assert.deepEqual(errors, []);
  await tab.close();
});

test("scrolling the horizontal strip renders the columns scrolled to", async () => {
  const { tab, errors } = await open(1280, `#long-event-${order[0]}`);
  assert.equal(await tab.locator(`#long [role=tab][data-event-id="${order.at(-1)}"]`).count(), 0);
  await tab.evaluate(() => {
    const strip = document.getElementById("long").shadowRoot.querySelector(".tt-strip");
    strip.scrollLeft = strip.scrollWidth;
  });
  await tab.locator(`#long [role=tab][data-event-id="${order.at(-1)}"]`).waitFor();
  // The open event stays rendered (and keeps the tab stop) while far away.
  assert.equal(await tab.locator(`#long [role=tab][data-event-id="${order[0]}"]`).getAttribute("tabindex"), "0");
  // Tabs sit in time order along the axis: no overlap after the jump.
  const lefts = await tabs(tab).evaluateAll((all) => all.map((t) => t.getBoundingClientRect().left));
  assert.deepEqual([...lefts].sort((a, b) => a - b), lefts);
  assert.deepEqual(errors, []);
  await tab.close();
});

test("on a phone, buttons render earlier and later events of a long timeline, and focus moves to the first one shown", async () => {
  const { tab, errors } = await open(360, `#long-event-e${EVENTS / 2}`);
  const shownIds = () => tabs(tab).evaluateAll((all) => all.map((t) => t.dataset.eventId));
  /** The focused tab's event once it is `expected`, else whatever has focus after 5 s. */
  const focusBecomes = async (expected) => {
    await tab.waitForFunction((id) => document.getElementById("long").shadowRoot.activeElement?.dataset.eventId === id,
      expected, { timeout: 5000 }).catch(() => {});
    return tab.evaluate(() => {
      const active = document.getElementById("long").shadowRoot.activeElement;
      return active?.dataset.eventId ?? `${document.activeElement?.localName} (not a tab)`;
    });
  };
  const before = await shownIds();
  const later = tab.locator("#long .tt-more-later");
  assert.match(await later.textContent(), /^Show \d+ later events$/);
  await later.click();
  const after = await shownIds();
  assert.ok(after.length > before.length, `${before.length} → ${after.length} tabs`);
  // Focus moves to the first event added: the one after the last shown before.
  const firstAdded = after[after.indexOf(before.at(-1)) + 1];
  assert.equal(await focusBecomes(firstAdded), firstAdded);
  assert.equal(await selectedId(tab), `e${EVENTS / 2}`, "showing more does not change the open event");
  // From there the arrow keys go on from the focused tab, not from the open event.
  const next = after[after.indexOf(firstAdded) + 1];
  await tab.keyboard.press("ArrowDown");
  assert.equal(await selectedBecomes(tab, next), next);
  assert.equal(await focusBecomes(next), next);
  // "Earlier" until every earlier event shows: the button goes, and focus is on the
  // first event, not on the page.
  const earlier = tab.locator("#long .tt-more-earlier");
  for (let presses = 0; await earlier.count(); presses++) {
    assert.ok(presses < 50, "the earlier events never run out");
    await earlier.click();
  }
  assert.equal(await focusBecomes("e0"), "e0");
  assert.equal(await selectedId(tab), next, "showing more does not change the open event");
  assert.deepEqual(errors, []);
  await tab.close();
});

test("a long card section shows a page of cards, more on request, and any card a link asks for", async () => {
  const { tab, errors } = await open(1280, "#long-event-e900");
  const cards = tab.locator("#long .tt-card");
  const first = await cards.count();
  assert.ok(first > 0 && first < POINTS, `${first} of ${POINTS} cards rendered`);
  // A long story lays out the sections below the timeline only near the viewport, so a
  // step through the timeline does not walk them again.
  assert.equal(await tab.locator("#long .tt-cards").first().evaluate((s) => getComputedStyle(s).contentVisibility), "auto");
  // The open event (e900) bears on p90, far past the first page: its link brings it,
  // into view although its section was not laid out.
  await tab.locator("#long .tt-detail .tt-link", { hasText: "Point number 90" }).click();
  const card = tab.locator('#long .tt-card[data-point-id="p90"]');
  await card.waitFor();
  assert.equal(await tab.evaluate(() => document.getElementById("long").shadowRoot.activeElement?.dataset.pointId), "p90");
  await tab.waitForFunction((c) => {
    const box = c.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  }, await card.elementHandle(), { polling: "raf", timeout: 10_000 });
  // "Show more" adds the next page, and focus moves to its first card (the button goes
  // once every card shows).
  const shown = await cards.count();
  await tab.locator("#long .tt-cards .tt-more").click();
  assert.ok(await cards.count() > shown);
  const firstAdded = await cards.nth(shown).getAttribute("data-point-id");
  await tab.waitForFunction((id) => document.getElementById("long").shadowRoot.activeElement?.dataset.pointId === id,
    firstAdded, { timeout: 5000 });
  assert.deepEqual(errors, []);
  await tab.close();
});

test("a citation brings its source into view and focuses it, even one past the sources shown", async () => {
  const { tab, errors } = await open(1280);
  const sources = tab.locator("#long .tt-sources li");
  const first = await sources.count();
  assert.ok(first > 0 && first < SOURCES / 2, `${first} of ${SOURCES} sources rendered`);
  // "Show more" adds a page, focuses its first source, and says how many the next brings.
  const more = tab.locator("#long .tt-sources .tt-more");
  await more.click();
  assert.equal(await sources.count(), 2 * first);
  await tab.waitForFunction((id) => document.getElementById("long").shadowRoot.activeElement?.id === id,
    `long-source-${first + 1}`, { timeout: 5000 });
  assert.equal(await more.textContent(), `Show ${SOURCES - 2 * first} more sources`);
  // The first card cites the last source, still not shown; the browser alone would only
  // change the URL, since it does not look for a fragment's element in a shadow root.
  const cite = tab.locator('#long .tt-card[data-point-id="p0"] .tt-cite', { hasText: `[${SOURCES}]` });
  assert.equal(await cite.getAttribute("href"), `#long-source-${SOURCES}`);
  await cite.click();
  const target = tab.locator(`#long-source-${SOURCES}`);
  await target.waitFor();
  assert.equal(await tab.evaluate(() => document.getElementById("long").shadowRoot.activeElement?.id), `long-source-${SOURCES}`);
  // Scrolled to the nearest edge, which may leave its bottom a fraction of a pixel out.
  await tab.waitForFunction((li) => {
    const box = li.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight + 1;
  }, await target.elementHandle(), { polling: "raf", timeout: 10_000 });
  assert.equal(await sources.count(), SOURCES);
  assert.equal(await more.count(), 0, "all shown: no more button");
  assert.deepEqual(errors, []);
  await tab.close();
});

test("stepping to a shorter event keeps the panel's height, so the page below stays put; a new width starts over", async () => {
  const { tab, errors } = await open(1280, "#long-event-e900");
  const panel = tab.locator("#long .tt-panel");
  const measure = () => tab.evaluate(() => {
    const root = document.getElementById("long").shadowRoot;
    return { panel: root.querySelector(".tt-panel").getBoundingClientRect().height,
      below: root.querySelector(".tt-cards").getBoundingClientRect().top,
      shown: root.querySelector(".tt-panel").dataset.selectedEvent };
  });
  // e900 bears on a point, so its panel lists it; the next event bears on none.
  await tab.locator("#long .tt-detail .tt-link", { hasText: "Point number 90" }).waitFor();
  const before = await measure();
  const next = order[order.indexOf("e900") + 1];
  await tab.locator("#long .tt-next").click();
  await tab.waitForFunction((id) => document.getElementById("long").shadowRoot
    .querySelector(".tt-panel")?.dataset.selectedEvent === id, next);
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await measure();
  assert.equal(await tab.locator("#long .tt-detail .tt-link", { hasText: "Point number" }).count(), 0, "the next event's panel is shorter");
  // The held height is written in whole pixels, so allow less than one.
  const within = (a, b) => Math.abs(a - b) < 1;
  assert.ok(within(after.panel, before.panel), `the panel kept its height: ${before.panel} -> ${after.panel}`);
  assert.ok(within(after.below, before.below), `the section below did not move: ${before.below} -> ${after.below}`);
  // At another width the panel is measured anew: it fits the event shown.
  const held = await panel.evaluate((p) => p.style.minBlockSize);
  await tab.setViewportSize({ width: 1000, height: 900 });
  await tab.waitForFunction((held) => document.getElementById("long").shadowRoot.querySelector(".tt-panel").style.minBlockSize !== held, held);
  const fitted = await panel.evaluate((p) => {
    const height = p.getBoundingClientRect().height;
    p.style.minBlockSize = "0px";
    const natural = p.getBoundingClientRect().height;
    return { height, natural };
  });
  assert.ok(fitted.height >= fitted.natural && within(fitted.height, fitted.natural),
    `after a new width the panel fits its event: ${fitted.height} for ${fitted.natural}`);
  assert.deepEqual(errors, []);
  await tab.close();
});
