"""What the result page and the PDF show: the result plus its chart and the change since the
owner's previous attempt."""

from innospark.core.charts import radar
from innospark.diagnostic.models import Session
from innospark.diagnostic.results import build_result, compare


def previous_attempt(session: Session) -> Session | None:
    if session.user_id is None:
        return None
    return (
        Session.objects.completed()
        .filter(user_id=session.user_id, finished_at__lt=session.finished_at)
        .order_by("-finished_at")
        .first()
    )


def result_context(session: Session, language: str) -> dict:
    result = build_result(session, language)
    chart = radar(
        [row["name"] for row in result["skills"]],
        [row["score"] for row in result["skills"]],
        [f"group-{row['group']}" for row in result["skills"]],
    )
    previous = previous_attempt(session)
    if previous is not None:
        change = compare(session, previous)
        for row in result["skills"]:
            row["change"] = change.get(row["key"])
    originality_skill = next(row for row in result["skills"] if row["key"] == "originality")
    return {
        "session": session,
        "result": result,
        "chart": chart,
        "previous": previous,
        "originality_skill": originality_skill,
    }
