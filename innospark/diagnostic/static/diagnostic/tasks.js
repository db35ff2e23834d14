// Visible countdowns for the task pages. Without JavaScript the page still works, untimed.
(function () {
  const form = document.querySelector(".task-form");
  if (!form) return;
  const texts = document.getElementById("timer-texts").dataset;
  const status = form.querySelector(".timer-status");
  const tasks = Array.from(form.querySelectorAll(".task"));
  const format = (s) => Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");

  function countdown(task, done) {
    const timer = task.querySelector(".timer");
    let left = parseInt(task.dataset.seconds, 10);
    timer.hidden = false;
    timer.textContent = texts.left.replace("%s", format(left));
    const tick = setInterval(() => {
      left -= 1;
      timer.textContent = texts.left.replace("%s", format(Math.max(left, 0)));
      if (left === 60) status.textContent = texts.minute;
      if (left <= 0) { clearInterval(tick); done(); }
    }, 1000);
    return () => clearInterval(tick);
  }

  if (form.dataset.kind === "aut") {
    // Each object has its own page: one timer; when it ends the ideas stay, editing stops.
    const task = tasks[0];
    const area = task.querySelector("textarea");
    countdown(task, () => { area.readOnly = true; status.textContent = texts.up; });
    return;
  }
  // RAT: one problem at a time, each with its own 30 seconds.
  let current = 0;
  let stop = null;
  const next = document.createElement("button");
  next.type = "button";
  next.textContent = texts.next;
  next.className = "button secondary next-problem";
  function show(i) {
    tasks.forEach((t, j) => { t.hidden = j !== i; });
    if (stop) stop();
    if (i >= tasks.length) {
      tasks.forEach((t) => { t.hidden = false; t.querySelector("input").readOnly = true; t.querySelector(".timer").hidden = true; });
      next.remove();
      status.textContent = texts.up;
      return;
    }
    const input = tasks[i].querySelector("input");
    input.focus();
    stop = countdown(tasks[i], () => { current = i + 1; show(current); });
    tasks[i].appendChild(next);
  }
  next.addEventListener("click", () => { current += 1; show(current); });
  form.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && e.target.tagName === "INPUT" && current < tasks.length) { e.preventDefault(); current += 1; show(current); }
  });
  show(current);
  // An address ending in #main (kept from the skip link through the form's redirect) moves the
  // focus to <main> as the page finishes loading: give it back to the current problem.
  window.addEventListener("load", () => {
    if (current < tasks.length && !tasks[current].contains(document.activeElement)) {
      tasks[current].querySelector("input").focus();
    }
  });
})();
