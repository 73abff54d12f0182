// talks-tracker loader: defines <talks-tracker>. Keep this URL stable; everything it
// loads has a content hash in its name (filled in at build time by scripts/write-loader.mjs).
//
//   <script type="module" src="…/loader.js"></script>
//   <talks-tracker src="/stories/paris-talks.json" theme="auto"></talks-tracker>
//
// The wasm module is fetched and compiled once per page, when the first widget nears the
// viewport. Each widget then gets its own instance of it (own memory, own copy of the JS
// glue, imported under its own URL): a crash in one widget cannot reach the others.
//
// Preview widgets (`<talks-tracker preview>`, for editors) use the editor's module
// instead, which reads stories with every diagnostic (field paths, unknown fields,
// lines, hints); readers' pages never load it.
const ASSETS = __ASSETS__;
const base = new URL(".", import.meta.url);
const compiled = new Map();
let instances = 0;

/** The module a widget runs: the reader's, or the editor's for a preview. */
const bundleFor = (element) => (element.hasAttribute("preview") ? ASSETS.preview : ASSETS);

function compileWasm(bundle) {
  if (!compiled.has(bundle)) {
    compiled.set(bundle, (async () => {
      const url = new URL(bundle.wasm, base);
      try {
        return await WebAssembly.compileStreaming(fetch(url));
      } catch {
        // Servers that do not send `application/wasm` cannot stream-compile.
        return WebAssembly.compile(await (await fetch(url)).arrayBuffer());
      }
    })());
  }
  return compiled.get(bundle);
}

async function newInstance(bundle) {
  const module = await compileWasm(bundle);
  const glue = new URL(bundle.js, base);
  if (++instances > 1) glue.searchParams.set("instance", instances);
  const instance = await import(glue.href);
  await instance.default({ module_or_path: module });
  return instance;
}

class TalksTrackerElement extends HTMLElement {
  static observedAttributes = ["src", "lang", "preview"];
  #container = null;
  #prerendered = null;
  #instance = null;
  #bundle = null;
  #early = null;
  #app = null;
  #observer = null;
  #onHash = null;
  #story = null;

  /**
   * The story as an object, for hosts that build it in script: no `<script>` element
   * to write, so it works on pages that enforce Trusted Types. Setting it shows it.
   */
  set story(value) {
    this.#story = value == null ? null : JSON.stringify(value);
    if (this.#app) this.#mount();
  }

  get story() {
    return this.#story == null ? null : JSON.parse(this.#story);
  }

  /** The story set through `story`, as text: what the widget reads (src/browser/web/mount.rs). */
  get storyText() {
    return this.#story;
  }

  connectedCallback() {
    // A story set before this element was upgraded sits on the instance: take it over.
    if (Object.prototype.hasOwnProperty.call(this, "story")) {
      const early = this.story;
      delete this.story;
      this.story = early;
    }
    if (!this.#container) {
      this.#container = document.createElement("div");
      if (this.shadowRoot) {
        // Pre-rendered by `talks-tracker render --embed` (declarative Shadow DOM): it stays
        // until the live widget has rendered the same thing beside it, then they swap.
        this.#prerendered = this.shadowRoot.querySelector(".tt-ssr");
        this.#container.hidden = true;
        this.shadowRoot.append(this.#container);
        this.setAttribute("data-ready", "");
      } else {
        const root = this.attachShadow({ mode: "open" });
        const style = document.createElement("link");
        style.rel = "stylesheet";
        style.href = new URL(ASSETS.css, base).href;
        root.append(style, this.#container);
      }
      this.addEventListener("talks-tracker:error", () => this.#offerRestart());
      this.addEventListener("talks-tracker:ready", () => {
        this.#prerendered?.remove();
        this.#prerendered = null;
        this.#container.hidden = false;
        this.setAttribute("data-ready", "");
      });
    }
    const start = () => {
      this.#observer.disconnect();
      window.removeEventListener("hashchange", this.#onHash);
      this.#mount();
    };
    // Start when near the viewport, so widgets below the fold cost nothing up front…
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) start();
    }, { rootMargin: "600px 0px" });
    this.#observer.observe(this);
    // …or at once for a deep link into this widget (`#<id>-event-…`), wherever it is:
    // the browser cannot scroll to an element inside a shadow root, the widget can.
    this.#onHash = () => {
      if (this.id && location.hash.startsWith(`#${this.id}-`)) start();
    };
    window.addEventListener("hashchange", this.#onHash);
    this.#onHash();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    window.removeEventListener("hashchange", this.#onHash);
    this.#app?.destroy();
    this.#app = null;
  }

  attributeChangedCallback(name, before, after) {
    if (this.#app && before !== after) this.#mount();
  }

  /** Opens an event of the story, as if the reader had chosen it. */
  select(eventId) {
    this.#container?.querySelector(".tt")?.dispatchEvent(
      new CustomEvent("talks-tracker:command", { detail: { select: String(eventId) } }));
  }

  /** Shows the story again after `src`, `lang` or an inline story changed. */
  reload() {
    if (this.#app) this.#mount();
  }

  /**
   * The story request started while the module compiles, for the widget to take over
   * (src/browser/web/fetch.rs): the same request the widget would make, made earlier.
   */
  takeEarlyStory() {
    const early = this.#early;
    this.#early = null;
    return early;
  }

  // Only for a first mount of a story by `src` (not inline, not set in script):
  // with the same credentials as the widget's own request, and its own abort.
  #startEarlyStory() {
    const src = this.getAttribute("src");
    if (this.#app || this.#early || !src || this.#story != null) return;
    if (this.querySelector('script[type="application/json"]')) return;
    const withCredentials = this.getAttribute("credentials") === "include";
    const controller = new AbortController();
    const response = fetch(src, { credentials: withCredentials ? "include" : "omit", signal: controller.signal });
    response.catch(() => {}); // The widget reports failures when it takes the request over.
    this.#early = { src, withCredentials, response, controller };
  }

  async #mount() {
    this.#startEarlyStory();
    const bundle = bundleFor(this);
    if (this.#bundle !== bundle) {
      // First mount, or `preview` was added or removed: the app belongs to the old module.
      this.#app?.destroy();
      this.#app = null;
      this.#bundle = bundle;
      this.#instance = newInstance(bundle);
    }
    const instance = await this.#instance;
    this.#app?.destroy();
    this.#container.replaceChildren();
    // The widget reads its attributes (src, lang, preview, id) and the page's language
    // itself: the rules are written once, in Rust (src/browser/web/mount.rs).
    this.#app = instance.mountWidget(this, this.#container);
    // Not taken (the widget found its story elsewhere): it is not needed.
    this.#early?.controller.abort();
    this.#early = null;
  }

  // After a crash the widget's wasm instance is dead (the Rust side has put an alert in
  // place of the widget): offer to start it again in a fresh instance.
  #offerRestart() {
    const notice = this.shadowRoot.querySelector(".tt-crashed .tt-alert");
    if (!notice || notice.querySelector("button")) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "tt-retry";
    button.textContent = "Restart the widget";
    button.addEventListener("click", () => {
      notice.parentElement.remove();
      const fresh = document.createElement("div");
      this.#container.replaceWith(fresh);
      this.#container = fresh;
      this.#app = null;
      this.#bundle = null;
      this.#mount();
    });
    notice.append(button);
  }
}

if (!customElements.get("talks-tracker")) customElements.define("talks-tracker", TalksTrackerElement);
