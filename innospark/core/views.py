from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from innospark.core.privacy import privacy_notice


def home(request):
    return render(request, "core/home.html")


def csrf_failure(request, reason=""):
    """A form posted without its security token: say so plainly, in the page's language."""
    return render(request, "core/csrf_failure.html", status=403)


def not_found(request, exception=None):
    if request.path.startswith("/api/"):  # API clients get JSON errors, as from every route
        return JsonResponse({"detail": _("There is no such API address.")}, status=404)
    return render(request, "core/404.html", status=404)


def server_error(request):
    return render(request, "core/500.html", status=500)


def privacy(request):
    return render(
        request,
        "core/privacy.html",
        {"notice": privacy_notice(get_language()), "retention_days": settings.RETENTION_DAYS},
    )


def healthz(request):
    """For load balancers and uptime checks: the process answers. No database, no template, so
    it also serves as the bare Django view the load benchmark compares the API with."""
    return HttpResponse("ok", content_type="text/plain")
