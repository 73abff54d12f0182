// The overview (issue 16): the whole span within the widget's width, a mark for every
// event (merged marks count theirs), a viewport indicator that follows the open event, a
// keyboard slider and a summary; at 360 and 1280 px, on the seed story and generated
// stories of 40, 500 and 5,000 events, in the release and the debug build, axe-clean.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "../support/server.mjs";
import { launch, watchErrors, axeViolations, storyFacts, BUILDS, requireBuilds } from "./support.mjs";
import { writeStories } from "../../bench/generate.mjs";

const root = new URL("../../", import.meta.url).pathname;
const WIDTHS = [360, 1280];
const SIZES = [40, 500, 5000];

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Overview</title>
<link rel="icon" href="data:,"><script type="module" src="/loader.js"></script></head>
<body><main><h1>Overview</h1><talks-tracker id="w" src="__SRC__"></talks-tracker></main></body></html>`;

const stories = [];
const servers = {};
let browser;

before(async () => {
  await requireBuilds();
  const generated = await writeStories(SIZES, new URL("../../target/overview/", import.meta.url), { living: true });
  const all = [["seed", join(root, "static/stories/paris-talks.json")],
    ...generated.map(({ n, path }) => [`events-${n}`, path])];
  const routes = {};
  for (const [name, path] of all) {
    const json = await readFile(path, "utf8");
    stories.push({ name, facts: await storyFacts(path) });
    routes[`/${name}.html`] = PAGE.replace("__SRC__", `/${name}.json`);
    routes[`/${name}.json`] = json;
  }
  routes["/busy.html"] = PAGE.replace("__SRC__", "/busy.json");
  routes["/busy.json"] = JSON.stringify(busyStory());
  for (const [build, dir] of Object.entries(BUILDS)) servers[build] = await serve({ mounts: { "/": dir }, routes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

/** A story with one busy day (ten events on 10 March) among twenty quiet ones. */
function busyStory() {
  const day = (offset) => new Date(Date.UTC(2015, 2, 1 + offset)).toISOString().slice(0, 10);
  const event = (id, date) => ({ id, title: `Event ${id} with a title long enough to wrap onto a second line`,
    summary: "Something happened.", date: { kind: "exact", date } });
  const events = [...Array.from({ length: 10 }, (_, i) => event(`busy-${i}`, day(9))),
    ...Array.from({ length: 20 }, (_, i) => event(`quiet-${i}`, day(12 + 3 * i)))];
  return { version: 1, id: "busy", title: "A busy day", summary: "Talks.", language: "en",
    published: `${day(40)}T12:00:00+00:00`, publisher: { name: "Example News" }, events };
}

/**
 * In the page: the widget's shadow root, and the first shown element matching a selector
 * (the overview draws both layouts; CSS shows the one that fits).
 */
function installHelpers() {
  window.__root = () => document.getElementById("w")?.shadowRoot ?? null;
  window.__shown = (selector) => [...(window.__root()?.querySelectorAll(selector) ?? [])].find((e) => e.checkVisibility()) ?? null;
}

/** What the overview shows, measured in the page. */
const measure = (page) => page.evaluate(() => {
  const root = window.__root();
  const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, width: r.width }; };
  const overview = root.querySelector("[data-overview]");
  const track = overview.querySelector("[role=slider]");
  const marks = [...overview.querySelectorAll("[data-event-id]")].filter((m) => m.checkVisibility());
  const viewport = window.__shown("[data-overview] [data-overview-viewport]");
  const open = window.__shown("[data-overview] .tt-ov-open");
  return {
    widget: box(root.querySelector(".tt")),
    overview: box(overview),
    overflow: overview.scrollWidth - overview.clientWidth,
    pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    track: box(track),
    marks: marks.map((m) => ({ id: m.dataset.eventId, count: Number(m.dataset.count ?? 1), ...box(m) })),
    viewport: viewport && box(viewport),
    open: open && box(open),
    summary: overview.querySelector(".tt-overview-summary").textContent,
    slider: { now: track.getAttribute("aria-valuenow"), max: track.getAttribute("aria-valuemax"),
      text: track.getAttribute("aria-valuetext"), label: track.getAttribute("aria-label") },
    selected: root.querySelector("[role=tabpanel]")?.dataset.selectedEvent ?? null,
  };
});

/** Waits until the open event is `id` and the viewport indicator covers its mark. */
async function untilShown(page, id, label) {
  await page.waitForFunction((id) => {
    const root = window.__root();
    if (root?.querySelector("[role=tabpanel]")?.dataset.selectedEvent !== id) return false;
    const open = window.__shown("[data-overview] .tt-ov-open");
    const viewport = window.__shown("[data-overview-viewport]");
    if (!open) return true; // in the later lane: no place on the span
    if (!viewport) return false;
    const [o, v] = [open.getBoundingClientRect(), viewport.getBoundingClientRect()];
    // The viewport covers the open event's mark (a merged mark may sit up to a slot away).
    return o.right >= v.left - 12 && o.left <= v.right + 12;
  }, id, { polling: "raf", timeout: 30_000 }).catch((error) => {
    throw new Error(`${label}: the viewport indicator did not follow ${id}: ${error.message}`);
  });
}

/**
 * Waits until the slider's value is `n` (the open event's place, from 1). An event in the
 * later lane has no mark for `untilShown` to wait on, and the slider may render a frame
 * after the panel under load.
 */
async function untilValue(page, n, label) {
  await page.waitForFunction((n) => window.__root()?.querySelector("[data-overview] [role=slider]")
    ?.getAttribute("aria-valuenow") === String(n), n, { polling: "raf", timeout: 30_000 }).catch((error) => {
    throw new Error(`${label}: the slider's value did not become ${n}: ${error.message}`);
  });
}

