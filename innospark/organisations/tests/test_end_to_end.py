"""An employer runs a campaign end to end in each of the six languages."""

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from innospark.diagnostic import services
from innospark.diagnostic.models import Session
from innospark.diagnostic.testing import answer_all, skip_tasks
from innospark.organisations.models import Campaign, Organisation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", settings.LANGUAGE_CODES)
def test_an_employer_runs_a_campaign_in_any_language(language):
    employer = Client()
    response = employer.post(
        f"/{language}/organisations/signup/",
        {"username": "emma", "email": "emma@example.org", "password1": "a-long-pass-phrase-9",
         "password2": "a-long-pass-phrase-9", "organisation": "Green Bytes"},
    )  # fmt: skip
    organisation = Organisation.objects.get(name="Green Bytes")
    assert response["Location"] == f"/{language}/organisations/{organisation.slug}/"
    employer.post(
        f"/{language}/organisations/{organisation.slug}/campaigns/new/",
        {"name": "Spring cohort", "languages": [language], "min_group": "5"},
    )
    campaign = Campaign.objects.get(organisation=organisation)
    page = f"/{language}/organisations/{organisation.slug}/campaigns/{campaign.pk}/"
    with translation.override(language):
        waiting = translation.gettext(
            "The team report appears once %(minimum)d people have completed the test."
        )
    assert (waiting % {"minimum": 5}) in employer.get(page).content.decode()
    for _ in range(5):
        respondent = Client()
        respondent.post(f"/{language}/join/{campaign.join_code}/", {"role": "employee"})
        session = Session.objects.filter(campaign=campaign).latest("created_at")
        answer_all(session)
        skip_tasks(session)
        services.session_finish(session=session)
    body = employer.get(page).content.decode()
    assert 'id="team-caption"' in body
    assert employer.get(page + "report.pdf").content.startswith(b"%PDF")
    invitation = employer.get(page + f"invitation-{language}.pdf")
    assert invitation.status_code == 200 and invitation.content.startswith(b"%PDF")


def test_the_organisations_page_needs_an_account_and_shows_only_ones_own(
    client, as_user, charlie, organisation
):
    assert client.get("/en/organisations/").status_code == 302
    assert "Blue Software" not in as_user(charlie).get("/en/organisations/").content.decode()
