"""The end of an exercise: every step with what the person wrote, plus the kind's own results
(scores, charts). The page and the PDF are rendered from the same context."""

from django.utils.translation import override

from innospark.core.pdf import render_pdf
from innospark.toolkit.exercises import kind_for
from innospark.toolkit.exercises.base import fill
from innospark.toolkit.models import ExerciseRun, ExerciseText


def summary_context(run: ExerciseRun) -> dict:
    text = ExerciseText.objects.select_related("exercise").get(
        exercise__kind=run.kind, language=run.language
    )
    exercise = text.exercise
    behaviour = kind_for(run.kind)
    stimuli = behaviour.stimuli(run, text)
    steps = []
    for index, (step, spec) in enumerate(zip(text.steps, exercise.steps, strict=True)):
        value = run.value(index)
        steps.append(
            {
                "number": index + 1,
                "title": step["title"],
                "instruction": fill(step["instruction"], stimuli),
                "input": spec["input"],
                "value": value,
                "empty": value in (None, "", []),
            }
        )
    return {
        "run": run,
        "exercise": exercise,
        "text": text,
        "steps": steps,
        "extra": behaviour.summary(run, exercise, text),
    }


def render_summary_pdf(run: ExerciseRun) -> bytes:

    with override(run.language):
        return render_pdf("toolkit/summary_pdf.html", summary_context(run))
