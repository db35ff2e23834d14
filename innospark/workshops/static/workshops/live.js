// Live workshops: keep the timer of the step that the server sends (the toolkit's timer.js),
// clear the idea form once an idea is saved, and the facilitator's keys. The fragments
// themselves are polled by htmx (hx-trigger="every 1s"), so this file holds no state of the
// workshop: a reload, another tab or another server process shows the same thing.
(function () {
  "use strict";
  let timer = null;

  function syncTimer(root) {
    const box = root.querySelector ? root.querySelector("[data-live-timer]") : null;
    const el = root.matches && root.matches("[data-live-timer]") ? root : box;
    if (!el || !window.InnosparkTimer) return;
    if (timer) timer.stop();
    timer = window.InnosparkTimer(el);
    timer.start(parseInt(el.dataset.seconds, 10), parseInt(el.dataset.total, 10));
    if (el.dataset.running !== "1") timer.toggle();
  }

  document.addEventListener("DOMContentLoaded", () => syncTimer(document));
  document.addEventListener("htmx:load", (e) => syncTimer(e.detail.elt));

  // The server says an idea was saved (HX-Trigger: ideaSaved): empty the box for the next one.
  document.body.addEventListener("ideaSaved", () => {
    const form = document.getElementById("idea-form");
    if (!form) return;
    form.reset();
    const area = form.querySelector("textarea");
    if (area) area.focus();
  });

  // Facilitator keys, as in the toolkit's facilitator mode: they press the matching button.
  const full = () => {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen();
  };
  document.addEventListener("click", (e) => {
    if (e.target.closest('[data-key="fullscreen"]')) full();
  });
  const showFullscreen = (root) => {
    const button = document.getElementById("control-fullscreen");
    if (button && document.documentElement.requestFullscreen) button.hidden = false;
  };
  document.addEventListener("htmx:load", showFullscreen);
  document.addEventListener("DOMContentLoaded", showFullscreen);
  document.addEventListener("keydown", (e) => {
    if (!document.getElementById("stage")) return;
    if (e.altKey || e.ctrlKey || e.metaKey || e.target.closest("a, input, textarea, select")) return;
    const keys = { " ": "toggle", ArrowRight: "next", n: "next", N: "next", ArrowLeft: "previous",
      p: "previous", P: "previous", "+": "add", "=": "add" };
    if (e.key === "f" || e.key === "F") { full(); return; }
    const name = keys[e.key];
    if (!name || (e.key === " " && e.target.closest("button"))) return;
    const button = document.querySelector(`#stage [data-key="${name}"]`);
    if (button && !button.disabled) { e.preventDefault(); button.click(); }
  });
})();
