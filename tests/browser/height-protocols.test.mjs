// The iframe embed's other height protocols (issue 17, item 9), each from a parent page
// on another origin: WordPress's ({message: "height", value, secret}, only with the
// "#?secret=" WordPress adds to an oEmbed iframe) and AMP's amp-iframe `resizable`
// ({sentinel: "amp", type: "embed-size", height}). The parents here stand in for
// wp-embed.js and the AMP runtime: they resize by the rules those document (WordPress:
// the iframe whose data-secret matches and whose window sent it, clamped to 200–1000 px;
// AMP: requests of at least 100 px). The WordPress iframe is sandboxed as WordPress
// sandboxes a discovered provider's iframe ("allow-scripts": an opaque origin), so the
// child server answers with Access-Control-Allow-Origin, as docs/embedding.md asks.
// The WordPress iframe comes from oEmbed discovery, as WordPress finds it: the story's
// discovery page (a copy of embed.html) links to the JSON `talks-tracker oembed` wrote.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { serveDist, launch, watchErrors, dist } from "./support.mjs";

const SECRET = "Ab3dE6gH9k";
const LATE_SECRET = "L8te5ecret";

// The stand-ins for wp-embed.js and amp-iframe: their documented rules, written here.
const RECEIVERS = `
window.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || typeof data !== "object") return;
  const frames = [...document.querySelectorAll("iframe")];
  const frame = frames.find((f) => f.contentWindow === event.source);
  if (!frame) return;
  if (data.message === "height" && /^[A-Za-z0-9]+$/.test(String(data.secret))
      && frame.dataset.secret === data.secret) {
    frame.height = String(Math.min(1000, Math.max(200, Number.parseInt(data.value, 10) || 0)));
  }
  if (data.sentinel === "amp" && data.type === "embed-size" && frame.hasAttribute("data-amp")
      && data.height >= 100) {
    frame.style.height = data.height + "px";
  }
});`;

let child;
let parent;
let browser;
/** The oEmbed response found from the story's discovery page. */
let oembed;

/** What WordPress does with a pasted address: the page's oEmbed link, then its JSON. */
async function discover(address) {
  const page = await (await fetch(address)).text();
  const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page);
  assert.ok(link, "the page has an oEmbed discovery link");
  const response = await fetch(new URL(link[1], address));
  assert.equal(response.status, 200, `${link[1]} is served`);
  return response.json();
}

before(async () => {
  const childRoutes = {};
  child = await serveDist(childRoutes, { "Access-Control-Allow-Origin": "*" });
  // The publisher's two steps of docs/embedding.md, "WordPress": the story's oEmbed JSON,
  // and a copy of embed.html whose discovery link names it.
  const root = new URL("../../", import.meta.url).pathname;
  const { stdout } = await promisify(execFile)("cargo", ["run", "--quiet", "--bin", "talks-tracker", "--",
    "oembed", "--embed-url", `${child.url}/embed.html`, "--story-url", `${child.url}/stories/paris-talks.json`,
    "--provider", "Example News", join(dist, "stories/paris-talks.json")], { cwd: root });
  childRoutes["/paris-talks.oembed.json"] = stdout;
  const shipped = await readFile(join(dist, "embed.html"), "utf8");
  const discovery = shipped.replace('href="oembed.json" title="talks-tracker"',
    'href="paris-talks.oembed.json" title="Peace talks"');
  assert.notEqual(discovery, shipped, "embed.html has the discovery link docs/embedding.md edits");
  childRoutes["/paris-talks.embed.html"] = discovery;
  oembed = await discover(`${child.url}/paris-talks.embed.html`);
  // wp_filter_oembed_result keeps the iframe's src (and a few attributes) only.
  const src = / src="([^"]+)"/.exec(oembed.html)[1].replaceAll("&amp;", "&");
  const story = `${child.url}/embed.html?story=stories/paris-talks.json`;
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parent</title>
    <link rel="icon" href="/embed/favicon.svg"><script src="/receivers.js"></script></head><body>`;
  // What WordPress makes of a discovered provider's oEmbed html (wp_filter_oembed_result).
  const sandboxed = (id, src, secret) => `<iframe id="${id}" class="wp-embedded-content"
      sandbox="allow-scripts" security="restricted" title="Peace talks tracker" width="600" height="400"
      src="${src}"${secret ? ` data-secret="${secret}"` : ""}></iframe>`;
  const wordpress = `${head}<h1>A WordPress post</h1>
    ${sandboxed("wp", `${src}#?secret=${SECRET}`, SECRET)}
    ${sandboxed("plain", src, null)}
    ${sandboxed("late", src, null)}
    </body></html>`;
  // amp-iframe renders an iframe with the src plus "#amp=1"; its height is the runtime's to set.
  const amp = `${head}<h1>An AMP article</h1>
    <iframe id="amp" data-amp sandbox="allow-scripts allow-same-origin" title="Peace talks tracker"
      style="width:100%;border:0;height:300px" src="${story}#amp=1"></iframe>
    </body></html>`;
  parent = await serveDist({ "/wordpress.html": wordpress, "/amp.html": amp, "/receivers.js": RECEIVERS });
  assert.notEqual(new URL(parent.url).origin, new URL(child.url).origin);
  // Wide enough for the three 600 px WordPress iframes side by side: a frame out of view
  // would wait to load its widget until it scrolls near.
  browser = await launch({ width: 1900, height: 1200 });
});
after(async () => {
  await browser?.close();
  await parent?.close();
  await child?.close();
});

/** Opens a parent page that records every message with the id of the iframe that sent it. */
async function open(path) {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__messages = [];
    window.addEventListener("message", (event) => {
      const frame = [...document.querySelectorAll("iframe")].find((f) => f.contentWindow === event.source);
      window.__messages.push({ from: frame?.id ?? null, origin: event.origin, data: event.data });
    });
  });
  await page.goto(`${parent.url}${path}`);
  return { page, errors };
}

/** The document height of the iframe `id`, as the frame measures it. */
async function documentHeight(page, id) {
  const frame = await (await page.$(`#${id}`)).contentFrame();
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

