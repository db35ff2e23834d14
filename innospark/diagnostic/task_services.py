"""Writes for the performance tasks: drawing them, saving and scoring answers, skipping."""

import random

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


def _score_aut(session, task: dict, ideas: list[str]) -> dict:
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
    PooledIdea.objects.filter(session=session, object=obj).delete()
    unique = [i for i, idea in enumerate(result.ideas) if idea.duplicate_of is None]
    if unique:
        vectors = scorer.embed([result.ideas[i].text for i in unique])
        PooledIdea.objects.bulk_create(
            PooledIdea(
                session=session,
                language=session.language,
                object=obj,
                encoder=scorer.encoder_name,
                embedding=np.round(vector * 127).astype(np.int8).tobytes(),
            )
            for vector in vectors
        )
    return {
        **result.as_dict(),
        "ideas": [
            {"text": i.text, "originality": i.originality, "duplicate": i.duplicate_of is not None}
            for i in result.ideas
        ],
        "pooled": 0 if pool_matrix is None else len(pool_matrix),
    }


def _score_rat(task: dict, answer: str, previous: TaskResponse | None) -> dict:
    problem = RatProblem.objects.get(key=task["ref"])
    solved = rat.matches(answer, problem.solution, problem.accepted)
    if previous is None or previous.skipped:  # count each session once in the live norms
        RatProblem.objects.filter(pk=problem.pk).update(
            attempts=F("attempts") + 1, solved=F("solved") + (1 if solved else 0)
        )
    return {"solved": solved, "solve_rate": problem.solve_rate, "solution": problem.solution}


def save_task_answers(session, answers: dict[str, object]) -> None:
    """``answers`` maps task keys to cleaned values; scored, then saved in one transaction."""
    tasks = {task["key"]: task for task in session.tasks}
    with transaction.atomic():
        existing = {
            r.key: r
            for r in TaskResponse.objects.select_for_update().filter(
                session=session, key__in=answers
            )
        }
        for key, value in answers.items():
            task = tasks[key]
            if task["kind"] == "aut":
                score = _score_aut(session, task, value)
            else:
                score = _score_rat(task, value, existing.get(key))
            TaskResponse.objects.update_or_create(
                session=session,
                key=key,
                defaults={"value": value, "skipped": False, "score": score},
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
