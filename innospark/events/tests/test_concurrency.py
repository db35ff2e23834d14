"""Two people register for the last place at the same instant: only one gets it, the other
is waitlisted. Real threads, each with its own database connection, on SQLite and PostgreSQL."""

import sqlite3
import threading
from contextlib import contextmanager

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext

from innospark.events.models import Registration, Status
from innospark.events.services import registration_create


@contextmanager
def database_for_threads(tmp_path):
    """Yield a function that points the calling thread at the database the race runs on.

    On PostgreSQL that is the test database. SQLite's in-memory test database (shared cache)
    fails a second writer at once instead of making it wait, so there the race runs on a copy
    in a file, with the project's settings as in production: WAL, BEGIN IMMEDIATE (the write
    lock is taken when the transaction starts) and a busy timeout."""
    if connection.vendor != "sqlite":
        yield lambda: None
        return
    original = connections["default"]
    original.ensure_connection()
    path = tmp_path / "race.sqlite3"
    copy = sqlite3.connect(path)
    original.connection.backup(copy)
    copy.close()
    file_settings = {**original.settings_dict, "NAME": str(path)}

    def use_copy():
        connections["default"] = original.__class__(file_settings, "default")

    use_copy()
    try:
        yield use_copy
    finally:
        connections["default"].close()
        connections["default"] = original


def race(event, emails: list[str], use_database) -> list[BaseException]:
    barrier = threading.Barrier(len(emails))
    errors: list[BaseException] = []

    def register(email):
        use_database()
        try:
            barrier.wait()
            registration_create(event=event, name=email, email=email, language="en")
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(email,)) for email in emails]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.django_db(transaction=True)
def test_two_registrations_for_the_last_place_do_not_overbook(make_event, mailoutbox, tmp_path):
    with database_for_threads(tmp_path) as use_database:
        for round_ in range(5):
            event = make_event(capacity=2, title=f"Round {round_}")
            registration_create(event=event, name="First", email="first@example.org", language="en")
            errors = race(event, ["a@example.org", "b@example.org", "c@example.org"], use_database)
            assert errors == []
            statuses = sorted(
                Registration.objects.filter(event=event).values_list("status", flat=True)
            )
            assert statuses == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED,
                                Status.WAITLISTED], round_  # fmt: skip


@pytest.mark.django_db
def test_registering_locks_the_event_row(make_event):
    if not connection.features.has_select_for_update:
        pytest.skip("SQLite takes the write lock at BEGIN (transaction_mode IMMEDIATE) instead")
    event = make_event()
    with CaptureQueriesContext(connection) as queries:
        registration_create(event=event, name="A", email="a@example.org", language="en")
    locking = [q["sql"] for q in queries if "FOR UPDATE" in q["sql"]]
    assert locking and '"events_event"' in locking[0]
