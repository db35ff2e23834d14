"""Every view and API call with every named user: outsiders get 404, viewers only read,
no one in the organisation can reach one person's answers."""

import pytest

from innospark.diagnostic.testing import finished_session

pytestmark = pytest.mark.django_db

READ = [
    "",
    "campaigns/{c}/",
    "campaigns/{c}/report.csv",
    "campaigns/{c}/report.pdf",
    "campaigns/{c}/invitation-bg.pdf",
]


def _url(campaign, path):
    return f"/en/organisations/{campaign.organisation.slug}/" + path.format(c=campaign.pk)


@pytest.mark.parametrize("path", READ)
def test_members_read_and_outsiders_get_404(as_user, alice, bob, vera, charlie, campaign, path):
    for user in (alice, bob, vera):
        assert as_user(user).get(_url(campaign, path)).status_code == 200, (user, path)
    assert as_user(charlie).get(_url(campaign, path)).status_code == 404
    assert as_user(None).get(_url(campaign, path)).status_code == 404  # a respondent


def test_only_managers_and_owners_create_campaigns(as_user, alice, bob, vera, charlie, campaign):
    data = {"name": "Cohort 2", "languages": ["es"], "min_group": "5"}
    url = _url(campaign, "campaigns/new/")
    assert as_user(alice).post(url, data).status_code == 302
    assert as_user(bob).post(url, {**data, "name": "Cohort 3"}).status_code == 302
    assert as_user(vera).post(url, {**data, "name": "Cohort 4"}).status_code == 403
    assert as_user(charlie).post(url, {**data, "name": "Cohort 5"}).status_code == 404
    assert set(campaign.organisation.campaigns.values_list("name", flat=True)) == {
        "Team A",
        "Cohort 2",
        "Cohort 3",
    }


def test_only_owners_invite_and_only_writers_make_api_keys(
    as_user, alice, bob, vera, charlie, campaign, mailoutbox
):
    invite = _url(campaign, "invite/")
    assert (
        as_user(bob).post(invite, {"email": "x@example.org", "role": "viewer"}).status_code == 403
    )
    assert (
        as_user(vera).post(invite, {"email": "x@example.org", "role": "viewer"}).status_code == 403
    )
    assert (
        as_user(charlie).post(invite, {"email": "x@example.org", "role": "viewer"}).status_code
        == 404
    )
    assert (
        as_user(alice).post(invite, {"email": "x@example.org", "role": "viewer"}).status_code == 302
    )
    assert len(mailoutbox) == 1 and "/organisations/invitations/" in mailoutbox[0].body
    keys = _url(campaign, "keys/")
    assert as_user(vera).post(keys, {"name": "HR"}).status_code == 403
    assert as_user(charlie).post(keys, {"name": "HR"}).status_code == 404
    response = as_user(bob).post(keys, {"name": "HR"})
    assert response.status_code == 200 and b"isk_" in response.content
    assert campaign.organisation.api_keys.count() == 1


def test_an_invitation_makes_a_member_once(as_user, alice, charlie, campaign, mailoutbox, rf):
    as_user(alice).post(
        _url(campaign, "invite/"), {"email": "charlie@example.org", "role": "viewer"}
    )
    link = next(word for word in mailoutbox[0].body.split() if "/invitations/" in word)
    path = link[link.index("/en/") :]
    client = as_user(charlie)
    assert client.get(path).status_code == 302
    assert client.get(_url(campaign, "campaigns/{c}/")).status_code == 200
    assert client.get(path).status_code == 302  # used: a message, nothing changes
    assert campaign.organisation.members.filter(user=charlie).count() == 1


def test_no_page_shows_one_persons_answers(as_user, alice, campaign):
    for value in (1, 2, 3, 4, 5):
        finished_session({"curiosity": value}, campaign=campaign)
    page = as_user(alice).get(_url(campaign, "campaigns/{c}/")).content.decode()
    for session in campaign.sessions.all():
        assert str(session.id) not in page
    csv = as_user(alice).get(_url(campaign, "campaigns/{c}/report.csv")).content.decode()
    assert csv.count("\n") == 16  # a header and one aggregate row per skill
