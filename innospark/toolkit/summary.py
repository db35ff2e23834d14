"""The end of an exercise: every step with what the person wrote, plus the kind's own results
(scores, charts). The page and the PDF are rendered from the same context."""

from pathlib import Path

from django.template.loader import render_to_string
from django.utils.translation import override

from innospark.toolkit.exercises import kind_for
from innospark.toolkit.exercises.base import fill
from innospark.toolkit.models import ExerciseRun, ExerciseText

FONTS = Path(__file__).resolve().parent.parent / "core" / "static" / "fonts"


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
    from weasyprint import HTML  # imported here: loading it costs ~0.5 s, only PDF views need it

    with override(run.language):
        context = summary_context(run)
        context["font_dir"] = FONTS.as_uri()
        html = render_to_string("toolkit/summary_pdf.html", context)
    return HTML(string=html, base_url=str(FONTS)).write_pdf()
