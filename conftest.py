"""Shared fixtures: the content loaded once per test database, and named users (STYLE.md)."""

import pytest
from django.core.management import call_command
from django.test import Client


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_content", verbosity=0)
        call_command("import_indicators", verbosity=0)


@pytest.fixture
def alice(django_user_model):
    """An account holder who takes the test."""
    return django_user_model.objects.create_user(
        "alice", "alice@example.org", "correct-horse-battery"
    )


@pytest.fixture
def charlie(django_user_model):
    """An outsider: signed in, but owns nothing of alice's."""
    return django_user_model.objects.create_user(
        "charlie", "charlie@example.org", "another-long-password"
    )


def pytest_terminal_summary(terminalreporter):
    """How many inputs the fuzz tests (innospark/core/tests/test_fuzz_*.py) generated."""
    import sys

    fuzzing = sys.modules.get("innospark.core.tests.fuzzing")
    if fuzzing is not None and fuzzing.COUNTS["inputs"]:
        counts = fuzzing.COUNTS
        terminalreporter.write_line(
            f"fuzzing: {counts['inputs']} generated inputs, {counts['server_errors']} server errors"
        )


@pytest.fixture
def bob(django_user_model):
    """Manages alice's organisation."""
    return django_user_model.objects.create_user("bob", "bob@example.org", "bob-long-password-1")


@pytest.fixture
def vera(django_user_model):
    """Views alice's organisation, read-only."""
    return django_user_model.objects.create_user("vera", "vera@example.org", "vera-long-password-1")


@pytest.fixture
def organisation(alice, bob, vera):
    """Blue Software: alice owns it, bob manages it, vera views it."""
    from innospark.organisations.models import Membership, Role
    from innospark.organisations.services import organisation_create

    org = organisation_create(name="Blue Software", owner=alice)
    Membership.objects.create(organisation=org, user=bob, role=Role.MANAGER)
    Membership.objects.create(organisation=org, user=vera, role=Role.VIEWER)
    return org


@pytest.fixture
def as_user():
    """A test client signed in as the given user (anonymous for None)."""

    def client_for(user):
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return client_for
