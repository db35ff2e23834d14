import secrets

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from innospark.toolkit import access
from innospark.toolkit.exercises import kind_for
from innospark.toolkit.exercises.base import fill
from innospark.toolkit.exercises.inputs import as_text
from innospark.toolkit.models import ExerciseRun, ExerciseText
from innospark.toolkit.services import (
    InputError,
    exercise_run_save,
    exercise_run_start,
    step_context,
)
from innospark.toolkit.summary import summary_context

MOVES = {"next": 1, "skip": 1, "back": -1, "save": 0}


def _exercise_text(kind: str, language: str) -> ExerciseText:
    return get_object_or_404(
        ExerciseText.objects.select_related("exercise"), exercise__kind=kind, language=language
    )


def exercise_list(request):
    texts = ExerciseText.objects.filter(language=get_language()).select_related("exercise")
    return render(request, "toolkit/exercises.html", {"texts": texts.order_by("exercise__order")})


def exercise_detail(request, kind):
    text = _exercise_text(kind, get_language())
    exercise = text.exercise
    steps = [
        {"title": step["title"], "seconds": spec["seconds"]}
        for step, spec in zip(text.steps, exercise.steps, strict=True)
    ]
    return render(
        request,
        "toolkit/exercise.html",
        {
            "exercise": exercise,
            "text": text,
            "steps": steps,
            "techniques": exercise.techniques.filter(texts__language=get_language()).values(
                "slug", "texts__name"
            ),
        },
    )


@require_POST
def exercise_start(request, kind):
    text = _exercise_text(kind, get_language())
    run = exercise_run_start(exercise=text.exercise, language=text.language, user=request.user)
    access.remember(request, run)
    return redirect("toolkit:exercise-step", run.token, 0)


def exercise_step(request, token, index):
    run = access.get_run_for_request(request, token)
    text = _exercise_text(run.kind, run.language)
    exercise = text.exercise
    if index >= len(exercise.steps):
        return redirect(run)
    context = step_context(run, exercise, text, index)
    error = None
    if request.method == "POST":
        action = request.POST.get("action", "next")
        try:
            run = exercise_run_save(
                run=run,
                exercise=exercise,
                text=text,
                index=index,
                post=request.POST,
                move=MOVES.get(action, 0),
            )
        except InputError as exc:
            error = str(exc)
            if request.htmx:  # htmx swaps only 2xx answers: the message must reach the page
                return render(request, "toolkit/_saved.html", {"error": error})
        else:
            if request.htmx and action == "save":
                return render(request, "toolkit/_saved.html", {"run": run})
            if run.completed_at and action in ("next", "skip") and index == len(exercise.steps) - 1:
                return redirect("toolkit:exercise-summary", run.token)
            return redirect("toolkit:exercise-step", run.token, run.step)
    spec = exercise.steps[index]
    stimuli = kind_for(run.kind).stimuli(run, text)
    step = text.steps[index]
    shown = context.get("shown")
    return render(
        request,
        "toolkit/step.html",
        {
            "run": run,
            "exercise": exercise,
            "text": text,
            "index": index,
            "number": index + 1,
            "total": len(exercise.steps),
            "spec": spec,
            "title": step["title"],
            "instruction": fill(step["instruction"], stimuli),
            # After a refused input, show exactly what was typed so nothing is lost.
            "value": request.POST.get("value", "")
            if error
            else as_text(spec["input"], run.value(index)),
            "context": context,
            "shown": shown,
            "shown_text": as_text(context.get("shown_type", ""), shown),
            "rows": _rows(spec["input"], context, run.value(index)),
            "error": error,
        },
        status=422 if error else 200,
    )


def clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _rows(input_type: str, context: dict, saved) -> list[dict]:
    """The saved ratings or answers beside the items they belong to."""
    saved = saved or []
    if input_type == "rate":
        rows = []
        for i, idea in enumerate(context.get("items", [])):
            old = saved[i] if i < len(saved) and saved[i].get("idea") == idea else {}
            rows.append(
                {"index": i, "idea": idea, "impact": old.get("impact"), "effort": old.get("effort")}
            )
        return rows
    if input_type == "answers":
        return [
            {"index": i, "cues": cues, "answer": saved[i] if i < len(saved) else ""}
            for i, cues in enumerate(context.get("problems", []))
        ]
    return []


def exercise_summary(request, token):
    run = access.get_run_for_request(request, token)
    return render(request, "toolkit/summary.html", summary_context(run))


def exercise_pdf(request, token):
    from innospark.toolkit.summary import render_summary_pdf

    run = access.get_run_for_request(request, token)
    response = HttpResponse(render_summary_pdf(run), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="innospark-{run.kind}.pdf"'
    return response


def exercise_facilitate(request, kind):
    text = _exercise_text(kind, get_language())
    exercise = text.exercise
    # A room gets its own draw of stimuli (random word, constraints, problems) each time.
    run = ExerciseRun(kind=kind, language=text.language, seed=secrets.randbelow(2**31))
    stimuli = kind_for(kind).stimuli(run, text)
    steps = []
    for index, (step, spec) in enumerate(zip(text.steps, exercise.steps, strict=True)):
        problems = step_context(run, exercise, text, index).get("problems", [])
        steps.append(
            {
                "title": step["title"],
                "text": fill(step["instruction"], stimuli),
                "seconds": spec["seconds"],
                "clock": clock(spec["seconds"]),
                "cues": [" · ".join(cues) for cues in problems],
            }
        )
    return render(
        request,
        "toolkit/facilitate.html",
        {"name": text.name, "goal": text.goal, "steps": steps, "back": exercise.get_absolute_url()},
    )


@login_required
def my_toolkit(request):
    runs = ExerciseRun.objects.for_user(request.user).order_by("-started_at")
    names = dict(
        ExerciseText.objects.filter(language=get_language()).values_list("exercise__kind", "name")
    )
    rows = [{"run": run, "name": names.get(run.kind, run.kind)} for run in runs]
    return render(request, "toolkit/mine.html", {"rows": rows})
