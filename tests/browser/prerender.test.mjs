// Pre-rendered HTML inside <talks-tracker> (talks-tracker render --embed, written by
// `make static-page` to dist/embed/paris-talks.prerendered.html with its positions
// stylesheet): the story shows before the wasm arrives, under the strict CSP that
// docs/embedding.md recommends (no inline style), the widget takes it over with no layout
// shift (CLS 0, and every positioned element where the pre-rendered copy had it), and with
// JavaScript off the same HTML is the whole story.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, watchErrors, dist } from "./support.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let server;
let story;

before(async () => {
  story = JSON.parse(await readFile(join(dist, "stories/paris-talks.json"), "utf8"));
  const fragment = await readFile(join(dist, "embed/paris-talks.prerendered.html"), "utf8");
  const page = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>Pre-rendered</title>
    <link rel="icon" href="favicon.svg">${script ? '<script type="module" src="../loader.js"></script>' : ""}</head>
    <body><h1>An article</h1><p>Before the widget.</p>
    <talks-tracker id="paris" src="../stories/paris-talks.json">${fragment}</talks-tracker>
    <p id="after">After the widget.</p></body></html>`;
  // The same widget far below the fold (an inline SVG holds the space: the CSP allows no
  // inline style), with the host page's own links into it at the top.
  const point = story.points.at(-1).id;
  const deep = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deep links</title>
    <link rel="icon" href="favicon.svg"><script type="module" src="../loader.js"></script></head>
    <body><h1>An article</h1><nav><a id="to-card" href="#paris-point-${point}">The last card</a>
    <a id="to-event" href="#paris-event-${story.events[0].id}">The first event</a></nav>
    <svg width="10" height="4000" aria-hidden="true"></svg>
    <talks-tracker id="paris" src="../stories/paris-talks.json">${fragment}</talks-tracker>
    <p id="after">After the widget.</p></body></html>`;
  server = await serveDist({ "/embed/prerendered.html": page(true), "/embed/deep.html": deep },
    { "content-security-policy": CSP });
});
after(async () => server?.close());

/**
 * Where each positioned element (`data-css-vars`: columns, spans, "now", overview marks and
 * ticks) of the pre-rendered copy, or of the live widget once it has taken over, sits: keyed
 * by its class, its positions, its event and how many such came before it, measured from the axis (inside the strip, which
 * may scroll) or from the timeline section (the overview), in whole pixels.
 */
function geometry(page) {
  return page.evaluate(() => {
    const root = document.getElementById("paris").shadowRoot;
    const scope = root.querySelector(".tt-ssr .tt-when-script") ?? root;
    const axis = scope.querySelector(".tt-axis");
    const timeline = scope.querySelector(".tt-timeline");
    if (!timeline) {
      const shown = [...root.querySelectorAll("*")].slice(0, 12).map((e) => `${e.localName}.${e.className}`).join(" ");
      throw new Error(`no timeline to measure from; the shadow root begins: ${shown}`);
    }
    const section = timeline.getBoundingClientRect();
    const out = {};
    // Shown ones only: the overview draws both layouts and CSS hides one.
    for (const element of [...scope.querySelectorAll("[data-css-vars]")].filter((e) => e.checkVisibility())) {
      const origin = axis.contains(element) ? axis.getBoundingClientRect() : section;
      const box = element.getBoundingClientRect();
      // Its kind, not its state (the open event's mark is outlined once the widget runs).
      const kind = [...element.classList].filter((c) => !c.includes("open")).join(".");
      const base = `${kind}|${element.dataset.cssVars}|${element.dataset.eventId ?? ""}`;
      let n = 1;
      while (`${base}|${n}` in out) n++;
      out[`${base}|${n}`] = [box.left - origin.left, box.top - origin.top, box.width].map(Math.round).join(",");
    }
    return out;
  });
}

