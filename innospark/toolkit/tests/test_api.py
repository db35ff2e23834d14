import pytest

from innospark.toolkit.models import Exercise, Technique

pytestmark = pytest.mark.django_db


def test_techniques_list_in_a_language(client):
    response = client.get("/api/v1/toolkit/techniques", {"language": "bg"})
    assert response.status_code == 200
    data = response.json()
    assert len(data) == Technique.objects.count()
    scamper = next(t for t in data if t["slug"] == "scamper")
    assert set(scamper) >= {"slug", "name", "purpose", "skills", "group_size", "duration_minutes"}
    assert "originality" in scamper["skills"]
    assert scamper["url"] == "/bg/toolkit/techniques/scamper/"
    technique = Technique.objects.get(slug="scamper")
    assert scamper["duration_minutes"] == sum(technique.step_minutes)
    assert scamper["group_size"] == {"min": technique.group_min, "max": technique.group_max}


def test_the_list_takes_the_same_filters_as_the_page(client):
    data = client.get("/api/v1/toolkit/techniques", {"language": "en", "group": "alone"}).json()
    assert {t["slug"] for t in data} == set(
        Technique.objects.filter(group_min=1).values_list("slug", flat=True)
    )
    data = client.get("/api/v1/toolkit/techniques", {"language": "hu", "q": "SCAMPER"}).json()
    assert "scamper" in {t["slug"] for t in data}


def test_one_technique_has_its_steps_with_timings(client):
    data = client.get("/api/v1/toolkit/techniques/six-thinking-hats", {"language": "it"}).json()
    technique = Technique.objects.get(slug="six-thinking-hats")
    assert [s["minutes"] for s in data["steps"]] == technique.step_minutes
    assert data["name"] == technique.texts.get(language="it").name
    for key in ("when", "example", "variations", "tips", "traps", "origin", "related"):
        assert data[key], key
    assert "six-hats" in data["exercises"]


def test_exercises_list(client):
    data = client.get("/api/v1/toolkit/exercises", {"language": "es"}).json()
    assert len(data) == Exercise.objects.count() >= 12
    first = data[0]
    assert set(first) >= {"kind", "name", "goal", "skills", "steps", "duration_minutes"}
    assert all(step["seconds"] > 0 and step["input"] for step in first["steps"])


def test_bad_requests_get_clear_messages(client):
    response = client.get("/api/v1/toolkit/techniques", {"language": "fr"})
    assert response.status_code == 422 and "fr" in response.json()["detail"]
    response = client.get("/api/v1/toolkit/techniques", {"language": "en", "duration": "9"})
    assert response.status_code == 422 and "duration" in response.json()["detail"]
    response = client.get("/api/v1/toolkit/techniques/nothing-here", {"language": "en"})
    assert response.status_code == 404 and "nothing-here" in response.json()["detail"]
    response = client.get("/api/v1/toolkit/exercises")
    assert response.status_code == 422
