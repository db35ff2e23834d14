"""The JSON API under /api/v1, its OpenAPI schema at /api/v1/openapi.json.

Every error is JSON ``{"detail": ...}`` in the user's language, never an HTML page or a 500."""

import ninja.parser
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from innospark.compendium.api import router as compendium_router
from innospark.core.ratelimit import Throttled
from innospark.core.text import has_nul
from innospark.diagnostic.api import router as diagnostic_router
from innospark.diagnostic.scoring_api import router as scoring_router
from innospark.diagnostic.services import DiagnosticError
from innospark.insights.api import router as insights_router
from innospark.organisations.api import router as campaigns_router
from innospark.toolkit.api import router as toolkit_router


class Parser(ninja.parser.Parser):
    """Ninja's JSON and query-string parsing, refusing NUL characters: no field accepts one,
    and PostgreSQL cannot store or even compare text with it."""

    def parse_body(self, request):
        return _without_nul(super().parse_body(request))

    def parse_querydict(self, data, list_fields, request):
        return _without_nul(super().parse_querydict(data, list_fields, request))


def _without_nul(data):
    if has_nul(data):
        raise DiagnosticError.with_status(
            422, _("The request contains a NUL character (code 0), which no field accepts.")
        )
    return data


api = NinjaAPI(
    title="INNOSPARK API",
    version="1",
    description="Drive the INNOSPARK creativity self-diagnostic from other tools.",
    urls_namespace="api-v1",
    parser=Parser(),
)
api.add_router("/diagnostic", diagnostic_router)
api.add_router("/scoring", scoring_router)
api.add_router("/toolkit", toolkit_router)
api.add_router("/compendium", compendium_router)
api.add_router("/insights", insights_router)
api.add_router("/campaigns", campaigns_router)


@api.exception_handler(DiagnosticError)
def diagnostic_error(request, exc: DiagnosticError):
    return api.create_response(request, {"detail": exc.message}, status=exc.status)


@api.exception_handler(Throttled)
def throttled(request, exc: Throttled):
    response = api.create_response(request, {"detail": exc.message}, status=429)
    response["Retry-After"] = str(exc.retry_after)
    return response


@api.exception_handler(AuthenticationError)
def authentication_error(request, exc):
    if request.path.startswith("/api/v1/campaigns"):
        detail = _("Send your organisation's API key in the header “X-API-Key”.")
    else:
        detail = _("Send this session's token in the header “Authorization: Bearer <token>”.")
    return api.create_response(request, {"detail": detail}, status=401)


@api.exception_handler(ValidationError)
def validation_error(request, exc: ValidationError):
    fields = sorted(
        {".".join(str(part) for part in error["loc"][1:]) or "body" for error in exc.errors}
    )
    return api.create_response(
        request,
        {
            "detail": _("The request is not valid. Check: %(fields)s.")
            % {"fields": ", ".join(fields)}
        },
        status=422,
    )


@api.exception_handler(HttpError)
def http_error(request, exc: HttpError):
    if isinstance(exc.__cause__, DiagnosticError):  # Parser refused the body; ninja wraps it
        return diagnostic_error(request, exc.__cause__)
    message = _("The request body is not valid JSON.") if exc.status_code == 400 else str(exc)
    return api.create_response(request, {"detail": message}, status=exc.status_code)
