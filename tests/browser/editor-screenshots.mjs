// Screenshots of the story editor (run by `make screenshot`): the seed story open in the
// editor with an event and a point open, on a desktop (form beside the live preview)
// and on a phone (the form, then the preview tab), into docs/.
import { join } from "node:path";
import { serveDist, launch } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
const SEED = join(root, "static/stories/paris-talks.json");
const server = await serveDist();

for (const [name, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 360, height: 740 }]]) {
  const browser = await launch(viewport);
  const page = await browser.context.newPage();
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`${server.url}/editor.html`);
  await page.getByLabel("Open a story file").setInputFiles(SEED);
  await page.locator("#ed-f-events-1").waitFor();
  await page.locator("#ed-f-points-0 > legend .ed-toggle").click();
  await page.locator("#ed-f-points-0-body").waitFor();
  await page.locator("#ed-f-points-0").scrollIntoViewIfNeeded();
  const previewShown = () => page.waitForFunction(() =>
    document.querySelector("[data-editor-preview] talks-tracker")?.shadowRoot?.querySelector("[role=tablist]"));
  if (name === "desktop") await previewShown();
  await page.screenshot({ path: join(root, `docs/editor-${name}.png`) });
  console.log(`wrote docs/editor-${name}.png`);
  if (name === "phone") {
    await page.getByRole("tab", { name: "Preview" }).click();
    await previewShown();
      await page.screenshot({ path: join(root, "docs/editor-phone-preview.png") });
    console.log("wrote docs/editor-phone-preview.png");
  }
  await browser.close();
}
await server.close();
