"""Dot voting: a few votes each, one per idea, only ideas of this workshop; and the results."""

import csv
import io

import pytest

from innospark.workshops.models import Idea, Vote
from innospark.workshops.services import workshop_start

from .conftest import HTMX

pytestmark = pytest.mark.django_db


@pytest.fixture
def voting(workshop, join, control):
    """Four ideas from two people, then voting opens."""
    control(workshop, "collect")
    ana, ben = join(workshop, "en", "Ana"), join(workshop, "es")
    for phone, text, language in (
        (ana, "Answer support tickets with a chatbot at night", "en"),
        (ana, "Publish our roadmap openly", "en"),
        (ben, "Ofrecer un descuento a estudiantes", "es"),
        (ben, "Grabar videotutoriales cortos", "es"),
    ):
        assert (
            phone.post(f"/{language}/live/{workshop.code}/ideas/", {"text": text}).status_code
            == 302
        )
    control(workshop, "voting")
    ideas = list(Idea.objects.order_by("pk"))
    return workshop, ana, ben, ideas


def vote(phone, workshop, idea_id, action="add", **extra):
    return phone.post(
        f"/en/live/{workshop.code}/votes/", {"idea": str(idea_id), "action": action}, **extra
    )


def test_votes_before_voting_are_refused(workshop, join, control):
    control(workshop, "collect")
    phone = join(workshop)
    phone.post(f"/en/live/{workshop.code}/ideas/", {"text": "an idea"})
    response = vote(phone, workshop, Idea.objects.get().pk)
    assert response.status_code == 409 and "Voting is not open" in response.content.decode()
    assert not Vote.objects.exists()


def test_three_dots_each_one_per_idea(voting):
    workshop, ana, _ben, ideas = voting
    page = ana.get(f"/en/live/{workshop.code}/").content.decode()
    assert "You have 3 votes left." in page and page.count('value="add"') == 4
    for idea in ideas[:3]:
        assert vote(ana, workshop, idea.pk).status_code == 302
    response = vote(ana, workshop, ideas[3].pk)
    assert response.status_code == 409 and "used all your 3 votes" in response.content.decode()
    assert Vote.objects.count() == 3
    # Taking one back frees a dot; voting twice for one idea is refused.
    assert vote(ana, workshop, ideas[0].pk, "remove").status_code == 302
    assert vote(ana, workshop, ideas[1].pk).status_code == 409
    assert "already voted for this idea" in vote(ana, workshop, ideas[1].pk).content.decode()
    assert vote(ana, workshop, ideas[3].pk).status_code == 302
    assert sorted(Vote.objects.values_list("idea_id", flat=True)) == [i.pk for i in ideas[1:]]
    htmx = vote(ana, workshop, ideas[0].pk, **HTMX)
    assert htmx.status_code == 200 and "You have 0 votes left." in htmx.content.decode()
    assert 'role="alert"' in htmx.content.decode()


def test_ideas_of_another_workshop_or_nonsense_are_refused(voting, alice, technique):
    workshop, ana, _ben, _ideas = voting
    other = workshop_start(technique=technique, facilitator=alice, language="en")
    foreign = Idea.objects.create(
        workshop=other, participant=workshop.participants.first(), step=0, text="x",
        language="en", embedding=b"",
    )  # fmt: skip
    for idea_id in (foreign.pk, "999999", "1; DROP TABLE", ""):
        response = vote(ana, workshop, idea_id)
        assert response.status_code == 404, idea_id
        assert "not part of this workshop" in response.content.decode()
    assert not Vote.objects.exists()


def test_results_rank_by_votes_and_export(voting, join, facilitator):
    workshop, ana, ben, ideas = voting
    vote(ana, workshop, ideas[2].pk)
    vote(ben, workshop, ideas[2].pk)
    vote(ben, workshop, ideas[1].pk)
    wall = facilitator.get(f"/en/live/run/{workshop.pk}/wall/").content.decode()
    assert "3 of 6 votes given" in wall
    assert wall.index("descuento") < wall.index("roadmap") < wall.index("chatbot")
    response = facilitator.get(f"/en/live/run/{workshop.pk}/results.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["votes"] for row in rows] == ["2", "1", "0", "0"]
    assert rows[0]["idea"] == "Ofrecer un descuento a estudiantes" and rows[0]["language"] == "es"
    assert rows[1]["name"] == "Ana" and rows[0]["name"] == ""
    assert all(row["step"] == "1" and 0 <= int(row["originality"]) <= 100 for row in rows)
    assert set(rows[0]) == {
        "rank",
        "votes",
        "idea",
        "step",
        "group",
        "originality",
        "language",
        "name",
    }
    pdf = facilitator.get(f"/bg/live/run/{workshop.pk}/results.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_participants_see_the_top_ideas_when_it_closes(voting, control):
    workshop, ana, ben, ideas = voting
    vote(ben, workshop, ideas[1].pk)
    control(workshop, "close")
    page = ana.get(f"/en/live/{workshop.code}/").content.decode()
    results = page.split('class="live-results"')[1].split("</ol>")[0]
    assert "The workshop has ended" in page
    assert "roadmap" in results and "1 vote" in results and "chatbot" not in results
    assert vote(ana, workshop, ideas[0].pk).status_code == 410


def test_phones_list_similar_ideas_together_by_step(workshop, join, control):
    """Groups of similar ideas are fixed when voting opens and shown together on the phones,
    step by step, whatever order and language the ideas arrived in."""
    control(workshop, "collect")
    ana, ben = join(workshop, "en"), join(workshop, "es")
    for phone, text, language in (
        (ana, "Answer support tickets with a chatbot at night", "en"),
        (ben, "Grabar videotutoriales cortos", "es"),
        (ben, "Responder a los tickets de soporte con un chatbot por la noche", "es"),
    ):
        phone.post(f"/{language}/live/{workshop.code}/ideas/", {"text": text})
    control(workshop, "next", "collect")
    ana.post(f"/en/live/{workshop.code}/ideas/", {"text": "Publish our roadmap openly"})
    control(workshop, "voting")
    chatbot_en, video, chatbot_es, roadmap = Idea.objects.order_by("pk")
    assert chatbot_en.group == chatbot_es.group != video.group
    assert roadmap.group == 1 and roadmap.step == 1

    page = ana.get(f"/en/live/{workshop.code}/").content.decode()
    stage = page.split('id="live-stage"')[1]
    first, second = stage.split("<h3>")[1:3]
    assert first.startswith("Step 1 of") and second.startswith("Step 2 of")
    group = first.split('class="vote-group"')[1].split("</ul>")[0]
    assert "2 similar ideas" in group and "chatbot a" in group and "chatbot por" in group
    assert "videotutoriales" not in group and "videotutoriales" in first
    assert "roadmap" in second and 'class="vote-group"' not in second
    assert page.count('value="add"') == 4
    # Back to the steps, a new idea, and voting again: the groups are worked out afresh.
    control(workshop, "steps", "collect")
    ben.post(f"/es/live/{workshop.code}/ideas/", {"text": "Publicar nuestra hoja de ruta"})
    control(workshop, "voting")
    assert Idea.objects.get(text__startswith="Publicar").group == roadmap.group