for (const build of Object.keys(BUILDS)) {
  for (const width of WIDTHS) {
    test(`the overview at ${width} px, ${build} build: full span, every event, viewport, keyboard, click, axe`, async () => {
      for (const { name, facts } of stories) {
        const label = `${build}, ${width} px, ${name}`;
        const page = await browser.context.newPage();
        page.setDefaultTimeout(30_000);
        await page.setViewportSize({ width, height: 900 });
        await page.addInitScript(installHelpers);
        const errors = watchErrors(page);
        await page.goto(`${servers[build].url}/${name}.html`);
        await page.waitForFunction(() => !!window.__root()?.querySelector("[data-overview] [role=slider]"), null, { polling: "raf" });
        const events = facts.events;

        const m = await measure(page);
        assert.ok(m.overflow <= 0, `${label}: the overview scrolls sideways by ${m.overflow}px`);
        assert.ok(m.pageOverflow <= 0, `${label}: the page scrolls sideways by ${m.pageOverflow}px`);
        assert.ok(m.overview.left >= m.widget.left && m.overview.right <= m.widget.right + 0.5,
          `${label}: the overview stays within the widget`);
        for (const mark of m.marks) {
          assert.ok(mark.left >= m.widget.left && mark.right <= m.widget.right + 0.5, `${label}: mark ${mark.id} inside`);
          assert.ok(events.includes(mark.id), `${label}: mark ${mark.id} is an event of the story`);
        }
        assert.equal(m.marks.reduce((sum, mark) => sum + mark.count, 0), events.length,
          `${label}: the marks count every event once`);
        assert.ok(m.marks.length <= 110, `${label}: ${m.marks.length} marks (close ones merge)`);
        assert.equal(Number(m.slider.max), events.length);
        assert.equal(m.slider.label, "Jump to a date");
        assert.match(m.summary, new RegExp(`^${events.length.toLocaleString("en")} events, .+\\. You are at .+\\.$`), label);
        await untilShown(page, m.selected, `${label}: at load`);

        // Keyboard: Home, ArrowRight, PageUp, End, each opening its event and moving the viewport.
        const slider = page.locator("#w [data-overview] [role=slider]");
        await slider.focus();
        await page.keyboard.press("Home");
        await untilShown(page, events[0], `${label}: Home`);
        await untilValue(page, 1, `${label}: Home`);
        await page.keyboard.press("ArrowRight");
        await untilShown(page, events[1], `${label}: ArrowRight`);
        await page.keyboard.press("PageUp");
        await page.waitForFunction((from) => window.__root().querySelector("[role=tabpanel]")?.dataset.selectedEvent !== from,
          events[1], { polling: "raf" });
        const paged = (await measure(page)).selected;
        assert.ok(events.indexOf(paged) > 1, `${label}: PageUp moves on (${paged})`);
        await untilShown(page, paged, `${label}: PageUp`);
        await page.keyboard.press("End");
        await untilShown(page, events.at(-1), `${label}: End`);
        await untilValue(page, events.length, `${label}: End`);
        const end = await measure(page);
        assert.ok(end.slider.text.length > 0, `${label}: aria-valuetext names the event`);
        assert.equal(await page.evaluate(() => window.__root().activeElement?.getAttribute("role")), "slider",
          `${label}: focus stays on the slider`);

        // Click at three quarters of the span: the nearest event opens, the viewport follows.
        const track = end.track;
        await page.mouse.click(track.left + track.width * 0.75, (await slider.boundingBox()).y + 20);
        await page.waitForFunction((last) => window.__root().querySelector("[role=tabpanel]")?.dataset.selectedEvent !== last,
          events.at(-1), { polling: "raf" });
        const clicked = (await measure(page)).selected;
        await untilShown(page, clicked, `${label}: click`);
        const index = events.indexOf(clicked);
        assert.ok(index > 0 && index < events.length - 1, `${label}: a click at 75% opened ${clicked} (${index})`);

        // A drag moves on with the pointer.
        await page.mouse.move(track.left + track.width * 0.1, (await slider.boundingBox()).y + 20);
        await page.mouse.down();
        await page.mouse.move(track.left + track.width * 0.3, (await slider.boundingBox()).y + 20, { steps: 4 });
        await page.mouse.up();
        const dragged = (await measure(page)).selected;
        assert.ok(events.indexOf(dragged) < index, `${label}: dragging back opened ${dragged}`);

        assert.deepEqual(await axeViolations(page), [], `${label}: axe`);
        assert.deepEqual(errors, [], label);
        await page.close();
      }
    });
  }
}

