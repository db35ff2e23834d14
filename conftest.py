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


def pytest_configure(config):
    """A cheap password hasher for the tests' accounts: Django's default (PBKDF2, a million
    rounds) takes 0.4 s a password here, and the suite creates and signs in hundreds. Only the
    test process changes it: settings.py keeps Django's default hashers for the site."""
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    config.fuzz_counts = {"inputs": 0, "server_errors": 0}


def _fuzz_counts() -> dict:
    import sys

    fuzzing = sys.modules.get("innospark.core.tests.fuzzing")
    return dict(fuzzing.COUNTS) if fuzzing is not None else {"inputs": 0, "server_errors": 0}


def pytest_sessionfinish(session):
    """A pytest-xdist worker hands its fuzz counts to the controller (pytest_testnodedown)."""
    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["fuzz_counts"] = _fuzz_counts()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    counts = getattr(node, "workeroutput", {}).get("fuzz_counts", {})
    for key, value in counts.items():
        node.config.fuzz_counts[key] += value


def pytest_terminal_summary(terminalreporter, config):
    """How many inputs the fuzz tests (innospark/core/tests/test_fuzz_*.py) generated, in this
    process or in the xdist workers."""
    counts = {key: config.fuzz_counts[key] + value for key, value in _fuzz_counts().items()}
    if counts["inputs"]:
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
