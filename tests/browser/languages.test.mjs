// Languages: the interface follows the element's lang, else the story's language, else
// the page's; Ukrainian words and dates when asked; a right-to-left story mirrors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch, watchErrors, axeViolations, dist } from "./support.mjs";

let server;
let browser;
const stories = {};

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;

before(async () => {
  for (const name of ["paris-talks", "paris-talks.uk", "rtl-test.he"]) {
    stories[name] = JSON.parse(await readFile(join(dist, `stories/${name}.json`), "utf8"));
  }
  const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Languages</title>
    <link rel="icon" href="favicon.svg"><script type="module" src="../loader.js"></script></head><body>${body}</body></html>`;
  server = await serveDist({
    "/embed/uk.html": page(`<talks-tracker id="uk" src="../stories/paris-talks.uk.json"></talks-tracker>`),
    "/embed/he.html": page(`<talks-tracker id="he" src="../stories/rtl-test.he.json"></talks-tracker>`),
  });
  browser = await launch({ width: 1280, height: 1000 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const WORD_SELECTORS = [
  ".tt-questions > h3", ".tt-timeline > h3", ".tt-cards > h3", ".tt-standings > h3", ".tt-next-steps > h3",
  ".tt-sources > h3", ".tt-filters-toggle", ".tt-prev", ".tt-next", ".tt-position", ".tt-related-label",
  ".tt-tag-expected", ".tt-kind", ".tt-differ", ".tt-badge", ".tt-filter-label", ".tt-clear", ".tt-facts dt",
];

/** The interface words once the remounted widget shows as many as `like` (a DOM condition, no sleep). */
async function wordsOnceShown(page, like) {
  await page.waitForFunction(([selectors, count]) =>
    (document.getElementById("tt1")?.shadowRoot?.querySelectorAll(selectors.join(",")).length ?? 0) >= count,
  [WORD_SELECTORS, like.length]);
  return interfaceWords(page);
}

/** The widget's own words (not the story's): headings, buttons, labels, tags, status words. */
async function interfaceWords(page, root) {
  return page.evaluate((root) => {
    const scope = document.getElementById(root ?? "tt1").shadowRoot;
    const selectors = [
      ".tt-questions > h3", ".tt-timeline > h3", ".tt-cards > h3", ".tt-standings > h3", ".tt-next-steps > h3",
      ".tt-sources > h3", ".tt-filters-toggle", ".tt-prev", ".tt-next", ".tt-position", ".tt-related-label",
      ".tt-tag-expected", ".tt-kind", ".tt-differ", ".tt-badge", ".tt-filter-label", ".tt-clear", ".tt-facts dt",
    ];
    return selectors.flatMap((selector) =>
      [...scope.querySelectorAll(selector)].map((e) => [selector, e.textContent.replace(/[\d\s‹›⇄✓●◐○✕✗–:,]+/g, " ").trim()]));
  }, root);
}

/** What Chromium's Intl says for `day` (YYYY-MM-DD) in `locale` with `options`. */
function intl(page, locale, day, options) {
  return page.evaluate(({ locale, day, options }) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`)), { locale, day, options });
}

test("a Ukrainian story gets a Ukrainian interface and Ukrainian dates, even on an English page", async () => {
  const tab = await browser.context.newPage();
  const errors = watchErrors(tab);
  await tab.goto(`${server.url}/embed/uk.html`);
  const root = tab.locator("#uk article.tt");
  await root.waitFor();
  assert.equal(await root.getAttribute("data-ui-locale"), "uk");
  assert.equal(await root.getAttribute("lang"), "uk");
  const words = await interfaceWords(tab, "uk");
  assert.ok(words.length > 30, `found ${words.length} interface words`);
  for (const [selector, text] of words) {
    assert.match(text, CYRILLIC, `${selector}: "${text}" is Ukrainian`);
    assert.doesNotMatch(text, LATIN, `${selector}: "${text}" has no English left in it`);
  }
  // Dates read the way Chromium's own Intl writes them in Ukrainian.
  const asOf = (stories["paris-talks.uk"].updated ?? stories["paris-talks.uk"].published).slice(0, 10);
  const byline = await tab.locator("#uk .tt-byline time").textContent();
  assert.equal(byline, await intl(tab, "uk", asOf, { weekday: "long", day: "numeric", month: "long", year: "numeric" }));
  const now = await tab.locator("#uk .tt-now time").textContent();
  assert.equal(now, await intl(tab, "uk", asOf, { day: "numeric", month: "long" }));
  // Every quote was translated from English, and says so.
  const quotes = stories["paris-talks.uk"].claims.filter((c) => c.quote).length;
  assert.ok(quotes > 0);
  const marks = await tab.locator("#uk .tt-card .tt-translated").allTextContents();
  assert.ok(marks.length >= 1 && marks.every((m) => CYRILLIC.test(m)), `translation marks: ${marks}`);
  assert.deepEqual(await axeViolations(tab, "#uk"), []);
  await tab.screenshot({ path: "target/screenshots/uk-1280.png" });
  assert.deepEqual(errors, []);
  await tab.close();
});

