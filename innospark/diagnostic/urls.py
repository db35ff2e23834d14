from django.urls import path

from innospark.diagnostic import views

app_name = "diagnostic"
urlpatterns = [
    path("", views.start, name="start"),
    path("about/", views.about, name="about"),
    path("resume/", views.resume, name="resume"),
    path("resume/<str:code>/", views.resume_link, name="resume-link"),
    path("s/<uuid:session_id>/", views.continue_session, name="continue"),
    path("s/<uuid:session_id>/page/<int:page>/", views.page, name="page"),
    path("s/<uuid:session_id>/result/", views.result, name="result"),
    path("s/<uuid:session_id>/report.pdf", views.report_pdf, name="report-pdf"),
    path("s/<uuid:session_id>/claim/", views.claim, name="claim"),
]
