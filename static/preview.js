// The editors' preview page: the textarea's JSON goes into the widget's inline story
// (a text node, never markup) and the widget re-renders in preview mode.
const text = document.getElementById("story-text");
const status = document.getElementById("story-status");
const widget = document.getElementById("preview");
const inline = widget.querySelector('script[type="application/json"]');
let pending;

function show() {
  inline.textContent = text.value;
  widget.reload();
  status.textContent = `Rendered ${new Date().toLocaleTimeString()}: ${text.value.length} characters.`;
}

function schedule() {
  clearTimeout(pending);
  pending = setTimeout(show, 300);
}

async function loadSeed() {
  const response = await fetch(new URL("stories/paris-talks.json", location.href));
  text.value = await response.text();
  show();
}

text.addEventListener("input", schedule);
document.getElementById("load-seed").addEventListener("click", loadSeed);
document.getElementById("story-file").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  text.value = await file.text();
  show();
});
await customElements.whenDefined("talks-tracker");
await loadSeed();
