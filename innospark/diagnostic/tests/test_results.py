import pytest
from django.test import override_settings

from innospark.diagnostic.models import Session
from innospark.diagnostic.results import build_result
from innospark.diagnostic.testing import finished_session

pytestmark = pytest.mark.django_db


def norm_group(count, value=3, **context):
    for _ in range(count):
        finished_session(value, **context)


def test_too_few_sessions_give_no_percentile_and_a_plain_sentence():
    norm_group(5)
    result = build_result(finished_session(4), "en")
    assert all(s["percentile"] is None for s in result["skills"])
    assert result["norms"]["all"] == {"sessions": 6, "enough": False}
    assert "once 30 people have completed the test; so far 6 have" in result["norms_message"]


def test_percentiles_appear_from_30_completed_sessions():
    norm_group(29, value=3)
    session = finished_session(4)  # the 30th, higher than all others on every skill
    result = build_result(session, "en")
    assert result["norms"]["all"] == {"sessions": 30, "enough": True}
    # mid-rank: 29 below, itself equal -> (29 + 0.5) / 30
    for skill in result["skills"]:
        expected = 98.3 if skill["score"] > 50 else None
        if expected:
            assert skill["percentile"] == expected
    assert all(g["percentile"] is not None for g in result["groups"])


def test_country_and_role_percentiles_need_30_each():
    norm_group(30, value=3, country="EE", role="employee")
    norm_group(10, value=3, country="HU", role="employee")
    estonian = build_result(finished_session(4, country="EE", role="employer"), "en")
    assert estonian["norms"]["country"]["enough"] is True
    assert estonian["norms"]["role"]["enough"] is False
    assert all(s["percentile_country"] is not None for s in estonian["skills"])
    assert all(s["percentile_role"] is None for s in estonian["skills"])
    hungarian = build_result(finished_session(4, country="HU", role="employee"), "en")
    assert hungarian["norms"]["country"] == {"sessions": 11, "enough": False}
    assert all(s["percentile_role"] is not None for s in hungarian["skills"])


def test_demo_sessions_leave_the_norms_when_demo_data_is_off():
    norm_group(30)
    Session.objects.update(is_demo=True)
    session = finished_session(4)
    with override_settings(DEMO_DATA=True):
        assert build_result(session, "en")["norms"]["all"]["enough"] is True
    with override_settings(DEMO_DATA=False):
        assert build_result(session, "en")["norms"]["all"] == {"sessions": 1, "enough": False}


def test_strengths_development_areas_and_plan_follow_the_scores():
    session = finished_session(
        {
            "originality": 5,
            "curiosity": 5,
            "design": 5,
            "optimism": 1,
            "courage": 1,
            "coordination": 1,
        }
    )
    result = build_result(session, "en")
    strengths = {s["key"] for s in result["strengths"]}
    development = {s["key"] for s in result["development"]}
    # reverse-keyed statements pull a "5 on everything" skill below 100, but these stay on top
    assert strengths == {"originality", "curiosity", "design"}
    assert development == {"optimism", "courage", "coordination"}
    plan_skills = [step["skill"] for step in result["plan"]]
    assert set(plan_skills[:3]) == development
    for step in result["plan"]:
        assert 1 <= len(step["techniques"]) <= 3
        assert all(t["url"].startswith("/en/toolkit/techniques/") for t in step["techniques"])


def test_interpretation_matches_the_level():
    result = build_result(finished_session({"intuition": 5}), "it")
    intuition = next(s for s in result["skills"] if s["key"] == "intuition")
    from innospark.diagnostic.models import SkillText

    text = SkillText.objects.get(skill__key="intuition", language="it")
    assert intuition["interpretation"] == text.interpretation(intuition["level"])
    assert intuition["name"] == text.name
