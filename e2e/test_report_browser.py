"""A reader compares the countries, opens a country and explores an indicator by changing
the form (htmx), then downloads the CSV; every page passes axe-core."""

import re

import pytest
from playwright.sync_api import expect

from e2e.test_diagnostic_browser import serious_violations

pytestmark = pytest.mark.browser


def test_a_reader_explores_an_indicator_and_downloads_the_figures(page):
    problems = []
    page.goto("/it/report/")
    assert page.locator("table.overview tbody tr").count() >= 10
    problems += serious_violations(page)
    with page.expect_navigation():
        page.locator("main nav a[href$='/report/ee/']").click()
    assert page.locator("#analysis-heading ~ p").count() == 3
    problems += serious_violations(page)
    page.goto("/it/report/explore/?indicator=eis-sii")
    rows = page.locator(".explorer-table tbody tr").count()
    page.select_option("#id_indicator", "gii-creative-outputs")
    expect(page).to_have_url(re.compile("gii-creative-outputs"))
    page.wait_for_selector(".explorer-table")
    assert page.locator(".explorer-table tbody tr").count() != rows  # other years
    problems += serious_violations(page)
    with page.expect_download() as download:
        page.locator("a[href*='explore.csv']").click()
    text = download.value.path().read_text()
    assert text.startswith("indicator,unit,country,year,value,flag")
    assert "gii-creative-outputs" in text
    assert not problems, "\n".join(problems)
