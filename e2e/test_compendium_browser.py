"""A reader filters the compendium by country without reloading, opens a case and follows it
to a toolkit technique; every page passes axe-core."""

import pytest
from playwright.sync_api import expect

from e2e.test_diagnostic_browser import PHONE, serious_violations
from innospark.compendium.models import Case

pytestmark = pytest.mark.browser


def test_a_reader_filters_cases_and_follows_one_to_a_technique(page):
    problems = []
    page.set_viewport_size(PHONE)
    page.goto("/et/compendium/")
    problems += serious_violations(page)
    total = page.locator(".case-list li").count()
    page.select_option("#id_country", "EE")
    expect(page.locator(".case-list li")).not_to_have_count(total)
    assert "country=EE" in page.url
    estonian = Case.objects.filter(country="EE").count()
    assert page.locator(".case-list li").count() == estonian
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    problems += serious_violations(page)
    with page.expect_navigation():
        page.locator(".case-list li a").first.click()
    assert page.locator(".sources li").count() >= 1
    problems += serious_violations(page)
    with page.expect_navigation():
        page.locator("a[href*='/toolkit/techniques/']").first.click()
    assert page.locator("a[href*='/compendium/']").count() >= 1  # and back to its cases
    problems += serious_violations(page)
    assert not problems, "\n".join(problems)
