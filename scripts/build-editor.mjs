// Trunk post-build hook: builds the story editor (src/bin/editor.rs) as its own wasm
// bundle beside the reader's, in the same Trunk run (Trunk builds one HTML target and
// replaces dist/ wholesale, so the editor must land in its staging dir too):
//
//   editor.html, editor.css          from static/
//   editor/start.js                  stable entry point that editor.html loads
//   editor/editor-<hash>.js, …_bg.wasm   wasm-bindgen --target web output, which
//                                    loader.js also uses for <talks-tracker preview>
//
// Release builds (TRUNK_PROFILE=release) use the release profile and `wasm-opt -Oz`, as
// Trunk does for the reader. The processed bundle is cached next to cargo's output,
// keyed by the wasm's hash, so an unchanged editor costs one `cargo build` check.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, cp, mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const BIN = "talks-tracker-editor";
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("build-editor.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)");
const release = process.env.TRUNK_PROFILE === "release";
const root = new URL("..", import.meta.url).pathname;
const tools = join(root, "node_modules/.bin");

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 2 ** 20, ...options });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})\n${result.stderr ?? ""}`);
  }
  return result.stdout;
}

const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

// The same cargo invocation as Trunk's for the reader (target, profile, offline), so the
// shared crates are compiled once, plus the `editor` feature (off for the reader, whose
// crate graph stays as it was). cargo's messages name the wasm it wrote.
const messages = run("cargo", [
  "build", "--offline", "--target", "wasm32-unknown-unknown", "--bin", BIN, "--features", "editor",
  "--message-format=json-render-diagnostics", ...(release ? ["--release"] : []),
], { stdio: ["ignore", "pipe", "inherit"] });
const wasm = messages.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line))
  .filter((m) => m.reason === "compiler-artifact" && m.target?.name === BIN)
  .flatMap((m) => m.filenames).find((file) => file.endsWith(".wasm"));
if (!wasm) throw new Error(`cargo did not report the ${BIN} wasm`);

const cache = join(dirname(wasm), "editor-bundle");
const key = `${hash(await readFile(wasm))} ${release ? "release" : "debug"}`;
const cachedKey = await readFile(join(cache, ".key"), "utf8").catch(() => "");
if (cachedKey !== key) {
  await rm(cache, { recursive: true, force: true });
  await mkdir(cache, { recursive: true });
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", cache, "--out-name", "editor", wasm]);
  const bg = join(cache, "editor_bg.wasm");
  if (release) run(join(tools, "wasm-opt"), ["-Oz", "--output", bg, bg]);
  // Content-hashed names, so a new editor never meets a cached old one.
  const id = hash(Buffer.concat([await readFile(bg), await readFile(join(cache, "editor.js"))]));
  await rename(bg, join(cache, `editor-${id}_bg.wasm`));
  await rename(join(cache, "editor.js"), join(cache, `editor-${id}.js`));
  await writeFile(join(cache, "start.js"), [
    "// Starts the story editor (written by scripts/build-editor.mjs).",
    `import init, { startEditor } from "./editor-${id}.js";`,
    `await init({ module_or_path: new URL("./editor-${id}_bg.wasm", import.meta.url) });`,
    "startEditor();",
    "",
  ].join("\n"));
  await writeFile(join(cache, ".key"), key);
}

const out = join(staging, "editor");
await mkdir(out, { recursive: true });
for (const entry of await readdir(cache, { withFileTypes: true })) {
  if (entry.name === ".key") continue;
  await cp(join(cache, entry.name), join(out, entry.name), { recursive: true });
}
for (const file of ["editor.html", "editor.css"]) await copyFile(join(root, "static", file), join(staging, file));
const files = (await readdir(out)).filter((f) => f.endsWith(".wasm"));
console.log(`editor -> ${files.map((f) => `editor/${f}`).join(", ")} (${release ? "release" : "debug"}${cachedKey === key ? ", cached" : ""})`);
