// Embedding: <talks-tracker> on a hostile host page (static/embed/host.html) with two
// widgets, one by URL and one inline; isolation both ways, theming, events and API,
// lazy start, a strict CSP, and no request leaving the origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, watchErrors, axeViolations, dist } from "./support.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server;
let browser;
let paris;
let river;
let routes;

before(async () => {
  paris = JSON.parse(await readFile(join(dist, "stories/paris-talks.json"), "utf8"));
  const host = await readFile(join(dist, "embed/host.html"), "utf8");
  river = JSON.parse(host.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1]);
  const changed = { ...paris, id: "changed-story", title: "A changed story" };
  const lazy = host.replace('<talks-tracker id="river"', '<div class="spacer"></div><talks-tracker id="river"')
    .replace("</head>", '<link rel="stylesheet" href="spacer.css"></head>');
  const unstyled = host.replace('  <script type="module" src="../loader.js"></script>\n', "");
  const clean = host.replace('  <link rel="stylesheet" href="hostile.css">\n', "");
  assert.notEqual(clean, host, "host.html no longer links hostile.css");
  assert.notEqual(unstyled, host, "host.html no longer loads the loader");
  routes = {
    "/embed/changed.json": JSON.stringify(changed),
    "/embed/lazy.html": lazy,
    "/embed/spacer.css": ".spacer { block-size: 6000px; }",
    "/embed/theme.css": "#paris { --tt-accent: rgb(200, 0, 0); --tt-bg: rgb(250, 240, 230); }",
    "/embed/no-widget.html": unstyled,
    "/embed/clean.html": clean,
  };
  server = await serveDist(routes, { "content-security-policy": CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page, recording requests, CSP violations and the widgets' DOM events. */
async function open(path, viewport = { width: 1280, height: 900 }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const errors = watchErrors(page);
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    window.__seen = { violations: [], events: [] };
    document.addEventListener("securitypolicyviolation", (e) => window.__seen.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    for (const name of ["talks-tracker:ready", "talks-tracker:select"]) {
      document.addEventListener(name, (e) => window.__seen.events.push([name, e.target.id, JSON.stringify(e.detail)]));
    }
  });
  await page.goto(`${server.url}${path}`);
  return { page, errors, requests };
}

const widgetsReady = (page, ids = ["paris", "river"]) => page.waitForFunction((ids) =>
  ids.every((id) => document.getElementById(id)?.shadowRoot?.querySelector("[data-story-id]")), ids);

const inWidget = (page, id, fn, arg) => page.evaluate(([id, source, arg]) => {
  const root = document.getElementById(id).shadowRoot;
  return new Function("root", "arg", `return (${source})(root, arg);`)(root, arg);
}, [id, fn.toString(), arg]);

const selectedIn = (page, id) => inWidget(page, id, (root) => root.querySelector("[aria-selected=true]")?.dataset.eventId);

test("two widgets render their own stories and work independently under a strict CSP", async () => {
  const { page, errors, requests } = await open("/embed/host.html");
  await widgetsReady(page);
  assert.equal(await inWidget(page, "paris", (r) => r.querySelector("[data-story-id]").dataset.storyId), paris.id);
  assert.equal(await inWidget(page, "river", (r) => r.querySelector("[data-story-id]").dataset.storyId), river.id);
  assert.equal(await inWidget(page, "paris", (r) => [...r.querySelectorAll("[role=tab], .tt-column-more[data-hidden]")].reduce((n, e) => n + Number(e.dataset.hidden ?? 1), 0)), paris.events.length);
  assert.equal(await inWidget(page, "river", (r) => [...r.querySelectorAll("[role=tab], .tt-column-more[data-hidden]")].reduce((n, e) => n + Number(e.dataset.hidden ?? 1), 0)), river.events.length);
  assert.equal(await inWidget(page, "river", (r) => r.querySelectorAll("[data-point-id]").length), river.points.length);

  const parisBefore = await selectedIn(page, "paris");
  const target = await inWidget(page, "river", (r) => r.querySelector("[role=tab][aria-selected=false]").dataset.eventId);
  await page.locator(`#river [role=tab][data-event-id="${target}"]`).click();
  await page.waitForFunction((t) => document.getElementById("river").shadowRoot.querySelector("[aria-selected=true]").dataset.eventId === t, target);
  assert.equal(await selectedIn(page, "paris"), parisBefore, "the other widget's selection did not change");

  const seen = await page.evaluate(() => window.__seen);
  assert.deepEqual(seen.violations, [], "no CSP violation");
  assert.deepEqual(errors, []);
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), [], "a request left the origin");
  assert.equal(requests.filter((url) => url.endsWith(".wasm")).length, 1, "the wasm loads once for two widgets");
  assert.deepEqual(requests.filter((url) => new URL(url).pathname.includes("/editor/")), [], "readers never load the editor's module");
  await page.close();
});

