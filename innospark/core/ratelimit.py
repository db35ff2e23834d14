"""Rate limits on guessing secrets: resume codes, join codes, passwords and API keys.

Only failed attempts count, so people who type their own code right are never slowed down.
Counters live in the database (table ``core_throttle``), so every server process sees the same
numbers. Each scope allows ``limit`` failures per client per fixed window of ``seconds``; the
limits are in ``settings.RATE_LIMITS``. A client is its IP address (the right-most
X-Forwarded-For entry behind a proxy, see ``BEHIND_PROXY``), stored only as a hash.
"""

import hashlib
import math
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from innospark.core.models import Throttle


class Throttled(Exception):
    """Too many failed attempts; ``message`` is for the user, in their language."""

    status = 429

    def __init__(self, retry_after: int):
        self.retry_after = retry_after
        minutes = max(1, math.ceil(retry_after / 60))
        self.message = _(
            "Too many wrong attempts from your connection. Please wait %(minutes)s minutes "
            "and try again."
        ) % {"minutes": minutes}
        super().__init__(self.message)


def client_id(request, extra: str = "") -> str:
    if settings.SECURE_PROXY_SSL_HEADER and request.META.get("HTTP_X_FORWARDED_FOR"):
        address = request.META["HTTP_X_FORWARDED_FOR"].split(",")[-1].strip()
    else:
        address = request.META.get("REMOTE_ADDR", "")
    return hashlib.sha256(f"{settings.SECRET_KEY}|{address}|{extra}".encode()).hexdigest()


def client_id_for_name(name: str) -> str:
    """A user name as a rate-limit client, so one account cannot be tried from many places."""
    return hashlib.sha256(f"{settings.SECRET_KEY}|user|{name.strip().lower()}".encode()).hexdigest()


def _window(scope: str) -> tuple[int, int, datetime, datetime]:
    limit, seconds = settings.RATE_LIMITS[scope]
    now = timezone.now().timestamp()
    start = math.floor(now / seconds) * seconds
    return limit, seconds, datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(now, UTC)


def check(scope: str, client: str) -> None:
    """Raise Throttled if this client has used up its failures in the current window."""
    _limit, _seconds, start, _now = _window(scope)
    failures = (
        Throttle.objects.filter(scope=scope, client=client, window_start=start)
        .values_list("failures", flat=True)
        .first()
    )
    refuse_if_over(scope, failures)


def failures_now(scope: str, client: str) -> Subquery:
    """This client's failures in the current window as a subquery, for a hot path to read them
    in a query it makes anyway (then ``refuse_if_over``) instead of calling ``check``."""
    _limit, _seconds, start, _now = _window(scope)
    rows = Throttle.objects.filter(scope=scope, client=client, window_start=start)
    return Subquery(rows.values("failures")[:1])


def refuse_if_over(scope: str, failures: int | None) -> None:
    limit, seconds, start, now = _window(scope)
    if failures is not None and failures >= limit:
        raise Throttled(
            retry_after=max(1, math.ceil(start.timestamp() + seconds - now.timestamp()))
        )


def record_failure(scope: str, client: str) -> None:
    _limit, _seconds, start, _now = _window(scope)
    with transaction.atomic():
        row, created = Throttle.objects.get_or_create(
            scope=scope, client=client, window_start=start, defaults={"failures": 1}
        )
        if not created:
            Throttle.objects.filter(pk=row.pk).update(failures=F("failures") + 1)


def hit(scope: str, client: str) -> None:
    """Count an attempt, successful or not, and raise Throttled once it passes the limit: for
    floods (ideas sent in a live workshop) rather than guesses. Counting first and then reading
    the count means two attempts at the same moment cannot both slip under the limit."""
    limit, seconds, start, now = _window(scope)
    record_failure(scope, client)
    count = (
        Throttle.objects.filter(scope=scope, client=client, window_start=start)
        .values_list("failures", flat=True)
        .first()
    )
    if count is not None and count > limit:
        raise Throttled(
            retry_after=max(1, math.ceil(start.timestamp() + seconds - now.timestamp()))
        )


@contextmanager
def guarded(scope: str, client: str, failures: type[BaseException] | tuple) -> Iterator[None]:
    """Refuse a throttled client; count a failure when the block raises one of ``failures``."""
    check(scope, client)
    try:
        yield
    except failures:
        record_failure(scope, client)
        raise


def purge_expired() -> int:
    """Delete counters whose window has ended; returns how many."""
    longest = max(seconds for _limit, seconds in settings.RATE_LIMITS.values())
    cutoff = timezone.now() - timedelta(seconds=longest)
    return Throttle.objects.filter(window_start__lt=cutoff).delete()[0]
