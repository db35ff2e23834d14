import pytest
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext, override

from innospark.diagnostic.access import BROWSER_KEY
from innospark.diagnostic.models import Answer, Item, Session

pytestmark = pytest.mark.django_db


def start(client, language="en", **context):
    with override(language):
        url = reverse("diagnostic:start")
    response = client.post(url, context)
    assert response.status_code == 302
    return Session.objects.latest("created_at"), response


def page_url(session, page, language="en"):
    with override(language):
        return reverse("diagnostic:page", args=[session.id, page])


def fill(page_number, value=4):
    from innospark.diagnostic.flow import page_items

    return {item.key: str(value) for item in page_items(page_number)}


def skip_tasks(client, session, language="en"):
    response = None
    for page in (9, 10, 11):
        response = client.post(page_url(session, page, language), {"skip": "1"})
    return response


def test_it_starts_without_an_account_and_stores_the_context(client):
    session, response = start(
        client, "bg", role="team-lead", company_size="small", country="BG", sector="software"
    )
    assert response["Location"] == page_url(session, 1, "bg")
    assert (session.language, session.role, session.country, session.sector) == (
        "bg",
        "team-lead",
        "BG",
        "software",
    )
    assert session.user is None


def test_a_bad_context_value_is_refused_and_nothing_is_created(client):
    response = client.post(reverse("diagnostic:start"), {"role": "astronaut"})
    assert response.status_code == 200
    assert not Session.objects.exists()
    assert "astronaut" in response.content.decode()


def test_every_page_shows_the_resume_code_and_progress(client):
    session, _ = start(client, "it")
    response = client.get(page_url(session, 1, "it"))
    code = client.session[BROWSER_KEY][str(session.id)]
    html = response.content.decode()
    assert code in html
    assert f"/it/diagnostic/resume/{code}/" in html
    assert '<progress max="82" value="0"' in html
    assert html.count('type="radio"') == 50


def test_a_page_is_saved_on_submit_and_leads_to_the_next(client):
    session, _ = start(client)
    response = client.post(page_url(session, 1), fill(1))
    assert response["Location"] == page_url(session, 2)
    assert Answer.objects.filter(session=session).count() == 10
    assert '<progress max="82" value="10"' in client.get(page_url(session, 2)).content.decode()


def test_a_half_filled_page_names_each_missing_statement_and_saves_nothing(client):
    session, _ = start(client, "et")
    data = fill(1)
    missing = list(data)[3]
    del data[missing]
    response = client.post(page_url(session, 1, "et"), data)
    assert response.status_code == 400
    with override("et"):
        message = gettext("Choose an answer for this statement.")
    assert message != "Choose an answer for this statement."
    assert message in response.content.decode()
    assert f'href="#q-{missing}"' in response.content.decode()
    assert not Answer.objects.exists()


def test_going_back_shows_the_saved_answers(client):
    session, _ = start(client)
    client.post(page_url(session, 1), fill(1, value=2))
    html = client.get(page_url(session, 1)).content.decode()
    first = Item.objects.order_by("position").first()
    assert f'name="{first.key}" value="2"' in html and "checked" in html
    # changing an answer on the way back updates it
    client.post(page_url(session, 1), fill(1, value=5))
    assert set(Answer.objects.filter(session=session).values_list("value", flat=True)) == {5}


def test_the_last_page_finishes_the_test_and_shows_the_result(client):
    session, _ = start(client, "hu")
    for page in range(1, 9):
        response = client.post(page_url(session, page, "hu"), fill(page))
    assert response["Location"] == page_url(session, 9, "hu")
    response = skip_tasks(client, session, "hu")
    assert response.status_code == 302
    result = client.get(response["Location"], follow=True)
    session.refresh_from_db()
    assert session.is_finished
    assert result.status_code == 200
    html = result.content.decode()
    assert "<svg" in html and "<table>" in html
    assert html.count("<tr>") >= 15 + 3


def test_the_resume_link_opens_the_test_in_another_browser(client):
    session, _ = start(client)
    client.post(page_url(session, 1), fill(1))
    code = client.session[BROWSER_KEY][str(session.id)]
    other = Client()
    response = other.get(reverse("diagnostic:resume-link", args=[code]), follow=True)
    assert response.redirect_chain[-1][0] == page_url(session, 2)


def test_a_typed_resume_code_tolerates_case_and_spaces(client):
    session, _ = start(client)
    code = client.session[BROWSER_KEY][str(session.id)]
    other = Client()
    response = other.post(reverse("diagnostic:resume"), {"code": code.lower().replace("-", " ")})
    assert response.status_code == 302
    assert other.get(page_url(session, 1)).status_code == 200


def test_an_unknown_resume_code_gets_a_message_in_the_page_language(client):
    response = client.post("/bg/diagnostic/resume/", {"code": "AAAA-BBBB-CCCC"})
    assert response.status_code == 404
    with override("bg"):
        message = gettext("No test matches this resume code. Check it and try again.")
    assert message in response.content.decode()


def test_another_browser_cannot_open_a_session(client):
    session, _ = start(client)
    assert Client().get(page_url(session, 1)).status_code == 404
    assert Client().get(reverse("diagnostic:result", args=[session.id])).status_code == 404


def test_a_form_post_without_csrf_token_is_refused_with_a_clear_message():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/es/diagnostic/", {"role": "employee"})
    assert response.status_code == 403
    with override("es"):
        title = gettext("The form could not be sent")
    assert title in response.content.decode()
    assert not Session.objects.exists()


def test_the_pdf_report_downloads_in_the_page_language(client):
    session, _ = start(client, "bg")
    for page in range(1, 9):
        client.post(page_url(session, page, "bg"), fill(page))
    skip_tasks(client, session, "bg")
    response = client.get(f"/bg/diagnostic/s/{session.id}/report.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert len(response.content) > 10_000


def test_the_about_page_credits_ipip(client):
    html = client.get("/en/diagnostic/about/").content.decode()
    assert "International Personality Item Pool" in html
    assert Item.objects.exclude(ipip_item="").first().ipip_item in html


def test_the_chart_coordinates_are_not_localised(client):
    """Hungarian writes 12,5 for 12.5; SVG coordinates must keep the dot in every language."""
    session, _ = start(client, "hu")
    for page in range(1, 9):
        client.post(page_url(session, page, "hu"), fill(page, value=3))
    skip_tasks(client, session, "hu")
    html = client.get(f"/hu/diagnostic/s/{session.id}/result/").content.decode()
    import re

    svg = html[html.index("<svg") : html.index("</svg>")]
    numbers = re.findall(r'\s(?:x|y|x1|y1|x2|y2|cx|cy)="([^"]+)"', svg)
    assert numbers and all(re.fullmatch(r"-?\d+(\.\d+)?", n) for n in numbers)
    points = re.findall(r'points="([^"]+)"', svg)
    assert points and all(re.fullmatch(r"[\d., -]+", p) and "," in p for p in points)


def test_the_about_page_credits_the_task_sources_in_each_language(client):
    for language in ("en", "hu"):
        html = client.get(f"/{language}/diagnostic/about/").content.decode()
        assert "Bowden & Jung-Beeman (2003)" in html
        assert "Organisciak, Acar, Dumas & Berthiaume, 2023" in html
