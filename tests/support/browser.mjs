// The one Chromium launcher of the browser tests and the benchmark: Debian's Chromium,
// headless, with the flags that keep it off the (closed) network. Never downloads a browser.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
/** Without the background-networking flags Chromium floods the closed network with refused connections. */
export const CHROMIUM_ARGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/**
 * A browser with a fresh temporary profile, as one persistent context; resolves to
 * { context, close }. `options` are extra context options, e.g. { javaScriptEnabled: false }.
 */
export async function launch(viewport = { width: 1280, height: 900 }, options = {}) {
  const profile = await mkdtemp(join(tmpdir(), "tt-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A browser for many fresh contexts (`browser.newContext()`), e.g. one per measured load;
 * `args` are added to the common flags.
 */
export function launchBrowser(args = []) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...args] });
}
