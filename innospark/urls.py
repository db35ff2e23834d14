from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from innospark.api import api
from innospark.organisations import views as organisation_views

urlpatterns = [
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]
urlpatterns += i18n_patterns(
    path("", include("innospark.core.urls")),
    path("diagnostic/", include("innospark.diagnostic.urls")),
    path("toolkit/", include("innospark.toolkit.urls")),
    path("compendium/", include("innospark.compendium.urls")),
    path("report/", include("innospark.insights.urls")),
    path("organisations/", include("innospark.organisations.urls")),
    path("join/", organisation_views.join, name="join"),
    path("join/<str:code>/", organisation_views.join, name="join-code"),
    path("accounts/", include("innospark.accounts.urls")),
)

handler404 = "innospark.core.views.not_found"
handler500 = "innospark.core.views.server_error"
