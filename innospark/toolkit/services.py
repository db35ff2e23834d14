"""Writes for exercise runs: each step's input is saved on its own, so a closed tab or a
failed request loses at most what was typed since the last save."""

import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from innospark.core.text import has_nul
from innospark.toolkit.exercises import kind_for
from innospark.toolkit.exercises.inputs import PARSERS, InputError
from innospark.toolkit.models import Exercise, ExerciseRun, ExerciseText


def exercise_run_start(*, exercise: Exercise, language: str, user=None) -> ExerciseRun:
    return ExerciseRun.objects.create(
        token=secrets.token_hex(16),
        kind=exercise.kind,
        language=language,
        user=user if user is not None and user.is_authenticated else None,
        seed=secrets.randbelow(2**31),
    )


def step_context(run: ExerciseRun, exercise: Exercise, text: ExerciseText, index: int) -> dict:
    return kind_for(exercise.kind).step_context(run, exercise, text, index)


def exercise_run_save(
    *, run: ExerciseRun, exercise: Exercise, text: ExerciseText, index: int, post, move: int
) -> ExerciseRun:
    """Save the input of step ``index`` (when the form carries one) and move by ``move`` steps.
    Moving past the last step completes the run. Raises InputError, saving nothing, on bad
    input."""
    spec = exercise.steps[index]
    if any(has_nul(values) for _name, values in post.lists()):
        raise InputError(_("What you typed contains a NUL character (code 0). Please remove it."))
    value = None
    if "value" in post or spec["input"] in ("rate", "answers"):
        value = PARSERS[spec["input"]](post, step_context(run, exercise, text, index))
    with transaction.atomic():
        run = ExerciseRun.objects.select_for_update().get(pk=run.pk)
        if value is not None:
            run.inputs[str(index)] = value
        # An autosave (move 0) leaves the run where it is, even when it arrives late.
        if move and index + move >= len(exercise.steps):
            run.completed_at = run.completed_at or timezone.now()
            run.step = len(exercise.steps) - 1
        elif move:
            run.step = max(0, index + move)
        run.save(update_fields=["inputs", "step", "completed_at", "updated_at"])
    return run


__all__ = ["InputError", "exercise_run_save", "exercise_run_start", "step_context"]
