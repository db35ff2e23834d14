"""The facilitator's side: start a workshop from a technique, the room screen (join code and
QR, the step with the big timer, the controls, the idea wall), and the exports.

The stage and the wall are polled every second by the page (htmx) with the version they show;
an unchanged version costs one indexed read and a 204."""

import math

import segno
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from innospark.core.models import MissingTranslation
from innospark.toolkit.models import Technique, TechniqueText
from innospark.toolkit.views.exercises import clock
from innospark.workshops import services
from innospark.workshops.access import get_workshop_for_facilitator
from innospark.workshops.exports import results_csv, results_pdf
from innospark.workshops.forms import StartForm
from innospark.workshops.models import Workshop
from innospark.workshops.presentation import wall_context


def technique_text(technique: Technique, language: str) -> TechniqueText:
    text = TechniqueText.objects.filter(technique=technique, language=language).first()
    if text is None:
        raise MissingTranslation(f"technique {technique.slug} has no text in {language}")
    return text


def timer_context(workshop: Workshop) -> dict:
    left = math.ceil(workshop.seconds_left())
    return {
        "seconds_left": left,
        "seconds_total": max(workshop.timer_total, left),
        "clock": clock(left),
        "running": workshop.timer_running and left > 0,
    }


def stage_context(workshop: Workshop, **extra) -> dict:
    text = technique_text(workshop.technique, get_language())
    return {
        "workshop": workshop,
        "name": text.name,
        "step_number": workshop.step + 1,
        "step_count": len(text.steps),
        "step_text": text.steps[workshop.step],
        "is_last_step": workshop.step + 1 >= len(text.steps),
        **timer_context(workshop),
        **extra,
    }


def _unchanged(request, version) -> bool:
    return request.GET.get("v") == str(version)


@login_required
def start(request, slug):
    technique = get_object_or_404(Technique, slug=slug)
    if technique.group_max < services.MIN_GROUP:
        raise Http404
    text = technique_text(technique, get_language())
    form = StartForm(request.POST if request.method == "POST" else None)
    error = None
    if form.is_bound and form.is_valid():
        try:
            workshop = services.workshop_start(
                technique=technique,
                facilitator=request.user,
                language=get_language(),
                question=form.cleaned_data["question"],
                votes=form.cleaned_data["votes"],
            )
        except services.WorkshopError as exc:
            error = exc.message
        else:
            return redirect("workshops:run", workshop.pk)
    status = 422 if form.is_bound else 200
    return render(
        request,
        "workshops/start.html",
        {
            "technique": technique,
            "text": text,
            "form": form,
            "error": error,
            "hours": settings.WORKSHOP_HOURS,
        },
        status=status,
    )


@login_required
def mine(request):
    workshops = Workshop.objects.for_facilitator(request.user).select_related("technique")
    texts = {
        text.technique_id: text.name
        for text in TechniqueText.objects.filter(
            language=get_language(), technique__workshops__facilitator=request.user
        ).distinct()
    }
    rows = [(workshop, texts.get(workshop.technique_id, "")) for workshop in workshops[:100]]
    context = {"rows": rows, "retention_days": settings.WORKSHOP_RETENTION_DAYS}
    return render(request, "workshops/mine.html", context)


def run_context(request, workshop: Workshop, **extra) -> dict:
    context = {**stage_context(workshop, **extra), **wall_context(workshop)}
    if workshop.is_live:
        join_url = request.build_absolute_uri(reverse("live-short", args=[workshop.code]))
        context |= {
            "join_url": join_url,
            "join_page": request.build_absolute_uri(reverse("workshops:join")),
            "qr": segno.make(join_url, error="m").svg_data_uri(scale=5, border=2),
        }
    return context


@login_required
def run(request, workshop_id):
    workshop = get_workshop_for_facilitator(request.user, workshop_id)
    return render(request, "workshops/run.html", run_context(request, workshop))


def _changed_workshop(request, workshop_id, field: str):
    """The facilitator's workshop if its ``field`` version moved since this screen's last poll,
    None if not (answer 204); 404 for anyone else."""
    if not request.user.is_authenticated:
        raise Http404
    version = (
        Workshop.objects.filter(pk=workshop_id, facilitator=request.user)
        .values_list(field, flat=True)
        .first()
    )
    if version is None:
        raise Http404
    if _unchanged(request, version):
        return None
    return get_workshop_for_facilitator(request.user, workshop_id)


def stage(request, workshop_id):
    workshop = _changed_workshop(request, workshop_id, "stage_version")
    if workshop is None:
        return HttpResponse(status=204)
    return render(request, "workshops/_stage.html", stage_context(workshop))


def wall(request, workshop_id):
    workshop = _changed_workshop(request, workshop_id, "version")
    if workshop is None:
        return HttpResponse(status=204)
    return render(request, "workshops/_wall.html", {"workshop": workshop, **wall_context(workshop)})


@require_POST
def control(request, workshop_id):
    workshop = get_workshop_for_facilitator(request.user, workshop_id)
    error, status = None, 200
    try:
        services.workshop_control(workshop=workshop, action=request.POST.get("action", ""))
    except services.WorkshopError as exc:
        error, status = exc.message, exc.status
    if request.htmx:  # htmx swaps only 2xx answers: the message goes in a 200
        workshop.refresh_from_db()
        return render(request, "workshops/_stage.html", stage_context(workshop, error=error))
    if error is None:
        return redirect("workshops:run", workshop.pk)
    workshop.refresh_from_db()
    return render(
        request, "workshops/run.html", run_context(request, workshop, error=error), status=status
    )


@login_required
def export_csv(request, workshop_id):
    workshop = get_workshop_for_facilitator(request.user, workshop_id)
    response = HttpResponse(results_csv(workshop), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="innospark-workshop-{workshop.created_at:%Y%m%d}.csv"'
    )
    return response


@login_required
def export_pdf(request, workshop_id):
    workshop = get_workshop_for_facilitator(request.user, workshop_id)
    response = HttpResponse(results_pdf(workshop, get_language()), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="innospark-workshop-{workshop.created_at:%Y%m%d}.pdf"'
    )
    return response
