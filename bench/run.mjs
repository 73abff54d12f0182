// `make bench`: loads three stories (the seed, 500 and 5000 generated events) as plain HTML,
// as TimelineJS 3.9.11 and as our widget in headless Chromium, alternating the variants run
// by run so drift (thermal, other load) falls on all of them alike, and prints medians,
// ranges and ratios. Results go to target/bench/results-<timestamp>.json and latest.json.
//
// Expects the release widget in target/bench/dist (the Makefile builds it there, apart from
// dist/, which the browser tests use). Environment:
//   RUNS=5        measured loads per scenario
//   RUNS_LARGE=3  measured loads of the slow 5000-event TimelineJS scenario
//   STEPS=2       selection steps of each kind (click, key) per load
//   ONLY=regex    only scenarios whose "<story> <variant>" matches, e.g. ONLY='5000 talks'
//   REPORT=file   print the tables of an earlier results file instead of measuring
import { execFile } from "node:child_process";
import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { writeStories } from "./generate.mjs";
import { writePages, benchDir, siteDir } from "./pages.mjs";
import { serve, brotli } from "../tests/support/server.mjs";
import { launchBrowser } from "../tests/support/browser.mjs";
import * as probe from "./probe.mjs";

const root = new URL("../", import.meta.url).pathname;
const distDir = join(benchDir, "dist");
const timelineDir = join(root, "node_modules/@knight-lab/timelinejs/dist");
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const RUNS = env("RUNS", 5);
const RUNS_LARGE = env("RUNS_LARGE", 3);
const STEPS = env("STEPS", 2);
const ONLY = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
const LOAD_TIMEOUT = Number(process.env.LOAD_TIMEOUT ?? 180_000);
const QUIET_MS = 1000;

const LABELS = {
  plain: "plain HTML",
  timelinejs: "TimelineJS",
  "talks-tracker": "talks-tracker",
  "talks-tracker-ssr": "talks-tracker pre-rendered",
  "talks-tracker-no-overview": "talks-tracker without overview",
};
/** Short names of our variants in the ratio columns. */
const SHORT = { "talks-tracker": "tt", "talks-tracker-ssr": "tt-ssr", "talks-tracker-no-overview": "tt-no-ov" };

/** What each metric is, its unit in the table, and how to read it from one load. */
const METRICS = [
  ["wire", "wire KB (brotli)", (s) => s.bytes.wire / 1024],
  ["raw", "decoded KB", (s) => s.bytes.raw / 1024],
  ["requests", "requests", (s) => s.bytes.requests],
  ["lastByte", "last resource loaded ms", (s) => s.lastByte],
  ["fcp", "first contentful paint ms", (s) => s.fcp],
  ["firstContent", "first event title ms", (s) => s.firstContent],
  ["ready", "ready ms", (s) => s.ready],
  ["idle", "main thread idle ms", (s) => s.idle],
  ["longTasks", "long tasks after content ms", (s) => s.longTasksAfterContent],
  ["script", "main thread: script ms", (s) => s.mainThread.script],
  ["layout", "main thread: layout ms", (s) => s.mainThread.layout],
  ["style", "main thread: style ms", (s) => s.mainThread.style],
  ["heap", "JS heap MB", (s) => s.memory.jsHeap / 2 ** 20],
  ["dom", "DOM (Blink) heap MB", (s) => s.memory.embedderHeap / 2 ** 20],
  ["buffers", "ArrayBuffers MB", (s) => s.memory.backingStorage / 2 ** 20],
  ["wasm", "wasm linear memory MB", (s) => (s.memory.wasm == null ? null : s.memory.wasm / 2 ** 20)],
  ["memory", "memory total MB", (s) => (s.memory.jsHeap + s.memory.embedderHeap + s.memory.backingStorage + (s.memory.wasm ?? 0)) / 2 ** 20],
  ["click", "click Next → shown ms", (s) => median(s.steps.click)],
  ["key", "ArrowRight → shown ms", (s) => median(s.steps.key)],
  ["overview", "jump to a date via the overview → shown ms", (s) => median(s.steps.overview ?? [])],
];

