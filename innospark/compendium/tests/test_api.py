import pytest

from innospark.compendium.models import Case

pytestmark = pytest.mark.django_db


def test_cases_list_in_a_language(client):
    data = client.get("/api/v1/compendium/cases", {"language": "it"}).json()
    assert len(data) == Case.objects.count()
    first = data[0]
    assert set(first) >= {"slug", "company", "country", "techniques", "skills", "sources"}
    assert all(set(s) == {"title", "publisher", "year", "url"} for s in first["sources"])
    assert {case["country"] for case in data} >= {"UK", "BG", "IT", "ES", "EE", "HU"}
    assert "GB" not in {case["country"] for case in data}


def test_the_list_takes_the_page_filters(client):
    data = client.get("/api/v1/compendium/cases", {"language": "en", "country": "EE"}).json()
    assert {c["slug"] for c in data} == set(
        Case.objects.filter(country="EE").values_list("slug", flat=True)
    )
    data = client.get(
        "/api/v1/compendium/cases", {"language": "et", "technique": "hackathon"}
    ).json()
    assert "garage48-hackathons" in {c["slug"] for c in data}


def test_one_case_in_full(client):
    data = client.get("/api/v1/compendium/cases/garage48-hackathons", {"language": "bg"}).json()
    case = Case.objects.get(slug="garage48-hackathons")
    assert data["company"] == "Garage48" and data["country"] == "EE"
    assert data["title"] == case.texts.get(language="bg").title
    for key in ("challenge", "practice", "outcome", "lessons"):
        assert data[key]
    assert data["url"] == "/bg/compendium/garage48-hackathons/"


def test_bad_requests_get_clear_messages(client):
    response = client.get("/api/v1/compendium/cases", {"language": "de"})
    assert response.status_code == 422
    response = client.get("/api/v1/compendium/cases", {"language": "en", "country": "GB"})
    assert response.status_code == 422 and "UK" in response.json()["detail"]
    response = client.get("/api/v1/compendium/cases/nobody", {"language": "en"})
    assert response.status_code == 404 and "nobody" in response.json()["detail"]
