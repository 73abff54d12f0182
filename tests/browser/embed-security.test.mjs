// embed.html cannot be turned against its publisher (issue 17, item 1), in the release
// build: a story written into the address (data:) or served from another origin is
// refused with a message in the frame; an origin the publisher lists in embed.html is
// allowed; a `lang` that is not a BCP 47 tag never reaches the page; the shipped page
// carries a Content-Security-Policy and noindex, and renders under them without a
// violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "../support/server.mjs";
import { serveDist, launch, watchErrors, dist } from "./support.mjs";

let home;
let other;
let browser;
const seed = () => readFile(join(dist, "stories/paris-talks.json"));

before(async () => {
  other = await serve({
    routes: { "/story.json": await seed() },
    headers: { "Access-Control-Allow-Origin": "*" },
  });
  const page = await readFile(join(dist, "embed.html"), "utf8");
  const allowing = page.replace(
    '<meta name="talks-tracker-story-origins" content="">',
    `<meta name="talks-tracker-story-origins" content="${other.url}">`,
  ).replace("connect-src 'self'", `connect-src 'self' ${other.url}`);
  assert.notEqual(allowing, page, "embed.html has the origins meta and the CSP this test edits");
  home = await serveDist({ "/allowing.html": allowing });
  browser = await launch({ width: 800, height: 900 });
});
after(async () => {
  await browser?.close();
  await home?.close();
  await other?.close();
});

async function open(path) {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  const errors = watchErrors(page);
  await page.goto(`${home.url}${path}`);
  return { page, errors };
}

test("a story written into the address (data:) is refused, with a message in the frame", async () => {
  const story = `data:application/json,${encodeURIComponent(JSON.stringify({ title: "Fake statement" }))}`;
  const { page } = await open(`/embed.html?story=${encodeURIComponent(story)}`);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /only story files served from the web/);
  assert.equal(await page.locator("talks-tracker").count(), 0, "no widget is made");
  assert.ok(!(await page.content()).includes("Fake statement"));
  await page.close();
});

test("a story from another origin is refused unless the publisher lists that origin", async () => {
  const { page } = await open(`/embed.html?story=${encodeURIComponent(`${other.url}/story.json`)}`);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.ok((await alert.textContent()).includes(new URL(other.url).origin), await alert.textContent());
  assert.equal(await page.locator("talks-tracker").count(), 0);
  await page.close();

  const listed = await open(`/allowing.html?story=${encodeURIComponent(`${other.url}/story.json`)}`);
  await listed.page.locator("talks-tracker [data-story-id]").waitFor();
  assert.deepEqual(listed.errors, [], "the listed origin loads under the page's CSP");
  await listed.page.close();
});

test("a `lang` that is not a language tag is ignored; a valid one is used", async () => {
  const { page, errors } = await open(`/embed.html?lang=${encodeURIComponent("BREAKING: ceasefire collapses")}`);
  await page.locator("talks-tracker [data-story-id]").waitFor();
  assert.equal(await page.locator("talks-tracker").getAttribute("lang"), null);
  const text = await page.evaluate(() => document.querySelector("talks-tracker").shadowRoot.textContent);
  assert.ok(!text.includes("BREAKING"), "the spoofed text is nowhere in the widget");
  assert.deepEqual(errors, []);
  await page.close();

  const valid = await open("/embed.html?lang=uk");
  await valid.page.locator("talks-tracker [data-story-id]").waitFor();
  assert.equal(await valid.page.locator("talks-tracker").getAttribute("lang"), "uk");
  await valid.page.close();
});

test("embed.html ships noindex and a strict policy, and renders under it without a violation", async () => {
  const { page, errors } = await open("/embed.html");
  await page.locator("talks-tracker [data-story-id]").waitFor();
  assert.equal(await page.locator('meta[name="robots"]').getAttribute("content"), "noindex");
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  for (const directive of ["default-src 'self'", "connect-src 'self'", "style-src 'self'"]) {
    assert.ok(policy.includes(directive), `${directive} in ${policy}`);
  }
  assert.deepEqual(errors, [], "no CSP violation or other error");
  await page.close();
});
