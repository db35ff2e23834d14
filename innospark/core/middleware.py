"""Response headers every page gets, and the page shown to a client that is rate limited."""

from django.conf import settings
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
