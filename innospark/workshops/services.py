"""Writes for live workshops: starting one, joining, the facilitator's controls, ideas and votes.

Each write checks what it needs inside its own transaction and moves the workshop's version on
(models.bump), which is how every screen, served by any process, learns that something changed.
"""

import math
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from innospark.core import ratelimit
from innospark.diagnostic.codes import hash_secret
from innospark.organisations.services import CODE_ALPHABET, normalise_code
from innospark.scoring import ideas as idea_scoring
from innospark.toolkit.models import Technique
from innospark.workshops.embedding import embed
from innospark.workshops.models import (
    IDEA_MAX_CHARS,
    MAX_VOTES,
    NAME_MAX_CHARS,
    QUESTION_MAX_CHARS,
    Idea,
    Participant,
    Phase,
    Vote,
    Workshop,
    bump,
)
from innospark.workshops.presentation import scored_ideas

CODE_LENGTH = 6  # 31**6 = 8.9e8 codes; see README "Security" for what a guesser faces
MIN_GROUP = 3  # techniques for fewer people are not offered live
IDEA_SCOPE = "live-ideas"
CODE_SCOPE = "live-code"


class WorkshopError(ValueError):
    """A refusal with a message for the person, in their language, and an HTTP status."""

    def __init__(self, message: str, status: int = 400, retry_after: int | None = None):
        super().__init__(message)
        self.message, self.status, self.retry_after = message, status, retry_after


class UnknownWorkshop(WorkshopError):
    """No workshop has this code (counts towards the code rate limit)."""


def unknown_code() -> UnknownWorkshop:
    return UnknownWorkshop(_("There is no workshop with this code. Check it and try again."), 404)


def ensure_live(workshop: Workshop) -> None:
    """Refuse a closed or expired workshop, saying which."""
    if workshop.phase == Phase.CLOSED:
        raise WorkshopError(_("The facilitator has closed this workshop."), 410)
    if workshop.is_expired:
        raise WorkshopError(_("This workshop has ended: its code has expired."), 410)


def _step_seconds(technique: Technique, step: int) -> int:
    return int(technique.step_minutes[step]) * 60


def workshop_start(
    *, technique: Technique, facilitator, language: str, question: str = "", votes: int = 3
) -> Workshop:
    question = " ".join(question.split())
    if technique.group_max < MIN_GROUP or not technique.step_minutes:
        raise WorkshopError(_("This technique is not made for a group."))
    if len(question) > QUESTION_MAX_CHARS:
        raise WorkshopError(
            _("The question can have at most %(max)s characters.") % {"max": QUESTION_MAX_CHARS}
        )
    if not 1 <= votes <= MAX_VOTES:
        raise WorkshopError(
            _("Votes per participant: choose from 1 to %(max)s.") % {"max": MAX_VOTES}
        )
    now = timezone.now()
    # Expired workshops give their codes up, so a code is unique among the unexpired ones.
    Workshop.objects.filter(expires_at__lte=now, code__isnull=False).update(code=None)
    seconds = _step_seconds(technique, 0)
    for _attempt in range(10):
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        try:
            with transaction.atomic():
                return Workshop.objects.create(
                    code=code, technique=technique, facilitator=facilitator, language=language,
                    question=question, votes_per_participant=votes,
                    expires_at=now + timedelta(hours=settings.WORKSHOP_HOURS),
                    timer_ends_at=now + timedelta(seconds=seconds), timer_total=seconds,
                )  # fmt: skip
        except IntegrityError:
            continue
    raise RuntimeError("could not create a unique workshop code")


def workshop_for_code(code: str) -> Workshop:
    """The live workshop with this code; a mistyped code raises UnknownWorkshop."""
    cleaned = normalise_code(code or "")
    workshop = (
        Workshop.objects.filter(code=cleaned).select_related("technique").first()
        if len(cleaned) == CODE_LENGTH
        else None
    )
    if workshop is None:
        raise unknown_code()
    ensure_live(workshop)
    return workshop


def participant_join(
    *, workshop: Workshop, language: str, name: str = ""
) -> tuple[Participant, str]:
    """A new participant and the token their browser keeps (only its hash is stored)."""
    name = " ".join(name.split())
    if len(name) > NAME_MAX_CHARS:
        raise WorkshopError(
            _("A name can have at most %(max)s characters.") % {"max": NAME_MAX_CHARS}
        )
    ensure_live(workshop)
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        participant = Participant.objects.create(
            workshop=workshop, name=name, language=language, token_hash=hash_secret(token)
        )
        bump(workshop.pk)
    return participant, token


def participant_for_token(workshop: Workshop, token: str | None) -> Participant | None:
    if not token:
        return None
    return Participant.objects.filter(workshop=workshop, token_hash=hash_secret(token)).first()


# The facilitator's controls ----------------------------------------------------------------


def _move(workshop: Workshop, step: int, now) -> dict:
    step = min(max(step, 0), workshop.step_count - 1)
    seconds = _step_seconds(workshop.technique, step)
    return {
        "step": step,
        "timer_ends_at": now + timedelta(seconds=seconds),
        "timer_left": None,
        "timer_total": seconds,
        "collecting_step": workshop.collecting_step if step == workshop.step else None,
    }


def _pause(workshop: Workshop, now) -> dict:
    if workshop.timer_ends_at is None:
        return {}
    left = math.ceil(max(0.0, (workshop.timer_ends_at - now).total_seconds()))
    return {"timer_ends_at": None, "timer_left": left}


def _resume(workshop: Workshop, now) -> dict:
    if workshop.timer_ends_at is not None or not workshop.timer_left:
        return {}
    return {"timer_ends_at": now + timedelta(seconds=workshop.timer_left), "timer_left": None}