test("switching lang on the demo flips every interface word and every date; a missing language falls back visibly", async () => {
  const tab = await browser.context.newPage();
  const errors = watchErrors(tab);
  await tab.goto(`${server.url}/index.html`);
  await tab.locator("#tt1 article.tt").waitFor();
  const english = await interfaceWords(tab);
  const englishByline = await tab.locator("#tt1 .tt-byline time").textContent();

  await tab.selectOption("#demo-lang", "uk");
  await tab.waitForFunction(() => deep.q('article.tt[aria-labelledby="tt1-title"]')?.dataset.uiLocale === "uk");
  const ukrainian = await interfaceWords(tab);
  assert.equal(ukrainian.length, english.length, "the same interface elements are shown");
  ukrainian.forEach(([selector, text], i) => {
    assert.notEqual(text, english[i][1], `${selector} changed language`);
    assert.match(text, CYRILLIC, `${selector}: "${text}"`);
  });
  const byline = await tab.locator("#tt1 .tt-byline time").textContent();
  assert.notEqual(byline, englishByline);
  const asOf = await tab.locator("#tt1 .tt-byline time").getAttribute("datetime");
  assert.equal(byline, await intl(tab, "uk", asOf.slice(0, 10), { weekday: "long", day: "numeric", month: "long", year: "numeric" }));
  // The story's own words stay as written.
  assert.equal(await tab.locator("#tt1 .tt-title").textContent(), stories["paris-talks"].title);

  await tab.selectOption("#demo-lang", "de");
  await tab.locator("#tt1 .tt-lang-note[data-missing-locale=de]").waitFor();
  assert.deepEqual(await wordsOnceShown(tab, english), english, "German is missing: English words, with a note");

  await tab.selectOption("#demo-lang", "");
  await tab.waitForFunction(() => !deep.q('article.tt[aria-labelledby="tt1-title"] .tt-lang-note'));
  assert.deepEqual(await wordsOnceShown(tab, english), english);

  // The story switch: the Ukrainian story brings its own language.
  await tab.selectOption("#demo-story", "stories/paris-talks.uk.json");
  await tab.waitForFunction(() => deep.q('article.tt[aria-labelledby="tt1-title"]')?.dataset.storyId === "paris-talks-uk");
  assert.equal(await tab.locator("#tt1 article.tt").getAttribute("data-ui-locale"), "uk");
  assert.deepEqual(errors, []);
  await tab.close();
});

test("a right-to-left story mirrors: axis, arrow keys and buttons, with no overflow", async () => {
  const story = stories["rtl-test.he"];
  for (const width of [1280, 360]) {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width, height: 1000 });
    const errors = watchErrors(tab);
    await tab.goto(`${server.url}/embed/he.html`);
    const root = tab.locator("#he article.tt");
    await root.waitFor();
    assert.equal(await root.getAttribute("dir"), "rtl");
    assert.equal(await root.evaluate((e) => getComputedStyle(e).direction), "rtl");
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${width}px: the page scrolls sideways by ${overflow}px`);

    const tabs = tab.locator("#he [role=tab]");
    const ids = await tabs.evaluateAll((all) => all.map((t) => t.dataset.eventId));
    const boxes = await tabs.evaluateAll((all) => all.map((t) => t.getBoundingClientRect().toJSON()));
    // The Previous button sits on the inline-start side: the right, in RTL.
    const previous = await tab.locator("#he .tt-prev").boundingBox();
    const next = await tab.locator("#he .tt-next").boundingBox();
    assert.ok(previous.x > next.x, `${width}px: Previous is right of Next`);

    if (width === 1280) {
      // Time runs right to left: each later column starts further left.
      const first = boxes[0];
      const last = boxes.at(-1);
      assert.ok(first.right > last.right, "the first event is right of the last");
      // ArrowLeft moves forward in time, ArrowRight back.
      const selected = await tabs.evaluateAll((all) => all.findIndex((t) => t.getAttribute("aria-selected") === "true"));
      await tabs.nth(selected).focus();
      const start = Math.max(0, Math.min(selected, ids.length - 2));
      await tabs.nth(start).click();
      await tab.keyboard.press("ArrowLeft");
      assert.equal(await tabs.nth(start + 1).getAttribute("aria-selected"), "true", "ArrowLeft selects the next event");
      await tab.keyboard.press("ArrowRight");
      assert.equal(await tabs.nth(start).getAttribute("aria-selected"), "true", "ArrowRight goes back");
      await tab.screenshot({ path: "target/screenshots/rtl-1280.png" });
    } else {
      await tab.screenshot({ path: "target/screenshots/rtl-360.png", fullPage: true });
    }
    assert.equal(ids.length, story.events.length);
    assert.deepEqual(await axeViolations(tab, "#he"), []);
    assert.deepEqual(errors, []);
    await tab.close();
  }
});
