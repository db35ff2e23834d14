"""A visitor on a phone finds an event by filter without reloading, registers for its last
place, and an organiser signs in and opens the organiser pages; every page passes axe-core."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils.translation import gettext, override
from playwright.sync_api import expect

from e2e.test_diagnostic_browser import PHONE, serious_violations
from innospark.events.models import Event, Registration, Status

pytestmark = pytest.mark.browser


def test_a_visitor_finds_and_registers_and_an_organiser_sees_the_attendees(page):
    call_command("seed_events", verbosity=0)
    problems = []
    page.set_viewport_size(PHONE)
    page.goto("/bg/events/")
    problems += serious_violations(page)
    assert page.locator(".event-list li").count() == Event.objects.count()
    page.select_option("#id_country", "BG")
    # updated in place by htmx (a locator assertion: the page's CSP forbids eval)
    expect(page.locator(".event-list li")).to_have_count(Event.objects.filter(country="BG").count())
    expect(page).to_have_url(re.compile(r"country=BG"))
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    problems += serious_violations(page)

    with page.expect_navigation():
        page.locator(".event-list li a").first.click()
    event = Event.objects.get(country="BG")
    with override("bg"):
        example = gettext("Example event")
    assert example != "Example event"  # said in Bulgarian, not a silent English fallback
    assert event.slug in page.url and example in page.locator("main").inner_text()
    problems += serious_violations(page)
    page.fill("#id_name", "Мария Иванова")
    page.fill("#id_email", "maria@example.org")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    registration = Registration.objects.get(email="maria@example.org")
    assert (registration.status, registration.language) == (Status.CONFIRMED, "bg")
    assert page.locator(".messages").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    problems += serious_violations(page)  # now full: the waitlist form

    get_user_model().objects.create_user("olga", "olga@example.org", "a-long-pass-9", is_staff=True)
    page.goto("/en/accounts/login/?next=/en/events/manage/")
    page.fill("#id_username", "olga")
    page.fill("#id_password", "a-long-pass-9")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.url.endswith("/en/events/manage/")
    problems += serious_violations(page)
    page.goto(f"/en/events/{event.slug}/attendees/")
    assert "Мария Иванова" in page.locator("main").inner_text()
    problems += serious_violations(page)
    past = Event.objects.filter(country="HU").get()  # has simulated feedback
    page.goto(f"/en/events/{past.slug}/attendees/")
    assert page.locator("table").count() == 2  # the attendees and the feedback aggregate
    problems += serious_violations(page)
    page.goto("/en/events/new/")
    problems += serious_violations(page)
    assert not problems, "\n".join(problems)
