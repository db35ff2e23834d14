"""The diagnostic and a toolkit exercise, completed with the keyboard alone (Tab, Shift+Tab,
Space, arrows, Enter and typing; no click, no fill): every element tabbed through shows that it
has the focus, and no Content-Security-Policy violation or script error occurs on the way."""

import pytest

from e2e.audit import CSP_LISTENER, DESKTOP
from innospark.diagnostic.models import Answer, Session
from innospark.toolkit.models import ExerciseRun

pytestmark = pytest.mark.browser

# Run after each key that moves the focus. It checks that the focused element has a focus
# indicator (an outline at least 2 px wide or a box shadow) and, once the focus has left the
# element before, that this element now looks different, so the indicator is the focus's own.
FOCUS = """(selector) => {
  const looks = (el) => { const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(" "); };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + (el.name ? `[name=${el.name}]` : "") + ` “${(el.textContent || el.value || "").trim().slice(0, 30)}”`;
  const problems = [];
  const last = window.__focused;
  const el = document.activeElement;
  if (last && last.el !== el && last.el.isConnected && looks(last.el) === last.looks) {
    problems.push(`${name(last.el)} looks the same with and without the focus`);
  }
  window.__focused = null;
  if (!el || el === document.body) return {problems, matches: false};
  const s = getComputedStyle(el);
  if (!((s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== "none")) {
    problems.push(`${name(el)} has no visible focus indicator`);
  }
  window.__focused = {el, looks: looks(el)};
  return {problems, matches: Boolean(selector) && el.matches(selector)};
}"""


class Keyboard:
    """Keys only. Records focus and CSP problems in `problems`; `tabs` counts Tab presses."""

    def __init__(self, browser, base_url: str):
        self.context = browser.new_context(base_url=base_url, viewport=DESKTOP)
        self.context.add_init_script(CSP_LISTENER)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.tabs = 0
        self.page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        self.page.on(
            "console",
            lambda m: "Content Security Policy" in m.text and self.problems.append(m.text),
        )

    def press(self, key: str, selector: str = "") -> bool:
        """Press `key`; after a key that moves the focus, check the focus and say whether the
        focused element matches `selector`."""
        self.page.keyboard.press(key)
        if key not in ("Tab", "Shift+Tab") and not key.startswith("Arrow"):
            return False
        focus = self.page.evaluate(FOCUS, selector)
        self.problems += [f"{self.page.url}: {p}" for p in focus["problems"]]
        return focus["matches"]

    def tab_to(self, selector: str, *, limit: int = 40, back: bool = False) -> None:
        """Tab (or Shift+Tab) until the focused element matches `selector`."""
        for _ in range(limit):
            self.tabs += 1
            if self.press("Shift+Tab" if back else "Tab", selector):
                return
        raise AssertionError(f"{self.page.url}: {selector} not reached in {limit} key presses")

    def skip_to_main(self) -> None:
        """The skip link, first on every page, takes the focus past the site's navigation. A
        page reached by a redirect from a page at #main keeps that fragment (browsers carry it
        over) and Tab starts in the main content already."""
        if self.page.evaluate("location.hash") == "#main":
            return
        self.tab_to(".skip-link", limit=1)
        self.page.keyboard.press("Enter")
        assert self.page.evaluate("document.activeElement.id") == "main"

    def submit(self, selector: str, *, back: bool = False) -> None:
        self.tab_to(selector, back=back)
        with self.page.expect_navigation():
            self.page.keyboard.press("Enter")

    def finish(self) -> list[str]:
        self.problems += [f"CSP: {p}" for p in self.page.evaluate("() => window.__csp")]
        self.context.close()
        return self.problems

    def value(self, selector: str) -> str:
        return self.page.locator(selector).input_value()


