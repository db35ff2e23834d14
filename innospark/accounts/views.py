import json

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from innospark.accounts.forms import DeleteForm, SignupForm
from innospark.accounts.services import account_delete, account_export
from innospark.core import ratelimit
from innospark.diagnostic import services as diagnostic
from innospark.diagnostic.access import get_session_for_request, remember
from innospark.diagnostic.codes import normalise_code
from innospark.diagnostic.forms import ResumeForm
from innospark.diagnostic.models import Session, SkillText
from innospark.diagnostic.results import compare


def signup(request):
    form = SignupForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user)
        messages.success(request, _("Welcome! Your account is ready."))
        return redirect("accounts:history")
    return render(
        request, "accounts/signup.html", {"form": form}, status=400 if form.errors else 200
    )


def _history(request, claim_form, status=200):
    sessions = list(Session.objects.for_user(request.user).order_by("-created_at"))
    finished = sorted(
        (s for s in sessions if s.is_finished), key=lambda s: s.finished_at, reverse=True
    )
    names = dict(
        SkillText.objects.filter(language=get_language()).values_list("skill__key", "name")
    )
    changes = {
        newer.pk: [(names[key], delta) for key, delta in compare(newer, older).items()]
        for newer, older in zip(finished, finished[1:], strict=False)
    }
    rows = [{"session": s, "change": changes.get(s.pk)} for s in sessions]
    return render(
        request, "accounts/history.html", {"rows": rows, "claim_form": claim_form}, status=status
    )


@login_required
def history(request):
    return _history(request, ResumeForm())


@login_required
@require_POST
def claim_by_code(request):
    form = ResumeForm(request.POST)
    if form.is_valid():
        try:
            with ratelimit.guarded("resume", ratelimit.client_id(request), diagnostic.UnknownCode):
                session = diagnostic.session_by_code(form.cleaned_data["code"])
            diagnostic.session_claim(session=session, user=request.user)
        except diagnostic.DiagnosticError as exc:
            form.add_error("code", exc.message)
        else:
            remember(request, session, normalise_code(form.cleaned_data["code"]))
            messages.success(request, _("This test is now saved in your account."))
            return redirect("accounts:history")
    return _history(request, form, status=400)


@login_required
@require_POST
def retake(request, session_id):
    previous = get_session_for_request(request, session_id)
    started = diagnostic.session_retake(previous=previous, user=request.user)
    remember(request, started.session, started.resume_code)
    return redirect("diagnostic:page", started.session.id, 1)


@login_required
def export(request):
    data = account_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="innospark-my-data.json"'
    return response


@login_required
def delete(request):
    form = DeleteForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        account_delete(user=request.user)
        logout(request)
        messages.success(request, _("Your account and all your data have been deleted."))
        return redirect("core:home")
    return render(
        request, "accounts/delete.html", {"form": form}, status=400 if form.errors else 200
    )


class LoginView(auth_views.LoginView):
    """Django's sign-in with rate limits: failures per connection and per user name."""

    template_name = "accounts/login.html"

    def post(self, request, *args, **kwargs):
        self._clients = [
            ("login", ratelimit.client_id(request)),
            ("login-user", ratelimit.client_id_for_name(request.POST.get("username", ""))),
        ]
        for scope, client in self._clients:
            ratelimit.check(scope, client)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        for scope, client in self._clients:
            ratelimit.record_failure(scope, client)
        return super().form_invalid(form)
