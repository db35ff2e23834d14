// Step timers for the toolkit: a countdown with pause, add a minute and skip, which warns
// near the end; and facilitator mode, one large step at a time with keyboard controls.
// Without JavaScript every page still works: the steps are all listed, untimed.
(function () {
  "use strict";
  const textsEl = document.getElementById("timer-texts");
  if (!textsEl) return;
  const texts = textsEl.dataset;
  const format = (s) => Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");

  // Warn when a fifth of the time is left, but never earlier than 60 s or later than 10 s.
  const warnAt = (total) => Math.max(10, Math.min(60, Math.round(total / 5)));

  function Timer(root, onSkip) {
    const display = root.querySelector(".timer-display");
    const status = root.querySelector(".timer-status");
    const pauseButton = root.querySelector('[data-action="pause"]');
    let total = 0, left = 0, warned = false, running = false, tick = null;

    function render() {
      display.textContent = format(Math.max(left, 0));
      root.classList.toggle("is-warning", left > 0 && left <= warnAt(total));
      root.classList.toggle("is-up", left <= 0);
      root.classList.toggle("is-paused", !running && left > 0);
    }
    function announce(message) { if (status) status.textContent = message; }
    function step() {
      left -= 1;
      if (!warned && left > 0 && left <= warnAt(total)) {
        warned = true;
        announce(texts.warning.replace("%s", format(left)));
      }
      if (left <= 0) { stop(); announce(texts.up); }
      render();
    }
    function stop() { clearInterval(tick); tick = null; running = false; syncButton(); }
    function syncButton() {
      if (!pauseButton) return;
      pauseButton.textContent = running || left <= 0 ? texts.pause : texts.resume;
      pauseButton.setAttribute("aria-pressed", String(!running && left > 0));
    }
    const api = {
      start(seconds, full) {
        stop(); total = Math.max(full || 0, seconds); left = seconds; warned = Boolean(full) && left <= warnAt(total); announce("");
        running = true; tick = setInterval(step, 1000); render(); syncButton();
      },
      toggle() {
        if (left <= 0) return;
        if (running) { stop(); announce(texts.paused); }
        else { running = true; tick = setInterval(step, 1000); announce(texts.resumed); }
        syncButton(); render();
      },
      add(seconds) {
        left = Math.max(left, 0) + seconds; total = Math.max(total, left);
        warned = left <= warnAt(total);
        if (!running) { running = true; tick = setInterval(step, 1000); }
        announce(texts.added); render(); syncButton();
      },
      stop() { stop(); },
    };
    root.addEventListener("click", (e) => {
      const action = e.target.closest("[data-action]");
      if (!action) return;
      if (action.dataset.action === "pause") api.toggle();
      if (action.dataset.action === "add") api.add(60);
      if (action.dataset.action === "skip" && onSkip) onSkip();
    });
    return api;
  }

  // Live workshops (workshops/live.js) drive the same timer from the state on the server.
  window.InnosparkTimer = Timer;

  // A single exercise step.
  const stepTimer = document.querySelector("[data-timer]");
  if (stepTimer) {
    stepTimer.querySelector(".timer-controls").hidden = false;
    Timer(stepTimer).start(parseInt(stepTimer.dataset.seconds, 10));
    const area = document.querySelector("textarea[data-count]");
    const counter = document.getElementById("idea-count");
    if (area && counter) {
      const count = () => {
        const n = area.value.split("\n").filter((l) => l.trim()).length;
        const target = area.dataset.target;
        counter.textContent = counter.dataset.template.replace("%s", target ? n + " / " + target : n);
      };
      area.addEventListener("input", count);
      count();
    }
  }

  // Facilitator mode.
  const room = document.querySelector("[data-facilitate]");
  if (room) {
    const steps = Array.from(room.querySelectorAll(".fac-step"));
    const panel = room.querySelector(".fac-panel");
    const timer = Timer(panel);
    let current = 0;
    panel.hidden = false;
    room.classList.add("is-live");
    function show(i) {
      current = Math.min(Math.max(i, 0), steps.length - 1);
      steps.forEach((s, j) => { s.hidden = j !== current; });
      timer.start(parseInt(steps[current].dataset.seconds, 10));
    }
    function fullscreen() {
      if (document.fullscreenElement) document.exitFullscreen();
      else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen();
    }
    panel.addEventListener("click", (e) => {
      const action = e.target.closest("[data-action]");
      if (!action) return;
      if (action.dataset.action === "next") show(current + 1);
      if (action.dataset.action === "previous") show(current - 1);
      if (action.dataset.action === "fullscreen") fullscreen();
    });
    document.addEventListener("keydown", (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.target.closest("a")) return;
      const key = e.key;
      if (key === " " && !e.target.closest("button")) { e.preventDefault(); timer.toggle(); }
      else if (key === "ArrowRight" || key === "PageDown" || key === "n" || key === "N") { e.preventDefault(); show(current + 1); }
      else if (key === "ArrowLeft" || key === "PageUp" || key === "p" || key === "P") { e.preventDefault(); show(current - 1); }
      else if (key === "+" || key === "=") { timer.add(60); }
      else if (key === "f" || key === "F") { fullscreen(); }
    });
    show(0);
  }
})();
