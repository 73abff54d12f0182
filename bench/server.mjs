// A static server for the benchmark that behaves like a CDN in front of the files: it
// compresses each response with brotli or gzip, whichever the browser's Accept-Encoding
// prefers, once, and serves the cached result afterwards (so compression time never shows
// up in a measurement after the warm-up load).
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
 * Serves `mounts` ({ "/prefix/": "/directory" }, longest prefix wins) on 127.0.0.1 at a free
 * port. Resolves to { url, close }.
 */
export async function serve(mounts) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const cache = new Map(); // `${file}:${mtime}:${encoding}` -> Buffer

  async function body(file, encoding) {
    const { mtimeMs } = await stat(file);
    const key = `${file}:${mtimeMs}:${encoding}`;
    if (!cache.has(key)) {
      const raw = await readFile(file);
      cache.set(key, encoding === "br" ? brotli(raw) : encoding === "gzip" ? gzipSync(raw, { level: 9 }) : raw);
    }
    return cache.get(key);
  }

  const server = createServer(async (request, response) => {
    try {
      const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
      const prefix = prefixes.find((p) => path.startsWith(p));
      if (!prefix) return response.writeHead(404).end("not found");
      const dir = mounts[prefix];
      const file = join(dir, path.slice(prefix.length) || "index.html");
      if (!file.startsWith(dir)) return response.writeHead(403).end();
      const ext = extname(file);
      const encoding = INCOMPRESSIBLE.has(ext) ? "identity" : chooseEncoding(request.headers["accept-encoding"]);
      const data = await body(file, encoding);
      response.writeHead(200, {
        "content-type": TYPES[ext] ?? "application/octet-stream",
        "content-length": data.length,
        ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
        vary: "Accept-Encoding",
        "cache-control": "no-store",
        // Lets Resource Timing report sizes for every resource, as a CDN serving a public
        // widget would.
        "timing-allow-origin": "*",
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
      server.closeAllConnections();
    }),
  };
}
