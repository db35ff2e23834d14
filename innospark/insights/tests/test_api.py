import pytest

from innospark.insights.models import Indicator

pytestmark = pytest.mark.django_db


def test_the_indicator_list(client):
    data = client.get("/api/v1/insights/indicators").json()
    assert len(data) == Indicator.objects.count()
    sii = next(i for i in data if i["code"] == "eis-sii")
    assert set(sii) >= {"code", "name", "unit", "source"}
    assert "European Innovation Scoreboard" in sii["source"]
    bulgarian = client.get("/api/v1/insights/indicators", {"language": "bg"}).json()
    assert next(i for i in bulgarian if i["code"] == "eis-sii")["name"] != sii["name"]


def test_one_indicator_for_chosen_countries_and_years(client):
    data = client.get(
        "/api/v1/insights/indicators/eis-sii", {"countries": "BG,EE", "from": 2016, "to": 2023}
    ).json()
    assert data["code"] == "eis-sii" and data["unit"]
    assert [s["country"] for s in data["series"]] == ["BG", "EE"]
    assert [p["year"] for p in data["series"][0]["points"]] == list(range(2016, 2024))
    assert data["series"][0]["points"][0]["value"] == 46.276


def test_missing_values_are_null_with_their_flag(client):
    data = client.get(
        "/api/v1/insights/indicators/ict-sector-gdp", {"countries": "IT", "from": 2020, "to": 2020}
    ).json()
    assert data["series"][0]["points"] == [{"year": 2020, "value": None, "flag": "c"}]


def test_bad_requests(client):
    assert client.get("/api/v1/insights/indicators/nope").status_code == 404
    response = client.get("/api/v1/insights/indicators/eis-sii", {"countries": "GB"})
    assert response.status_code == 422 and "UK" in response.json()["detail"]
    response = client.get("/api/v1/insights/indicators/eis-sii", {"from": 2023, "to": 2016})
    assert response.status_code == 422
