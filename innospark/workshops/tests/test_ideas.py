"""Participants send ideas; they reach the facilitator's wall grouped, with originality."""

import pytest
from django.conf import settings

from innospark.workshops.models import Idea

from .conftest import HTMX

pytestmark = pytest.mark.django_db


def send(phone, workshop, text, language="en", **extra):
    return phone.post(f"/{language}/live/{workshop.code}/ideas/", {"text": text}, **extra)


def test_an_idea_reaches_the_wall_grouped_with_its_translation(
    workshop, join, control, facilitator
):
    control(workshop, "collect")
    ana, ben, eva = join(workshop, "bg", "Ана"), join(workshop, "es"), join(workshop)
    workshop.refresh_from_db()
    before = workshop.version, workshop.stage_version
    response = send(
        ana, workshop, "Дайте на всеки нов клиент безплатен въвеждащ разговор", "bg", **HTMX
    )
    assert response.status_code == 200 and response["HX-Trigger"] == "ideaSaved"
    assert "въвеждащ разговор" in response.content.decode()  # in "your ideas"
    send(ben, workshop, "Dar a cada cliente nuevo una llamada de bienvenida gratuita", "es")
    send(eva, workshop, "Pay bonuses for bug reports")
    workshop.refresh_from_db()
    assert workshop.version == before[0] + 3 and workshop.stage_version == before[1]
    assert list(Idea.objects.values_list("language", "step")) == [("bg", 0), ("es", 0), ("en", 0)]
    wall = facilitator.get(f"/en/live/run/{workshop.pk}/wall/", {"v": str(before[0])})
    body = wall.content.decode()
    assert wall.status_code == 200 and "3 participants" in body and "Ана" in body
    groups = body.split('class="idea-group"')[1:]
    assert len(groups) == 2
    assert "въвеждащ" in groups[0] and "bienvenida" in groups[0] and "(2 ideas)" in groups[0]
    assert "bug reports" in groups[1] and "originality 100" in groups[1]


def test_empty_and_oversized_ideas_are_refused_with_a_message(workshop, join, control):
    control(workshop, "collect")
    phone = join(workshop)
    for text in ("", "   ", "?!…"):
        response = send(phone, workshop, text)
        assert response.status_code == 422 and "Write your idea first" in response.content.decode()
    limit = 280
    response = send(phone, workshop, "x" * (limit + 1))
    assert response.status_code == 422
    assert f"at most {limit} characters; yours has {limit + 1}" in response.content.decode()
    htmx = send(phone, workshop, "", **HTMX)
    assert htmx.status_code == 200 and 'role="alert"' in htmx.content.decode()
    assert "HX-Trigger" not in htmx
    assert not Idea.objects.exists()
    assert send(phone, workshop, "  spaced   out  " + "y" * (limit - 20)).status_code == 302
    assert Idea.objects.get().text.startswith("spaced out y")


def test_ideas_wait_for_the_facilitator_to_open_collection(workshop, join, control):
    phone = join(workshop)
    response = send(phone, workshop, "too early")
    assert response.status_code == 409 and "not being collected" in response.content.decode()
    assert "Send idea" not in phone.get(f"/en/live/{workshop.code}/").content.decode()
    control(workshop, "collect")
    assert "Send idea" in phone.get(f"/en/live/{workshop.code}/").content.decode()
    assert send(phone, workshop, "now").status_code == 302
    control(workshop, "next")
    assert send(phone, workshop, "too late").status_code == 409
    assert list(Idea.objects.values_list("text", flat=True)) == ["now"]


def test_a_flood_from_one_phone_is_slowed_down_but_not_the_others(workshop, join, control):
    control(workshop, "collect")
    flooder, other = join(workshop), join(workshop)
    limit, seconds = settings.RATE_LIMITS["live-ideas"]
    for i in range(limit):
        assert send(flooder, workshop, f"idea number {i}").status_code == 302
    response = send(flooder, workshop, "one too many")
    assert response.status_code == 429 and "sending ideas very fast" in response.content.decode()
    assert 0 < int(response["Retry-After"]) <= seconds
    assert send(other, workshop, "mine is fine").status_code == 302
    assert Idea.objects.count() == limit + 1


def test_the_wall_shows_the_latest_step_with_ideas(workshop, join, control, facilitator):
    control(workshop, "collect")
    send(join(workshop), workshop, "first step idea")
    control(workshop, "next")
    body = facilitator.get(f"/en/live/run/{workshop.pk}/wall/").content.decode()
    assert "Ideas from step 1" in body and "first step idea" in body
