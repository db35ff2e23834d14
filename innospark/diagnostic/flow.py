"""Which statements go on which page, and where a session stands."""

from dataclasses import dataclass
from math import ceil

from django.conf import settings

from innospark.diagnostic.models import Answer, Item, Session


@dataclass(frozen=True)
class Progress:
    answered: int
    total: int
    pages: int
    next_page: int | None  # first page with an unanswered statement, 1-based

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
    """The statements of one page, with their skill; empty when the page does not exist."""
    if page < 1:
        return []
    return list(Item.objects.order_by("position").select_related("skill")[page_slice(page)])


def progress(session: Session) -> Progress:
    keys = item_keys()
    answered = set(Answer.objects.filter(session=session).values_list("item__key", flat=True))
    next_page = None
    for index, key in enumerate(keys):
        if key not in answered:
            next_page = index // settings.DIAGNOSTIC_PAGE_SIZE + 1
            break
    return Progress(
        answered=len(answered & set(keys)),
        total=len(keys),
        pages=page_count(len(keys)),
        next_page=next_page,
    )
