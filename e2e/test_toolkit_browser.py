"""A person finds a technique by an unaccented search, runs it in facilitator mode with the
keyboard, and completes a timed exercise: the timer pauses, gains a minute and warns near the
end, typing is saved as it goes, and the summary comes as a PDF. Every page passes axe-core."""

import re

import pytest
from playwright.sync_api import expect

from e2e.test_diagnostic_browser import PHONE, serious_violations
from innospark.toolkit.models import TechniqueText

pytestmark = pytest.mark.browser


def seconds(page, selector=".timer-display") -> int:
    minutes, secs = page.locator(selector).first.inner_text().split(":")
    return int(minutes) * 60 + int(secs)


def test_a_person_completes_a_timed_exercise_and_downloads_the_summary(page):
    page.clock.install()
    problems = []
    page.goto("/es/toolkit/exercises/impact-effort/")
    problems += serious_violations(page)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()

    # Step 1: the timer runs, pauses, gains a minute; typing is saved without submitting.
    assert page.locator(".timer-display").inner_text() == "5:00"
    page.clock.run_for(3000)
    assert seconds(page) == 297
    page.locator("[data-action=pause]").click()
    page.clock.run_for(5000)
    assert seconds(page) == 297
    assert page.locator("[data-action=pause]").get_attribute("aria-pressed") == "true"
    page.locator("[data-action=pause]").click()
    page.locator("[data-action=add]").click()
    assert seconds(page) == 357
    page.locator("#value").fill("modo oscuro\ninicio de sesión único\nexportar a CSV")
    page.clock.run_for(1500)
    expect(page.locator("#save-status")).to_have_text(re.compile(r"\S"))
    assert "3" in page.locator("#idea-count").inner_text()
    problems += serious_violations(page)

    # What was typed survived without a submit: it is there after a reload.
    page.reload()
    assert page.locator("#value").input_value().startswith("modo oscuro\ninicio")
    page.clock.run_for(1000)

    # Near the end the timer warns, at the end it says so; nothing is taken away.
    page.clock.run_for((seconds(page) - 30) * 1000)
    assert "is-warning" in page.locator(".step-timer").get_attribute("class")
    assert page.locator(".timer-status").inner_text()
    page.clock.run_for(31_000)
    assert "is-up" in page.locator(".step-timer").get_attribute("class")
    with page.expect_navigation():
        page.locator("button[name=action][value=next]").click()

    # Step 2: rate the ideas listed in step 1.
    assert page.locator("table.rate tbody tr").count() == 3
    problems += serious_violations(page)
    for row, (impact, effort) in enumerate([("5", "1"), ("4", "5"), ("2", "2")]):
        page.locator(f"select[name=impact-{row}]").select_option(impact)
        page.locator(f"select[name=effort-{row}]").select_option(effort)
    page.wait_for_load_state("networkidle")  # the autosaves the selects triggered
    with page.expect_navigation():
        page.locator("button[value=skip]").click()  # skip still keeps the ratings

    # Step 3 and the summary.
    page.locator("#value").fill("Empezamos por el modo oscuro.")
    with page.expect_navigation():
        page.locator("button[name=action][value=next]").click()
    assert "/summary/" in page.url
    main = page.locator("main").inner_text()
    assert "modo oscuro" in main and "Empezamos" in main
    assert page.locator("figure.matrix svg circle").count() == 3
    problems += serious_violations(page)
    with page.expect_download() as download:
        page.locator("a[href$='summary.pdf']").click()
    assert download.value.path().read_bytes().startswith(b"%PDF")
    quick_wins = page.locator(".quadrants section").first.inner_text()
    assert "modo oscuro" in quick_wins and "5" in quick_wins  # rated before skipping
    assert not problems, "\n".join(problems)


def test_a_person_finds_a_technique_and_runs_it_with_the_keyboard(page):
    problems = []
    page.set_viewport_size(PHONE)
    page.goto("/hu/toolkit/")
    problems += serious_violations(page)
    total = page.locator(".technique-list li").count()
    page.locator("#id_q").fill("OTLET")  # "ötlet" (idea) without its accent, in capitals
    expect(page.locator(".technique-list li")).not_to_have_count(total)
    assert "q=OTLET" in page.url  # the filtered list can be bookmarked
    hrefs = page.locator(".technique-list li a").evaluate_all("links => links.map(a => a.pathname)")
    listed = {re.search(r"/techniques/([\w-]+)/", href).group(1) for href in hrefs}
    expected = TechniqueText.objects.in_language("hu").matching("OTLET")
    assert listed == {text.technique.slug for text in expected}
    assert any("ötlet" in text.name.lower() for text in expected)  # the accented word was found
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    problems += serious_violations(page)

    page.goto("/hu/toolkit/techniques/scamper/")
    problems += serious_violations(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.clock.install()
    page.goto("/hu/toolkit/techniques/scamper/facilitate/")
    steps = page.locator(".fac-step")
    assert steps.nth(0).is_visible() and not steps.nth(1).is_visible()
    start = seconds(page)
    page.keyboard.press("ArrowRight")
    assert steps.nth(1).is_visible() and not steps.nth(0).is_visible()
    page.keyboard.press(" ")
    page.clock.run_for(4000)
    paused = seconds(page)
    page.clock.run_for(4000)
    assert seconds(page) == paused
    page.keyboard.press("+")
    assert seconds(page) == paused + 60
    page.keyboard.press("ArrowLeft")
    assert steps.nth(0).is_visible() and seconds(page) == start
    problems += serious_violations(page)
    assert not problems, "\n".join(problems)
