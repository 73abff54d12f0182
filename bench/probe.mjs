// Code that runs inside the benchmarked page. `install` is added with addInitScript, so it
// runs before any of the page's own scripts; the step functions are run with page.evaluate.
// Every time is performance.now() in the page: milliseconds since navigation start.

/**
 * Sets up window.__bench: long tasks (buffered PerformanceObserver), first contentful paint,
 * the load event, `talks-tracker:ready`, and "first content": the frame in which the first
 * event's title (in timeline order) is in the DOM and rendered (checkVisibility: not
 * display:none, not in a hidden subtree), whether or not it is scrolled into view. It is
 * polled once per animation frame, inside <talks-tracker>'s shadow root too, so its
 * resolution is one frame (~16 ms).
 */
export function install({ selector, title }) {
  const bench = (window.__bench = { longTasks: [], firstContent: null, fcp: null, ready: null, load: null });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") bench.fcp = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  addEventListener("load", () => { bench.load = performance.now(); });
  document.addEventListener("talks-tracker:ready", () => { bench.ready ??= performance.now(); }, true);

  const shown = () => {
    const roots = [document, ...[...document.querySelectorAll("talks-tracker")].map((h) => h.shadowRoot).filter(Boolean)];
    return roots.some((root) => [...root.querySelectorAll(selector)].some((el) =>
      el.textContent.includes(title) && el.checkVisibility({ visibilityProperty: true })));
  };
  const poll = () => {
    if (shown()) bench.firstContent = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  /** Resolves with performance.now() once the next frame has been rendered (rAF, then a task). */
  bench.nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  }));

  /**
   * Resolves with { dom, painted } once `done()` holds: `dom` when a mutation under `root`
   * made it true, `painted` after the frame showing it. Call before triggering the change.
   */
  bench.whenShown = (root, done) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error("timed out waiting for the new event")); }, 30_000);
    const observer = new MutationObserver(async () => {
      if (!done()) return;
      const dom = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve({ dom, painted: await bench.nextPaint() });
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** Opens the first event of our widget (not measured), so that "next" has somewhere to go. */
export async function widgetReset(instance) {
  const root = document.getElementById(instance).shadowRoot;
  root.querySelector("[role=tab]").click();
  await window.__bench.nextPaint();
}

/**
 * One measured step in our widget: a click on "Next event", or ArrowRight on the focused
 * selected tab. Returns milliseconds from just before dispatching the event to the DOM
 * showing the next event's title in the panel (`dom`), and to the frame that shows it.
 */
export async function widgetStep({ instance, how }) {
  const root = document.getElementById(instance).shadowRoot;
  const tabs = [...root.querySelectorAll("[role=tab]")];
  const selected = tabs.findIndex((tab) => tab.getAttribute("aria-selected") === "true");
  // A long timeline renders a window of tabs: after the reader scrolled, the next event's
  // tab may not be rendered yet; then wait for the panel to show another event.
  const expected = tabs[selected + 1]?.querySelector(".tt-tab-title").textContent.trim();
  if (how === "key") {
    tabs[selected].focus();
    await window.__bench.nextPaint();
  }
  const title = () => root.querySelector("[role=tabpanel] .tt-detail-title")?.textContent.trim();
  const current = title();
  const shown = window.__bench.whenShown(root, () => (expected ? title() === expected : title() !== current));
  const start = performance.now();
  if (how === "click") root.querySelector(".tt-next").click();
  else tabs[selected].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, composed: true, cancelable: true }));
  const { dom, painted } = await shown;
  return { dom: dom - start, painted: painted - start };
}

/**
 * One measured step on our overview: a press (pointerdown) at `at` (0–1) of its slider's
 * width, which opens the event nearest that date and moves the strip to it. Measured to
 * the panel showing another event, and to the frame after it.
 */
export async function overviewStep({ instance, at }) {
  const root = document.getElementById(instance).shadowRoot;
  const slider = root.querySelector("[data-overview] [role=slider]");
  const box = slider.getBoundingClientRect();
  const title = () => root.querySelector("[role=tabpanel] .tt-detail-title")?.textContent.trim();
  const current = title();
  const shown = window.__bench.whenShown(root, () => title() !== current);
  const init = { bubbles: true, composed: true, cancelable: true, button: 0, buttons: 1, pointerId: 1, isPrimary: true,
    clientX: box.left + box.width * at, clientY: box.top + box.height / 2 };
  const start = performance.now();
  slider.dispatchEvent(new PointerEvent("pointerdown", init));
  slider.dispatchEvent(new PointerEvent("pointerup", { ...init, buttons: 0 }));
  const { dom, painted } = await shown;
  return { dom: dom - start, painted: painted - start };
}

/**
 * One measured step in TimelineJS: a click on its next-slide arrow, or ArrowRight (TimelineJS
 * listens for it on the document; its focused timenav markers only move focus). Measured to
 * its "change" event for the expected slide and to the frame after it; the slide then glides
 * in over TimelineJS's own animation, which is not counted.
 */
export async function timelineStep({ how }) {
  const timeline = window.timeline;
  const ids = timeline.config.events.map((e) => e.unique_id);
  const expected = ids[ids.indexOf(timeline.current_id) + 1];
  const shown = new Promise((resolve) => {
    let seen = false;
    timeline.on("change", async (e) => {
      if (seen || e.unique_id !== expected) return;
      seen = true;
      const dom = performance.now();
      resolve({ dom, painted: await window.__bench.nextPaint() });
    });
  });
  const start = performance.now();
  if (how === "click") document.querySelector(".tl-slidenav-next").click();
  else document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true }));
  const { dom, painted } = await shown;
  return { dom: dom - start, painted: painted - start };
}

/**
 * Resolves once nothing on the page moves: the page's and our strips' scroll positions and
 * TimelineJS's sliding containers stay the same for 10 frames in a row (at most 600 frames,
 * ~10 s, for a page that never settles). Run between steps, so one step's smooth scrolling
 * or slide animation does not overlap the next measurement.
 */
export async function settle() {
  const snapshot = () => {
    const parts = [scrollX, scrollY];
    for (const host of document.querySelectorAll("talks-tracker")) {
      const strip = host.shadowRoot?.querySelector(".tt-strip");
      if (strip) parts.push(strip.scrollLeft);
    }
    for (const element of document.querySelectorAll(".tl-slider-container, .tl-timenav-slider")) {
      parts.push(element.style.left, getComputedStyle(element).transform);
    }
    return parts.join(",");
  };
  let last = snapshot();
  for (let frame = 0, stable = 0; stable < 10 && frame < 600; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = snapshot();
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}
