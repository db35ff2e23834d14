"""Hypothesis through the diagnostic's forms, anonymously: starting a test, answering its
pages (statements and tasks), resuming by code or link, and joining a campaign. Generated posts
(unicode, NUL bytes, huge values, missing fields, several values where one is expected, page
numbers of any size) never cause a server error, and a refused form changes nothing."""

from urllib.parse import quote

import pytest
from django.conf import settings
from hypothesis import given
from hypothesis import strategies as st

from innospark.core.tests.fuzzing import fast_accounts, form_data, fuzz, last, send, text
from innospark.diagnostic import services
from innospark.diagnostic.flow import page_count, page_items, page_tasks
from innospark.diagnostic.models import Answer, CompanySize, Country, Item, Role, Sector, Session
from innospark.diagnostic.task_models import TaskResponse
from innospark.organisations.services import (
    campaign_create,
    normalise_code,
    organisation_create,
)

pytestmark = pytest.mark.django_db
LANGUAGES = st.sampled_from(settings.LANGUAGE_CODES)
START_FIELDS = {
    "role": Role.values,
    "company_size": CompanySize.values,
    "country": Country.values,
    "sector": Sector.values,
}
LIKERT = ["1", "2", "3", "4", "5"]


@pytest.fixture(autouse=True)
def fast(settings):
    fast_accounts(settings)


def start_is_valid(data: dict) -> bool:
    return all(last(data.get(name, "")) in ("", *values) for name, values in START_FIELDS.items())


@fuzz(120)
@given(language=LANGUAGES, data=form_data(START_FIELDS))
def test_the_start_form_starts_one_test_or_none(client, language, data):
    before = Session.objects.count()
    response = send(client, "post", f"/{language}/diagnostic/", data)
    created = Session.objects.count() - before
    if start_is_valid(data):
        assert response.status_code == 302 and created == 1
    else:
        assert response.status_code == 200 and created == 0


def saved(session: Session) -> tuple:
    session.refresh_from_db()
    return (
        sorted(Answer.objects.filter(session=session).values_list("item__key", "value")),
        sorted(TaskResponse.objects.filter(session=session).values_list("key", "skipped")),
        session.finished_at,
    )


def page_fields(session: Session, page: int) -> dict[str, list]:
    """The fields a page of this session's test has, with the values that are valid for it."""
    if 1 <= page <= page_count(Item.objects.count()):
        return {item.key: LIKERT for item in page_items(page)}
    fields = {}
    for task in page_tasks(session, page):
        ideas = ["a brick as a doorstop\na paperweight", "build a bookshelf"]
        fields[task["key"]] = ideas if task["kind"] == "aut" else ["salt", "Sea", " cake "]
    if fields:
        fields["skip"] = ["1"]
    return fields


POSTS: dict = {}


def posts_for(fields: dict[str, list]) -> st.SearchStrategy[dict]:
    """Posts for a page with these fields (built once per page: building costs time too)."""
    key = tuple(sorted((name, tuple(values)) for name, values in fields.items()))
    if key not in POSTS:
        POSTS[key] = form_data(fields)
    return POSTS[key]


def statement_page_is_valid(data: dict, fields: dict) -> bool:
    return all(last(data.get(key, "")) in LIKERT for key in fields)


@pytest.fixture
def taking(client):
    """A browser in the middle of a test."""
    send(client, "post", "/en/diagnostic/", {})
    return client, Session.objects.latest("created_at")


@fuzz(80)
@given(
    page=st.one_of(st.integers(1, 12), st.integers(0, 10**30)),
    language=st.sampled_from(["en", "en", "it"]),
    data=st.data(),
)
def test_a_page_of_the_test_saves_a_valid_page_or_nothing(taking, page, language, data):
    client, session = taking
    fields = page_fields(session, page)
    posted = data.draw(posts_for(fields), label="posted")
    before = saved(session)
    url = f"/{language}/diagnostic/s/{session.id}/page/{page}/"
    response = send(client, "post", url, posted)
    after = saved(session)
    if before[2] is not None:  # finished: every page sends to the result, nothing changes
        assert response.status_code == 302 and after == before
    elif not fields:
        assert response.status_code == 404 and after == before
    elif "skip" not in fields:
        assert (response.status_code == 302) == statement_page_is_valid(posted, fields)
    if response.status_code != 302:
        assert after == before


@pytest.fixture
def code():
    return services.session_start(language="hu").resume_code


def code_variants(code: str) -> list[str]:
    """The ways people type a code they were given: any case, spaces for dashes, O for 0."""
    return [code, code.lower(), code.replace("-", " "), code.replace("0", "O"), f" {code} "]


@fuzz(230)
@given(language=LANGUAGES, how=st.sampled_from(["form", "link"]), data=st.data())
def test_resuming_by_code_opens_the_test_or_says_the_code_is_wrong(
    client, code, language, how, data
):
    variants = code_variants(code)
    typed = data.draw(st.one_of(st.sampled_from(variants), text()), label="code")
    before = sorted(Session.objects.values_list("id", "resume_hash", "user_id"))
    if how == "form":
        response = send(client, "post", f"/{language}/diagnostic/resume/", {"code": typed})
    else:
        response = send(client, "get", f"/{language}/diagnostic/resume/{quote(typed, safe='')}/")
    assert sorted(Session.objects.values_list("id", "resume_hash", "user_id")) == before
    assert (response.status_code == 302) == (typed in variants)


@pytest.fixture
def campaign():
    organisation = organisation_create(name="Join Ltd", owner=None)
    return campaign_create(organisation=organisation, name="Cohort", languages=["en", "bg"])


@fuzz(120)
@given(language=LANGUAGES, how=st.sampled_from(["form", "link"]), data=st.data())
def test_joining_a_campaign_starts_one_test_in_it_or_none(client, campaign, language, how, data):
    code = campaign.join_code
    typed = data.draw(st.one_of(st.sampled_from([code, code.lower(), f" {code}"]), text()))
    posted = data.draw(form_data(START_FIELDS), label="posted")
    before, before_in_campaign = Session.objects.count(), campaign.sessions.count()
    if how == "form":
        response = send(client, "get", f"/{language}/join/", {"code": typed})
    else:
        response = send(client, "post", f"/{language}/join/{quote(typed, safe='')}/", posted)
    created = campaign.sessions.count() - before_in_campaign
    assert Session.objects.count() - before == created
    joins = (
        how == "link"
        and normalise_code(typed) == code
        and language in campaign.languages
        and start_is_valid(posted)
    )
    assert (response.status_code == 302 and created == 1) if joins else created == 0
