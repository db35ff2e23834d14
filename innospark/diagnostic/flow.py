"""Which statements and tasks go on which page, and where a session stands.

Pages 1..N hold the five-point statements (DIAGNOSTIC_PAGE_SIZE per page); after them come
the task pages of the session: each AUT object on a page of its own, then one RAT page."""

from dataclasses import dataclass
from math import ceil

from django.conf import settings

from innospark.diagnostic.models import Answer, Item, Session
from innospark.diagnostic.task_models import TaskResponse


@dataclass(frozen=True)
class Progress:
    answered: int
    total: int
    pages: int
    next_page: int | None  # first page with something unanswered, 1-based

    @property
    def done(self) -> bool:
        return self.next_page is None

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.total) if self.total else 100


def item_keys() -> list[str]:
    return list(Item.objects.order_by("position").values_list("key", flat=True))


def page_count(total: int) -> int:
    return max(1, ceil(total / settings.DIAGNOSTIC_PAGE_SIZE))


def page_slice(page: int) -> slice:
    size = settings.DIAGNOSTIC_PAGE_SIZE
    return slice((page - 1) * size, page * size)


def page_items(page: int) -> list[Item]:
    """The statements of one page, with their skill; empty when the page has none."""
    if page < 1:
        return []
    return list(Item.objects.order_by("position").select_related("skill")[page_slice(page)])


def task_pages(session: Session, statement_pages: int) -> dict[int, list[dict]]:
    pages: dict[int, list[dict]] = {}
    for task in session.tasks:
        pages.setdefault(statement_pages + task["group"], []).append(task)
    return pages


def page_tasks(session: Session, page: int) -> list[dict]:
    return task_pages(session, page_count(len(item_keys()))).get(page, [])


def progress(session: Session) -> Progress:
    keys = item_keys()
    statement_pages = page_count(len(keys))
    answered = set(Answer.objects.filter(session=session).values_list("item__key", flat=True))
    responded = set(TaskResponse.objects.filter(session=session).values_list("key", flat=True))
    next_page = None
    for index, key in enumerate(keys):
        if key not in answered:
            next_page = index // settings.DIAGNOSTIC_PAGE_SIZE + 1
            break
    tasks_by_page = task_pages(session, statement_pages)
    if next_page is None:
        for page in sorted(tasks_by_page):
            if any(task["key"] not in responded for task in tasks_by_page[page]):
                next_page = page
                break
    task_keys = {task["key"] for task in session.tasks}
    return Progress(
        answered=len(answered & set(keys)) + len(responded & task_keys),
        total=len(keys) + len(task_keys),
        pages=statement_pages + len(tasks_by_page),
        next_page=next_page,
    )
