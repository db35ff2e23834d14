"""The participants' side: join by code (typed, or a short link from the QR code) without an
account, in their own language; follow the steps; send ideas; vote with dots.

The page polls its stage every second with the stage version it shows: ideas sent by others do
not change it, so most polls end in a 204 after two indexed reads (session, workshop)."""

from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, get_language_from_request, override
from django.views.decorators.http import require_POST

from innospark.core import ratelimit
from innospark.diagnostic.codes import hash_secret
from innospark.organisations.services import normalise_code
from innospark.workshops import services
from innospark.workshops.access import participant_for_request, remember, token_for
from innospark.workshops.forms import CodeForm, NameForm
from innospark.workshops.models import IDEA_MAX_CHARS, Participant, Phase, Workshop
from innospark.workshops.views.facilitator import stage_context


def _state(workshop: Workshop) -> str:
    """What the participant's poll compares: the stage version, or "ended" once expired."""
    return "ended" if workshop.is_expired else str(workshop.stage_version)


def participant_context(workshop: Workshop, me: Participant, **extra) -> dict:
    context = stage_context(workshop, me=me, state=_state(workshop), **extra)
    context["my_ideas"] = list(me.ideas.order_by("created_at", "pk"))
    context["ended"] = not workshop.is_live
    context["idea_max"] = IDEA_MAX_CHARS
    # Plain queries: every phone renders this at the same moment when voting opens or the
    # workshop closes; the groups of similar ideas were stored when voting opened.
    if workshop.phase == Phase.VOTING and workshop.is_live:
        mine = set(me.votes.values_list("idea_id", flat=True))
        ideas = workshop.ideas.order_by("step", "group", "created_at", "pk")
        context["vote_steps"] = vote_steps(ideas.only("text", "language", "step", "group"), mine)
        context["votes_left"] = max(0, workshop.votes_per_participant - len(mine))
    elif not workshop.is_live:
        context["results"] = (
            workshop.ideas.annotate(vote_count=Count("votes"))
            .filter(vote_count__gt=0)
            .order_by("-vote_count", "created_at", "pk")[:10]
        )
    return context


def vote_steps(ideas, mine: set[int]) -> list[dict]:
    """The ideas to vote on by step, and within a step by group of similar ideas:
    [{"number": 2, "groups": [[(idea, voted), ...], ...]}, ...]."""
    steps: dict[int, dict[int | None, list]] = {}
    for idea in ideas:
        steps.setdefault(idea.step, {}).setdefault(idea.group, []).append((idea, idea.pk in mine))
    return [{"number": step + 1, "groups": list(groups.values())} for step, groups in steps.items()]


def _find(request, code: str) -> Workshop:
    """The workshop with this code, live or not (its participants still see how it ended);
    an unknown code counts towards the rate limit."""
    with ratelimit.guarded(
        services.CODE_SCOPE, ratelimit.client_id(request), services.UnknownWorkshop
    ):
        workshop = (
            Workshop.objects.filter(code=normalise_code(code)).select_related("technique").first()
        )
        if workshop is None:
            raise services.unknown_code()
    return workshop


def _refuse(request, error: str, status: int, retry_after: int | None = None):
    response = render(
        request, "workshops/join.html", {"form": CodeForm(), "error": error}, status=status
    )
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


def join(request):
    form = CodeForm(request.GET if "code" in request.GET else None)
    if form.is_bound and form.is_valid():
        try:
            with ratelimit.guarded(
                services.CODE_SCOPE, ratelimit.client_id(request), services.UnknownWorkshop
            ):
                workshop = services.workshop_for_code(form.cleaned_data["code"])
        except ratelimit.Throttled as exc:
            return _refuse(request, exc.message, 429, exc.retry_after)
        except services.WorkshopError as exc:
            return render(
                request, "workshops/join.html", {"form": form, "error": exc.message},
                status=exc.status,
            )  # fmt: skip
        return redirect("workshops:participant", workshop.code)
    return render(request, "workshops/join.html", {"form": form})


