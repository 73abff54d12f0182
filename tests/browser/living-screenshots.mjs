// Screenshots of a returning reader's view (run by `make screenshot`): the "since your
// last visit" summary and the update log, in English and Ukrainian, into docs/.
// A reader visits the first version of the seed story, then the second (tests/support/living.mjs).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveDist, launch } from "./support.mjs";
import { firstVersion, secondVersion } from "../support/living.mjs";

const root = new URL("../../", import.meta.url).pathname;
const out = join(root, "docs");
const PAGE = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Living story</title>
<link rel="icon" href="data:,"><script type="module" src="/loader.js"></script></head>
<body style="margin:0;padding:16px;background:#fff"><talks-tracker id="w" src="/living.json"></talks-tracker></body></html>`;

const server = await serveDist({ "/en.html": PAGE("en"), "/uk.html": PAGE("uk") });
for (const [lang, file] of [["en", "paris-talks.json"], ["uk", "paris-talks.uk.json"]]) {
  const first = firstVersion(JSON.parse(await readFile(join(root, "static/stories", file), "utf8")));
  const served = { story: first };
  const browser = await launch({ width: 900, height: 1000 });
  await browser.context.route("**/living.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(served.story) }));
  const open = async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`${server.url}/${lang}.html`);
    await page.waitForSelector("[data-story-id] [role=tablist]");
    return page;
  };
  await (await open()).close();
  served.story = secondVersion(first);
  const page = await open();
  for (const [name, selector] of [["living-summary", ".tt-since"], ["update-log", ".tt-updates"]]) {
    await page.locator(selector).screenshot({ path: join(out, `${name}-${lang}.png`) });
    console.log(`wrote docs/${name}-${lang}.png`);
  }
  await browser.close();
}
await server.close();
