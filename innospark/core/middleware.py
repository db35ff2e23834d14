"""Response headers every page gets, the page shown to a client that is rate limited, and a
404 for any address with a NUL character."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render

from innospark.core.ratelimit import Throttled


class SecurityHeadersMiddleware:
    """A Content-Security-Policy (no inline script or style, nothing from other sites) and a
    Permissions-Policy that turns off device features we never use."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"
        )
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, Throttled):
            response = render(
                request, "core/throttled.html", {"message": exception.message}, status=429
            )
            response["Retry-After"] = str(exception.retry_after)
            return response
        return None


class NoNulInPathMiddleware:
    """No address of the site contains a NUL character (%00): answer 404 before a view can
    look one up (PostgreSQL cannot even compare text with it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            raise Http404
        return self.get_response(request)
