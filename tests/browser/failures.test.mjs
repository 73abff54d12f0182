// Load failures: each gives an in-widget alert saying what happened, a "Try again" button
// where a retry can help, the other widgets on the page keep working, and the host page
// sees no uncaught exception.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, watchErrors, dist } from "./support.mjs";

const CASES = [
  // [widget id, story URL, expected message pattern, retry offered]
  ["missing", "s/missing.json", /server answered 404/, false],
  ["broken", "s/broken.json", /server answered 500/, true],
  ["network", "s/network.json", /network request failed/, true],
  ["html", "s/page.html", /not a story file: the server sent text\/html/, false],
  ["truncated", "s/truncated.json", /EOF while parsing/, false],
  ["notstory", "s/notstory.json", /missing field `version`/, false],
  // Saved as Windows-1252: the "é" of line 2 is one byte that UTF-8 does not allow.
  ["latin1", "s/latin1.json", /is not UTF-8 text \(line 2, column 16\): save the file as UTF-8/, false],
];

let server;
let browser;
let seed;

before(async () => {
  seed = await readFile(join(dist, "stories/paris-talks.json"), "utf8");
  const widgets = CASES.map(([id, src]) => `<talks-tracker id="${id}" src="${src}"></talks-tracker>`).join("\n");
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Failures</title>
    <link rel="icon" href="favicon.svg"><script type="module" src="../loader.js"></script></head><body>
    ${widgets}<talks-tracker id="good" src="../stories/paris-talks.json"></talks-tracker></body></html>`;
  server = await serveDist({
    "/embed/failures.html": page,
    "/embed/s/page.html": "<!doctype html><title>Oops</title>",
    "/embed/s/truncated.json": seed.slice(0, seed.length / 2),
    "/embed/s/notstory.json": JSON.stringify({ hello: "world" }),
    "/embed/s/latin1.json": Buffer.from('{\n  "title": "Café"\n}\n', "latin1"),
  });
  browser = await launch({ width: 1280, height: 900 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("every kind of load failure is explained in its widget, the rest of the page works", async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  let brokenFixed = false;
  await page.route("**/embed/s/broken.json", (route) =>
    brokenFixed ? route.fulfill({ contentType: "application/json", body: seed }) : route.fulfill({ status: 500, body: "down" }));
  await page.route("**/embed/s/network.json", (route) => route.abort("connectionrefused"));
  // Every widget is on screen at once, so all of them start.
  await page.setViewportSize({ width: 1280, height: 8000 });
  await page.goto(`${server.url}/embed/failures.html`);
  await page.waitForFunction(() => document.getElementById("good").shadowRoot?.querySelector("[data-story-id]"));
  for (const [id, , pattern, retry] of CASES) {
    const alert = page.locator(`#${id} [role=alert]`);
    await alert.waitFor();
    assert.match(await alert.textContent(), pattern, `${id}`);
    assert.equal(await page.locator(`#${id} .tt-retry`).count(), retry ? 1 : 0, `${id}: retry button`);
    await page.locator(`#${id}`).screenshot({ path: `target/screenshots/failure-${id}.png` });
  }
  // The good widget still works.
  const tab = page.locator("#good [role=tab]").first();
  await tab.click();
  assert.equal(await tab.getAttribute("aria-selected"), "true");
  // A retry that can help, helps.
  brokenFixed = true;
  await page.locator("#broken .tt-retry").click();
  await page.waitForFunction(() => document.getElementById("broken").shadowRoot.querySelector("[data-story-id]"));
  // Only the expected console noise: the failed requests themselves.
  const unexpected = errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e));
  assert.deepEqual(unexpected, []);
  assert.equal(errors.filter((e) => e.startsWith("pageerror")).length, 0, "an uncaught exception reached the page");
  await page.close();
});
