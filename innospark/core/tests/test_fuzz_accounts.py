"""Hypothesis through the account and organisation forms: signing in and up (alone or with an
organisation), and, signed in as an organisation's owner, creating organisations, campaigns,
invitations and API keys, claiming a test by code and deleting the account. Generated posts
never cause a server error; a form creates its one row when it is valid and nothing when it
is not."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from innospark.accounts.forms import DeleteForm
from innospark.core.tests.fuzzing import as_posted, fast_accounts, form_data, fuzz, last, send
from innospark.diagnostic import services
from innospark.diagnostic.models import Session
from innospark.organisations.forms import InviteForm
from innospark.organisations.models import ApiKey, Campaign, Invitation, Organisation, Role
from innospark.organisations.services import campaign_create, organisation_create

pytestmark = pytest.mark.django_db
LANGUAGES = st.sampled_from(settings.LANGUAGE_CODES)
User = get_user_model()
PASSWORD = "Plenty-of-entropy-42"


@pytest.fixture(autouse=True)
def fast(settings):
    fast_accounts(settings)


def accounts() -> list:
    return sorted(User.objects.values_list("username", "password"))


@fuzz(80)
@given(
    language=LANGUAGES,
    posted=form_data({"username": ["alice", " alice", "ALICE"], "password": ["correct-horse-battery"]}),
)  # fmt: skip
def test_signing_in_needs_the_right_password_and_changes_nothing(alice, language, posted):
    client, before = Client(), accounts()
    response = send(client, "post", f"/{language}/accounts/login/", posted)
    assert accounts() == before
    signed_in = client.session.get("_auth_user_id") == str(alice.pk)
    assert (response.status_code == 302) == signed_in
    if last(posted.get("username")) == "alice" and last(posted.get("password")) == PASSWORD:
        assert signed_in


SIGNUP = {
    "username": ["dora", "eve.b", "alice"],
    "email": ["", "dora@example.org"],
    "password1": [PASSWORD],
    "password2": [PASSWORD],
}


@pytest.fixture
def taken(alice):
    """The user name alice and the organisation name Blue Software are taken."""
    return organisation_create(name="Blue Software", owner=alice)


@fuzz(80)
@given(
    language=LANGUAGES,
    with_organisation=st.booleans(),
    posted=form_data({**SIGNUP, "organisation": ["Acme", "Ácme Kft.", "Blue Software"]}),
)
def test_signing_up_creates_one_account_or_none(taken, language, with_organisation, posted):
    users, organisations = User.objects.count(), Organisation.objects.count()
    path = "organisations/signup" if with_organisation else "accounts/signup"
    response = send(Client(), "post", f"/{language}/{path}/", posted)
    created = User.objects.count() - users
    assert created == (1 if response.status_code == 302 else 0)
    expected = created if with_organisation else 0
    assert Organisation.objects.count() - organisations == expected


@pytest.fixture
def owner(alice):
    """alice, signed in, owns an organisation with a campaign; and a test she may claim."""
    client = Client()
    client.force_login(alice)
    organisation = organisation_create(name="Blue Software", owner=alice)
    campaign_create(organisation=organisation, name="Team A", languages=["en"])
    code = services.session_start(language="en").resume_code
    return client, organisation, code


def campaign_fields(organisation) -> dict:
    return {
        "name": ["Cohort 2", "Q3 ", "Équipe"],
        "languages": settings.LANGUAGE_CODES,
        "closes_on": ["2031-01-31", "2020-02-30", ""],
        "min_group": ["3", "5", "100"],
        "previous": [str(pk) for pk in organisation.campaigns.values_list("pk", flat=True)],
    }


@fuzz(100)
@given(language=LANGUAGES, data=st.data())
def test_an_owner_creates_an_organisation_or_a_campaign_only_from_a_valid_form(
    owner, language, data
):
    client, organisation, _code = owner
    counts = Organisation.objects.count(), Campaign.objects.count()
    if data.draw(st.booleans(), label="campaign"):
        posted = data.draw(form_data(campaign_fields(organisation)), label="posted")
        path = f"organisations/{organisation.slug}/campaigns/new"
        model, before = Campaign, counts[1]
    else:
        posted = data.draw(form_data({"name": ["Green Ltd", "Ünnep"]}), label="posted")
        path, model, before = "organisations", Organisation, counts[0]
    response = send(client, "post", f"/{language}/{path}/", posted)
    assert model.objects.count() - before == (1 if response.status_code == 302 else 0)
    assert response.status_code in (200, 302, 400)


@fuzz(150)
@given(language=LANGUAGES, data=st.data())
def test_an_owner_invites_and_makes_keys_only_from_a_valid_form(owner, language, data):
    client, organisation, _code = owner
    base = f"/{language}/organisations/{organisation.slug}"
    if data.draw(st.booleans(), label="invite"):
        fields = {"email": ["vera@example.org", "x@bücher.example"], "role": Role.values}
        posted = data.draw(form_data(fields), label="posted")
        before = Invitation.objects.count()
        response = send(client, "post", f"{base}/invite/", posted)
        assert response.status_code == 302
        valid = InviteForm(as_posted(posted)).is_valid()
        assert Invitation.objects.count() - before == (1 if valid else 0)
    else:
        posted = data.draw(form_data({"name": ["HR tool", "ÜK"]}), label="posted")
        before = ApiKey.objects.count()
        response = send(client, "post", f"{base}/keys/", posted)
        assert ApiKey.objects.count() - before == (1 if response.status_code == 200 else 0)


@fuzz(120)
@given(language=LANGUAGES, data=st.data())
def test_claiming_by_code_takes_only_that_test(owner, alice, language, data):
    client, _organisation, code = owner
    typed = data.draw(form_data({"code": [code, code.lower(), f" {code}"]}), label="posted")
    before = sorted(Session.objects.values_list("id", "user_id"))
    response = send(client, "post", f"/{language}/accounts/claim/", typed)
    after = sorted(Session.objects.values_list("id", "user_id"))
    if response.status_code == 302:
        assert services.session_by_code(code).user_id == alice.pk
    else:
        assert response.status_code == 400 and after == before


@fuzz(40)
@given(language=LANGUAGES, posted=form_data({"confirm": ["on", "true", "1"]}))
def test_deleting_an_account_needs_the_box_ticked(language, posted):
    user = User.objects.create_user("zoe", password=PASSWORD)
    client = Client()
    client.force_login(user)
    response = send(client, "post", f"/{language}/accounts/delete/", posted)
    deleted = not User.objects.filter(pk=user.pk).exists()
    assert deleted == DeleteForm(as_posted(posted)).is_valid()
    assert response.status_code == (302 if deleted else 400)
    User.objects.filter(pk=user.pk).delete()
