// The one static server of the browser tests and the benchmark.
//
// Plain (the tests): files as they are, plus generated pages (`routes`) and extra headers.
// With `compress` (the benchmark) it behaves like a CDN in front of the files: each response
// is compressed with brotli or gzip, whichever the browser's Accept-Encoding prefers, once,
// and the cached result is served afterwards (so compression time never shows up in a
// measurement after the warm-up load).
//
// Brotli runs at quality 11, the maximum, for bodies up to 1 MiB (what a CDN or a build step
// does for static assets) and at quality 9 above that: quality 11 takes ~100 s on the 14 MB
// pre-rendered 5000-event page, and 9 is what CDNs typically use for large bodies.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".eot": "application/vnd.ms-fontobject",
};
const typeOf = (path) => TYPES[extname(path)] ?? "application/octet-stream";
/** Already-compressed formats; compressing them again only costs time. */
const INCOMPRESSIBLE = new Set([".png", ".woff2", ".woff"]);
const LARGE = 1024 * 1024;

/** Brotli at the quality described above, the same settings everywhere. */
export function brotli(body) {
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: body.length > LARGE ? 9 : 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** The encoding a CDN would choose for this Accept-Encoding header. */
function chooseEncoding(accept = "") {
  const offered = accept.split(",").map((part) => part.trim().split(";")[0]);
  if (offered.includes("br")) return "br";
  if (offered.includes("gzip")) return "gzip";
  return "identity";
}

/**
 * Serves on 127.0.0.1 at a free port; resolves to { url, close }.
 * - `mounts`: { "/prefix/": "/directory" }, longest prefix wins; a path ending in "/" is its
 *   index.html.
 * - `routes`: generated pages, { "/two.html": "<!doctype html>…" } (string or Buffer), served
 *   before the mounts with the content type of the path's extension.
 * - `headers`: added to every response (e.g. a Content-Security-Policy).
 * - `compress`: compress and cache like a CDN (above), with `timing-allow-origin: *` so
 *   Resource Timing reports every size, as a CDN serving a public widget would.
 */
export async function serve({ mounts = {}, routes = {}, headers = {}, compress = false } = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const cache = new Map(); // `${file}:${mtime}:${encoding}` -> Buffer

  async function body(file, encoding) {
    if (encoding === "identity") return readFile(file);
    const { mtimeMs } = await stat(file);
    const key = `${file}:${mtimeMs}:${encoding}`;
    if (!cache.has(key)) {
      const raw = await readFile(file);
      cache.set(key, encoding === "br" ? brotli(raw) : gzipSync(raw, { level: 9 }));
    }
    return cache.get(key);
  }

  const server = createServer(async (request, response) => {
    try {
      const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
      if (Object.hasOwn(routes, path)) {
        response.writeHead(200, { ...headers, "content-type": typeOf(path) });
        response.end(routes[path]);
        return;
      }
      const prefix = prefixes.find((p) => path.startsWith(p));
      if (!prefix) return response.writeHead(404).end("not found");
      const dir = mounts[prefix];
      const rest = path.slice(prefix.length);
      const file = join(dir, rest === "" || rest.endsWith("/") ? rest + "index.html" : rest);
      if (!file.startsWith(dir)) return response.writeHead(403).end();
      const encoding = compress && !INCOMPRESSIBLE.has(extname(file))
        ? chooseEncoding(request.headers["accept-encoding"]) : "identity";
      const data = await body(file, encoding);
      response.writeHead(200, {
        ...headers,
        "content-type": typeOf(file),
        "content-length": data.length,
        ...(compress ? {
          ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
          vary: "Accept-Encoding",
          "cache-control": "no-store",
          "timing-allow-origin": "*",
        } : {}),
      });
      response.end(request.method === "HEAD" ? undefined : data);
    } catch (error) {
      if (error.code === "ENOENT" || error.code === "EISDIR") response.writeHead(404).end("not found");
      else response.writeHead(500).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections(); // keep-alive connections would hold close() open
    }),
  };
}
