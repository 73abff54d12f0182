// Screenshots of the overview (issue 16; run by `make screenshot`): the seed story and a
// generated 40-event story with phases and deadlines, on a 1280 px desktop and a 360 px
// phone, into docs/overview-<story>-<width>.png (the overview and the strip under it).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch } from "./support.mjs";
import { writeStories } from "../../bench/generate.mjs";

const root = new URL("../../", import.meta.url).pathname;
const out = join(root, "docs");
const PAGE = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Overview</title>
<link rel="icon" href="data:,"><script type="module" src="/loader.js"></script></head>
<body style="margin:0;padding:8px;background:#fff"><talks-tracker id="w" src="${src}"></talks-tracker></body></html>`;

const [generated] = await writeStories([40], new URL("../../target/overview/", import.meta.url), { living: true });
const server = await serveDist({
  "/seed.html": PAGE("/stories/paris-talks.json"),
  "/generated.html": PAGE("/generated.json"),
  "/generated.json": await readFile(generated.path, "utf8"),
});
const browser = await launch({ width: 1280, height: 900 });
for (const story of ["seed", "generated"]) {
  for (const width of [1280, 360]) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`${server.url}/${story}.html`);
    await page.waitForSelector("[data-overview] [role=slider]");
    // The overview, the strip and the start of the open event: what a reader sees first.
    const box = await page.evaluate(() => {
      const root = document.getElementById("w").shadowRoot;
      const top = root.querySelector(".tt-timeline").getBoundingClientRect();
      const strip = root.querySelector(".tt-strip").getBoundingClientRect();
      return { x: top.left, y: top.top + scrollY, width: top.width, height: Math.min(strip.bottom - top.top + 24, 1100) };
    });
    const path = join(out, `overview-${story}-${width}.png`);
    await page.screenshot({ path, fullPage: true, clip: box });
    console.log(`wrote docs/overview-${story}-${width}.png`);
    await page.close();
  }
}
await browser.close();
await server.close();
