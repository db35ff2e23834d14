from django.urls import path

from innospark.toolkit import views

app_name = "toolkit"
urlpatterns = [
    path("", views.technique_list, name="list"),
    path("techniques/<slug:slug>/", views.technique_detail, name="technique"),
]
