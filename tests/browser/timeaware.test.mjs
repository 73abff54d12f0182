// Time-aware display (issue 14) in a real browser, on tests/fixtures/v2-every-field.json:
// a settled dispute shows as settled (collapsed, opens to what settled it), the live one as
// "Accounts differ"; the "text agreed, interpretation disputed" status and the deadline
// markers render in words; a date counted from an event shows its worked-out day; no
// sideways scroll at 360 px; axe-core finds nothing, light and dark, in forced colours
// too. Against the debug build (target/debug-dist, where Yew checks hook order) and the
// release build (dist/), at 360 and 1280 px, mounted as newsrooms mount it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "../support/server.mjs";
import { launch, watchErrors, axeViolations, dist, BUILDS, requireBuilds } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
const WIDTHS = [360, 1280];
const FIXTURE = join(root, "tests/fixtures/v2-every-field.json");

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Time-aware display</title>
<link rel="icon" href="data:,"><script type="module" src="/loader.js"></script></head>
<body><main><h1>Nuclear talks</h1><talks-tracker id="w" src="/v2.json"__ATTRS__></talks-tracker></main></body></html>`;

const servers = {};
let browser;

before(async () => {
  await requireBuilds();
  const routes = {
    "/light.html": PAGE.replace("__ATTRS__", ""),
    "/dark.html": PAGE.replace("__ATTRS__", ' theme="dark"'),
    "/uk.html": PAGE.replace("__ATTRS__", ' lang="uk"'),
    "/v2.json": await readFile(FIXTURE, "utf8"),
  };
  for (const [build, dir] of Object.entries(BUILDS)) servers[build] = await serve({ mounts: { "/": dir }, routes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

async function open(build, width, page_ = "light", media = {}) {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ reducedMotion: "reduce", ...media });
  const errors = watchErrors(page);
  await page.goto(`${servers[build].url}/${page_}.html`);
  // Locators pierce the widget's open shadow root.
  await page.locator("[data-story-id] [role=tablist]").waitFor();
  return { page, errors };
}

async function noErrors(page, errors, label) {
  const crashed = await page.locator(".tt-crashed").count();
  assert.deepEqual(errors, [], `${label}: page errors`);
  assert.equal(crashed, 0, `${label}: the widget crashed`);
}

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const build of Object.keys(BUILDS)) {
  for (const width of WIDTHS) {
    const label = `${build} build, ${width} px`;

    test(`${label}: a settled dispute is shown as settled, the live one as differing`, async () => {
      const { page, errors } = await open(build, width);
      const relief = page.locator(".tt-card[data-point-id=relief]");
      assert.equal(await relief.locator(".tt-differ").count(), 0, "no live dispute on the settled card");
      const settled = relief.locator("details.tt-accounts-settled[data-resolved=true]");
      assert.equal(await settled.count(), 1);
      assert.equal(await settled.evaluate((d) => d.open), false, "collapsed");
      const summary = settled.locator("summary");
      assert.ok(await summary.isVisible());
      assert.match(await summary.textContent(), /Accounts differed until 14 July 2015/);
      assert.equal(await settled.locator(".tt-settled-by").isVisible(), false);
      await summary.click();
      assert.equal(await settled.evaluate((d) => d.open), true, "opens");
      const by = settled.locator(".tt-settled-by");
      assert.ok(await by.isVisible());
      assert.match(await by.textContent(), /Settled by: Deal\. Settled in the text\./);
      assert.ok(await settled.locator("[data-claim-id=kerry-says]").isVisible());
      // "Settled by" links to the event that settled it.
      await by.locator("[data-links-event=deal]").click();
      await page.locator("[role=tab][aria-selected=true][data-event-id=deal]").waitFor();

      const live = page.locator(".tt-card[data-point-id=timeline] .tt-accounts[data-resolved=false]");
      assert.ok(await live.locator(".tt-differ").isVisible());
      assert.match(await live.locator(".tt-differ").textContent(), /Accounts differ$/);
      assert.equal(await live.locator(".tt-claim").count(), 2);
      await noErrors(page, errors, label);
      await page.close();
    });

    test(`${label}: the new status, deadline markers and dates after an event render`, async () => {
      const { page, errors } = await open(build, width);
      const badge = page.locator(".tt-card[data-point-id=relief] .tt-badge-interpretation_disputed");
      assert.ok(await badge.isVisible());
      assert.equal((await badge.textContent()).trim(), "⚖Agreed, read differently");
      assert.equal(
        await page.locator(".tt-card[data-point-id=relief]").evaluate((c) => getComputedStyle(c).borderInlineStartStyle),
        "double",
        "its own style",
      );

      const deadlines = page.locator("[role=tab][data-kind=deadline]");
      assert.deepEqual(
        await deadlines.evaluateAll((tabs) => tabs.map((t) => [t.dataset.eventId, t.dataset.outcome])),
        [["deadline-1", "extended"], ["deadline-2", "met"]],
      );
      for (const [id, words] of [["deadline-1", "→ Deadline extended"], ["deadline-2", "✓ Deadline met"]]) {
        const tag = page.locator(`[role=tab][data-event-id=${id}] .tt-tag-deadline`);
        assert.ok(await tag.isVisible(), `${id}: a visible marker`);
        assert.equal((await tag.textContent()).replace(/\s+/g, " ").trim(), words);
      }
      assert.equal(await page.locator("[role=tab][data-event-id=deal][data-kind]").count(), 0);

      // The missed, extended deadline's details say so and link the later one.
      await page.locator("[role=tab][data-event-id=deadline-1]").click();
      const line = page.locator("[role=tabpanel] .tt-deadline[data-outcome=extended]");
      assert.match(await line.textContent(), /Deadline missed, extended to 2 April 2015/);
      await line.locator("[data-links-event=deadline-2]").click();
      await page.locator("[role=tab][aria-selected=true][data-event-id=deadline-2]").waitFor();

      // A date counted from the UN vote, which has happened: the worked-out day.
      const adoption = page.locator("[role=tab][data-event-id=adoption]");
      assert.match(await adoption.textContent(), /90 days after the UN vote \(about 18 October 2015\)/);
      await adoption.click();
      assert.match(await page.locator("[role=tabpanel] .tt-detail-date").textContent(),
        /90 days after the UN vote \(about 18 October 2015\)/);
      // Counted from an event still ahead: the wording alone.
      assert.match(await page.locator("[role=tab][data-event-id=implementation]").textContent(), /, when the IAEA verifies$/);

      // Positions: the day, earlier positions behind a disclosure; roles as chips.
      const us = page.locator(".tt-card[data-point-id=relief] dd[data-position-party=us]");
      assert.match(await us.textContent(), /\(since 14 July 2015\)/);
      const earlier = us.locator("details.tt-position-history");
      await earlier.locator("summary").click();
      assert.ok(await earlier.locator("li").first().isVisible());
      const roles = await page.locator(".tt-standing[data-party-id=eu] .tt-role").allTextContents();
      assert.deepEqual(roles, ["Mediator", "Facilitator"]);

      assert.ok((await overflow(page)) <= 0, `${label}: no sideways scroll`);
      assert.deepEqual(await axeViolations(page), [], `${label}: axe-core`);
      await noErrors(page, errors, label);
      await page.close();
    });
  }
}

test("dark theme, forced colours and Ukrainian: axe-core finds nothing", async () => {
  for (const [name, media] of [["dark", {}], ["light", { forcedColors: "active" }], ["uk", {}]]) {
    for (const width of WIDTHS) {
      const label = `release build, ${name}${media.forcedColors ? ", forced colours" : ""}, ${width} px`;
      const { page, errors } = await open("release", width, name, media);
      await page.locator(".tt-card[data-point-id=relief] details.tt-accounts-settled summary").click();
      assert.ok(await page.locator("[role=tab][data-event-id=deadline-1] .tt-tag-deadline").isVisible(), label);
      if (name === "uk") {
        assert.match(await page.locator(".tt-accounts-settled summary").textContent(), /Свідчення розходилися до 14 липня 2015 р\./);
      }
      assert.ok((await overflow(page)) <= 0, `${label}: no sideways scroll`);
      assert.deepEqual(await axeViolations(page), [], `${label}: axe-core`);
      await noErrors(page, errors, label);
      await page.close();
    }
  }
});
