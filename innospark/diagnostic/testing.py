"""Helpers for tests that need sessions in a given state."""

from innospark.diagnostic import services
from innospark.diagnostic.models import Item, Session


def answer_all(session: Session, value: int | dict[str, int] = 4) -> None:
    """Answer every statement: the same value, or a value per skill key (default 3)."""
    items = Item.objects.select_related("skill")
    if isinstance(value, int):
        answers = [(item.key, value) for item in items]
    else:
        answers = [(item.key, value.get(item.skill.key, 3)) for item in items]
    services.session_save_answers(session=session, answers=answers)


def skip_tasks(session: Session) -> None:
    services.session_skip_all_tasks(session=session)


def finished_session(value: int | dict[str, int] = 4, **context) -> Session:
    started = services.session_start(language=context.pop("language", "en"), **context)
    answer_all(started.session, value)
    skip_tasks(started.session)
    return services.session_finish(session=started.session)