test("the pre-rendered story shows at once under a strict CSP and the widget takes it over in place", async (t) => {
  const browser = await launch({ width: 1280, height: 900 });
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || "inline"}`));
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  // Hold the wasm back, to look at the page before the widget exists.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  // "commit": the held wasm request must not hold the navigation up.
  await page.goto(`${server.url}/embed/prerendered.html`, { waitUntil: "commit" });
  const shadow = (fn) => page.evaluate(fn);
  // The copy streams into its shadow root as the HTML is parsed: wait for what follows it.
  await page.waitForFunction(() => document.getElementById("paris").shadowRoot?.querySelector(".tt-ssr [data-story-id]")
    && document.getElementById("after"));
  const before = await shadow(() => {
    const root = document.getElementById("paris").shadowRoot;
    const live = root.querySelector(".tt-when-script");
    return { tabs: live.querySelectorAll("[role=tab]").length, title: live.querySelector(".tt-title").getBoundingClientRect().height,
      staticShown: getComputedStyle(root.querySelector(".tt-when-no-script")).display !== "none",
      after: document.getElementById("after").getBoundingClientRect().top };
  });
  assert.equal(before.tabs, story.events.length, "the timeline is there before the wasm");
  assert.ok(before.title > 0);
  assert.equal(before.staticShown, false, "with script on, the no-script version stays hidden");
  const placed = await geometry(page);
  assert.ok(Object.keys(placed).length > 20, "the timeline and overview have positioned elements");
  // Placed by the positions stylesheet: columns spread along the axis, not piled at its start.
  const columns = new Set(Object.entries(placed).filter(([key]) => key.startsWith("tt-group")).map(([, at]) => at.split(",")[0]));
  assert.ok(columns.size > 3, `the columns sit apart: ${[...columns]}`);

  // Behind the copy the live widget draws in steps, each in a task of its own (so the
  // page never waits on one long task), and says ready once it has every part.
  await page.evaluate(() => {
    const host = document.getElementById("paris");
    const parts = (article) => [...(article?.children ?? [])].map((child) => child.className).join(" ");
    window.__drawing = { tasks: 0, atReady: null, copy: parts(host.shadowRoot.querySelector(".tt-ssr .tt-when-script article")) };
    new MutationObserver((records) => {
      // A mutation observer's callback runs once at the end of each task that changed something.
      if (records.some((r) => !r.target.closest?.(".tt-ssr"))) window.__drawing.tasks++;
    }).observe(host.shadowRoot, { subtree: true, childList: true });
    // Capturing on the document runs before the loader's own listener swaps the two.
    document.addEventListener("talks-tracker:ready", () => {
      const live = [...host.shadowRoot.children].find((child) => child.localName === "div" && !child.classList.contains("tt-ssr"));
      window.__drawing.atReady = parts(live?.querySelector("article"));
    }, true);
  });
  release();
  await page.waitForFunction(() => !document.getElementById("paris").shadowRoot.querySelector(".tt-ssr"));
  const drawing = await page.evaluate(() => window.__drawing);
  assert.ok(drawing.tasks >= 5, `the live widget drew in ${drawing.tasks} tasks`);
  assert.equal(drawing.atReady, drawing.copy, "at ready the live widget has every part the copy had, in order");
  const afterTop = await page.evaluate(() => document.getElementById("after").getBoundingClientRect().top);
  assert.equal(afterTop, before.after, "the text after the widget moved");
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.evaluate(() => window.__shift), 0, "layout shift during takeover");
  const live = await geometry(page);
  const moved = Object.entries(placed).filter(([key, at]) => key in live && live[key] !== at)
    .map(([key, at]) => `${key}: ${at} → ${live[key]}`);
  assert.deepEqual(moved, [], "every positioned element stays where the pre-rendered copy had it");
  const gone = Object.keys(placed).filter((key) => !(key in live));
  assert.deepEqual(gone, [], "the live widget draws the elements the pre-rendered copy had");
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "no CSP violation, before or after takeover");

  // Now it is the live widget: a tab click selects.
  const target = story.events[0].id;
  await page.locator(`#paris [role=tab][data-event-id="${target}"]`).click();
  await page.waitForFunction((t) => document.getElementById("paris").shadowRoot.querySelector("[aria-selected=true]").dataset.eventId === t, target);
  assert.deepEqual(errors, []);
});

