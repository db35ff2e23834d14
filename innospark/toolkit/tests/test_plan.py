"""The diagnostic's development plan leads to techniques and exercises that work in the
person's language."""

import re

import pytest

from innospark.diagnostic.results import build_result
from innospark.diagnostic.testing import finished_session
from innospark.toolkit.models import Exercise

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "bg", "et"])
def test_every_plan_link_lands_on_a_page_in_the_same_language(client, alice, language):
    session = finished_session(
        {"optimism": 1, "courage": 1, "persistence": 1}, language=language, user=alice
    )
    client.force_login(alice)
    page = client.get(f"/{language}/diagnostic/s/{session.id}/result/").content.decode()
    plan = page[page.index('id="plan-heading"') : page.index('id="all-heading"')]
    links = re.findall(r'href="([^"]+)"', plan)
    techniques = [link for link in links if "/toolkit/techniques/" in link]
    exercises = [link for link in links if "/toolkit/exercises/" in link]
    assert techniques and exercises
    for link in links:
        assert link.startswith(f"/{language}/toolkit/")
        response = client.get(link)
        assert response.status_code == 200, link
        assert f'<html lang="{language}">' in response.content.decode()


def test_the_plan_recommends_exercises_that_train_the_weak_skill():
    session = finished_session({"persistence": 1})
    plan = build_result(session, "en")["plan"]
    step = next(step for step in plan if step["skill"] == "persistence")
    assert step["exercises"]
    for exercise in step["exercises"]:
        assert "persistence" in Exercise.objects.get(kind=exercise["kind"]).skills