def short_link(request, code):
    """The QR code's link, without a language: the browser's language decides."""
    cleaned = normalise_code(code)
    with override(get_language_from_request(request)):
        if len(cleaned) == services.CODE_LENGTH:
            return redirect(reverse("workshops:participant", args=[cleaned]))
        return redirect(reverse("workshops:join"))


def participant(request, code):
    try:
        workshop = _find(request, code)
    except ratelimit.Throttled as exc:
        return _refuse(request, exc.message, 429, exc.retry_after)
    except services.WorkshopError as exc:
        return _refuse(request, exc.message, exc.status)
    me = participant_for_request(request, workshop)
    if me is not None:
        return render(request, "workshops/participant.html", participant_context(workshop, me))
    if not workshop.is_live:
        try:
            services.ensure_live(workshop)
        except services.WorkshopError as exc:
            return _refuse(request, exc.message, exc.status)
    form = NameForm(request.POST if request.method == "POST" else None)
    error = None
    if form.is_bound and form.is_valid():
        try:
            me, token = services.participant_join(
                workshop=workshop, language=get_language(), name=form.cleaned_data["name"]
            )
        except services.WorkshopError as exc:
            error = exc.message
        else:
            remember(request, workshop, token)
            return redirect("workshops:participant", workshop.code)
    context = {"workshop": workshop, "form": form, "error": error, **stage_context(workshop)}
    return render(request, "workshops/enter.html", context, status=422 if form.is_bound else 200)


def _me(request, code: str) -> tuple[Workshop, Participant]:
    workshop = (
        Workshop.objects.filter(code=normalise_code(code)).select_related("technique").first()
    )
    me = workshop and participant_for_request(request, workshop)
    if not me:
        raise Http404
    return workshop, me


def stage(request, code):
    row = (
        Workshop.objects.filter(code=normalise_code(code))
        .values_list("pk", "stage_version", "expires_at")
        .first()
    )
    token = row and token_for(request, row[0])
    if (
        not token
        or not Participant.objects.filter(
            workshop_id=row[0], token_hash=hash_secret(token)
        ).exists()
    ):
        raise Http404
    state = "ended" if row[2] <= timezone.now() else str(row[1])
    if request.GET.get("v") == state:
        return HttpResponse(status=204)
    workshop, me = _me(request, code)
    return render(request, "workshops/_participant_stage.html", participant_context(workshop, me))


def _answer(request, workshop, me, *, template, error, status, saved=False, retry_after=None):
    """htmx gets the fragment (as a 200: htmx swaps only 2xx answers); a plain form post goes
    back to the page, or shows it again with the message and the real status."""
    if request.htmx:
        workshop.refresh_from_db()
        response = render(
            request, template, participant_context(workshop, me, error=error, saved=saved)
        )
        if saved:
            response["HX-Trigger"] = "ideaSaved"
        return response
    if error is None:
        return redirect("workshops:participant", workshop.code)
    workshop.refresh_from_db()
    context = participant_context(workshop, me, error=error)
    response = render(request, "workshops/participant.html", context, status=status)
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


@require_POST
def idea(request, code):
    workshop, me = _me(request, code)
    error, status, retry_after = None, 201, None
    try:
        services.idea_submit(
            participant=me, text=request.POST.get("text", ""), language=get_language()
        )
    except services.WorkshopError as exc:
        error, status, retry_after = exc.message, exc.status, exc.retry_after
    return _answer(
        request, workshop, me, template="workshops/_my_ideas.html", error=error, status=status,
        saved=error is None, retry_after=retry_after,
    )  # fmt: skip


@require_POST
def vote(request, code):
    workshop, me = _me(request, code)
    error, status = None, 200
    action = services.vote_remove if request.POST.get("action") == "remove" else services.vote_add
    try:
        action(participant=me, idea_id=request.POST.get("idea", ""))
    except services.WorkshopError as exc:
        error, status = exc.message, exc.status
    return _answer(
        request, workshop, me, template="workshops/_participant_stage.html", error=error,
        status=status,
    )  # fmt: skip
