"""Browser tests: Playwright drives Debian's chromium against a live server.

Skipped, with a visible reason, where /usr/bin/chromium is not installed."""

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between page actions are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(
        reason="browser tests need /usr/bin/chromium (apt-get install chromium)"
    )
    for item in items:
        if "e2e" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=FLAGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, transactional_db, tmp_path):
    """A page on the live server, with the content and the indicators loaded (a transactional
    test starts from an empty database; e2e/audit.py refills it quickly)."""
    from e2e.audit import load_site_data

    load_site_data(demo=False)
    context = browser.new_context(base_url=live_server.url, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def site(browser, live_server, transactional_db):
    """The live server on a database with the content, the indicators and 30 completed demo
    sessions, refilled quickly for each test (e2e/audit.py)."""
    from e2e.audit import load_site_data

    load_site_data()
    return live_server
