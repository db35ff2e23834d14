"""Account writes and the personal-data export."""

from django.db import transaction

from innospark.diagnostic.access import remembered_ids
from innospark.diagnostic.models import Answer, Score, Session
from innospark.diagnostic.task_models import TaskResponse
from innospark.toolkit.access import remembered_tokens
from innospark.toolkit.models import ExerciseRun


def account_claim_browser_sessions(*, request, user) -> int:
    """Attach the anonymous sessions this browser started to the account that just signed in."""
    ids = remembered_ids(request)
    ExerciseRun.objects.filter(token__in=remembered_tokens(request), user__isnull=True).update(
        user=user
    )
    return Session.objects.filter(pk__in=ids, user__isnull=True).update(user=user)


def account_export(*, user) -> dict:
    sessions = Session.objects.for_user(user).order_by("created_at")
    answers = Answer.objects.filter(session__in=sessions).select_related("item")
    scores = Score.objects.filter(session__in=sessions)
    by_session: dict = {s.pk: {"answers": {}, "scores": {}, "tasks": {}} for s in sessions}
    for task in TaskResponse.objects.filter(session__in=sessions):
        by_session[task.session_id]["tasks"][task.key] = {
            "answer": task.value,
            "skipped": task.skipped,
            "score": task.score,
        }
    for answer in answers:
        by_session[answer.session_id]["answers"][answer.item.key] = answer.value
    for score in scores:
        by_session[score.session_id]["scores"][f"{score.kind}:{score.key}"] = score.score
    return {
        "account": {
            "username": user.username,
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
        },
        "sessions": [
            {
                "id": str(s.id),
                "language": s.language,
                "role": s.role,
                "company_size": s.company_size,
                "country": s.country,
                "sector": s.sector,
                "created_at": s.created_at.isoformat(),
                "finished_at": s.finished_at.isoformat() if s.finished_at else None,
                **by_session[s.pk],
            }
            for s in sessions
        ],
        "exercises": [
            {
                "exercise": run.kind,
                "language": run.language,
                "started_at": run.started_at.isoformat(),
                "completed_at": run.completed_at.isoformat() if run.completed_at else None,
                "inputs": run.inputs,
            }
            for run in ExerciseRun.objects.for_user(user).order_by("started_at")
        ],
    }


def account_delete(*, user) -> None:
    with transaction.atomic():
        Session.objects.filter(user=user).delete()
        user.delete()
