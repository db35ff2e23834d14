"""/healthz has no django_db mark on purpose: pytest-django fails any database query here."""

from django.test import override_settings


def test_it_answers_ok_without_touching_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")


@override_settings(SECURE_SSL_REDIRECT=True)
def test_it_is_not_redirected_to_https(client):
    assert client.get("/healthz").status_code == 200
    assert client.get("/en/").status_code == 301
