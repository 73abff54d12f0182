// talks-tracker loader: defines <talks-tracker>. Keep this URL stable; everything it
// loads has a content hash in its name (filled in at build time by scripts/write-loader.mjs).
//
//   <script type="module" src="…/loader.js"></script>
//   <talks-tracker src="/stories/paris-talks.json" theme="auto"></talks-tracker>
//
// The wasm module loads once per page, when the first widget nears the viewport.
const ASSETS = __ASSETS__;
const base = new URL(".", import.meta.url);
let wasm;
let counter = 0;

function loadWasm() {
  wasm ??= import(new URL(ASSETS.js, base).href).then(async (module) => {
    await module.default({ module_or_path: new URL(ASSETS.wasm, base) });
    return module;
  });
  return wasm;
}

class TalksTrackerElement extends HTMLElement {
  static observedAttributes = ["src", "lang"];
  #container = null;
  #prerendered = null;
  #app = null;
  #observer = null;

  connectedCallback() {
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
      this.addEventListener("talks-tracker:ready", () => {
        this.#prerendered?.remove();
        this.#prerendered = null;
        this.#container.hidden = false;
        this.setAttribute("data-ready", "");
      });
    }
    this.instance ??= /^[A-Za-z0-9_-]{1,64}$/.test(this.id) ? this.id : `talks-tracker-${++counter}`;
    // Start when near the viewport, so widgets below the fold cost nothing up front.
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        this.#observer.disconnect();
        this.#mount();
      }
    }, { rootMargin: "600px 0px" });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
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

  async #mount() {
    const module = await loadWasm();
    this.#app?.destroy();
    this.#container.replaceChildren();
    const inline = this.querySelector('script[type="application/json"]')?.textContent ?? undefined;
    const src = this.getAttribute("src") ?? "";
    // The interface language: the element's lang, else the page's (else the story's).
    const lang = this.closest("[lang]")?.getAttribute("lang") || undefined;
    this.#app = module.mountWidget(this.#container, new URL(src || ".", document.baseURI).href, inline, lang, this.instance);
  }
}

if (!customElements.get("talks-tracker")) customElements.define("talks-tracker", TalksTrackerElement);
