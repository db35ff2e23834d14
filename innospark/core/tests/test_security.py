"""Production settings pass Django's deployment check, secrets come only from the environment,
and every page carries a Content-Security-Policy that its templates can live with."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "innospark.example.org",
}


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    # Not the test run's own switches: the browser tests set DJANGO_ALLOW_ASYNC_UNSAFE.
    unset = {"DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_deployment_check_is_clean_under_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key_from_the_environment():
    result = _manage("check", env={"DEBUG": "0", "ALLOWED_HOSTS": "innospark.example.org"})
    assert result.returncode != 0 and "Set SECRET_KEY in the environment" in result.stderr


def test_a_weak_secret_key_fails_the_deployment_check():
    weak = {**PRODUCTION, "SECRET_KEY": "short"}
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=weak)
    assert result.returncode != 0 and "security.W009" in result.stdout + result.stderr


def test_no_secret_is_written_in_the_settings():
    source = (ROOT / "innospark" / "settings.py").read_text()
    for name in ("SECRET_KEY", "EMAIL_HOST_PASSWORD", "DATABASE_URL"):
        assert re.search(rf'^{name} = env\w+\("{name}"', source, re.M), name


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/", "/bg/toolkit/", "/api/v1/docs", "/en/missing/"])
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


def _web_templates():
    """Templates served as web pages (the PDF templates, rendered by weasyprint, may style inline)."""
    for path in sorted(ROOT.glob("innospark/*/templates/**/*.html")):
        if "pdf" not in path.name and "booklet" not in path.name and path.name != "_pdf_style.html":
            yield path


@pytest.mark.parametrize("path", list(_web_templates()), ids=lambda p: p.name)
def test_web_templates_have_no_inline_script_style_or_handler(path):
    text = path.read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), "inline <script>"
    assert "<style" not in text, "inline <style>"
    assert not re.search(r"\sstyle=", text), "style attribute"
    assert not re.search(r"\son[a-z]+=", text), "inline event handler"
