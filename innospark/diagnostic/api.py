"""The diagnostic as JSON, for HR tools, LMSs and our benchmarks. Errors come in the session's
language (before a session is known, in the request's Accept-Language)."""

from uuid import UUID

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import override
from ninja import Router, Status
from ninja.security import HttpBearer

from innospark.core import ratelimit
from innospark.diagnostic import services
from innospark.diagnostic.codes import hash_secret
from innospark.diagnostic.flow import page_statements, progress, task_pages
from innospark.diagnostic.forms import LIKERT
from innospark.diagnostic.models import CompanySize, Country, Role, Sector, Session
from innospark.diagnostic.results import build_result
from innospark.diagnostic.schemas import (
    AnswersIn,
    ErrorOut,
    PageOut,
    ProgressOut,
    ResultOut,
    ResumeIn,
    ResumeOut,
    StartIn,
    StartOut,
)
from innospark.diagnostic.services import DiagnosticError
from innospark.diagnostic.task_results import task_prompts
from innospark.organisations.services import (
    OrganisationError,
    UnknownCampaign,
    campaign_for_code,
)

router = Router(tags=["diagnostic"])
ERRORS = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: ErrorOut,
    429: ErrorOut,
}


class SessionToken(HttpBearer):
    """A session's bearer token; wrong tokens count towards the "api-key" rate limit."""

    def authenticate(self, request, token):
        client = ratelimit.client_id(request)
        session = (
            Session.objects.filter(token_hash=hash_secret(token))
            .annotate(failures=ratelimit.failures_now("api-key", client))
            .first()
        )
        if session is None:
            ratelimit.check("api-key", client)
            ratelimit.record_failure("api-key", client)
            return None
        ratelimit.refuse_if_over("api-key", session.failures)
        if not session.has_live_token:
            with override(session.language):
                raise DiagnosticError.with_status(
                    401,
                    _(
                        "This token has expired (tokens last %(hours)s hours). Send the resume "
                        "code to /api/v1/diagnostic/resume for a new one."
                    )
                    % {"hours": settings.API_TOKEN_HOURS},
                )
        return session


def _own_session(request, session_id: UUID) -> Session:
    session = request.auth
    if session.id != session_id:
        if Session.objects.filter(pk=session_id).exists():
            raise DiagnosticError.with_status(403, _("This token belongs to another test session."))
        raise DiagnosticError.with_status(404, _("There is no test session with this id."))
    return session


def check_choice(value: str, choices, field: str) -> None:
    if value and value not in choices:
        raise DiagnosticError.with_status(
            422,
            _("“%(value)s” is not a valid %(field)s. Choose one of: %(choices)s.")
            % {"value": value, "field": field, "choices": ", ".join(choices)},
        )


def require_language(language: str) -> None:
    """Refuse a language we do not offer, in the request's language."""
    if language not in settings.LANGUAGE_CODES:
        raise DiagnosticError.with_status(
            422,
            _("Unknown language “%(value)s”. Choose one of: %(choices)s.")
            % {"value": language, "choices": ", ".join(settings.LANGUAGE_CODES)},
        )


@router.post("/sessions", response={201: StartOut, **ERRORS})
def start(request, payload: StartIn):
    require_language(payload.language)
    with override(payload.language):
        check_choice(payload.role, Role.values, "role")
        check_choice(payload.company_size, CompanySize.values, "company_size")
        check_choice(payload.country, Country.values, "country")
        check_choice(payload.sector, Sector.values, "sector")
    fields = payload.dict(exclude={"join_code"})
    if payload.join_code:
        with override(payload.language):
            fields["campaign"] = _campaign(request, payload.join_code, payload.language)
    started = services.session_start(**fields)
    return Status(
        201, {"id": started.session.id, "token": started.token, "resume_code": started.resume_code}
    )


def _campaign(request, code: str, language: str):
    try:
        with ratelimit.guarded("join", ratelimit.client_id(request), UnknownCampaign):
            campaign = campaign_for_code(code)
    except OrganisationError as exc:
        raise DiagnosticError.with_status(422, str(exc)) from exc
    if language not in campaign.languages:
        raise DiagnosticError.with_status(
            422,
            _("This campaign is offered in: %(choices)s.")
            % {"choices": ", ".join(campaign.languages)},
        )
    return campaign


@router.get("/sessions/{session_id}/page", auth=SessionToken(), response={200: PageOut, **ERRORS})
def current_page(request, session_id: UUID):
    session = _own_session(request, session_id)
    state = progress(session)
    if state.done:
        return {"done": True, "pages": state.pages}
    tasks = task_pages(session, state.statement_pages).get(state.next_page)
    if tasks:  # AUT and RAT items: free answers, no options
        with override(session.language):
            prompts = task_prompts(tasks, session.language)
        return {
            "done": False,
            "page": state.next_page,
            "pages": state.pages,
            "items": [
                {"id": p["key"], "type": p["kind"], "text": p["text"], "options": []}
                for p in prompts
            ],
        }
    statements = page_statements(state.next_page, session.language)
    with override(session.language):
        options = [{"value": value, "label": str(label)} for value, label in LIKERT]
    return {
        "done": False,
        "page": state.next_page,
        "pages": state.pages,
        "items": [
            {"id": key, "type": kind, "text": text, "options": options}
            for key, kind, text in statements
        ],
    }


@router.post(
    "/sessions/{session_id}/answers", auth=SessionToken(), response={200: ProgressOut, **ERRORS}
)
def answer(request, session_id: UUID, payload: AnswersIn):
    session = _own_session(request, session_id)
    with override(session.language):
        if payload.skip:
            services.session_skip_page(session=session, page=progress(session).next_page or 0)
            state = progress(session)
        else:
            answers = [(a.item, a.value) for a in payload.answers]
            state = services.session_save_answers(session=session, answers=answers)
    return {
        "answered": state.answered,
        "total": state.total,
        "pages": state.pages,
        "next_page": state.next_page,
        "done": state.done,
    }


@router.post(
    "/sessions/{session_id}/finish", auth=SessionToken(), response={200: ResultOut, **ERRORS}
)
def finish(request, session_id: UUID):
    session = _own_session(request, session_id)
    with override(session.language):
        session = services.session_finish(session=session)
    return build_result(session, session.language)


@router.get(
    "/sessions/{session_id}/result", auth=SessionToken(), response={200: ResultOut, **ERRORS}
)
def result(request, session_id: UUID):
    session = _own_session(request, session_id)
    if not session.is_finished:
        with override(session.language):
            raise services.NotComplete(_("This test is not finished yet, so it has no result."))
    return build_result(session, session.language)


@router.post("/resume", response={200: ResumeOut, **ERRORS})
def resume(request, payload: ResumeIn):
    with ratelimit.guarded("resume", ratelimit.client_id(request), services.UnknownCode):
        session, token = services.session_resume(code=payload.code)
    return {"id": session.id, "token": token}
