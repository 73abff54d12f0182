// Screenshots of the demo for the README and the issue notes (run by `make screenshot`):
// the whole widget on a desktop and a 360 px phone, and each section on its own in docs/sections/.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch } from "./support.mjs";

const out = new URL("../../docs/", import.meta.url).pathname;
await mkdir(join(out, "sections"), { recursive: true });
const server = await serveDist();
const browser = await launch();

async function open(viewport) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`${server.url}/index.html`);
  await page.waitForSelector("[data-story-id]");
  return page;
}

for (const [name, viewport] of [["screenshot-desktop.png", { width: 1100, height: 1400 }], ["screenshot-phone.png", { width: 360, height: 1400 }]]) {
  const page = await open(viewport);
  await page.screenshot({ path: join(out, name) });
  console.log(`wrote docs/${name}`);
  await page.close();
}

const page = await open({ width: 1280, height: 900 });
await page.locator(".tt-question button").first().click();
await page.locator(".tt-filters-toggle").click();
const sections = {
  "key-questions": ".tt-questions",
  filters: ".tt-filters",
  timeline: ".tt-timeline",
  agreed: ".tt-cards-agreed",
  problems: ".tt-cards-problems",
  open: ".tt-cards-open",
  "who-stands-where": ".tt-standings",
  "whats-next": ".tt-next-steps",
  sources: ".tt-sources",
};
for (const [name, selector] of Object.entries(sections)) {
  await page.locator(selector).screenshot({ path: join(out, "sections", `${name}.png`) });
  console.log(`wrote docs/sections/${name}.png`);
}
await page.close();
await browser.close();
await server.close();
