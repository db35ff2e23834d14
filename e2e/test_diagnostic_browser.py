"""A person completes the diagnostic in the browser, in two languages, one of them at phone
width with the keyboard alone, downloads the PDF, and every page passes axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}


def serious_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{page.url}: {v['id']} ({v['impact']}): {v['help']}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def complete_the_test(page, language: str, *, keyboard: bool) -> list[str]:
    problems = []
    page.goto(f"/{language}/diagnostic/")
    problems += serious_violations(page)
    page.select_option("#id_role", "employee")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    pages_seen = 0
    while "/page/" in page.url:
        pages_seen += 1
        problems += serious_violations(page)
        assert page.locator(".resume-box code").inner_text().count("-") == 2
        form = page.locator("main form")
        if form.locator("textarea").count():  # unusual uses
            if keyboard:
                submit = form.locator("button[name=skip]")
            else:
                assert page.locator(".timer").first.is_visible()
                form.locator("textarea").fill("doorstop\nbookend\na tiny bed for a hamster")
                submit = form.locator("button[name=save]")
        elif form.locator(
            "input[type=text]"
        ).count():  # find the missing word, one problem at a time
            if keyboard:
                submit = form.locator("button[name=skip]")
            else:
                for _ in range(form.locator("input[type=text]").count()):
                    visible = form.locator(".task:not([hidden]) input[type=text]").first
                    visible.fill("cheese")
                    visible.press("Enter")
                submit = form.locator("button[name=save]")
        else:
            questions = page.locator("fieldset.question")
            for index in range(questions.count()):
                radios = questions.nth(index).locator("input[type=radio]")
                if keyboard:
                    radios.nth(index % 5).focus()
                    page.keyboard.press("Space")
                else:
                    questions.nth(index).locator("label.option").nth(index % 5).click()
            submit = form.locator("button[type=submit]")
        with page.expect_navigation():
            if keyboard:
                submit.focus()
                page.keyboard.press("Enter")
            else:
                submit.click()
    assert pages_seen == 8 + 3
    assert "/result/" in page.url
    problems += serious_violations(page)
    return problems


def test_a_person_completes_the_test_in_two_languages_and_downloads_the_pdf(page):
    problems = complete_the_test(page, "bg", keyboard=False)
    assert page.locator("svg[role=img]").count() == 1
    assert page.locator("#tasks-heading").count() == 1
    assert "hamster" in page.locator("main").inner_text()  # the most original ideas are shown
    assert page.locator("table").first.locator("tbody tr").count() == 15
    with page.expect_download() as download:
        page.locator("a[href$='report.pdf']").click()
    pdf = download.value.path().read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000

    page.set_viewport_size(PHONE)
    problems += complete_the_test(page, "et", keyboard=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert not problems, "\n".join(problems)


def test_a_half_filled_page_shows_the_errors_accessibly(page):
    page.goto("/hu/diagnostic/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    page.locator("fieldset.question").first.locator("label.option").first.click()
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator(".error-summary li").count() == 9
    assert not serious_violations(page)