function median(values) {
  const sorted = values.filter((v) => v != null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The CLI validates a generated story; anything but exit 0 stops the benchmark. */
async function validate(path) {
  await promisify(execFile)("cargo", ["run", "--quiet", "--bin", "talks-tracker", "--", "validate", path], { cwd: root })
    .catch((error) => { throw new Error(`generated story does not validate: ${path}\n${error.stdout}${error.stderr}`); });
}

/**
 * Which element holds the first event content a reader sees in each variant (see
 * probe.install): the first event's marker (TimelineJS) or entry (plain HTML); in our
 * widget the open event's tab (the latest event that has happened: a long timeline
 * renders a window around it, not the first event).
 */
function titleSelector(variant, id) {
  if (variant === "timelinejs") return `[id="${id}-marker"]`;
  if (variant === "plain") return `[data-event-id="${id}"]`;
  return "[role=tab][aria-selected=true]";
}

/** The text the element of titleSelector must contain ("" for our widget's open tab). */
function titleText(variant, title) {
  return variant.startsWith("talks-tracker") ? "" : title;
}

/** Transferred and decoded bytes per resource, from the DevTools protocol's Network events. */
function watchNetwork(cdp) {
  const requests = new Map();
  cdp.on("Network.requestWillBeSent", (e) => requests.set(e.requestId, { url: e.request.url, wire: 0, raw: 0 }));
  cdp.on("Network.responseReceived", (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { status: e.response.status, mime: e.response.mimeType, encoding: e.response.headers["content-encoding"] ?? "" });
  });
  cdp.on("Network.dataReceived", (e) => { const r = requests.get(e.requestId); if (r) r.raw += e.dataLength; });
  cdp.on("Network.loadingFinished", (e) => { const r = requests.get(e.requestId); if (r) r.wire = e.encodedDataLength; });
  cdp.on("Network.loadingFailed", (e) => { const r = requests.get(e.requestId); if (r) r.failed = e.errorText; });
  return () => {
    const list = [...requests.values()].map((r) => ({ ...r, url: r.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, "") }));
    const ok = list.filter((r) => !r.failed);
    return {
      wire: ok.reduce((sum, r) => sum + r.wire, 0),
      raw: ok.reduce((sum, r) => sum + r.raw, 0),
      requests: ok.length,
      failed: list.filter((r) => r.failed).map((r) => `${r.url} (${r.failed})`),
      resources: ok,
    };
  };
}

/**
 * Evaluates an expression in the page through the DevTools protocol. Until the load's
 * figures are read, the bench asks the page only this way: Playwright's own waiting and
 * evaluation first inject its scripts into the page, a 50-65 ms task that would be counted
 * against whichever page had shown its content by then.
 */
async function ask(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", { expression, returnByValue: true });
  if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}

