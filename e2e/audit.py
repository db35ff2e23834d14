"""What the accessibility browser tests check on each page they open: axe-core (no serious or
critical violation), the Content-Security-Policy (no violation reported by the browser, no
script error), and reflow (no horizontal scrolling, the key controls on screen) at phone width
and at 200 % zoom.

`Audit` keeps one browser context per language with two tabs: while axe-core checks the page
in one tab, the next page loads in the other, so the server's and the browser's work overlap.
"""

import io
import re
from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.test import Client

AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()

# Installed before any script of the page runs, like axe-core itself (DevTools-injected
# scripts are not subject to the page's CSP).
CSP_LISTENER = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.effectiveDirective} refused ${e.blockedURI || "inline"}`
    + ` at ${e.sourceFile || "?"}:${e.lineNumber} ${e.sample || ""}`.trim());
});
"""

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
# 200 % zoom: a 1280 x 800 window zoomed to 200 % lays pages out in a 640 x 400 CSS-pixel
# viewport, with two device pixels per CSS pixel. Layout, media queries and reflow depend only
# on the CSS-pixel size, so resizing the same context to 640 x 400 gives exactly the zoomed
# layout without a second context (Playwright fixes the device scale factor per context, and a
# new one would lose the signed-in session). The scale factor only changes how sharp it looks.
ZOOM_200 = {"width": 640, "height": 400}

# All of axe-core's default rules; only the serious and critical violations are reported.
# The run starts from a timer, so that this call returns at once and the next page can load
# in the other tab (another renderer process) meanwhile.
AXE_START = """() => {
  window.__axe = new Promise((resolve) => setTimeout(resolve, 0))
    .then(() => axe.run(document, {resultTypes: ["violations"]}))
    .then((results) => results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} [`
        + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ") + "]"));
}"""

# A page without a viewport meta tag is laid out for a desktop on a real phone (the test's
# desktop browser ignores the tag). Key controls: the page heading, the site's navigation and language links, and every button,
# link button and form control of the main content outside a table (a wide table scrolls in
# its own focusable .table-wrap region). Each must be shown and lie within the viewport.
LAYOUT = """() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + (typeof el.className === "string" && el.className.trim()
      ? "." + el.className.trim().split(/\\s+/).join(".") : "")
    + (el.matches("a, button, .button") ? ` “${el.textContent.trim().slice(0, 30)}”` : "");
  if (!document.querySelector("meta[name=viewport][content*=device-width]")) {
    problems.push("no viewport meta tag: phones would show a zoomed-out desktop layout");
  }
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth > width + 1) {
    const wide = Array.from(document.body.querySelectorAll("*")).filter((el) =>
      el.getBoundingClientRect().right > width + 1 && !el.closest(".table-wrap"));
    problems.push(`scrolls horizontally (${scrollWidth} > ${width} px) because of `
      + wide.slice(-3).map(name).join(", "));
  }
  const keys = document.querySelectorAll("main h1, header a:not(.skip-link), header button,"
    + " main button, main .button, main input:not([type=hidden]), main select, main textarea");
  for (const el of keys) {
    if (el.closest("table, [hidden], details:not([open])")) continue;
    if (!el.checkVisibility()) {
      if (el.matches("h1")) problems.push(`${name(el)} is not shown`);
      continue;
    }
    const box = el.getBoundingClientRect();
    if (box.left < -1 || box.right > width + 1) {
      problems.push(`${name(el)} is cut off (${Math.round(box.left)} to ${Math.round(box.right)} px)`);
    }
  }
  return problems;
}"""


# The rows that loading the content and the indicators (and, for whole-site tests, 30 demo
# sessions) creates, kept from the first test that loads them: a transactional test empties the
# database when it ends, and inserting these again takes a fraction of the time that loading
# the files does.
SNAPSHOTS: dict[bool, list[tuple[type, list[dict]]]] = {}


def load_site_data(*, demo: bool = True) -> None:
    """Fill the empty test database with the content, the indicators and, with ``demo``, 30
    completed demo sessions (so that percentiles show): from the files the first time, then
    from the snapshot taken then."""
    snapshot = SNAPSHOTS.get(demo)
    if snapshot and not any(model._base_manager.exists() for model, _rows in snapshot):
        with transaction.atomic():  # foreign keys are checked at the commit, so any order works
            for model, rows in snapshot:
                model._base_manager.bulk_create([model(**row) for row in rows], batch_size=500)
            statements = connection.ops.sequence_reset_sql(no_style(), [m for m, _ in snapshot])
            with connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
        return
    call_command("load_content", verbosity=0)
    call_command("import_indicators", verbosity=0)
    if demo:
        call_command("seed_demo", count=30, stdout=io.StringIO())
    if snapshot is None:
        rebuilt_after_flush = {"contenttypes", "auth"}  # content types and permissions
        SNAPSHOTS[demo] = [
            (model, list(model._base_manager.values()))
            for model in apps.get_models(include_auto_created=True)
            if model._meta.app_label not in rebuilt_after_flush
            and model._meta.managed
            and model._base_manager.exists()
        ]


def sign_in(context, base_url: str, username: str) -> None:
    """Give the browser the session of a signed-in user (signing in has its own tests)."""
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base_url}])


class Audit:
    """Visits pages for one language and records, in `problems`, every problem found on them,
    each named by language, page and address."""

    def __init__(self, browser, base_url: str, language: str, *, layout: bool):
        self.base_url = base_url
        self.language = language
        self.layout = layout
        self.problems: list[str] = []
        self.context = browser.new_context(base_url=base_url, viewport=DESKTOP)
        self.context.add_init_script(CSP_LISTENER)
        self.context.add_init_script(AXE)
        self.logged: dict[int, list[str]] = {0: [], 1: []}  # console and script errors per tab
        self.pending: dict[int, str] = {}  # tab -> the page whose axe-core run is under way
        self.tabs = [self._new_tab(0), self._new_tab(1)]
        self.current = 0

    def _new_tab(self, index: int):
        page = self.context.new_page()

        def console(message):
            if "Content Security Policy" in message.text:
                self.logged[index].append(f"console: {message.text}")

        page.on("console", console)
        page.on("pageerror", lambda error: self.logged[index].append(f"script error: {error}"))
        return page

    @property
    def page(self):
        """The tab showing the page visited last; call `interact()` before acting on it."""
        return self.tabs[self.current]

    def visit(self, name: str, url: str, *, status: int = 200, lands: str = "") -> None:
        """Open `url`, which must answer `status` at `url`'s path or, after redirects, at
        `lands`, and check the page."""
        self.current = 1 - self.current
        self._collect(self.current)
        response = self.page.goto(url)
        self.expect(name, response.status, status, lands or urlsplit(url).path)
        self.check(name)

    def expect(self, name: str, status: int, expected: int, path: str) -> None:
        landed = urlsplit(self.page.url).path
        if (status, landed) != (expected, path):
            self.problems.append(
                f"{self._where(name)}: status {status} at {landed}, not {expected} at {path}"
            )

    def interact(self):
        """The current tab, its checks finished, ready for clicks and keys."""
        self._collect(self.current)
        return self.page

    def check(self, name: str) -> None:
        """Check the page the current tab shows now; axe-core's result is collected later."""
        page = self.page
        where = self._where(name)
        if self.layout:
            for label, size in (("at phone width", PHONE), ("at 200 % zoom", ZOOM_200)):
                page.set_viewport_size(size)
                self.problems += [f"{where} {label}: {p}" for p in page.evaluate(LAYOUT)]
            page.set_viewport_size(DESKTOP)
        page.evaluate(AXE_START)
        self.pending[self.current] = where

    def _collect(self, tab: int) -> None:
        where = self.pending.pop(tab, None)
        if where is not None:
            page = self.tabs[tab]
            found = [f"axe {v}" for v in page.evaluate("() => window.__axe")]
            found += [f"CSP {v}" for v in page.evaluate("() => window.__csp")]
            self.problems += [f"{where}: {problem}" for problem in found + self.logged[tab]]
        self.logged[tab] = []

    def _where(self, name: str) -> str:
        return f"[{self.language}] {name} ({re.sub(r'^https?://[^/]+', '', self.page.url)})"

    def close(self) -> None:
        for tab in (0, 1):
            self._collect(tab)
        self.context.close()
