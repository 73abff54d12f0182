// Trunk post-build hook, release builds only (after write-loader.mjs, see post-build.mjs):
// minifies what every reader downloads besides the wasm, with terser: loader.js and the
// reader's wasm-bindgen glue (Trunk's own minifier leaves the glue as wasm-bindgen wrote
// it). Names the wasm imports by (the glue's object keys) and the glue's exports stay as
// they are: terser renames only local variables. Trunk wrote an `integrity` hash of the
// glue into index.html (its modulepreload link); it is written again for the new bytes.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("minify.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)");

if (process.env.TRUNK_PROFILE === "release") {
  const files = await readdir(dir);
  const glue = files.filter((f) => /^talks-tracker-widget-[0-9a-f]+\.js$/.test(f));
  if (glue.length !== 1) throw new Error(`expected one reader glue in ${dir}, found ${glue}`);
  const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
  const pages = files.filter((f) => f.endsWith(".html"));
  for (const name of ["loader.js", glue[0]]) {
    const path = join(dir, name);
    const before = await readFile(path, "utf8");
    const { code } = await minify(before, { module: true, compress: true, mangle: true });
    if (!code) throw new Error(`terser gave nothing for ${name}`);
    await writeFile(path, code);
    for (const page of pages) {
      const html = await readFile(join(dir, page), "utf8");
      const next = html.replaceAll(integrity(before), integrity(code));
      if (next !== html) await writeFile(join(dir, page), next);
    }
    console.log(`minified ${name}: ${before.length} -> ${code.length} bytes`);
  }
}
