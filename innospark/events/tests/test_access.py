"""Every organiser page with every named user: outsiders (and visitors) get 404, the
organisation's viewers 403, its owners and managers and staff get in."""

import pytest

pytestmark = pytest.mark.django_db

PAGES = ["edit/", "attendees/", "attendees.csv"]


@pytest.mark.parametrize("page", PAGES)
def test_organisers_get_in_viewers_get_403_outsiders_404(
    as_user, alice, bob, vera, charlie, sam, organisation, make_event, page
):
    event = make_event(organisation=organisation)
    url = f"/en/events/{event.slug}/{page}"
    for user in (alice, bob, sam):
        assert as_user(user).get(url).status_code == 200, (user, page)
    assert as_user(vera).get(url).status_code == 403
    assert as_user(charlie).get(url).status_code == 404
    assert as_user(None).get(url).status_code == 404


def test_only_staff_organise_events_without_an_organisation(as_user, alice, sam, make_event):
    event = make_event()
    assert as_user(sam).get(f"/en/events/{event.slug}/attendees/").status_code == 200
    assert as_user(alice).get(f"/en/events/{event.slug}/attendees/").status_code == 404


def test_sending_the_feedback_form_is_for_organisers_only(
    as_user, vera, charlie, organisation, make_event, mailoutbox
):
    event = make_event(organisation=organisation, days=-2)
    url = f"/en/events/{event.slug}/send-feedback/"
    assert as_user(vera).post(url).status_code == 403
    assert as_user(charlie).post(url).status_code == 404
    assert as_user(None).post(url).status_code == 404
    assert mailoutbox == []


def test_the_organiser_list_shows_only_events_one_may_manage(
    as_user, bob, charlie, organisation, make_event
):
    ours = make_event(organisation=organisation, title="Ours")
    theirs = make_event(title="Staff only")
    page = as_user(bob).get("/en/events/manage/").content.decode()
    assert f"/en/events/{ours.slug}/attendees/" in page
    assert theirs.slug not in page
    assert as_user(charlie).get("/en/events/manage/").status_code == 403
    assert as_user(None).get("/en/events/manage/").status_code == 302


def test_the_list_offers_publishing_only_to_organisers(as_user, bob, charlie, organisation):
    assert 'href="/en/events/new/"' in as_user(bob).get("/en/events/").content.decode()
    assert 'href="/en/events/new/"' not in as_user(charlie).get("/en/events/").content.decode()
