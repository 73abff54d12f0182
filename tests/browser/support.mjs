// Shared pieces of the browser tests: a static server for dist/ and Debian's Chromium.
import { createServer } from "node:http";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const root = new URL("../../", import.meta.url).pathname;
export const dist = join(root, "dist");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
};

/**
 * Serves dist/ on 127.0.0.1 at a free port; resolves to { url, close }.
 * `routes` adds generated pages: { "/two.html": "<!doctype html>…" } (string or Buffer),
 * served before dist/ with the content type of the path's extension.
 * `headers` are added to every response (e.g. a Content-Security-Policy).
 */
export async function serveDist(routes = {}, headers = {}) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    if (Object.hasOwn(routes, path)) {
      response.writeHead(200, { ...headers, "content-type": types[extname(path)] ?? "application/octet-stream" });
      response.end(routes[path]);
      return;
    }
    const file = join(dist, path.endsWith("/") ? path + "index.html" : path);
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...headers, "content-type": types[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  const close = () => new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections(); // keep-alive connections would hold close() open
  });
  return { url: `http://127.0.0.1:${port}`, close };
}

/**
 * Launches Debian's Chromium headless with a fresh profile; never downloads a browser.
 * `options` are extra context options, e.g. { javaScriptEnabled: false }.
 */
export async function launch(viewport = { width: 1280, height: 900 }, options = {}) {
  const profile = await mkdtemp(join(tmpdir(), "tt-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport,
    args: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
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
