from django.urls import path

from innospark.insights import views

app_name = "insights"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("explore/", views.explorer, name="explorer"),
    path("explore.csv", views.explorer_csv, name="explorer-csv"),
    path("report.pdf", views.report_pdf, name="report-pdf"),
    path("<str:code>/", views.country, name="country"),
]
