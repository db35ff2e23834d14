"""An employer registers, creates a campaign and opens its page; a respondent joins by code.
Every page passes axe-core."""

import pytest

from e2e.test_diagnostic_browser import serious_violations

pytestmark = pytest.mark.browser


def test_an_employer_creates_a_campaign_and_a_respondent_joins(page, browser, live_server):
    problems = []
    page.goto("/es/organisations/signup/")
    problems += serious_violations(page)
    page.fill("#id_username", "emma")
    page.fill("#id_email", "emma@example.org")
    page.fill("#id_password1", "a-long-pass-phrase-9")
    page.fill("#id_password2", "a-long-pass-phrase-9")
    page.fill("#id_organisation", "Green Bytes")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    problems += serious_violations(page)
    with page.expect_navigation():
        page.locator("a[href$='/campaigns/new/']").click()
    page.fill("#id_name", "Cohorte de primavera")
    page.check("input[name=languages][value=es]")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    problems += serious_violations(page)
    code = page.locator(".resume-box code").inner_text()
    respondent = browser.new_context(base_url=live_server.url).new_page()
    respondent.goto("/es/join/")
    problems += serious_violations(respondent)
    respondent.fill("#id_code", code.lower())
    with respondent.expect_navigation():
        respondent.locator("main form button[type=submit]").click()
    problems += serious_violations(respondent)
    with respondent.expect_navigation():
        respondent.locator("main form button[type=submit]").click()
    assert "/es/diagnostic/s/" in respondent.url
    # Closed now, not when the session's browser closes: a kept-alive connection that chromium
    # drops later would reach the live server while an unrelated test runs.
    respondent.context.close()
    assert not problems, "\n".join(problems)
