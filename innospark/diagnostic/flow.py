"""Which statements and tasks go on which page, and where a session stands.

Pages 1..N hold the five-point statements (DIAGNOSTIC_PAGE_SIZE per page); after them come
the task pages of the session: each AUT object on a page of its own, then one RAT page."""

from dataclasses import dataclass
from math import ceil

from django.conf import settings
from django.db.models import Exists, OuterRef

from innospark.diagnostic.models import Answer, Item, ItemText, Session
from innospark.diagnostic.task_models import TaskResponse

MAX_PAGE = 10_000  # far more pages than any test has


@dataclass(frozen=True)
class Progress:
    answered: int
    total: int
    pages: int
    next_page: int | None  # first page with something unanswered, 1-based
    statement_pages: int = 0

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
    # A typed URL may carry any page number; past this, SQL offsets overflow (a 500, not a 404).
    page = min(page, MAX_PAGE)
    return slice((page - 1) * size, page * size)


def page_items(page: int) -> list[Item]:
    """The statements of one page, with their skill; empty when the page has none."""
    if page < 1:
        return []
    return list(Item.objects.order_by("position").select_related("skill")[page_slice(page)])


def page_statements(page: int, language: str) -> list[tuple[str, str, str]]:
    """(key, type, text) of the statements of one page in one language, in one query."""
    if page < 1:
        return []
    texts = ItemText.objects.filter(language=language).order_by("item__position")
    return list(texts.values_list("item__key", "item__kind", "text")[page_slice(page)])


def task_pages(session: Session, statement_pages: int) -> dict[int, list[dict]]:
    pages: dict[int, list[dict]] = {}
    for task in session.tasks:
        pages.setdefault(statement_pages + task["group"], []).append(task)
    return pages


def page_tasks(session: Session, page: int) -> list[dict]:
    return task_pages(session, page_count(len(item_keys()))).get(page, [])


@dataclass(frozen=True)
class Answered:
    """Every statement in order (key -> id) and what this session has answered so far."""

    statements: dict[str, int]
    answered: set[str]
    responded: set[str]  # task keys answered or skipped


def answered(session: Session) -> Answered:
    """Two queries, as this runs on every page of the test: the statements with whether this
    session answered each, then its task responses."""
    rows = (
        Item.objects.order_by("position")
        .annotate(answered=Exists(Answer.objects.filter(session=session, item=OuterRef("pk"))))
        .values_list("key", "pk", "answered")
    )
    statements, done = {}, set()
    for key, pk, is_answered in rows:
        statements[key] = pk
        if is_answered:
            done.add(key)
    responded = set(TaskResponse.objects.filter(session=session).values_list("key", flat=True))
    return Answered(statements, done, responded)


def progress(session: Session, known: Answered | None = None) -> Progress:
    """Where the session stands, from `known` when the caller has just read it."""
    known = known or answered(session)
    keys, answered_keys, responded = list(known.statements), known.answered, known.responded
    statement_pages = page_count(len(keys))
    next_page = None
    for index, key in enumerate(keys):
        if key not in answered_keys:
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
        answered=len(answered_keys) + len(responded & task_keys),
        total=len(keys) + len(task_keys),
        pages=statement_pages + len(tasks_by_page),
        next_page=next_page,
        statement_pages=statement_pages,
    )
