// Shared pieces of the browser tests: dist/ on the shared static server, Debian's Chromium
// (tests/support/, which the benchmark uses too), error watching and axe-core.
import { execFile } from "node:child_process";
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { serve } from "../support/server.mjs";

export { launch } from "../support/browser.mjs";

const root = new URL("../../", import.meta.url).pathname;
export const dist = join(root, "dist");
/** The two builds `make test` makes: release in dist/, debug (Yew's hook-order checks) apart. */
export const BUILDS = { release: dist, debug: join(root, "target/debug-dist") };

/** Fails with what to run when a build of BUILDS lacks `file` (default: its loader.js). */
export async function requireBuilds(file = "loader.js") {
  for (const [build, dir] of Object.entries(BUILDS)) {
    await access(join(dir, file)).catch(() => {
      throw new Error(`${dir}/${file} is missing: \`make test\` builds the ${build} build there`);
    });
  }
}

/**
 * Serves dist/ on 127.0.0.1 at a free port; resolves to { url, close }.
 * `routes` adds generated pages: { "/two.html": "<!doctype html>…" } (string or Buffer),
 * served before dist/ with the content type of the path's extension.
 * `headers` are added to every response (e.g. a Content-Security-Policy).
 */
export function serveDist(routes = {}, headers = {}) {
  return serve({ mounts: { "/": dist }, routes, headers });
}

/** Collects uncaught page errors and console errors, to assert there are none. */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Runs axe-core on the page (optionally within a selector) and returns its violations.
 * `options` go to `axe.run`, e.g. { runOnly: { type: "tag", values: ["wcag2a"] } }.
 * axe is injected once per page.
 */
export async function axeViolations(page, include = null, options = {}) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    // Evaluated through the DevTools protocol rather than a <script> tag, so it also
    // works on pages under a strict Content-Security-Policy.
    const source = await readFile(join(root, "node_modules/axe-core/axe.min.js"), "utf8");
    await page.evaluate(source);
  }
  return page.evaluate(async ({ include, options }) => {
    const result = await window.axe.run(include ?? document, { ...options, resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }, { include, options });
}

/** What `talks-tracker validate` says of a story file: "" when it is clean. */
export async function storyProblems(path) {
  const args = ["run", "--quiet", "--bin", "talks-tracker", "--", "validate", path];
  try {
    await promisify(execFile)("cargo", args, { cwd: root });
    return "";
  } catch (failed) {
    return `${failed.stdout}${failed.stderr}` || String(failed);
  }
}

/**
 * What the model says the widget shows for a story file (`talks-tracker facts`, see
 * src/bin/talks-tracker/facts.rs): events in timeline order, the default event, and the
 * events, cards per section and default event of each party and track option; with
 * `pairs`, of every two party options and every party with every track. Tests compare the
 * page with these instead of re-implementing the model's rules.
 */
export async function storyFacts(path, { pairs = false } = {}) {
  const args = ["run", "--quiet", "--bin", "talks-tracker", "--", "facts", ...(pairs ? ["--pairs"] : []), path];
  const { stdout } = await promisify(execFile)("cargo", args, { cwd: root, maxBuffer: 64 * 2 ** 20 });
  return JSON.parse(stdout);
}
