from django.contrib.auth import views as auth_views
from django.urls import path

from innospark.accounts import views

app_name = "accounts"
urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.history, name="history"),
    path("claim/", views.claim_by_code, name="claim"),
    path("retake/<uuid:session_id>/", views.retake, name="retake"),
    path("export/", views.export, name="export"),
    path("delete/", views.delete, name="delete"),
]
