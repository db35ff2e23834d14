from django.urls import path

from innospark.organisations import views

app_name = "organisations"
urlpatterns = [
    path("", views.mine, name="mine"),
    path("signup/", views.signup, name="signup"),
    path("invitations/<str:token>/", views.accept, name="accept"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/invite/", views.invite, name="invite"),
    path("<slug:slug>/keys/", views.api_key_new, name="api-key-new"),
    path("<slug:slug>/campaigns/new/", views.campaign_new, name="campaign-new"),
    path("<slug:slug>/campaigns/<int:campaign_id>/", views.campaign, name="campaign"),
    path(
        "<slug:slug>/campaigns/<int:campaign_id>/report.csv",
        views.campaign_csv,
        name="campaign-csv",
    ),
    path(
        "<slug:slug>/campaigns/<int:campaign_id>/report.pdf",
        views.campaign_pdf,
        name="campaign-pdf",
    ),
    path(
        "<slug:slug>/campaigns/<int:campaign_id>/invitation-<str:language>.pdf",
        views.campaign_invitation,
        name="campaign-invitation",
    ),
]