def _add_minute(workshop: Workshop, now) -> dict:
    if workshop.timer_ends_at is not None:
        ends = max(workshop.timer_ends_at, now) + timedelta(seconds=60)
        left = (ends - now).total_seconds()
        return {"timer_ends_at": ends, "timer_total": max(workshop.timer_total, math.ceil(left))}
    left = (workshop.timer_left or 0) + 60
    return {"timer_left": left, "timer_total": max(workshop.timer_total, left)}


def _start_voting(workshop: Workshop, now) -> dict:
    """Open voting; each idea's group of similar ideas is fixed now, once for all phones."""
    rows = scored_ideas(workshop)
    if not rows:
        raise WorkshopError(_("There are no ideas to vote on yet."), 409)
    Idea.objects.bulk_update(
        [Idea(pk=row.id, group=row.group) for row in rows], ["group"], batch_size=500
    )
    return {"phase": Phase.VOTING, "collecting_step": None, **_pause(workshop, now)}


ACTIONS = {
    "next": lambda w, now: _move(w, w.step + 1, now),
    "previous": lambda w, now: _move(w, w.step - 1, now),
    "pause": _pause,
    "resume": _resume,
    "add": _add_minute,
    "collect": lambda w, now: {"collecting_step": w.step, "phase": Phase.STEPS},
    "stop": lambda w, now: {"collecting_step": None},
    "voting": _start_voting,
    "steps": lambda w, now: {"phase": Phase.STEPS},
    "close": lambda w, now: {
        "phase": Phase.CLOSED, "closed_at": now, "collecting_step": None, **_pause(w, now)
    },
}  # fmt: skip


def workshop_control(*, workshop: Workshop, action: str) -> None:
    """One facilitator action; the workshop's row is locked so two screens cannot interleave."""
    if action not in ACTIONS:
        raise WorkshopError(_("Unknown action."))
    with transaction.atomic():
        current = (
            Workshop.objects.select_for_update().select_related("technique").get(pk=workshop.pk)
        )
        ensure_live(current)
        changes = ACTIONS[action](current, timezone.now())
        if changes:
            bump(current.pk, stage=True, **changes)


# Ideas and votes -------------------------------------------------------------------------


def clean_idea(text: str) -> str:
    text = " ".join((text or "").split())
    if not any(ch.isalnum() for ch in text):
        raise WorkshopError(_("Write your idea first."), 422)
    if len(text) > IDEA_MAX_CHARS:
        raise WorkshopError(
            _(
                "An idea can have at most %(max)s characters; yours has %(count)s. "
                "Shorten it and send it again."
            )
            % {"max": IDEA_MAX_CHARS, "count": len(text)},
            422,
        )
    return text


def idea_submit(*, participant: Participant, text: str, language: str) -> Idea:
    text = clean_idea(text)
    workshop = Workshop.objects.get(pk=participant.workshop_id)
    ensure_live(workshop)
    if not workshop.collecting:
        raise WorkshopError(
            _("Ideas are not being collected at the moment. Wait for the facilitator."), 409
        )
    try:
        ratelimit.hit(IDEA_SCOPE, f"participant-{participant.pk}")
    except ratelimit.Throttled as exc:
        raise WorkshopError(
            ngettext(
                "You are sending ideas very fast. Wait %(seconds)s second, then send it again.",
                "You are sending ideas very fast. Wait %(seconds)s seconds, then send it again.",
                exc.retry_after,
            )
            % {"seconds": exc.retry_after},
            429,
            exc.retry_after,
        ) from None
    vector = idea_scoring.to_bytes(embed(text))
    with transaction.atomic():
        idea = Idea.objects.create(
            workshop=workshop, participant=participant, step=workshop.step, text=text,
            language=language, embedding=vector,
        )  # fmt: skip
        bump(workshop.pk)
    return idea


def _pk(value) -> int:
    """An idea id from a form; anything else becomes 0, which matches no idea."""
    text = str(value).strip()
    return int(text) if text.isdigit() and len(text) < 18 else 0


def _voter(participant: Participant) -> Participant:
    """The participant's row, locked until the transaction ends, with a fresh workshop."""
    voter = (
        Participant.objects.select_for_update(of=("self",))
        .select_related("workshop")
        .get(pk=participant.pk)
    )
    ensure_live(voter.workshop)
    if voter.workshop.phase != Phase.VOTING:
        raise WorkshopError(_("Voting is not open."), 409)
    return voter


def vote_add(*, participant: Participant, idea_id) -> Vote:
    with transaction.atomic():
        voter = _voter(participant)
        workshop = voter.workshop
        idea = Idea.objects.filter(pk=_pk(idea_id), workshop=workshop).first()
        if idea is None:
            raise WorkshopError(_("This idea is not part of this workshop."), 404)
        allowed = workshop.votes_per_participant
        if voter.votes.count() >= allowed:
            raise WorkshopError(
                ngettext(
                    "You have used your %(count)s vote. Take it back to vote for another idea.",
                    "You have used all your %(count)s votes. Take one back to vote for another idea.",
                    allowed,
                )
                % {"count": allowed},
                409,
            )
        if voter.votes.filter(idea=idea).exists():
            raise WorkshopError(_("You have already voted for this idea."), 409)
        vote = Vote.objects.create(participant=voter, idea=idea)
        bump(workshop.pk)
    return vote


def vote_remove(*, participant: Participant, idea_id) -> None:
    with transaction.atomic():
        voter = _voter(participant)
        removed, _rows = Vote.objects.filter(participant=voter, idea_id=_pk(idea_id)).delete()
        if not removed:
            raise WorkshopError(_("You have not voted for this idea."), 409)
        bump(voter.workshop_id)
