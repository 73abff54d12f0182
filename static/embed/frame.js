// Inside the iframe (embed.html?story=URL): renders one <talks-tracker> and tells the
// parent page its height whenever it changes, in the Pym.js message format
// ("pymxPYMx<childId>xPYMxheightxPYMx<pixels>"), so pages running Pym.js need nothing new.
const params = new URLSearchParams(location.search);
const widget = document.createElement("talks-tracker");
widget.setAttribute("src", params.get("story") ?? "stories/paris-talks.json");
for (const name of ["theme", "lang"]) if (params.has(name)) widget.setAttribute(name, params.get(name));
// memory=off: no "new since your last visit", nothing kept in the reader's storage.
if (params.get("memory") === "off") widget.setAttribute("no-memory", "");
document.body.append(widget);

const childId = params.get("childId");
if (childId && window.parent !== window) {
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // "*": the child cannot know who embeds it; the parent checks where messages come from.
    window.parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, "*");
  };
  new ResizeObserver(report).observe(document.documentElement);
}
