// The demo page's "Embed this" box: both embed snippets for the server the demo runs on.
const base = new URL(".", location.href).href;
const story = new URL("stories/paris-talks.json", base).href;
const snippets = {
  "embed-script": `<script type="module" src="${base}loader.js"></script>\n<talks-tracker src="${story}"></talks-tracker>`,
  "embed-iframe": `<iframe data-talks-tracker-frame title="Peace talks tracker" style="width:100%;border:0"\n        src="${base}embed.html?story=${encodeURIComponent(story)}"></iframe>\n<script src="${base}embed/parent.js" defer></script>`,
};
for (const [id, text] of Object.entries(snippets)) document.getElementById(id).textContent = text;
const status = document.querySelector(".demo-copied");
for (const button of document.querySelectorAll("[data-copy]")) {
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(snippets[button.dataset.copy]);
      status.textContent = "Copied to the clipboard.";
    } catch {
      status.textContent = "Copying is blocked here: select the code and copy it by hand.";
    }
  });
}

// The demo's switches: the widget follows its element's src and lang.
const host = document.querySelector("talks-tracker");
document.getElementById("demo-story").addEventListener("change", (event) => {
  host.setAttribute("src", event.target.value);
});
document.getElementById("demo-lang").addEventListener("change", (event) => {
  if (event.target.value) host.setAttribute("lang", event.target.value);
  else host.removeAttribute("lang");
});
