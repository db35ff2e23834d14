"""Every page type, in each of the six languages, passes axe-core with no serious or critical
violation and raises no Content-Security-Policy violation or script error; in Bulgarian and
Hungarian (long words), no page scrolls sideways and its key controls stay on screen at phone
width and at 200 % zoom. The keyboard-only journeys are in test_keyboard.py.

In Bulgarian and Hungarian every page below is visited; in the other four languages each page
type once: the other states of a page type (errors, unknown codes, other steps and summaries,
a closed campaign) use the same templates, so they add time but little else there.

Page types, by urls.py (<lang> is the language prefix; every page below is visited):
- core: home, privacy notice; the 404 page (an unknown address), the 500 page and the
  "too many attempts" page (429, rate limits), served by their own views through a route since
  no address produces them on demand, and the CSRF failure page (a form posted without its
  cookie).
- accounts: sign-in, sign-up, my results (history with the change between two tests), delete
  my account. Not pages: sign-out, claim, retake (POST, then a redirect), export (JSON).
- diagnostic: start, about, resume form and an unknown resume code, a page of statements, the
  same page with its errors, the unusual-uses and missing-word task pages, the result (with
  percentiles and task scores). The resume link and /s/<id>/ only redirect; claim is a POST;
  report.pdf is a download.
- toolkit: A to Z, filtered, a technique, its facilitator mode, exercise list, an exercise, its
  facilitator mode, exercise steps of each input type (list, rating table, indented tree,
  answers) and two summaries (matrix, mind map), my exercises. Not pages: exercise start (POST),
  summary.pdf.
- compendium: case list, a case. booklet.pdf is a download.
- insights (report): overview, a country, the explorer (line and bar chart). explore.csv and
  report.pdf are downloads.
- organisations: sign-up, my organisations (also with an error after an invitation that is no
  longer valid), an organisation as owner and, through an accepted invitation, as viewer; a new
  campaign, a campaign with its team report and comparison, an empty closed campaign, the page
  showing a new API key; join (form, an unknown code, a campaign's page). Invite, keys and
  accepting an invitation are POSTs or redirects; report.csv, report.pdf and the printable
  invitation-<lang>.pdf are downloads.
- events: the list and an event (seeded). The organiser pages (new, manage, edit, attendees)
  and the cancel and feedback links are not in this sweep yet; test_events_browser.py runs
  axe-core on them. attendees.csv is a download.
- workshops (live/): the join page. The facilitator's pages (mine, start, run) and the
  participant's page need a running workshop: test_workshop_browser.py covers them. /live/<code>
  outside the prefix only redirects.
- Outside the language prefix: /api/v1/ (JSON, and the API docs page of django-ninja),
  /admin/ (Django's admin) and /healthz are not pages of ours and are not visited.
"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.http import QueryDict
from django.test import RequestFactory
from django.utils import translation

from e2e.audit import Audit, sign_in
from innospark.compendium.models import Case
from innospark.core.middleware import SecurityHeadersMiddleware
from innospark.core.ratelimit import Throttled
from innospark.core.views import server_error
from innospark.diagnostic import services as diagnostic
from innospark.diagnostic.testing import answer_all, finished_session
from innospark.organisations import services as organisations
from innospark.organisations.models import Invitation, Role
from innospark.toolkit.models import Exercise, ExerciseText
from innospark.toolkit.services import exercise_run_save, exercise_run_start

pytestmark = pytest.mark.browser

LONG_WORDS = ("bg", "hu")  # also checked at phone width and at 200 % zoom
COUNTRY = {"en": "uk", "bg": "bg", "it": "it", "es": "es", "et": "ee", "hu": "hu"}


def make_user(username: str):
    return get_user_model().objects.create_user(
        username, f"{username}@example.org", "x-long-pass-9"
    )


def run_through(kind: str, language: str, user, inputs: dict[int, dict], *, complete: bool):
    """An exercise run with `inputs` saved for its steps, completed or left at its last step."""
    exercise = Exercise.objects.get(kind=kind)
    text = ExerciseText.objects.get(exercise=exercise, language=language)
    run = exercise_run_start(exercise=exercise, language=language, user=user)
    last = len(exercise.steps) - 1
    for index, fields in inputs.items():
        post = QueryDict(mutable=True)
        post.update(fields)  # as the form posts it
        move = 1 if complete and index == last else 0
        run = exercise_run_save(
            run=run, exercise=exercise, text=text, index=index, post=post, move=move
        )
    return run


def build(language: str) -> dict:
    """Everything the pages need, made through the services the views use."""
    call_command("seed_events", verbosity=0)
    ana = make_user("ana")
    for value in (2, 4):  # two finished tests: the history shows the change
        finished_session(value, language=language, user=ana)
    anonymous = diagnostic.session_start(language=language)
    owner = organisations.organisation_create(name="Green Bytes", owner=ana)
    spring = organisations.campaign_create(organisation=owner, name="Spring", languages=[language])
    autumn = organisations.campaign_create(
        organisation=owner, name="Autumn", languages=[language, "en"], previous=spring
    )
    for campaign, base in ((spring, 2), (autumn, 3)):
        for i in range(5):
            role = ("employee", "team-lead")[i % 2]
            finished_session(base + i % 3, language=language, campaign=campaign, role=role)
    closed = organisations.campaign_create(
        organisation=owner, name="Winter", languages=[language], closes_on="2020-01-01"
    )
    other = organisations.organisation_create(name="Blue Pixels", owner=make_user("bob"))
    token = "invitation-token-for-ana"
    Invitation.objects.create(
        organisation=other, email="ana@example.org", role=Role.VIEWER,
        token_hash=organisations.digest(token),
    )  # fmt: skip
    ideas = {"value": "dark mode\nsingle sign-on\nexport to CSV"}
    ratings = {"impact-0": "5", "effort-0": "1", "impact-1": "4", "effort-1": "5"}
    ratings |= {"impact-2": "2", "effort-2": "2"}
    matrix = run_through(
        "impact-effort",
        language,
        ana,
        {0: ideas, 1: ratings, 2: {"value": "Dark mode first."}},
        complete=True,
    )
    tree = {"value": "onboarding\n  videos\n  checklist\npricing\n  free tier"}
    mind_map = run_through(
        "mind-map",
        language,
        ana,
        {0: {"value": "Our app"}, 1: tree, 2: {"value": "Videos."}},
        complete=True,
    )
    associates = run_through("remote-associates", language, ana, {}, complete=False)
    return {
        "anonymous": anonymous,
        "owner": owner,
        "autumn": autumn,
        "closed": closed,
        "token": token,
        "matrix": matrix,
        "mind_map": mind_map,
        "associates": associates,
        "case": Case.objects.order_by("slug").first(),
    }


def rendered(view, language: str):
    """A response of one of our views that no address produces on demand, with the headers the
    middleware adds (the CSP among them)."""

    def handler(route):
        request = RequestFactory().get(f"/{language}/")
        with translation.override(language):
            response = SecurityHeadersMiddleware(view)(request)
        route.fulfill(
            status=response.status_code, headers=dict(response.headers), body=response.content
        )

    return handler


def throttled_view(request):
    return SecurityHeadersMiddleware(lambda r: None).process_exception(request, Throttled(600))


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_page_type_is_accessible(language, browser, site):
    world = build(language)
    every_state = language in LONG_WORDS  # the other languages see each page type once
    audit = Audit(browser, site.url, language, layout=every_state)
    lang = f"/{language}"
    session = world["anonymous"].session
    matrix, mind_map = world["matrix"].token, world["mind_map"].token

    def visit(name, path, *, state=False, **expected):
        if every_state or not state:
            audit.visit(name, lang + path, **expected)

    # The sign-in form, then posted without its CSRF cookie (before any cookie matters).
    visit("sign-in", "/accounts/login/")
    page = audit.interact()
    audit.context.clear_cookies()
    page.fill("#id_username", "ana")
    page.fill("#id_password", "x-long-pass-9")
    with page.expect_navigation() as sent:
        page.locator("main form button[type=submit]").click()
    audit.expect("CSRF failure page", sent.value.status, 403, f"{lang}/accounts/login/")
    audit.check("CSRF failure page")

    for name, path in [
        ("home", "/"), ("privacy notice", "/privacy/"),
        ("sign-up", "/accounts/signup/"), ("organisation sign-up", "/organisations/signup/"),
        ("diagnostic start", "/diagnostic/"), ("diagnostic about", "/diagnostic/about/"),
        ("resume form", "/diagnostic/resume/"), ("toolkit A to Z", "/toolkit/"),
        ("toolkit filtered", "/toolkit/?group=small&duration=45&online=yes"),
        ("technique", "/toolkit/techniques/scamper/"),
        ("technique facilitator mode", "/toolkit/techniques/scamper/facilitate/"),
        ("exercise list", "/toolkit/exercises/"), ("exercise", "/toolkit/exercises/impact-effort/"),
        ("compendium", "/compendium/"), ("case", f"/compendium/{world['case'].slug}/"),
        ("report overview", "/report/"), ("country", f"/report/{COUNTRY[language]}/"),
        ("explorer", "/report/explore/?indicator=eis-sii"),
        ("join", "/join/"), ("campaign join page", f"/join/{world['autumn'].join_code}/"),
        ("live workshop join", "/live/"), ("events", "/events/"),
    ]:  # fmt: skip
        visit(name, path)
    event = audit.interact().locator(f"main li a[href^='{lang}/events/']").first
    visit("event", event.get_attribute("href").removeprefix(lang))
    visit(
        "exercise facilitator mode", "/toolkit/exercises/remote-associates/facilitate/", state=True
    )
    visit(
        "explorer bar chart",
        "/report/explore/?indicator=gii-creative-outputs&chart=bar",
        state=True,
    )
    visit("join with an unknown code", "/join/?code=ZZZZ2222", status=404, state=True)
    visit(
        "resume with an unknown code", "/diagnostic/resume/AAAA-BBBB-CCCC/", status=404, state=True
    )
    visit("404 page", "/no-such-page/", status=404)
    audit.context.route("**/rendered/500/", rendered(server_error, language))
    visit("500 page", "/rendered/500/", status=500)
    audit.context.route("**/rendered/429/", rendered(throttled_view, language))
    visit("too many attempts page", "/rendered/429/", status=429)

    # The diagnostic, in the browser that started it: statements, tasks, result.
    first_page = f"{lang}/diagnostic/s/{session.id}/page/1/"
    visit(
        "page of statements",
        f"/diagnostic/resume/{world['anonymous'].resume_code}/",
        lands=first_page,
    )
    if every_state:
        with audit.interact().expect_navigation() as sent:
            audit.page.locator("main form button[type=submit]").click()
        audit.expect("page of statements with errors", sent.value.status, 400, first_page)
        audit.check("page of statements with errors")
    answer_all(session)
    visit(
        "unusual-uses task page",
        f"/diagnostic/s/{session.id}/",
        lands=f"{lang}/diagnostic/s/{session.id}/page/9/",
    )
    visit("missing-word task page", f"/diagnostic/s/{session.id}/page/11/")
    answers = [
        (task["key"], ["a doorstop", "a bookend", "a hamster bed"] if task["kind"] == "aut" else "cheese")
        for task in session.tasks
    ]  # fmt: skip
    diagnostic.session_save_answers(session=session, answers=answers)
    diagnostic.session_finish(session=session)
    visit("result", f"/diagnostic/s/{session.id}/result/")

    # Signed in.
    sign_in(audit.context, site.url, "ana")
    organisation = f"/organisations/{world['owner'].slug}"
    for name, path, state in [
        ("my results", "/accounts/", False), ("delete my account", "/accounts/delete/", False),
        ("my exercises", "/toolkit/mine/", False),
        ("exercise step: list", f"/toolkit/runs/{matrix}/step/0/", False),
        ("exercise step: rating table", f"/toolkit/runs/{matrix}/step/1/", True),
        ("exercise summary: matrix", f"/toolkit/runs/{matrix}/summary/", False),
        ("exercise step: tree", f"/toolkit/runs/{mind_map}/step/1/", True),
        ("exercise summary: mind map", f"/toolkit/runs/{mind_map}/summary/", True),
        ("exercise step: answers", f"/toolkit/runs/{world['associates'].token}/step/0/", True),
        ("my organisations", "/organisations/", False),
        ("new campaign", f"{organisation}/campaigns/new/", False),
        ("campaign with team report", f"{organisation}/campaigns/{world['autumn'].pk}/", False),
        ("closed campaign, no answers yet", f"{organisation}/campaigns/{world['closed'].pk}/", True),
    ]:  # fmt: skip
        visit(name, path, state=state)
    invitation = f"/organisations/invitations/{world['token']}/"
    visit(
        "organisation (viewer, invitation accepted)",
        invitation,
        lands=f"{lang}/organisations/blue-pixels/",
    )
    visit(
        "my organisations, invitation used", invitation, lands=f"{lang}/organisations/", state=True
    )
    visit("organisation (owner)", f"{organisation}/")
    page = audit.interact()
    page.locator("form[action$='/keys/'] input[name=name]").fill("HR tool")
    with page.expect_navigation() as sent:
        page.locator("form[action$='/keys/'] button[type=submit]").click()
    audit.expect("new API key", sent.value.status, 200, f"{lang}{organisation}/keys/")
    audit.check("new API key")

    audit.close()
    assert not audit.problems, "\n".join(audit.problems)
