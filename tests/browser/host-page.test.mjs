// The widget on a host page that is a single-page app with its own router state, and
// whose element id starts with a digit (issue 17, item 7), in the release build:
// selecting an event writes the deep link but keeps `history.state`; a link from the
// event panel to a card focuses the card although its DOM id starts with a digit.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, launch, watchErrors } from "./support.mjs";

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>App</title>
<link rel="icon" href="data:,"><script type="module" src="/loader.js"></script></head>
<body><main><h1>An app with a router</h1>
<talks-tracker id="2026" src="/stories/paris-talks.json"></talks-tracker></main>
<script>history.replaceState({ route: "article-7" }, "");</script></body></html>`;

let server;
let browser;
before(async () => {
  server = await serveDist({ "/app.html": PAGE });
  browser = await launch({ width: 1280, height: 1000 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("deep links keep the host page's history.state; ids starting with a digit still take focus", async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/app.html`);
  const tabs = page.locator(`talks-tracker[id="2026"] [role=tab]`);
  await tabs.nth(2).waitFor();
  await tabs.nth(2).click();
  await page.waitForFunction(() => location.hash.startsWith("#2026-"));
  assert.deepEqual(await page.evaluate(() => history.state), { route: "article-7" }, "the router's state survives");

  // A link from the event panel to a card: the card takes focus.
  const tabCount = await tabs.count();
  let link = null;
  for (let i = 0; i < tabCount && !link; i++) {
    await tabs.nth(i).click();
    const links = page.locator(`talks-tracker[id="2026"] [data-links-point]:visible`);
    if (await links.count()) link = links.first();
  }
  assert.ok(link, "some event of the seed links to a card");
  const point = await link.getAttribute("data-links-point");
  await link.click();
  await page.waitForFunction((id) => document.getElementById("2026").shadowRoot.activeElement?.dataset.pointId === id, point);
  assert.deepEqual(await page.evaluate(() => history.state), { route: "article-7" });
  assert.deepEqual(errors, []);
  await page.close();
});
