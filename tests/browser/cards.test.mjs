// The cards half of the widget: key questions open and link into the story, cards
// select their events on the timeline, conflicting accounts are shown side by side,
// status history, who stands where, what's next, sources; axe-core finds nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, watchErrors, axeViolations, dist } from "./support.mjs";

let server;
let browser;
let story;

before(async () => {
  story = JSON.parse(await readFile(join(dist, "stories/paris-talks.json"), "utf8"));
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo(viewport = { width: 1280, height: 900 }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const errors = watchErrors(page);
  await page.goto(`${server.url}/index.html`);
  await page.waitForSelector("[data-story-id]");
  return { page, errors };
}

const selectedEvent = (page) => page.getAttribute("[role=tab][aria-selected=true]", "data-event-id");

test("key questions open and close, and their answers link to cards and events", async () => {
  const { page, errors } = await openDemo();
  const questions = page.locator(".tt-question");
  assert.equal(await questions.count(), story.questions.length);
  for (const [index, question] of story.questions.entries()) {
    const item = questions.nth(index);
    const toggle = item.locator("button[aria-expanded]");
    assert.equal(await toggle.textContent(), question.question);
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    const answer = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
    assert.equal(await answer.isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.ok(await answer.isVisible());
    assert.ok((await answer.textContent()).includes(question.answer));
    const linked = await answer.locator("[data-links-point]").evaluateAll((els) => els.map((e) => e.dataset.linksPoint));
    assert.deepEqual(linked, question.points ?? []);
  }
  // Keyboard: Enter on a focused question closes it again.
  const first = questions.first().locator("button[aria-expanded]");
  await first.focus();
  await page.keyboard.press("Enter");
  assert.equal(await first.getAttribute("aria-expanded"), "false");

  // An answer's card link brings the card into view and focuses it.
  const withPoint = story.questions.findIndex((q) => (q.points ?? []).length > 0);
  const link = questions.nth(withPoint).locator("[data-links-point]").first();
  if (!(await link.isVisible())) await questions.nth(withPoint).locator("button[aria-expanded]").click();
  const pointId = await link.getAttribute("data-links-point");
  await link.click();
  await page.waitForFunction((id) => deep.active()?.dataset?.pointId === id, pointId);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a card's timeline link selects that event and focuses its tab", async () => {
  const { page } = await openDemo();
  const point = story.points.find((p) => (p.events ?? []).length > 0);
  const eventId = point.events.at(-1);
  const link = page.locator(`[data-point-id="${point.id}"] [data-links-event="${eventId}"]`);
  await link.click();
  await page.waitForFunction((id) => deep.active()?.dataset?.eventId === id, eventId);
  assert.equal(await selectedEvent(page), eventId);
  assert.equal(await page.getAttribute("[role=tabpanel]", "data-selected-event"), eventId);
  await page.close();
});

test("conflicting accounts are shown side by side under 'Accounts differ'", async () => {
  const { page } = await openDemo();
  const conflicting = story.claims.filter((c) => (c.contradicts ?? []).length > 0);
  assert.ok(conflicting.length >= 2);
  for (const claim of conflicting) {
    for (const pointId of claim.points ?? []) {
      const block = page.locator(`[data-point-id="${pointId}"] .tt-accounts`);
      assert.equal(await block.count(), 1, `no 'Accounts differ' on ${pointId}`);
      assert.match(await block.textContent(), /Accounts differ/);
      const ids = await block.locator("[data-claim-id]").evaluateAll((els) => els.map((e) => e.dataset.claimId));
      assert.ok(ids.includes(claim.id), `${claim.id} not among the differing accounts of ${pointId}`);
      for (const other of claim.contradicts) if ((story.claims.find((c) => c.id === other).points ?? []).includes(pointId)) {
        assert.ok(ids.includes(other), `${other} missing beside ${claim.id}`);
      }
      // Side by side on a wide screen: the two accounts share a row.
      const boxes = await block.locator("[data-claim-id]").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      assert.equal(new Set(boxes.map(Math.round)).size < boxes.length, true, "accounts are stacked, not side by side");
    }
  }
  // A point without contradicting claims says nothing of the kind.
  const calm = story.points.find((p) => !story.claims.some((c) => (c.points ?? []).includes(p.id) && (c.contradicts ?? []).length));
  assert.equal(await page.locator(`[data-point-id="${calm.id}"] .tt-accounts`).count(), 0);
  await page.close();
});

test("every claim appears with its attribution and a citation to the numbered sources", async () => {
  const { page } = await openDemo();
  const sourceNumber = Object.fromEntries(story.sources.map((s, i) => [s.id, i + 1]));
  for (const claim of story.claims.filter((c) => (c.points ?? []).length > 0)) {
    const shown = page.locator(`[data-point-id] [data-claim-id="${claim.id}"]`).first();
    assert.equal(await shown.getAttribute("data-attribution"), claim.attribution.kind);
    if (claim.quote) assert.ok((await shown.textContent()).includes(claim.quote), `${claim.id} quote`);
    const cites = await shown.locator(".tt-cite").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    assert.deepEqual(cites, claim.sources.map((s) => `#tt1-source-${sourceNumber[s]}`));
  }
  // Every citation points at an existing list entry; external links open safely.
  const targets = await page.$$eval(".tt-cite", (els) => [...new Set(els.map((e) => e.getAttribute("href")))]);
  for (const href of targets) assert.equal(await page.locator(href).count(), 1, href);
  const rels = await page.$$eval(".tt-sources a[href^=http]", (els) => els.map((a) => a.rel));
  for (const rel of rels) assert.equal(rel, "noopener noreferrer");
  await page.close();
});

test("status history, who stands where and what's next follow the story", async () => {
  const { page } = await openDemo();
  const changed = story.points.find((p) => (p.history ?? []).length > 0);
  const history = await page.locator(`[data-point-id="${changed.id}"] .tt-history li`).allTextContents();
  assert.equal(history.length, changed.history.length + 1);
  assert.match(history.at(-1), /^Now/);

  const standings = await page.$$eval("[data-party-id]", (els) => els.map((e) => e.dataset.partyId));
  const withStance = story.parties.filter((p) => p.kind !== "person" && p.stance).map((p) => p.id);
  assert.deepEqual(standings, withStance);

  const steps = await page.$$eval("[data-step-id] time", (els) => els.map((t) => t.getAttribute("datetime")));
  assert.equal(steps.length, story.next_steps.length);
  assert.deepEqual(steps, [...steps].sort(), "next steps are not soonest first");
  await page.close();
});

test("headings descend in order and the cards pass axe-core", async () => {
  const { page, errors } = await openDemo({ width: 360, height: 740 });
  const levels = await page.$$eval(".tt h2, .tt h3, .tt h4", (els) => els.map((e) => Number(e.tagName[1])));
  assert.equal(levels[0], 2);
  for (let i = 1; i < levels.length; i++) assert.ok(levels[i] <= levels[i - 1] + 1, `h${levels[i - 1]} then h${levels[i]}`);
  for (const toggle of await page.locator(".tt-question button[aria-expanded]").all()) await toggle.click();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});
