"""Respondents join by link, code or API, anonymously; HR tools use per-organisation keys."""

import pytest
from django.core.management import call_command

from innospark.diagnostic.models import Session
from innospark.diagnostic.testing import finished_session
from innospark.organisations.models import Organisation

pytestmark = pytest.mark.django_db


def test_a_respondent_joins_by_link_without_an_account(client, campaign):
    response = client.post(f"/bg/join/{campaign.join_code.lower()}/", {"role": "employee"})
    assert response.status_code == 302 and "/bg/diagnostic/s/" in response["Location"]
    session = Session.objects.get(campaign=campaign)
    assert session.user is None and session.language == "bg"
    assert client.get(response["Location"]).status_code == 200  # their own, in this browser


def test_a_code_form_and_bad_codes(client, campaign):
    assert client.get("/en/join/", {"code": campaign.join_code}).status_code == 200
    response = client.get("/es/join/", {"code": "ZZZZ9999"})
    assert response.status_code == 404
    assert "There is no campaign" not in response.content.decode()  # said in Spanish


def test_a_language_not_offered_lists_the_offered_ones(client, campaign):
    body = client.get(f"/hu/join/{campaign.join_code}/").content.decode()
    assert f"/bg/join/{campaign.join_code}/" in body and '<form method="post"' not in body


def test_a_closed_campaign_refuses_respondents(client, campaign):
    campaign.closes_on = "2020-01-01"
    campaign.save()
    assert client.get(f"/en/join/{campaign.join_code}/").status_code == 404


def _key(organisation_name, capsys):
    call_command("create_api_key", organisation=organisation_name)
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_create_api_key_makes_the_organisation_and_prints_the_key_last(capsys):
    key = _key("Acme HR", capsys)
    assert key.startswith("isk_") and len(key) > 40
    assert Organisation.objects.filter(name="Acme HR").exists()
    again = _key("Acme HR", capsys)
    assert again != key and Organisation.objects.filter(name="Acme HR").count() == 1


def test_an_hr_tool_runs_a_campaign_end_to_end(client, capsys):
    key = _key("Acme HR", capsys)
    headers = {"HTTP_X_API_KEY": key}
    response = client.post(
        "/api/v1/campaigns",
        {"name": "Q3", "languages": ["es", "en"]},
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 201
    created = response.json()
    joined = client.post(
        "/api/v1/diagnostic/sessions",
        {"language": "es", "join_code": created["join_code"]},
        content_type="application/json",
    )
    assert joined.status_code == 201
    summary = client.get(f"/api/v1/campaigns/{created['id']}/summary", **headers).json()
    assert summary["completed"] == 0 and summary["aggregate"] is None and summary["reason"]
    campaign = Session.objects.get(pk=joined.json()["id"]).campaign
    for _ in range(5):
        finished_session(campaign=campaign)
    summary = client.get(f"/api/v1/campaigns/{created['id']}/summary", **headers).json()
    assert summary["completed"] == 5 and summary["aggregate"]["respondents"] == 5


def test_another_organisations_key_gets_404(client, capsys, campaign):
    key = _key("Other Ltd", capsys)
    response = client.get(f"/api/v1/campaigns/{campaign.pk}/summary", HTTP_X_API_KEY=key)
    assert response.status_code == 404
    missing = client.get(f"/api/v1/campaigns/{campaign.pk}/summary")
    assert missing.status_code == 401 and "X-API-Key" in missing.json()["detail"]
    response = client.get(f"/api/v1/campaigns/{campaign.pk}/summary", HTTP_X_API_KEY="isk_wrong")
    assert response.status_code == 401


def test_joining_by_api_checks_the_code_and_language(client, campaign):
    bad = client.post(
        "/api/v1/diagnostic/sessions",
        {"language": "en", "join_code": "NOPE0000"},
        content_type="application/json",
    )
    assert bad.status_code == 422
    wrong = client.post(
        "/api/v1/diagnostic/sessions",
        {"language": "it", "join_code": campaign.join_code},
        content_type="application/json",
    )
    assert wrong.status_code == 422 and "en" in wrong.json()["detail"]
