from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from innospark.core.privacy import privacy_notice
from innospark.diagnostic import services
from innospark.diagnostic.models import Session
from innospark.diagnostic.testing import finished_session
from innospark.toolkit.models import ExerciseRun

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", settings.LANGUAGE_CODES)
def test_the_privacy_notice_exists_in_every_language(client, language):
    response = client.get(f"/{language}/privacy/")
    assert response.status_code == 200
    sections = privacy_notice(language)["sections"]
    assert len(sections) >= 8  # what we store, events, workshops, guessing, rights, cookies...
    assert response.content.decode().count("<h2>") == len(sections)
    assert f'href="/{language}/privacy/"' in client.get(f"/{language}/toolkit/").content.decode()


def test_unfinished_anonymous_work_is_deleted_after_the_retention_period(alice):
    old = timezone.now() - timedelta(days=31)
    stale = services.session_start(language="en").session
    fresh = services.session_start(language="en").session
    owned = services.session_start(language="en", user=alice).session
    done = finished_session()
    Session.objects.filter(pk__in=[stale.pk, owned.pk, done.pk]).update(created_at=old)
    run = ExerciseRun.objects.create(token="a" * 32, kind="five-whys", language="en")
    ExerciseRun.objects.filter(pk=run.pk).update(updated_at=old)
    call_command("purge_unfinished", verbosity=0)
    remaining = set(Session.objects.values_list("pk", flat=True))
    assert stale.pk not in remaining
    assert {fresh.pk, owned.pk, done.pk} <= remaining
    assert not ExerciseRun.objects.filter(pk=run.pk).exists()