/** Asks the page every 100 ms until `expression` is true. */
async function until(cdp, expression) {
  const deadline = Date.now() + LOAD_TIMEOUT;
  while (!(await ask(cdp, expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${LOAD_TIMEOUT} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until no long task has run for QUIET_MS after ready; returns when the quiet began. */
async function waitForIdle(cdp) {
  const deadline = Date.now() + LOAD_TIMEOUT;
  for (;;) {
    const { now, quietSince } = await ask(cdp, `(() => {
      const b = window.__bench;
      const lastEnd = Math.max(0, ...b.longTasks.map(([start, duration]) => start + duration));
      return { now: performance.now(), quietSince: Math.max(lastEnd, b.ready ?? b.load ?? 0, b.firstContent ?? 0) };
    })()`);
    if (now - quietSince >= QUIET_MS) return quietSince;
    if (Date.now() > deadline) throw new Error("the main thread never went quiet");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One load of one variant of one story in a fresh browser context; `measure` false = warm-up. */
async function load(browser, server, scenario, variant, assets, measure = true) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Performance.enable");
    const network = watchNetwork(cdp);
    await page.addInitScript(probe.install, { selector: titleSelector(variant, scenario.first.id), title: titleText(variant, scenario.first.title) });
    await page.goto(server.url + scenario.url(variant), { waitUntil: "commit", timeout: LOAD_TIMEOUT });
    // Plain HTML has no script: it is ready when the page has loaded.
    const readyWhen = variant === "plain" ? "window.__bench.load" : "window.__bench.ready";
    await until(cdp, `window.__bench?.firstContent != null && ${readyWhen} != null`).catch(async (error) => {
      const state = await ask(cdp, "JSON.stringify(window.__bench)").catch(() => "(no page state)");
      throw new Error(`${scenario.name} ${variant}: ${error.message}\n  page state: ${state}\n  page errors: ${errors.join("; ")}`);
    });
    if (!measure) return null;
    const idle = await waitForIdle(cdp);
    const timing = await ask(cdp, `(() => {
      const b = window.__bench;
      const after = b.firstContent;
      const longTasksAfterContent = b.longTasks.reduce((sum, [start, duration]) =>
        sum + Math.max(0, start + duration - Math.max(start, after)), 0);
      const lastByte = Math.max(...[...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
        .filter((e) => e.responseEnd > 0).map((e) => e.responseEnd));
      return { fcp: b.fcp, firstContent: b.firstContent, ready: b.ready ?? b.load, load: b.load, lastByte, longTasksAfterContent, longTasks: b.longTasks };
    })()`);
    // Main-thread time by kind, from navigation to now (idle plus a second): Chromium's own counters.
    const counters = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
    const mainThread = { script: counters.ScriptDuration * 1000, layout: counters.LayoutDuration * 1000,
      style: counters.RecalcStyleDuration * 1000, task: counters.TaskDuration * 1000 };

    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const wasm = variant.startsWith("talks-tracker")
      ? await page.evaluate(async (glue) => (await (await import(glue)).default()).memory.buffer.byteLength, `/${assets.js}`)
      : null;

    const steps = { click: [], key: [], overview: [] };
    if (variant !== "plain") {
      if (variant.startsWith("talks-tracker")) await page.evaluate(probe.widgetReset, scenario.instance);
      for (let i = 0; i < STEPS; i++) {
        for (const how of ["click", "key"]) {
          await page.evaluate(probe.settle); // the previous step's scrolling or slide animation has finished
          const step = variant === "timelinejs"
            ? await page.evaluate(probe.timelineStep, { how })
            : await page.evaluate(probe.widgetStep, { instance: scenario.instance, how });
          steps[how].push(step.painted);
        }
      }
      // Jump to a date: a press on the overview at alternately 80% and 20% of its span.
      if (variant === "talks-tracker" || variant === "talks-tracker-ssr") {
        for (let i = 0; i < STEPS; i++) {
          await page.evaluate(probe.settle);
          const step = await page.evaluate(probe.overviewStep, { instance: scenario.instance, at: i % 2 ? 0.2 : 0.8 });
          steps.overview.push(step.painted);
        }
      }
    }
    return {
      ...timing, idle, mainThread, steps, errors,
      memory: { jsHeap: heap.usedSize, embedderHeap: heap.embedderHeapUsedSize, backingStorage: heap.backingStorageSize, wasm },
      bytes: network(),
    };
  } finally {
    await context.close();
  }
}

/** Median, min and max of each metric over a scenario's loads. */
function summarize(samples) {
  return Object.fromEntries(METRICS.map(([key, , read]) => {
    const values = samples.map(read).filter((v) => v != null && Number.isFinite(v));
    return [key, values.length ? { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length } : null];
  }));
}

const fmt = (v) => (v == null ? "–" : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
const cell = (s) => (s ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : "–");
/** a / b of the medians; none when b is about zero (e.g. ArrayBuffers on a page without script). */
const ratio = (a, b) => (a?.median != null && Math.abs(b?.median ?? 0) >= 0.01 ? a.median / b.median : null);

/** Prints one table per story: variants as columns, then talks-tracker's ratios. */
function printTables(results) {
  for (const story of results.stories) {
    const columns = story.variants.map((v) => ({ v, summary: results.scenarios.find((s) => s.story === story.name && s.variant === v)?.summary }))
      .filter((c) => c.summary);
    if (!columns.length) continue;
    const ours = columns.filter((c) => c.v.startsWith("talks-tracker"));
    const get = (v) => columns.find((c) => c.v === v)?.summary;
    const ratioColumns = ours.filter((o) => o.v !== "talks-tracker-no-overview").flatMap((o) => [
      [`${SHORT[o.v]}/plain`, (m) => ratio(o.summary[m], get("plain")?.[m])],
      [`${SHORT[o.v]}/TL`, (m) => ratio(o.summary[m], get("timelinejs")?.[m])],
    ]);
    // What the overview costs: the widget with it against the same widget without it.
    if (get("talks-tracker-no-overview")) {
      ratioColumns.push(["tt/tt-no-ov", (m) => ratio(get("talks-tracker")?.[m], get("talks-tracker-no-overview")?.[m])]);
    }
    const header = ["", ...columns.map((c) => `${LABELS[c.v]} median (min–max)`), ...ratioColumns.map(([name]) => name)];
    const rows = METRICS.map(([key, label]) => [label, ...columns.map((c) => cell(c.summary[key])),
      ...ratioColumns.map(([, f]) => { const r = f(key); return r == null ? "–" : `${r.toFixed(2)}×`; })]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
    console.log(`\n${story.label}  (n per column: ${columns.map((c) => c.summary.ready?.n ?? 0).join(", ")})`);
    console.log(line(header));
    for (const row of rows) console.log(line(row));
  }
}

/**
 * The byte budget: our loader + JS glue + wasm + CSS against 0.8 × TimelineJS's JS + CSS +
 * default font stylesheet + icon font + English locale, all brotli at quality 11 by node's
 * zlib (the same compressor for both; the server's own cache uses quality 11 up to 1 MiB).
 */
async function byteBudget(assets) {
  const size = async (path) => brotli(await readFile(path)).length;
  const ours = Object.fromEntries(await Promise.all(
    [["loader.js", "loader.js"], ["glue", assets.js], ["wasm", assets.wasm], ["css", assets.css]]
      .map(async ([name, file]) => [name, await size(join(distDir, file))])));
  const theirs = Object.fromEntries(await Promise.all(
    [["timeline.js", "js/timeline.js"], ["timeline.css", "css/timeline.css"], ["font.default.css", "css/fonts/font.default.css"],
      ["tl-icons.woff2", "css/icons/tl-icons.woff2"], ["locale/en.json", "js/locale/en.json"]]
      .map(async ([name, file]) => [name, await size(join(timelineDir, file))])));
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const budget = Math.floor(0.8 * sum(theirs));
  return { ours, oursTotal: sum(ours), timelinejs: theirs, timelinejsTotal: sum(theirs), budget, pass: sum(ours) <= budget };
}

/**
 * Issue 18's targets, each with this run's figure and whether it is met: ratios of medians
 * against plain HTML or TimelineJS measured in the same run, or absolute medians where the
 * target is one. A target whose scenarios did not run (ONLY=…) is "not measured".
 */
function targets(results) {
  const summary = (story, variant) =>
    results.scenarios.find((s) => s.story === story && s.variant === variant)?.summary;
  const big = results.stories.map((s) => s.name).filter((n) => n.startsWith("events-"))
    .sort((a, b) => Number(b.slice(7)) - Number(a.slice(7)))[0];
  const of = (story, variant, metric) => summary(story, variant)?.[metric]?.median ?? null;
  const against = (story, metric, reference) => {
    const ours = of(story, "talks-tracker", metric);
    const theirs = of(story, reference, metric);
    return ours == null || theirs == null || Math.abs(theirs) < 0.01 ? null : ours / theirs;
  };
  const times = (r) => `${r.toFixed(2)}×`;
  const ms = (v) => `${fmt(v)} ms`;
  const rows = [
    ["reader bytes (loader + glue + wasm + css, brotli)", "≤ 100 KB", results.budget.oursTotal / 1024, 100, (v) => `${v.toFixed(1)} KB`],
    ["seed: first event content / plain HTML", "≤ 1.1×", against("seed", "firstContent", "plain"), 1.1, times],
    ["seed: ready / TimelineJS", "≤ 0.6×", against("seed", "ready", "timelinejs"), 0.6, times],
    ["seed: long tasks after first content", "≤ 50 ms", of("seed", "talks-tracker", "longTasks"), 50, ms],
    ["seed: click Next → shown / TimelineJS", "≤ 0.6×", against("seed", "click", "timelinejs"), 0.6, times],
    ["seed: ArrowRight → shown / TimelineJS", "≤ 0.6×", against("seed", "key", "timelinejs"), 0.6, times],
    [`${big}: ready / TimelineJS`, "≤ 0.1×", big && against(big, "ready", "timelinejs"), 0.1, times],
    [`${big}: click Next → shown`, "≤ 16 ms", big && of(big, "talks-tracker", "click"), 16, ms],
    [`${big}: ArrowRight → shown`, "≤ 16 ms", big && of(big, "talks-tracker", "key"), 16, ms],
    [`${big}: memory / TimelineJS`, "≤ 0.15×", big && against(big, "memory", "timelinejs"), 0.15, times],
  ];
  return rows.map(([label, target, value, limit, show]) => ({
    label, target,
    value: value == null ? "not measured" : show(value),
    met: value == null ? null : value <= limit,
  }));
}

/** Prints the tables and the byte budget of `results`, summaries recomputed from the samples. */
function report(results) {
  for (const scenario of results.scenarios) scenario.summary = summarize(scenario.samples);
  printTables(results);
  const b = results.budget;
  console.log(`\nByte budget (brotli q11, node zlib): talks-tracker ${(b.oursTotal / 1024).toFixed(1)} KB ` +
    `(${Object.entries(b.ours).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(", ")}) vs 0.8 × TimelineJS ` +
    `${(b.timelinejsTotal / 1024).toFixed(1)} KB = ${(b.budget / 1024).toFixed(1)} KB ` +
    `(${Object.entries(b.timelinejs).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(", ")}): ${b.pass ? "PASS" : "OVER BUDGET"}`);
  console.log("\nTargets (issue 18), this run:");
  for (const t of targets(results)) {
    const verdict = t.met == null ? "–" : t.met ? "met" : "NOT MET";
    console.log(`  ${t.label.padEnd(52)} ${t.target.padStart(8)}  ${t.value.padStart(12)}  ${verdict}`);
  }
  const failed = [...new Set(results.scenarios.flatMap((s) => s.samples.flatMap((x) => x.bytes.failed)))];
  if (failed.length) console.log(`Requests that failed (external hosts are blocked): ${failed.join(", ")}`);
}

async function main() {
  if (process.env.REPORT) {
    report(JSON.parse(await readFile(process.env.REPORT, "utf8")));
    return;
  }
  const distFiles = await readdir(distDir).catch(() => {
    throw new Error(`${distDir} is missing: run \`make bench\` (it builds the widget there first)`);
  });
  const one = (re) => distFiles.find((f) => re.test(f));
  const assets = { js: one(/^talks-tracker-widget-[0-9a-f]+\.js$/), wasm: one(/_bg\.wasm$/), css: one(/^talks-tracker-[0-9a-f]+\.css$/) };

  console.log("Generating and validating stories…");
  const generated = await writeStories([500, 5000]);
  for (const g of generated) {
    await validate(g.path);
    console.log(`  events-${g.n}.json: ${(g.bytes / 1024).toFixed(0)} KB, validates${g.note ? `; NOTE: ${g.note}` : ""}`);
  }
  console.log("Writing pages (CLI renders are cached in target/bench/cache/)…");
  const scenarios = [
    await writePages({ name: "seed", storyPath: join(root, "static/stories/paris-talks.json"), css: assets.css, prerender: true }),
    ...await Promise.all(generated.map((g) =>
      writePages({ name: `events-${g.n}`, storyPath: g.path, css: assets.css, prerender: false, extraPrerendered: true }))),
  ];
  for (const s of scenarios) s.label = s.name === "seed" ? `seed story (paris-talks, ${s.events} events)` : `${s.events} generated events`;
  const included = (s, v) => !ONLY || ONLY.test(`${s.name} ${v}`);
  const runsOf = (s, v) => (v === "timelinejs" && s.events >= 5000 ? Math.min(RUNS, RUNS_LARGE) : RUNS);

  const server = await serve({ mounts: { "/": distDir, "/bench/": siteDir, "/timelinejs/": timelineDir }, compress: true });
  // External hosts (TimelineJS's Google Fonts) fail at once instead of waiting on the network.
  const browser = await launchBrowser(["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]);
  const results = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    config: { RUNS, RUNS_LARGE, STEPS, viewport: "1280x900", quietMs: QUIET_MS },
    stories: scenarios.map((s) => ({ name: s.name, label: s.label, events: s.events, variants: s.variants })),
    scenarios: [],
  };
  try {
    console.log("Warm-up (one unmeasured load per scenario fills the server's compression cache)…");
    for (const s of scenarios) for (const v of s.variants) if (included(s, v)) await load(browser, server, s, v, assets, false);

    const samples = new Map();
    const maxRuns = Math.max(...scenarios.flatMap((s) => s.variants.map((v) => runsOf(s, v))));
    for (let run = 1; run <= maxRuns; run++) {
      for (const s of scenarios) {
        for (const v of s.variants) {
          if (!included(s, v) || run > runsOf(s, v)) continue;
          const started = Date.now();
          const sample = await load(browser, server, s, v, assets);
          const key = `${s.name} ${v}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          console.log(`  run ${run}: ${key.padEnd(32)} first content ${fmt(sample.firstContent)} ms, ready ${fmt(sample.ready)} ms, ` +
            `idle ${fmt(sample.idle)} ms (${((Date.now() - started) / 1000).toFixed(1)} s)` +
            `${sample.errors.length ? `  ERRORS: ${sample.errors.join("; ")}` : ""}`);
        }
      }
    }
    for (const s of scenarios) {
      for (const v of s.variants) {
        const list = samples.get(`${s.name} ${v}`);
        if (list) results.scenarios.push({ story: s.name, variant: v, label: LABELS[v], samples: list });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  results.budget = await byteBudget(assets);
  report(results);

  await mkdir(benchDir, { recursive: true });
  const text = JSON.stringify(results, null, 1);
  const file = join(benchDir, `results-${results.date.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, text);
  await writeFile(join(benchDir, "latest.json"), text);
  console.log(`\nWrote ${file} and target/bench/latest.json`);
}

await main();
