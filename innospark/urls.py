from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from innospark.api import api
from innospark.core import views as core_views
from innospark.organisations import views as organisation_views
from innospark.workshops.views import participant as workshop_views

urlpatterns = [
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
    path("healthz", core_views.healthz, name="healthz"),
    # The short link in a live workshop's QR code: the browser's language decides.
    path("live/<str:code>", workshop_views.short_link, name="live-short"),
]
urlpatterns += i18n_patterns(
    path("", include("innospark.core.urls")),
    path("diagnostic/", include("innospark.diagnostic.urls")),
    path("toolkit/", include("innospark.toolkit.urls")),
    path("compendium/", include("innospark.compendium.urls")),
    path("report/", include("innospark.insights.urls")),
    path("organisations/", include("innospark.organisations.urls")),
    path("events/", include("innospark.events.urls")),
    path("live/", include("innospark.workshops.urls")),
    path("join/", organisation_views.join, name="join"),
    path("join/<str:code>/", organisation_views.join, name="join-code"),
    path("accounts/", include("innospark.accounts.urls")),
)

handler404 = "innospark.core.views.not_found"
handler500 = "innospark.core.views.server_error"
