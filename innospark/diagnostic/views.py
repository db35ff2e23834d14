from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from innospark.core import ratelimit
from innospark.diagnostic import services
from innospark.diagnostic.access import get_session_for_request, remember, remembered_code
from innospark.diagnostic.codes import normalise_code
from innospark.diagnostic.flow import page_items, page_tasks, progress
from innospark.diagnostic.forms import PageForm, ResumeForm, StartForm
from innospark.diagnostic.models import Answer, ItemText, Skill, SkillText
from innospark.diagnostic.pdf import render_result_pdf
from innospark.diagnostic.presentation import result_context
from innospark.diagnostic.task_views import task_page


def start(request):
    form = StartForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        started = services.session_start(
            language=get_language(), user=request.user, **form.cleaned_data
        )
        remember(request, started.session, started.resume_code)
        return redirect("diagnostic:page", started.session.id, 1)
    skills = Skill.objects.count()
    return render(request, "diagnostic/start.html", {"form": form, "skills": skills})


def about(request):
    language = get_language()
    texts = {t.skill_id: t for t in SkillText.objects.filter(language=language)}
    item_texts = dict(ItemText.objects.filter(language=language).values_list("item_id", "text"))
    skills = [
        {
            "skill": skill,
            "text": texts[skill.pk],
            "adapted": [(item_texts[i.pk], i.ipip_item) for i in skill.items.all() if i.ipip_item],
        }
        for skill in Skill.objects.prefetch_related("items")
    ]
    return render(request, "diagnostic/about.html", {"skills": skills})


def _resume_code(request, session) -> str:
    """The code to show; an owner whose browser forgot it gets a fresh one."""
    code = remembered_code(request, session)
    if code is None:
        code = services.session_new_resume_code(session=session)
        remember(request, session, code)
    return code


def continue_session(request, session_id):
    session = get_session_for_request(request, session_id)
    if session.is_finished:
        return redirect("diagnostic:result", session.id)
    state = progress(session)
    if state.done:
        services.session_finish(session=session)
        return redirect("diagnostic:result", session.id)
    return redirect("diagnostic:page", session.id, state.next_page)


def page(request, session_id, page):
    session = get_session_for_request(request, session_id)
    if session.is_finished:
        return redirect("diagnostic:result", session.id)
    code = _resume_code(request, session)
    resume = {
        "resume_code": code,
        "resume_url": request.build_absolute_uri(reverse("diagnostic:resume-link", args=[code])),
    }
    tasks = page_tasks(session, page)
    if tasks:
        return task_page(request, session, page, tasks, resume)
    items = page_items(page)
    if not items:
        raise Http404
    texts = dict(
        ItemText.objects.filter(item__in=items, language=get_language()).values_list(
            "item_id", "text"
        )
    )
    saved = dict(
        Answer.objects.filter(session=session, item__in=items).values_list("item__key", "value")
    )
    form = PageForm(
        request.POST if request.method == "POST" else None, items=items, texts=texts, initial=saved
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.session_save_answers(session=session, answers=list(form.cleaned_data.items()))
        except services.SessionFinished:
            return redirect("diagnostic:result", session.id)
        if session.language != get_language():
            session.language = get_language()
            session.save(update_fields=["language"])
        state = progress(session)
        if state.done:
            services.session_finish(session=session)
            return redirect("diagnostic:result", session.id)
        next_page = page + 1 if page < state.pages else state.next_page
        return redirect("diagnostic:page", session.id, next_page)
    return render(
        request,
        "diagnostic/page.html",
        {
            "session": session,
            "form": form,
            "page": page,
            "state": progress(session),
            "previous": page - 1 if page > 1 else None,
            **resume,
        },
        status=400 if form.errors else 200,
    )


def result(request, session_id):
    session = get_session_for_request(request, session_id)
    if not session.is_finished:
        return redirect("diagnostic:continue", session.id)
    return render(request, "diagnostic/result.html", result_context(session, get_language()))


def report_pdf(request, session_id):
    session = get_session_for_request(request, session_id)
    if not session.is_finished:
        return redirect("diagnostic:continue", session.id)
    pdf = render_result_pdf(session, get_language())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="innospark-profile-{get_language()}.pdf"'
    )
    return response


def resume(request):
    form = ResumeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        return _resume_with(request, form.cleaned_data["code"], form)
    return render(
        request, "diagnostic/resume.html", {"form": form}, status=400 if form.errors else 200
    )


def resume_link(request, code):
    return _resume_with(request, code, ResumeForm(initial={"code": code}))


def _resume_with(request, code, form):
    try:
        with ratelimit.guarded("resume", ratelimit.client_id(request), services.UnknownCode):
            session = services.session_by_code(code)
    except services.UnknownCode as exc:
        return render(
            request, "diagnostic/resume.html", {"form": form, "error": exc.message}, status=404
        )
    if session.user_id is not None and session.user_id != request.user.pk:
        # The test belongs to an account: its owner resumes it after signing in.
        return redirect(
            f"{reverse('accounts:login')}?next={reverse('diagnostic:continue', args=[session.id])}"
        )
    remember(request, session, normalise_code(code))
    return redirect("diagnostic:continue", session.id)


@login_required
@require_POST
def claim(request, session_id):
    session = get_session_for_request(request, session_id)
    services.session_claim(session=session, user=request.user)
    if request.htmx:
        return HttpResponse(
            f'<p role="status">{escape(_("This test is now saved in your account."))}</p>'
        )
    messages.success(request, _("This test is now saved in your account."))
    return redirect("diagnostic:result", session.id)