/** The messages from iframe `from` matching `kind` ("wordpress" or "amp"), in the page. */
function messagesIn(page, from, kind) {
  return page.evaluate(([from, kind]) => window.__messages.filter((m) => m.from === from
    && (kind === "wordpress" ? m.data?.message !== undefined : m.data?.sentinel === "amp")), [from, kind]);
}

/** Waits until the last `kind` message from iframe `id` reports the frame's current height. */
async function waitForReport(page, id, kind) {
  const height = await documentHeight(page, id);
  await page.waitForFunction(([id, kind, height]) => {
    const last = window.__messages.filter((m) => m.from === id
      && (kind === "wordpress" ? m.data?.message === "height" : m.data?.type === "embed-size")).at(-1);
    return (kind === "wordpress" ? last?.data.value : last?.data.height) === height;
  }, [id, kind, height]);
  return height;
}

/** No message carries the story's address or text. */
async function assertNoStoryInMessages(page) {
  const sent = JSON.stringify(await page.evaluate(() => window.__messages.map((m) => m.data)));
  for (const leak of ["paris-talks", "stories/", "Paris", "http"]) {
    assert.ok(!sent.includes(leak), `a message carries ${leak}: ${sent.slice(0, 400)}`);
  }
}

test("WordPress discovery: the story's page links to its oEmbed JSON, whose iframe shows the story", async () => {
  const seed = JSON.parse(await readFile(join(dist, "stories/paris-talks.json"), "utf8"));
  assert.equal(oembed.type, "rich");
  assert.equal(oembed.version, "1.0");
  assert.equal(oembed.title, seed.title);
  assert.equal(oembed.provider_name, "Example News");
  const src = new URL(/ src="([^"]+)"/.exec(oembed.html)[1].replaceAll("&amp;", "&"));
  assert.equal(`${src.origin}${src.pathname}`, `${child.url}/embed.html`);
  assert.equal(src.searchParams.get("story"), `${child.url}/stories/paris-talks.json`);
});

