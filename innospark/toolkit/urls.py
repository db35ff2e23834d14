from django.urls import path

from innospark.toolkit import views

app_name = "toolkit"
urlpatterns = [
    path("", views.technique_list, name="list"),
    path("techniques/<slug:slug>/", views.technique_detail, name="technique"),
    path(
        "techniques/<slug:slug>/facilitate/",
        views.technique_facilitate,
        name="technique-facilitate",
    ),
    path("exercises/", views.exercise_list, name="exercises"),
    path("exercises/<slug:kind>/", views.exercise_detail, name="exercise"),
    path("exercises/<slug:kind>/start/", views.exercise_start, name="exercise-start"),
    path(
        "exercises/<slug:kind>/facilitate/", views.exercise_facilitate, name="exercise-facilitate"
    ),
    path("runs/<str:token>/step/<int:index>/", views.exercise_step, name="exercise-step"),
    path("runs/<str:token>/summary/", views.exercise_summary, name="exercise-summary"),
    path("runs/<str:token>/summary.pdf", views.exercise_pdf, name="exercise-pdf"),
    path("mine/", views.my_toolkit, name="mine"),
]
