// Screenshots of the demo for the README: desktop and a 360 px phone (run by `make screenshot`).
import { join } from "node:path";
import { serveDist, launch } from "./support.mjs";

const out = new URL("../../docs/", import.meta.url).pathname;
const server = await serveDist();
const browser = await launch();
for (const [name, viewport] of [["screenshot-desktop.png", { width: 1100, height: 1400 }], ["screenshot-phone.png", { width: 360, height: 1400 }]]) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${server.url}/index.html`);
  await page.waitForSelector("[data-story-id]");
  await page.screenshot({ path: join(out, name) });
  console.log(`wrote docs/${name}`);
  await page.close();
}
await browser.close();
await server.close();