/** What has focus inside the widget, and whether it is in the viewport. */
const focusedInWidget = (page) => page.evaluate(() => {
  const active = document.getElementById("paris").shadowRoot.activeElement;
  const box = active?.getBoundingClientRect();
  return active && { id: active.id, inView: box.top >= -1 && box.bottom <= innerHeight + 1 };
});

/**
 * Waits up to 15 s for `id` to have focus in the widget and to be in view, to the pixel (a smooth scroll
 * takes a while); the assertion after says what did.
 */
const focusMoves = (page, id) => page.waitForFunction((id) => {
  const active = document.getElementById("paris").shadowRoot.activeElement;
  const box = active?.getBoundingClientRect();
  return active?.id === id && box.top >= -1 && box.bottom <= innerHeight + 1;
}, id, { timeout: 15000 }).catch(() => {});

test("deep links reach a source, a card and an event of a widget far below the fold", async (t) => {
  const browser = await launch({ width: 1280, height: 900 });
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  // At load: the browser cannot find the element in the shadow root, so the loader starts
  // the widget at once (not when it nears the viewport) and the widget follows the link
  // once it has taken over from the pre-rendered copy, which could not take focus.
  await page.goto(`${server.url}/embed/deep.html#paris-source-3`);
  await focusMoves(page, "paris-source-3");
  assert.deepEqual(await focusedInWidget(page), { id: "paris-source-3", inView: true });
  // The host page's own links: a card, then an event, which opens.
  const point = story.points.at(-1).id;
  await page.click("#to-card");
  await focusMoves(page, `paris-point-${point}`);
  assert.deepEqual(await focusedInWidget(page), { id: `paris-point-${point}`, inView: true });
  await page.click("#to-event");
  const event = story.events[0].id;
  await focusMoves(page, `paris-event-${event}`);
  assert.deepEqual(await focusedInWidget(page), { id: `paris-event-${event}`, inView: true });
  assert.equal(await page.locator(`#paris [role=tab][data-event-id="${event}"]`).getAttribute("aria-selected"), "true");
  assert.deepEqual(errors, []);
});

test("a citation followed in the pre-rendered copy reaches its source once the widget takes over", async (t) => {
  const browser = await launch({ width: 1280, height: 900 });
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  await page.goto(`${server.url}/embed/deep.html`, { waitUntil: "commit" });
  const citation = page.locator("#paris .tt-ssr .tt-when-script a[href^='#paris-source-']").last();
  const fragment = (await citation.getAttribute("href")).slice(1);
  await citation.click();
  assert.equal(new URL(page.url()).hash, `#${fragment}`, "in the copy a citation only changes the URL");
  release();
  await focusMoves(page, fragment);
  assert.deepEqual(await focusedInWidget(page), { id: fragment, inView: true });
  assert.deepEqual(errors, []);
});

test("with JavaScript off the pre-rendered HTML is the whole story", async (t) => {
  const browser = await launch({ width: 360, height: 740 }, { javaScriptEnabled: false });
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/embed/prerendered.html`);
  // Locators pierce the (declarative) shadow root; no script is needed for that.
  const text = (await page.locator("#paris .tt-when-no-script").innerText()).replace(/\s+/g, " ");
  for (const q of story.questions) assert.ok(text.includes(q.answer.replace(/\s+/g, " ")), `answer ${q.id}`);
  for (const e of story.events) assert.ok(text.includes(e.summary.replace(/\s+/g, " ")), `event ${e.id}`);
  assert.ok(await page.locator("#paris .tt-when-no-script [data-event-id]").first().isVisible());
  assert.equal(await page.locator("#paris .tt-when-script [role=tab]").first().isVisible(), false, "the tabs need script; they are hidden");
});
