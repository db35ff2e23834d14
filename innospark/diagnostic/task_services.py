"""Writes for the performance tasks: drawing them, saving and scoring answers, skipping."""

import random
from dataclasses import dataclass

import numpy as np
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from innospark.diagnostic.task_models import AutObject, PooledIdea, RatProblem, TaskResponse
from innospark.scoring import rat
from innospark.scoring.aut import MAX_IDEA_CHARS
from innospark.scoring.scorer import scorer_for

AUT_PER_SESSION = 2
RAT_PER_SESSION = 5
MAX_IDEAS = 100


def draw_tasks(language: str, rng: random.Random | None = None) -> list[dict]:
    """Two AUT objects, each on its own page, then a page of RAT problems in the language."""
    rng = rng or random.SystemRandom()
    objects = list(AutObject.objects.values_list("slug", flat=True))
    problems = list(RatProblem.objects.filter(language=language).values_list("key", flat=True))
    tasks = [
        {"key": f"aut-{i}", "kind": "aut", "ref": slug, "group": i}
        for i, slug in enumerate(rng.sample(objects, min(AUT_PER_SESSION, len(objects))), 1)
    ]
    tasks += [
        {"key": f"rat-{i}", "kind": "rat", "ref": key, "group": AUT_PER_SESSION + 1}
        for i, key in enumerate(rng.sample(problems, min(RAT_PER_SESSION, len(problems))), 1)
    ]
    return tasks


def clean_task_value(task: dict, value, invalid) -> object:
    """The stored form of an answer to a task, or ``invalid(message)`` raised."""
    if task["kind"] == "aut":
        if isinstance(value, str):
            value = value.splitlines()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise invalid(
                _("The answer to “%(item)s” must be a list of ideas, one per line.")
                % {"item": task["key"]}
            )
        if len(value) > MAX_IDEAS:
            raise invalid(
                _("Send at most %(count)d ideas for “%(item)s”.")
                % {"count": MAX_IDEAS, "item": task["key"]}
            )
        return [v[:MAX_IDEA_CHARS] for v in value]
    if not isinstance(value, str) or len(value) > rat.MAX_ANSWER_CHARS:
        raise invalid(_("The answer to “%(item)s” must be one word.") % {"item": task["key"]})
    return value.strip()


@dataclass
class ScoredTask:
    """An answer scored before saving, so no model runs while a write lock is held."""

    key: str
    value: object
    score: dict
    object: AutObject | None = None
    vectors: np.ndarray | None = None  # the unique ideas' embeddings, for the pool
    encoder: str = ""
    problem: RatProblem | None = None


def _score_aut(session, task: dict, ideas: list[str]) -> ScoredTask:
    scorer = scorer_for(session.language)
    obj = AutObject.objects.get(slug=task["ref"])
    name = obj.texts.get(language=session.language).name
    pool_rows = PooledIdea.objects.filter(
        language=session.language, object=obj, encoder=scorer.encoder_name
    ).exclude(session=session)
    pool = [
        np.frombuffer(bytes(row), dtype=np.int8)
        for row in pool_rows.values_list("embedding", flat=True)
    ]
    pool_matrix = np.vstack(pool).astype(np.float32) / 127 if pool else None
    result = scorer.score(name, ideas, pool=pool_matrix)
    score = {
        **result.as_dict(),
        "ideas": [
            {"text": i.text, "originality": i.originality, "duplicate": i.duplicate_of is not None}
            for i in result.ideas
        ],
        "pooled": 0 if pool_matrix is None else len(pool_matrix),
    }
    return ScoredTask(task["key"], ideas, score, obj, result.unique_embeddings, scorer.encoder_name)


def _score_rat(task: dict, answer: str) -> ScoredTask:
    problem = RatProblem.objects.get(key=task["ref"])
    solved = rat.matches(answer, problem.solution, problem.accepted)
    score = {"solved": solved, "solve_rate": problem.solve_rate, "solution": problem.solution}
    return ScoredTask(task["key"], answer, score, problem=problem)


def score_task_answers(session, answers: dict[str, object]) -> list[ScoredTask]:
    """Score cleaned answers (task key -> value); reads only."""
    tasks = {task["key"]: task for task in session.tasks}
    return [
        _score_aut(session, tasks[key], value)
        if tasks[key]["kind"] == "aut"
        else _score_rat(tasks[key], value)
        for key, value in answers.items()
    ]


def store_task_answers(session, scored: list[ScoredTask]) -> None:
    """Save scored answers; the caller holds the transaction."""
    existing = {
        r.key: r
        for r in TaskResponse.objects.select_for_update().filter(
            session=session, key__in=[t.key for t in scored]
        )
    }
    for task in scored:
        if task.problem is not None:
            previous = existing.get(task.key)
            if previous is None or previous.skipped:  # count each session once in the live norms
                RatProblem.objects.filter(pk=task.problem.pk).update(
                    attempts=F("attempts") + 1,
                    solved=F("solved") + (1 if task.score["solved"] else 0),
                )
        if task.object is not None:
            PooledIdea.objects.filter(session=session, object=task.object).delete()
            PooledIdea.objects.bulk_create(
                PooledIdea(
                    session=session,
                    language=session.language,
                    object=task.object,
                    encoder=task.encoder,
                    embedding=np.round(vector * 127).astype(np.int8).tobytes(),
                )
                for vector in task.vectors
            )
        TaskResponse.objects.update_or_create(
            session=session,
            key=task.key,
            defaults={"value": task.value, "skipped": False, "score": task.score},
        )


def skip_tasks(session, keys: list[str]) -> None:
    with transaction.atomic():
        for key in keys:
            TaskResponse.objects.update_or_create(
                session=session, key=key, defaults={"value": None, "skipped": True, "score": {}}
            )
            PooledIdea.objects.filter(session=session, object__slug=_ref(session, key)).delete()


def _ref(session, key: str) -> str:
    return next(task["ref"] for task in session.tasks if task["key"] == key)
