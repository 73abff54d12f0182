// How the widget fetches a story (issue 17, item 2), in the release build, from a
// story server of its own on another origin: a body over 4 MiB is refused as it
// streams in (and the download is cancelled), so is a Content-Length over the limit;
// the reader's cookies are not sent unless the publisher opts in; a slow old answer
// never replaces the story asked for after it; the download starts while the module
// still compiles, and the widget takes that request over rather than asking again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, dist } from "./support.mjs";

const LIMIT = 4 * 1024 * 1024;
let pages;
let stories;
let storyUrl;
let browser;
let seed;
const seen = { early: 0, cookies: [], streamed: 0, streamClosedEarly: false, streamClosed: false, slowAsked: false, slowAnswered: false };

/** Resolves once `condition()` holds, checking every few milliseconds (for the story server's own records). */
async function until(condition, what, ms = 10_000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

before(async () => {
  seed = await readFile(join(dist, "stories/paris-talks.json"), "utf8");
  stories = createServer((req, res) => {
    const origin = req.headers.origin ?? "*";
    const cors = { "Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true", Vary: "Origin" };
    const path = new URL(req.url, "http://x").pathname;
    if (path === "/early.json") {
      seen.early++;
      res.writeHead(200, { ...cors, "Content-Type": "application/json" });
      res.end(seed);
    } else if (path === "/cookie.json") {
      seen.cookies.push(req.headers.cookie ?? "");
      res.writeHead(200, { ...cors, "Content-Type": "application/json" });
      res.end(seed);
    } else if (path === "/streamed.json") {
      // No Content-Length: 64 KiB chunks, up to 12 MiB, unless the reader stops it.
      res.writeHead(200, { ...cors, "Content-Type": "application/json" });
      res.write("[");
      const chunk = `"${"x".repeat(64 * 1024 - 3)}",`;
      const timer = setInterval(() => {
        if (seen.streamed > 12 * 1024 * 1024) {
          clearInterval(timer);
          res.end('""]');
          return;
        }
        seen.streamed += chunk.length;
        res.write(chunk);
      }, 2);
      res.on("close", () => {
        clearInterval(timer);
        seen.streamClosedEarly = !res.writableFinished;
        seen.streamClosed = true;
      });
    } else if (path === "/declared.json") {
      res.writeHead(200, { ...cors, "Content-Type": "application/json", "Content-Length": String(LIMIT + 1) });
      res.write("{");
      // Never sends the rest: the declared length alone must be enough to refuse it.
    } else if (path === "/slow.json" || path === "/fast.json") {
      const title = path === "/slow.json" ? "The old story, answered late" : "The story asked for last";
      const story = JSON.parse(seed);
      story.title = title;
      if (path === "/slow.json") seen.slowAsked = true;
      setTimeout(() => {
        res.writeHead(200, { ...cors, "Content-Type": "application/json" });
        res.end(JSON.stringify(story));
        if (path === "/slow.json") seen.slowAnswered = true;
      }, path === "/slow.json" ? 2500 : 0);
    } else {
      res.writeHead(404, cors);
      res.end();
    }
  });
  await new Promise((resolve) => stories.listen(0, "127.0.0.1", resolve));
  storyUrl = `http://127.0.0.1:${stories.address().port}`;
  const page = (attrs) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fetch</title>
<link rel="icon" href="data:,"><script type="module" src="/loader.js"></script></head>
<body><talks-tracker id="w" ${attrs}></talks-tracker></body></html>`;
  pages = await serveDist({
    "/streamed.html": page(`src="${storyUrl}/streamed.json"`),
    "/declared.html": page(`src="${storyUrl}/declared.json"`),
    "/omit.html": page(`src="${storyUrl}/cookie.json"`),
    "/include.html": page(`src="${storyUrl}/cookie.json" credentials="include"`),
    "/order.html": page(`src="${storyUrl}/slow.json"`),
    "/early.html": page(`src="${storyUrl}/early.json"`),
  });
  browser = await launch({ width: 1000, height: 900 });
});
after(async () => {
  await browser?.close();
  await pages?.close();
  await new Promise((resolve) => stories?.close(resolve));
});

test("a body over 4 MiB is refused as it streams in, and the download is cancelled", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${pages.url}/streamed.html`);
  await page.getByText(/is too large to show \(over 4 MiB\)/).waitFor({ timeout: 20_000 });
  await until(() => seen.streamClosed, "the download to end");
  assert.ok(seen.streamClosedEarly, "the reader cancelled the download");
  assert.ok(seen.streamed < 8 * 1024 * 1024, `stopped near the limit (${seen.streamed} bytes sent)`);
  await page.close();
});

test("a Content-Length over 4 MiB is refused before the body arrives", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${pages.url}/declared.html`);
  await page.getByText(/is too large to show \(over 4 MiB\)/).waitFor({ timeout: 10_000 });
  await page.close();
});

test("the reader's cookies go with the story request only when the publisher opts in", async () => {
  await browser.context.addCookies([{ name: "session", value: "reader-42", url: storyUrl }]);
  for (const [path, sent] of [["/omit.html", false], ["/include.html", true]]) {
    const page = await browser.context.newPage();
    await page.goto(`${pages.url}${path}`);
    await page.locator("#w [data-story-id]").waitFor();
    assert.equal(seen.cookies.at(-1).includes("reader-42"), sent, `${path}: cookie sent: ${seen.cookies.at(-1)}`);
    await page.close();
  }
});

test("only the latest request's story is shown, however late an older answer comes", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${pages.url}/order.html`);
  // The slow story is on its way; the host page asks for another one.
  await until(() => seen.slowAsked, "the request for the slow story");
  await page.evaluate((url) => document.getElementById("w").setAttribute("src", `${url}/fast.json`), storyUrl);
  await page.getByText("The story asked for last").waitFor();
  // The old answer arrives; the page has had a frame to show it, and must not.
  await until(() => seen.slowAnswered, "the slow answer");
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  assert.equal(await page.getByText("The old story, answered late").count(), 0);
  assert.equal(await page.getByText("The story asked for last").count(), 1);
  await page.close();
});

test("the story downloads while the module compiles, and the widget takes that request over", async () => {
  const page = await browser.context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  await page.goto(`${pages.url}/early.html`);
  await until(() => seen.early === 1, "the story request, with the module held back");
  release();
  await page.locator("#w [data-story-id]").waitFor();
  assert.equal(seen.early, 1, "the widget did not ask again");
  await page.close();
});
