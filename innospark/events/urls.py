from django.urls import path

from innospark.events.views import organiser, public

app_name = "events"
urlpatterns = [
    path("", public.event_list, name="list"),
    path("new/", organiser.event_new, name="new"),
    path("manage/", organiser.manage, name="manage"),
    path("cancel/<str:token>/", public.cancel, name="cancel"),
    path("feedback/<str:token>/", public.feedback, name="feedback"),
    path("<slug:slug>/", public.event_detail, name="detail"),
    path("<slug:slug>/edit/", organiser.event_edit, name="edit"),
    path("<slug:slug>/attendees/", organiser.attendees, name="attendees"),
    path("<slug:slug>/attendees.csv", organiser.attendees_csv, name="attendees-csv"),
    path("<slug:slug>/send-feedback/", organiser.feedback_send, name="send-feedback"),
]
