"""The team report's rules: a threshold (5 by default, never below 3), growth in whole steps,
small groups hidden even by subtraction, comparisons with norms and an earlier campaign."""

import pytest

from innospark.diagnostic.testing import finished_session
from innospark.organisations.report import team_report
from innospark.organisations.services import OrganisationError, campaign_create

pytestmark = pytest.mark.django_db


def test_nothing_below_the_threshold_then_whole_steps(campaign):
    for _ in range(4):
        finished_session(campaign=campaign)
    report = team_report(campaign, "en")
    assert report["aggregate"] is None and report["completed"] == 4 and "5" in report["reason"]
    finished_session(campaign=campaign)
    assert team_report(campaign, "en")["aggregate"]["respondents"] == 5
    for _ in range(4):
        finished_session(campaign=campaign)
    report = team_report(campaign, "en")
    assert report["completed"] == 9 and report["aggregate"]["respondents"] == 5  # not 9


def test_the_threshold_can_be_raised_but_never_below_3(organisation):
    with pytest.raises(OrganisationError):
        campaign_create(organisation=organisation, name="x", languages=["en"], min_group=2)
    small = campaign_create(organisation=organisation, name="y", languages=["en"], min_group=3)
    for _ in range(3):
        finished_session(campaign=small)
    assert team_report(small, "en")["aggregate"]["respondents"] == 3


def test_a_lone_role_is_hidden_and_cannot_be_found_by_subtraction(campaign):
    for _ in range(9):
        finished_session(campaign=campaign, role="employee")
    finished_session(campaign=campaign, role="employer")  # one person
    report = team_report(campaign, "en")["aggregate"]
    assert report["respondents"] == 10
    shown = {g["role"] for g in report["by_role"]["groups"]}
    assert shown == set()  # employees alone would reveal the employer by subtraction
    assert report["by_role"]["hidden"] == 2


def test_skills_have_quartiles_histograms_strengths_and_a_workshop(campaign):
    for value in (1, 2, 3, 4, 5):
        finished_session({"curiosity": 5, "courage": value, "design": 1}, campaign=campaign)
    aggregate = team_report(campaign, "en")["aggregate"]
    rows = {row["key"]: row for row in aggregate["skills"]}
    assert rows["courage"]["q1"] <= rows["courage"]["median"] <= rows["courage"]["q3"]
    assert sum(rows["courage"]["histogram"]) == 5
    assert "curiosity" in aggregate["strengths"] and "design" in aggregate["gaps"]
    agenda = aggregate["techniques"]
    assert agenda and agenda[0]["start"] == 10 and agenda[-1]["slug"] == ""


def test_change_since_an_earlier_campaign_has_an_interval(organisation, campaign):
    later = campaign_create(
        organisation=organisation, name="After", languages=["en"], previous=campaign
    )
    for value in (1, 2, 1, 2, 1):
        finished_session({"curiosity": value}, campaign=campaign)
    for value in (4, 5, 4, 5, 5):
        finished_session({"curiosity": value}, campaign=later)
    change = {row["key"]: row for row in team_report(later, "en")["aggregate"]["change"]}
    assert change["curiosity"]["difference"] > 0 and change["curiosity"]["low"] > 0


def test_a_shown_group_also_grows_in_whole_steps(campaign):
    for _ in range(7):
        finished_session(campaign=campaign, role="employee")
    for _ in range(8):
        finished_session(campaign=campaign, role="employer")
    groups = {g["role"]: g for g in team_report(campaign, "en")["aggregate"]["by_role"]["groups"]}
    assert groups["employee"]["respondents"] == 5 and groups["employer"]["respondents"] == 5
