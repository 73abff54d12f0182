// Trunk post-build hook (after build-editor.mjs, see post-build.mjs): writes loader.js
// (stable name) pointing at this build's content-hashed JS glue, wasm and stylesheet,
// and at the editor's glue and wasm, which `<talks-tracker preview>` uses.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("write-loader.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)");
const files = await readdir(dir);
const editorFiles = await readdir(join(dir, "editor"));
const pick = (pattern, among = files) => {
  const found = among.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one file matching ${pattern} in ${dir}, found ${found}`);
  return found[0];
};
const assets = {
  js: pick(/^talks-tracker-widget-[0-9a-f]+\.js$/),
  wasm: pick(/^talks-tracker-widget-[0-9a-f]+_bg\.wasm$/),
  css: pick(/^talks-tracker-[0-9a-f]+\.css$/),
  preview: {
    js: `editor/${pick(/^editor-[0-9a-f]+\.js$/, editorFiles)}`,
    wasm: `editor/${pick(/^editor-[0-9a-f]+_bg\.wasm$/, editorFiles)}`,
  },
};
const template = await readFile(new URL("loader.template.js", import.meta.url), "utf8");
// Release builds minify it afterwards (scripts/minify.mjs); the template keeps the comments.
await writeFile(join(dir, "loader.js"), template.replace("__ASSETS__", JSON.stringify(assets)));
console.log(`loader.js -> ${JSON.stringify(assets)}`);
