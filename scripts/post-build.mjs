// Trunk post-build hook: the editor's bundle first (scripts/build-editor.mjs), then
// loader.js (scripts/write-loader.mjs), which names the reader's bundle and the
// editor's, the one preview widgets use; last, in release builds, loader.js and the
// reader's glue are minified (scripts/minify.mjs).
await import("./build-editor.mjs");
await import("./write-loader.mjs");
await import("./minify.mjs");
