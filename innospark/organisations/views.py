from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from innospark.core import ratelimit
from innospark.diagnostic import services as diagnostic
from innospark.diagnostic.access import remember
from innospark.diagnostic.forms import StartForm
from innospark.organisations import services
from innospark.organisations.access import get_campaign_for_user, get_organisation_for_user
from innospark.organisations.exports import report_csv, report_pdf
from innospark.organisations.forms import (
    ApiKeyForm,
    CampaignForm,
    InviteForm,
    JoinForm,
    OrganisationForm,
    OrganisationSignupForm,
)
from innospark.organisations.invitations import invitation_pdf
from innospark.organisations.models import Membership, Role
from innospark.organisations.report import team_report


def _post(request):
    return request.POST if request.method == "POST" else None


def signup(request):
    """A new account and its organisation in one step; the person becomes its owner."""
    form = OrganisationSignupForm(_post(request))
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                user = form.save()
                organisation = services.organisation_create(
                    name=form.cleaned_data["organisation"], owner=user
                )
        except services.OrganisationError as exc:
            form.add_error("organisation", str(exc))
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect(organisation)
    return render(
        request, "organisations/signup.html", {"form": form}, status=400 if form.errors else 200
    )


@login_required
def mine(request):
    memberships = Membership.objects.filter(user=request.user).select_related("organisation")
    form = OrganisationForm(_post(request))
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.organisation_create(
                name=form.cleaned_data["name"], owner=request.user
            )
        except services.OrganisationError as exc:
            form.add_error("name", str(exc))
        else:
            return redirect(organisation)
    return render(request, "organisations/mine.html", {"memberships": memberships, "form": form},
                  status=400 if form.errors else 200)  # fmt: skip


def detail(request, slug):
    organisation, membership = get_organisation_for_user(request.user, slug)
    return render(
        request,
        "organisations/detail.html",
        {
            "organisation": organisation,
            "membership": membership,
            "can_write": membership.role in (Role.OWNER, Role.MANAGER),
            "is_owner": membership.role == Role.OWNER,
            "members": organisation.members.select_related("user").order_by("user__username"),
            "campaigns": organisation.campaigns.all(),
            "api_keys": organisation.api_keys.order_by("-created_at"),
            "invite_form": InviteForm(),
            "campaign_form": CampaignForm(organisation=organisation),
            "key_form": ApiKeyForm(),
        },
    )


@require_POST
def invite(request, slug):
    organisation, _membership = get_organisation_for_user(request.user, slug, owner=True)
    form = InviteForm(request.POST)
    if form.is_valid():
        services.invitation_send(organisation=organisation, request=request, **form.cleaned_data)
        messages.success(request, _("Invitation sent to %(email)s.") % form.cleaned_data)
    else:
        messages.error(request, _("Enter a valid e-mail address and a role."))
    return redirect(organisation)


@login_required
def accept(request, token):
    try:
        membership = services.invitation_accept(token=token, user=request.user)
    except services.OrganisationError as exc:
        messages.error(request, str(exc))
        return redirect("organisations:mine")
    return redirect(membership.organisation)


def campaign_new(request, slug):
    organisation, _membership = get_organisation_for_user(request.user, slug, write=True)
    form = CampaignForm(_post(request), organisation=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            campaign = services.campaign_create(organisation=organisation, **form.cleaned_data)
        except services.OrganisationError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect(campaign)
    return render(request, "organisations/campaign_new.html", {"organisation": organisation, "form": form},
                  status=400 if form.errors else 200)  # fmt: skip


def campaign(request, slug, campaign_id):
    campaign, membership = get_campaign_for_user(request.user, slug, campaign_id)
    join_url = request.build_absolute_uri(f"/{get_language()}/join/{campaign.join_code}/")
    return render(
        request,
        "organisations/campaign.html",
        {
            "campaign": campaign,
            "organisation": campaign.organisation,
            "join_url": join_url,
            "report": team_report(campaign, get_language()),
            "languages": [(c, n) for c, n in settings.LANGUAGES if c in campaign.languages],
        },
    )


def campaign_csv(request, slug, campaign_id):
    campaign, _membership = get_campaign_for_user(request.user, slug, campaign_id)
    response = HttpResponse(
        report_csv(campaign, get_language()), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="innospark-team-{campaign.pk}.csv"'
    return response


def campaign_pdf(request, slug, campaign_id):
    campaign, _membership = get_campaign_for_user(request.user, slug, campaign_id)
    response = HttpResponse(report_pdf(campaign, get_language()), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="innospark-team-{campaign.pk}.pdf"'
    return response


def campaign_invitation(request, slug, campaign_id, language):
    campaign, _membership = get_campaign_for_user(request.user, slug, campaign_id)
    if language not in campaign.languages:
        raise Http404
    join_url = request.build_absolute_uri(f"/{language}/join/{campaign.join_code}/")
    response = HttpResponse(
        invitation_pdf(campaign, language, join_url), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="innospark-invitation-{language}.pdf"'
    return response


@require_POST
def api_key_new(request, slug):
    organisation, _membership = get_organisation_for_user(request.user, slug, write=True)
    form = ApiKeyForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the key a name."))
        return redirect(organisation)
    new = services.api_key_create(organisation=organisation, name=form.cleaned_data["name"])
    return render(request, "organisations/api_key.html", {"organisation": organisation, "new": new})


def join(request, code=None):
    """Respondents: a code (or a link carrying it), then the test, anonymously."""
    form = JoinForm(request.GET if "code" in request.GET else None)
    if code is None and form.is_valid():
        code = form.cleaned_data["code"]
    campaign = error = None
    if code:
        try:
            with ratelimit.guarded("join", ratelimit.client_id(request), services.UnknownCampaign):
                campaign = services.campaign_for_code(code)
        except services.OrganisationError as exc:
            error = str(exc)
    if campaign is None:
        return render(request, "organisations/join.html", {"form": form, "error": error},
                      status=404 if error else 200)  # fmt: skip
    offered = get_language() in campaign.languages
    start = StartForm(_post(request))
    if request.method == "POST" and offered and start.is_valid():
        started = diagnostic.session_start(
            language=get_language(), user=request.user, campaign=campaign, **start.cleaned_data
        )
        remember(request, started.session, started.resume_code)
        return redirect("diagnostic:page", started.session.id, 1)
    return render(
        request,
        "organisations/join_campaign.html",
        {"campaign": campaign, "form": start, "offered": offered,
         "languages": [(c, n) for c, n in settings.LANGUAGES if c in campaign.languages]},
    )  # fmt: skip
