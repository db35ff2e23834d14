"""The task pages of the web flow (AUT and RAT), reached through views.page."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language

from innospark.diagnostic import services
from innospark.diagnostic.flow import progress
from innospark.diagnostic.forms import TaskPageForm
from innospark.diagnostic.task_models import TaskResponse
from innospark.diagnostic.task_results import task_prompts


def task_page(request, session, page: int, tasks: list[dict], resume: dict):
    prompts = task_prompts(tasks, get_language())
    saved = {
        r.key: ("\n".join(r.value) if isinstance(r.value, list) else r.value)
        for r in TaskResponse.objects.filter(
            session=session, key__in=[t["key"] for t in tasks], skipped=False
        )
    }
    form = TaskPageForm(
        request.POST if request.method == "POST" else None, prompts=prompts, initial=saved
    )
    if request.method == "POST":
        if "skip" in request.POST:
            services.session_skip_page(session=session, page=page)
            return _after_save(session, page)
        if form.is_valid():
            services.session_save_answers(session=session, answers=form.answers(prompts))
            return _after_save(session, page)
    state = progress(session)
    return render(
        request,
        "diagnostic/task_page.html",
        {
            "session": session,
            "form": form,
            "prompts": prompts,
            "kind": prompts[0]["kind"],
            "page": page,
            "state": state,
            "previous": page - 1,
            **resume,
        },
        status=400 if form.errors else 200,
    )


def _after_save(session, page: int):
    state = progress(session)
    if state.done:
        services.session_finish(session=session)
        return redirect("diagnostic:result", session.id)
    return redirect(reverse("diagnostic:page", args=[session.id, state.next_page]))