test("host CSS does not reach the widget, and the widget's CSS does not reach the host", async () => {
  const props = ["font-family", "font-size", "line-height", "color", "background-color", "text-transform",
    "letter-spacing", "padding-top", "border-top-width", "border-top-style", "display", "list-style-type"];
  const read = async (path) => {
    const { page } = await open(path);
    await widgetsReady(page);
    const styles = await page.evaluate((props) => {
      const out = {};
      for (const id of ["paris", "river"]) {
        const root = document.getElementById(id).shadowRoot;
        for (const selector of [".tt", ".tt-title", "h3", "[role=tab]", ".tt-card", ".tt-filters-toggle", ".tt-question-toggle", "ol", "li", "a"]) {
          const el = root.querySelector(selector);
          const style = getComputedStyle(el);
          out[`${id} ${selector}`] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
        }
      }
      return out;
    }, props);
    await page.close();
    return styles;
  };
  assert.deepEqual(await read("/embed/host.html"), await read("/embed/clean.html"));

  const hostStyles = async (path) => {
    const { page } = await open(path);
    await page.waitForLoadState("load");
    const styles = await page.evaluate((props) => [...document.querySelectorAll("h1, p, main")].map((el) => {
      const style = getComputedStyle(el);
      return props.map((p) => style.getPropertyValue(p));
    }), props);
    const lightDomWidgetNodes = await page.evaluate(() => document.querySelectorAll(".tt, [role=tab]").length);
    await page.close();
    return { styles, lightDomWidgetNodes };
  };
  const withWidgets = await hostStyles("/embed/host.html");
  const without = await hostStyles("/embed/no-widget.html");
  assert.deepEqual(withWidgets.styles, without.styles, "the host page's own styles changed");
  assert.equal(withWidgets.lightDomWidgetNodes, 0, "widget markup leaked into the light DOM");
});

test("theme properties and the theme attribute apply through the shadow boundary", async () => {
  const { page } = await open("/embed/host.html");
  await widgetsReady(page);
  const background = (id) => inWidget(page, id, (r) => getComputedStyle(r.querySelector(".tt")).backgroundColor);
  assert.equal(await background("paris"), "rgb(255, 255, 255)");
  const dark = (await background("river")).match(/\d+/g).map(Number);
  assert.ok(dark.every((c) => c < 60), `theme="dark" background is ${dark}`);
  await page.emulateMedia({ reducedMotion: "reduce" }); // no colour transitions to wait for
  await page.addStyleTag({ url: `${server.url}/embed/theme.css` });
  assert.equal(await inWidget(page, "paris", (r) => getComputedStyle(r.querySelector("[aria-selected=true]")).borderTopColor), "rgb(200, 0, 0)");
  assert.equal(await background("paris"), "rgb(250, 240, 230)");
  assert.equal(await background("river") !== "rgb(250, 240, 230)", true, "the other widget keeps its theme");
  assert.deepEqual(await axeViolations(page, null, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }), []);

  // theme="auto" follows the reader's colour scheme, and the attribute can change at run time.
  await page.evaluate(() => document.getElementById("river").setAttribute("theme", "auto"));
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
  assert.equal(await background("river"), "rgb(255, 255, 255)");
  await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
  assert.ok((await background("river")).match(/\d+/g).map(Number).every((c) => c < 60), "auto + dark scheme is dark");
  await page.close();
});