for (const build of Object.keys(BUILDS)) {
  test(`busy days, zoom and the strip's edges at 1280 px, ${build} build`, async () => {
    const label = `${build}, busy`;
    const page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addInitScript(installHelpers);
    await page.emulateMedia({ reducedMotion: "reduce" });
    const errors = watchErrors(page);
    await page.goto(`${servers[build].url}/busy.html#w-event-busy-0`);
    await page.waitForFunction(() => window.__root()?.querySelector("[data-selected-event=busy-0]"), null, { polling: "raf" });
    const busyTabs = () => page.evaluate(() => window.__root().querySelectorAll("[role=tab][data-event-id^=busy-]").length);
    // Six of ten, and "+4 more"; the strip stays within the screen.
    assert.equal(await busyTabs(), 6, label);
    const more = page.locator("#w .tt-column-more[data-hidden]");
    assert.equal(await more.getAttribute("data-hidden"), "4");
    assert.equal((await more.textContent()).trim(), "+4 more");
    const stripHeight = await page.evaluate(() => window.__root().querySelector(".tt-strip").getBoundingClientRect().height);
    assert.ok(stripHeight < 900, `${label}: the strip is ${stripHeight}px tall`);
    // The arrow keys reach a hidden event, which then shows in place of the sixth. Wait
    // for the widget to know it is wide (a ResizeObserver, after the frame the polling
    // above may have seen): until then the arrows of a vertical tab list are Up and Down.
    await page.waitForFunction(() => window.__root().querySelector("[role=tablist]")?.getAttribute("aria-orientation") === "horizontal", null, { polling: "raf" });
    await page.locator("#w [role=tab][aria-selected=true]").focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => window.__root().querySelector("[role=tab][aria-selected=true]")?.dataset.eventId === "busy-8", null, { polling: "raf" });
    assert.equal(await busyTabs(), 6, `${label}: the open event replaces the sixth`);
    // "+4 more" opens the column in place.
    await more.click();
    await page.waitForFunction(() => window.__root().querySelectorAll("[role=tab][data-event-id^=busy-]").length === 10, null, { polling: "raf" });
    assert.equal((await page.locator("#w .tt-column-more").textContent()).trim(), "Show fewer");

    // Zoom: each level keeps the open event in the strip's view; Ctrl+wheel zooms, a plain wheel does not.
    const inView = () => page.evaluate(() => {
      const root = window.__root();
      const [s, t] = [root.querySelector(".tt-strip"), root.querySelector("[role=tab][aria-selected=true]")].map((e) => e.getBoundingClientRect());
      return t.left >= s.left - 1 && t.right <= s.right + 1;
    });
    const zoom = () => page.evaluate(() => window.__root().querySelector(".tt-timeline").dataset.zoom);
    await page.locator("#w [role=tab][data-event-id=quiet-19]").click();
    for (const [level, name] of [["month", "Month"], ["story", "Whole story"], ["week", "Week"], ["day", "Day"]]) {
      await page.locator(`#w .tt-zoom-level[data-zoom-level=${level}]`).click();
      await page.waitForFunction((level) => window.__root().querySelector(".tt-timeline").dataset.zoom === level, level, { polling: "raf" });
      assert.equal(await page.locator(`#w .tt-zoom-level[data-zoom-level=${level}]`).getAttribute("aria-pressed"), "true");
      assert.equal((await page.locator(`#w .tt-zoom-level[data-zoom-level=${level}]`).textContent()).trim(), name);
      await page.waitForFunction(() => {
        const root = window.__root();
        const [s, t] = [root.querySelector(".tt-strip"), root.querySelector("[role=tab][aria-selected=true]")].map((e) => e.getBoundingClientRect());
        return t.left >= s.left - 1 && t.right <= s.right + 1;
      }, null, { polling: "raf" }).catch(() => assert.fail(`${label}: zoom ${level} lost the open event`));
    }
    const strip = await page.locator("#w .tt-strip").boundingBox();
    await page.mouse.move(strip.x + strip.width / 2, strip.y + 40);
    const scrollY = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 200);
    await page.waitForFunction((y) => scrollY !== y, scrollY, { timeout: 2000 }).catch(() => {});
    assert.equal(await zoom(), "day", `${label}: a plain wheel does not zoom`);
    await page.mouse.move(strip.x + strip.width / 2, (await page.locator("#w .tt-strip").boundingBox()).y + 40);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, 100);
    await page.keyboard.up("Control");
    await page.waitForFunction(() => window.__root().querySelector(".tt-timeline").dataset.zoom === "week", null, { polling: "raf" });
    assert.ok(await inView(), `${label}: Ctrl+wheel kept the open event in view`);

    // The strip fades at an edge it can scroll past, with a button there (for pointers).
    const edges = await page.evaluate(() => {
      const root = window.__root();
      const frame = root.querySelector(".tt-strip-frame");
      return { back: frame.classList.contains("tt-room-back"), mask: getComputedStyle(root.querySelector(".tt-strip")).maskImage,
        button: !root.querySelector(".tt-scroll-back").disabled };
    });
    assert.ok(edges.back && edges.button && edges.mask.includes("gradient"), `${label}: ${JSON.stringify(edges)}`);
    assert.deepEqual(await axeViolations(page), [], `${label}: axe`);
    assert.deepEqual(errors, [], label);
    await page.close();
  });
}
