// talks-tracker iframe parent: makes each <iframe data-talks-tracker-frame> as tall as
// its content. Speaks the Pym.js protocol, so it also works with pym.Parent pages and
// Pym children. Messages are accepted only from that iframe's window and origin.
//
//   <iframe data-talks-tracker-frame src="https://cdn.example/talks-tracker/embed.html?story=…"
//           title="Peace talks tracker" style="width:100%;border:0"></iframe>
//   <script src="https://cdn.example/talks-tracker/embed/parent.js" defer></script>
(() => {
  const frames = new Map();
  let counter = 0;
  for (const frame of document.querySelectorAll("iframe[data-talks-tracker-frame]")) {
    const url = new URL(frame.getAttribute("src"), document.baseURI);
    const id = frame.id || `talks-tracker-frame-${++counter}`;
    url.searchParams.set("childId", id);
    // Origin and path only, as Pym.js children expect: never the query string, which
    // may hold an embargoed article's preview token, nor the fragment.
    url.searchParams.set("parentUrl", location.origin + location.pathname);
    frames.set(id, { frame, origin: url.origin });
    frame.setAttribute("scrolling", "no");
    frame.src = url.href;
  }
  window.addEventListener("message", (event) => {
    if (typeof event.data !== "string") return;
    const [prefix, id, type, value] = event.data.split("xPYMx");
    if (prefix !== "pym" || type !== "height") return;
    const entry = frames.get(id);
    if (!entry || event.origin !== entry.origin || event.source !== entry.frame.contentWindow) return;
    const height = Number.parseInt(value, 10);
    if (Number.isFinite(height) && height >= 0 && height < 100000) entry.frame.style.height = `${height}px`;
  });
})();
