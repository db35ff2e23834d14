"""Writes of the diagnostic: each validates first, then saves inside one transaction."""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from innospark.diagnostic import codes
from innospark.diagnostic.flow import Answered, Progress, answered, page_tasks, progress
from innospark.diagnostic.models import Answer, Item, Score, ScoreKind, Session, Skill
from innospark.diagnostic.task_services import (
    clean_task_value,
    draw_tasks,
    score_task_answers,
    skip_tasks,
    store_task_answers,
)
from innospark.scoring import psychometrics


class DiagnosticError(Exception):
    """A request the diagnostic refuses; ``message`` is for the user, in their language."""

    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    @classmethod
    def with_status(cls, status: int, message: str) -> "DiagnosticError":
        error = cls(message)
        error.status = status
        return error


class SessionFinished(DiagnosticError):
    status = 409


class NotComplete(DiagnosticError):
    status = 409


class InvalidAnswer(DiagnosticError):
    status = 422


class UnknownCode(DiagnosticError):
    status = 404


@dataclass(frozen=True)
class Started:
    session: Session
    token: str
    resume_code: str


def session_start(
    *,
    language: str,
    role: str = "",
    company_size: str = "",
    country: str = "",
    sector: str = "",
    user=None,
    is_demo: bool = False,
    campaign=None,
) -> Started:
    for _attempt in range(5):  # a hash collision of 60-bit codes is astronomically rare
        token, code = codes.new_token(), codes.new_resume_code()
        try:
            with transaction.atomic():
                session = Session.objects.create(
                    token_hash=codes.hash_secret(token),
                    resume_hash=codes.hash_secret(code),
                    language=language,
                    role=role,
                    company_size=company_size,
                    country=country,
                    sector=sector,
                    user=user if user is not None and user.is_authenticated else None,
                    is_demo=is_demo,
                    campaign=campaign,
                    tasks=draw_tasks(language),
                )
        except IntegrityError:
            continue
        return Started(session, token, code)
    raise RuntimeError("could not create a unique session code")


def _check_open(session: Session) -> None:
    if session.is_finished:
        raise SessionFinished(_("This test is already finished; its answers can no longer change."))


def session_save_answers(*, session: Session, answers: list[tuple[str, object]]) -> Progress:
    """Save answers given as (item id, value); all are checked before any is saved. Returns
    where the session stands after them (read under the session's lock, so it is exact)."""
    _check_open(session)
    if not answers:
        raise InvalidAnswer(_("Send at least one answer."))
    tasks = {task["key"]: task for task in session.tasks}
    task_answers = {
        key: clean_task_value(tasks[key], value, InvalidAnswer)
        for key, value in answers
        if key in tasks
    }
    answers = [(key, value) for key, value in answers if key not in tasks]
    for key, value in answers:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise InvalidAnswer(
                _("The answer to “%(item)s” must be a whole number from 1 to 5.") % {"item": key}
            )
    scored_tasks = score_task_answers(session, task_answers)  # before the lock: models are slow
    with transaction.atomic():
        # Lock the session row: a concurrent finish waits, so no answer lands after scoring.
        locked = Session.objects.select_for_update().filter(pk=session.pk)
        session.finished_at = locked.values_list("finished_at", flat=True).get()
        _check_open(session)
        known = answered(session)
        rows = {}
        for key, value in answers:
            if key not in known.statements:
                raise InvalidAnswer(
                    _("There is no statement “%(item)s” in this test.") % {"item": key}
                )
            item_pk = known.statements[key]
            rows[item_pk] = Answer(session=session, item_id=item_pk, value=value)
        if rows:
            Answer.objects.bulk_create(
                rows.values(),
                update_conflicts=True,
                unique_fields=["session", "item"],
                update_fields=["value", "answered_at"],
            )
        if scored_tasks:
            store_task_answers(session, scored_tasks)
    saved = {key for key, _value in answers}
    return progress(
        session,
        Answered(known.statements, known.answered | saved, known.responded | set(task_answers)),
    )


def session_skip_page(*, session: Session, page: int) -> None:
    """Skip the tasks of one page; statements cannot be skipped."""
    _check_open(session)
    tasks = page_tasks(session, page)
    if not tasks:
        raise InvalidAnswer(_("Only the pages with a task can be skipped."))
    skip_tasks(session, [task["key"] for task in tasks])


def session_skip_all_tasks(*, session: Session) -> None:
    """Skip every performance task (simulated demo sessions answer only the statements)."""
    _check_open(session)
    skip_tasks(session, [task["key"] for task in session.tasks])


def session_finish(*, session: Session) -> Session:
    """Score a complete session and store its scores; finishing twice is harmless."""
    if session.is_finished:
        return session
    state = progress(session)
    if not state.done:
        missing = state.total - state.answered
        raise NotComplete(
            _("%(count)d statements or tasks are still unanswered.") % {"count": missing}
        )
    items = {
        item.key: psychometrics.ItemKey(item.skill.key, item.reverse)
        for item in Item.objects.select_related("skill")
    }
    answers = dict(Answer.objects.filter(session=session).values_list("item__key", "value"))
    skill_scores = psychometrics.skill_scores(items, answers)
    groups = dict(Skill.objects.values_list("key", "group"))
    group_scores = psychometrics.group_scores(skill_scores, groups)
    rows = [
        Score(
            session=session, kind=kind, key=s.key, score=s.score, answered=s.answered, items=s.items
        )
        for kind, scores in ((ScoreKind.SKILL, skill_scores), (ScoreKind.GROUP, group_scores))
        for s in scores.values()
    ]
    with transaction.atomic():
        locked = Session.objects.select_for_update().get(pk=session.pk)
        if locked.is_finished:
            return locked
        Score.objects.bulk_create(rows)
        locked.finished_at = timezone.now()
        locked.save(update_fields=["finished_at"])
    return locked


def session_by_code(code: str) -> Session:
    canonical = codes.normalise_code(code or "")
    session = (
        Session.objects.filter(resume_hash=codes.hash_secret(canonical)).first()
        if canonical
        else None
    )
    if session is None:
        raise UnknownCode(_("No test matches this resume code. Check it and try again."))
    if not Session.objects.with_live_resume_code().filter(pk=session.pk).exists():
        raise UnknownCode(
            _("This resume code has expired: codes last %(days)s days. Please start a new test.")
            % {"days": settings.RESUME_CODE_DAYS}
        )
    return session


def session_resume(*, code: str) -> tuple[Session, str]:
    """Find a session by its resume code and issue a new API token (the old one stops working)."""
    session = session_by_code(code)
    token = codes.new_token()
    session.token_hash = codes.hash_secret(token)
    session.token_issued_at = timezone.now()
    session.save(update_fields=["token_hash", "token_issued_at"])
    return session, token


def session_new_resume_code(*, session: Session) -> str:
    """Replace a session's resume code, for an owner whose browser no longer knows it."""
    code = codes.new_resume_code()
    session.resume_hash = codes.hash_secret(code)
    session.resume_issued_at = timezone.now()
    session.save(update_fields=["resume_hash", "resume_issued_at"])
    return code


def session_claim(*, session: Session, user) -> None:
    if session.user_id not in (None, user.pk):
        raise DiagnosticError(_("This test belongs to another account."))
    session.user = user
    session.save(update_fields=["user"])


def session_retake(*, previous: Session, user) -> Started:
    return session_start(
        language=previous.language,
        role=previous.role,
        company_size=previous.company_size,
        country=previous.country,
        sector=previous.sector,
        user=user,
    )