test("WordPress: the frame reports its height with the secret from #?secret=, and only then", async () => {
  const { page, errors } = await open("/wordpress.html");
  for (const id of ["wp", "plain", "late"]) await page.frameLocator(`#${id}`).locator("[data-story-id]").waitFor();

  // The secret's frame: {message: "height", value: its document height, secret}.
  const height = await waitForReport(page, "wp", "wordpress");
  assert.ok(height > 400, `a plausible height: ${height}`);
  const sent = await messagesIn(page, "wp", "wordpress");
  assert.ok(sent.length > 0);
  for (const { origin, data } of sent) {
    assert.deepEqual(Object.keys(data).sort(), ["message", "secret", "value"]);
    assert.equal(data.message, "height");
    assert.equal(data.secret, SECRET);
    assert.equal(typeof data.value, "number");
    // A sandboxed frame (allow-scripts only) has an opaque origin.
    assert.equal(origin, "null");
  }
  // The stand-in for wp-embed.js resized it, clamped to 1000 px.
  assert.equal(await page.locator("#wp").getAttribute("height"), String(Math.min(1000, Math.max(200, height))));

  // Without a secret, no WordPress message (the AMP one is sent to every parent).
  await waitForReport(page, "plain", "amp");
  assert.deepEqual(await messagesIn(page, "plain", "wordpress"), []);
  assert.equal(await page.locator("#plain").getAttribute("height"), "400");

  // wp-embed.js adds a secret to an iframe loaded without one (src += "#?secret=…"),
  // then says it is ready: the frame answers each with its height.
  assert.deepEqual(await messagesIn(page, "late", "wordpress"), []);
  await page.evaluate((secret) => {
    const frame = document.getElementById("late");
    frame.src += `#?secret=${secret}`;
    frame.dataset.secret = secret;
  }, LATE_SECRET);
  const lateHeight = await waitForReport(page, "late", "wordpress");
  const late = await messagesIn(page, "late", "wordpress");
  assert.ok(late.every(({ data }) => data.secret === LATE_SECRET && data.value === lateHeight), JSON.stringify(late));
  await page.evaluate((secret) => {
    document.getElementById("late").contentWindow.postMessage({ message: "ready", secret }, "*");
  }, LATE_SECRET);
  await page.waitForFunction((count) => window.__messages.filter((m) => m.from === "late"
    && m.data?.message === "height").length > count, late.length);
  // A "ready" with another secret gets no answer: the next report is still the one above.
  const answered = (await messagesIn(page, "late", "wordpress")).length;
  await page.evaluate((secret) => {
    const late = document.getElementById("late").contentWindow;
    late.postMessage({ message: "ready", secret: "Wrong00000" }, "*");
    late.postMessage({ message: "ready", secret }, "*");
  }, LATE_SECRET);
  await page.waitForFunction((count) => window.__messages.filter((m) => m.from === "late"
    && m.data?.message === "height").length > count, answered);
  assert.equal((await messagesIn(page, "late", "wordpress")).length, answered + 1, "only the right secret was answered");

  await assertNoStoryInMessages(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test("AMP: the frame asks amp-iframe for its height, and again when its content grows or shrinks", async () => {
  const { page, errors } = await open("/amp.html");
  const frame = page.frameLocator("#amp");
  await frame.locator("[data-story-id]").waitFor();
  const childOrigin = new URL(child.url).origin;

  const height = await waitForReport(page, "amp", "amp");
  assert.ok(height > 400, `a plausible height: ${height}`);
  for (const { origin, data } of await messagesIn(page, "amp", "amp")) {
    assert.equal(origin, childOrigin);
    assert.deepEqual(data, { sentinel: "amp", type: "embed-size", height: data.height });
    assert.equal(typeof data.height, "number");
  }
  // The stand-in for the AMP runtime applied it.
  await page.waitForFunction((h) => document.getElementById("amp").getBoundingClientRect().height === h, height);

  // Expanding a key question makes the content taller: a new, larger request.
  await frame.locator(".tt-question button[aria-expanded]").first().click();
  const grown = await waitForReport(page, "amp", "amp");
  assert.ok(grown > height, `${grown} > ${height}`);
  await page.waitForFunction((h) => document.getElementById("amp").getBoundingClientRect().height === h, grown);

  // Collapsing it again asks for less.
  await frame.locator(".tt-question button[aria-expanded]").first().click();
  const shrunk = await waitForReport(page, "amp", "amp");
  assert.ok(shrunk < grown, `${shrunk} < ${grown}`);

  // No WordPress message without a secret, and no Pym message without a childId.
  assert.deepEqual(await messagesIn(page, "amp", "wordpress"), []);
  assert.ok(!(await page.evaluate(() => window.__messages.some((m) => typeof m.data === "string"))));
  await assertNoStoryInMessages(page);
  assert.deepEqual(errors, []);
  await page.close();
});
