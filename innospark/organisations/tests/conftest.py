"""Named users for every access test: alice owns Blue Software, bob manages it, vera views
it, charlie is an outsider (signed in elsewhere), and respondents are anonymous browsers."""

import pytest

from innospark.organisations.services import campaign_create


@pytest.fixture
def campaign(organisation):
    return campaign_create(organisation=organisation, name="Team A", languages=["en", "bg"])
