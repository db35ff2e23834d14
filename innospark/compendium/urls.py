from django.urls import path

from innospark.compendium import views

app_name = "compendium"
urlpatterns = [
    path("", views.case_list, name="list"),
    path("booklet.pdf", views.booklet, name="booklet"),
    path("<slug:slug>/", views.case_detail, name="case"),
]
