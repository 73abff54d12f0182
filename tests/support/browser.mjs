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
 * Installed in every test page as `window.deep`: lookups that see into open shadow
 * roots, where every <talks-tracker> renders. Used inside `page.evaluate` and
 * `waitForFunction`, where `document.querySelector` stops at the shadow boundary
 * (Playwright's own selectors pierce it already). A selector matches within one tree.
 */
export function installDeepLookups() {
  const roots = (root = document) => [root, ...[...root.querySelectorAll("*")]
    .filter((element) => element.shadowRoot).flatMap((element) => roots(element.shadowRoot))];
  window.deep = {
    /** Every element matching `selector` in the document and its shadow roots. */
    qa: (selector) => roots().flatMap((root) => [...root.querySelectorAll(selector)]),
    /** The first of those. */
    q: (selector) => window.deep.qa(selector)[0] ?? null,
    /** The focused element, inside shadow roots too. */
    active: () => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element;
    },
  };
}

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
  await context.addInitScript(installDeepLookups);
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