def test_a_person_completes_the_diagnostic_with_the_keyboard_alone(browser, site):
    keys = Keyboard(browser, site.url)
    page = keys.page
    page.goto("/it/diagnostic/")
    keys.skip_to_main()
    keys.tab_to("#id_role")
    keys.press("ArrowDown")  # a closed select takes the next option
    assert keys.value("#id_role") != ""
    keys.submit("main form button[type=submit]")

    pages = 0
    while "/page/" in page.url and not page.locator(".task-form").count():
        pages += 1
        keys.skip_to_main()
        questions = page.locator("fieldset.question")
        for index in range(questions.count()):
            keys.tab_to(f"#{questions.nth(index).get_attribute('id')} input[type=radio]")
            choice = index % 5  # 0: the first option; each arrow checks the next one
            if choice == 0:
                keys.press("Space")
            for _ in range(choice):
                keys.press("ArrowRight")
            checked = questions.nth(index).locator("input:checked")
            assert checked.count() == 1 and checked.get_attribute("value") == str(choice + 1)
        keys.submit("main form button[type=submit]")
    assert pages == 8
    session = Session.objects.get(is_demo=False)
    assert Answer.objects.filter(session=session).count() == 75
    assert session.role != ""

    for _ in range(2):  # unusual uses: one object per page
        assert page.locator(".task-form[data-kind=aut]").count() == 1
        keys.skip_to_main()
        keys.tab_to(".task-form textarea")
        page.keyboard.type("a doorstop\na bookend\na tiny bed for a hamster")
        keys.submit("button[name=save]")
    # Find the missing word: the script focuses each problem in turn; Enter moves on.
    assert page.locator(".task-form[data-kind=rat]").count() == 1
    inputs = page.locator(".task-form input[type=text]")
    for index in range(inputs.count()):
        assert page.evaluate("document.activeElement.id") == inputs.nth(index).get_attribute("id")
        page.keyboard.type("cheese")
        page.keyboard.press("Enter")
    keys.submit("button[name=save]")

    assert "/result/" in page.url
    assert page.locator("#tasks-heading").count() == 1
    assert "hamster" in page.locator("main").inner_text()
    session.refresh_from_db()
    assert session.is_finished
    keys.skip_to_main()
    for _ in range(5):  # the result's own links and buttons show their focus too
        keys.press("Tab")
    keys.tab_to(".skip-link", back=True, limit=80)  # and back up with Shift+Tab
    assert keys.tabs > 8 * 11  # every statement, the buttons, the tasks
    problems = keys.finish()
    assert not problems, "\n".join(problems)


def test_a_person_completes_an_exercise_with_the_keyboard_alone(browser, site):
    keys = Keyboard(browser, site.url)
    page = keys.page
    page.goto("/es/toolkit/exercises/impact-effort/")
    keys.skip_to_main()
    keys.submit("main form button[type=submit]")

    # Step 1: the timer's buttons come first, then the list of ideas.
    keys.tab_to("[data-action=pause]")
    page.keyboard.press("Space")
    assert page.locator("[data-action=pause]").get_attribute("aria-pressed") == "true"
    keys.tab_to("#value")
    page.keyboard.type("modo oscuro\ninicio de sesión único\nexportar a CSV")
    keys.submit("button[name=action][value=next]")

    # Step 2: rate each idea; a closed select takes a typed option.
    assert page.locator("table.rate tbody tr").count() == 3
    for row, (impact, effort) in enumerate([("5", "1"), ("4", "5"), ("2", "2")]):
        keys.tab_to(f"select[name=impact-{row}]")
        page.keyboard.type(impact)
        keys.tab_to(f"select[name=effort-{row}]")
        page.keyboard.type(effort)
        assert (
            keys.value(f"select[name=impact-{row}]"),
            keys.value(f"select[name=effort-{row}]"),
        ) == (impact, effort)
    keys.submit("button[name=action][value=next]")

    # Step 3, then the summary.
    keys.tab_to("#value")
    page.keyboard.type("Empezamos por el modo oscuro.")
    keys.submit("button[name=action][value=next]")
    assert "/summary/" in page.url
    main = page.locator("main").inner_text()
    assert "modo oscuro" in main and "Empezamos" in main
    assert page.locator("figure.matrix svg circle").count() == 3
    quick_wins = page.locator(".quadrants section").first.inner_text()
    assert "modo oscuro" in quick_wins
    run = ExerciseRun.objects.get()
    assert run.completed_at is not None and run.inputs["1"][0]["impact"] == 5
    keys.skip_to_main()
    keys.tab_to("a[href$='summary.pdf']")
    problems = keys.finish()
    assert not problems, "\n".join(problems)