test("the host page hears ready and select events and can select an event", async () => {
  const { page } = await open("/embed/host.html");
  await widgetsReady(page);
  await page.waitForFunction(() => window.__seen.events.filter(([name]) => name === "talks-tracker:ready").length === 2);
  const ready = await page.evaluate(() => window.__seen.events.filter(([name]) => name === "talks-tracker:ready"));
  assert.deepEqual(ready.map(([, id, detail]) => [id, JSON.parse(detail).storyId]).sort(), [["paris", paris.id], ["river", river.id]]);

  const target = paris.events.find((e) => e.date.kind === "expected").id;
  await page.evaluate((id) => document.getElementById("paris").select(id), target);
  await page.waitForFunction((t) => document.getElementById("paris").shadowRoot.querySelector("[aria-selected=true]").dataset.eventId === t, target);
  const selects = await page.evaluate(() => window.__seen.events.filter(([name]) => name === "talks-tracker:select"));
  assert.deepEqual(selects.at(-1), ["talks-tracker:select", "paris", JSON.stringify({ eventId: target })]);
  await page.close();
});

test("changing src at run time loads the new story", async () => {
  const { page } = await open("/embed/host.html");
  await widgetsReady(page);
  await page.evaluate(() => document.getElementById("paris").setAttribute("src", "changed.json"));
  await page.waitForFunction(() => document.getElementById("paris").shadowRoot.querySelector("[data-story-id]")?.dataset.storyId === "changed-story");
  assert.equal(await inWidget(page, "paris", (r) => r.querySelector(".tt-title").textContent), "A changed story");
  await page.close();
});

test("a widget far below the fold starts only when it nears the viewport, its space reserved", async () => {
  const { page, requests } = await open("/embed/lazy.html");
  await widgetsReady(page, ["paris"]);
  assert.equal(await page.evaluate(() => Boolean(document.getElementById("river").shadowRoot?.querySelector(".tt"))), false,
    "the far widget rendered before it was needed");
  const reserved = await page.evaluate(() => document.getElementById("river").getBoundingClientRect().height);
  assert.ok(reserved >= 300, `reserved height ${reserved}`);
  await page.evaluate(() => document.getElementById("river").scrollIntoView());
  await widgetsReady(page, ["river"]);
  assert.equal(requests.filter((url) => url.endsWith(".wasm")).length, 1);
  await page.close();
});

test("the demo's script embed code, pasted into a blank page, shows the widget", async () => {
  const demo = await open("/index.html");
  await demo.page.waitForSelector("#embed-script:not(:empty)");
  const snippet = await demo.page.textContent("#embed-script");
  assert.match(await demo.page.textContent("#embed-iframe"), /embed\.html\?story=.*parent\.js/s);
  await demo.page.close();
  routes["/pasted.html"] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title>
    <link rel="icon" href="/embed/favicon.svg"></head><body>${snippet}</body></html>`;
  const { page, errors } = await open("/pasted.html");
  await page.waitForFunction(() => document.querySelector("talks-tracker")?.shadowRoot?.querySelector("[data-story-id]"));
  assert.equal(await page.evaluate(() => [...document.querySelector("talks-tracker").shadowRoot.querySelectorAll("[role=tab], .tt-column-more[data-hidden]")]
    .reduce((n, e) => n + Number(e.dataset.hidden ?? 1), 0)), paris.events.length, "every event: a tab, or behind a busy column's '+k more'");
  assert.deepEqual(errors, []);
  await page.close();
});

test("lang comes from the element; a missing interface language falls back to English visibly", async () => {
  const { page } = await open("/embed/host.html");
  await widgetsReady(page);
  const note = () => inWidget(page, "paris", (r) => r.querySelector(".tt-lang-note")?.dataset.missingLocale ?? null);
  assert.equal(await note(), null, "the page is in English: no note");
  await page.evaluate(() => document.getElementById("paris").setAttribute("lang", "de"));
  await page.waitForFunction(() => document.getElementById("paris").shadowRoot.querySelector(".tt-lang-note"));
  assert.equal(await note(), "de");
  assert.equal(await inWidget(page, "river", (r) => r.querySelector(".tt-lang-note")), null, "the other widget is unaffected");
  await page.evaluate(() => document.getElementById("paris").removeAttribute("lang"));
  await page.waitForFunction(() => document.getElementById("paris").shadowRoot.querySelector("[data-story-id]")
    && !document.getElementById("paris").shadowRoot.querySelector(".tt-lang-note"));
  await page.close();
});
