"""INNOSPARK settings: one module, every value read from the environment.

Check out, `make run`, and it works on SQLite with no set-up. Production sets DEBUG=0,
SECRET_KEY, ALLOWED_HOSTS and usually DATABASE_URL (see README, "Deployment").
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from innospark.core.env import envbool, envint, envlist, envstr

BASE_DIR = Path(__file__).resolve().parent.parent
DEV_SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

DEBUG = envbool("DEBUG", True)
SECRET_KEY = envstr("SECRET_KEY", DEV_SECRET_KEY)
if not DEBUG and SECRET_KEY == DEV_SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment when DEBUG=0.")
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = envstr("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "ninja",
    "innospark.core",
    "innospark.accounts",
    "innospark.toolkit",
    "innospark.diagnostic",
    "innospark.compendium",
    "innospark.insights",
    "innospark.organisations",
    "innospark.events",
    "innospark.workshops",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "innospark.core.middleware.SecurityHeadersMiddleware",
    "innospark.core.middleware.NoNulInPathMiddleware",
]

ROOT_URLCONF = "innospark.urls"
WSGI_APPLICATION = "innospark.wsgi.application"
CSRF_FAILURE_VIEW = "innospark.core.views.csrf_failure"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "innospark.core.context_processors.languages",
            ],
        },
    },
]

# Database: SQLite by default; PostgreSQL (or any dj-database-url URL) via DATABASE_URL.
DATABASE_URL = envstr("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 60))
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": envstr("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {
                # WAL lets readers and one writer work at once; IMMEDIATE takes the write lock
                # at BEGIN so concurrent writers queue on the busy timeout instead of failing.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": envint("SQLITE_TIMEOUT", 20),
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:history"
LOGOUT_REDIRECT_URL = "core:home"

# Internationalisation: six languages, every one complete.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("bg", "Български"),
    ("it", "Italiano"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("hu", "Magyar"),
]
LANGUAGE_CODES = [code for code, _name in LANGUAGES]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CONTENT_DIR = Path(envstr("CONTENT_DIR", str(BASE_DIR / "content")))
INDICATORS_DIR = Path(envstr("INDICATORS_DIR", str(BASE_DIR / "data" / "indicators")))

SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Production (DEBUG=0) is HTTPS only by default: redirect plain HTTP, and HSTS for a year.
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
# Health checks often come over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 3600)
# On a domain whose subdomains are not all HTTPS, set both to 0 (README, "Security").
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", not DEBUG)
# Scripts, styles, fonts and images come only from this site; no inline script or style.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if envbool("BEHIND_PROXY", False) else None
)

# The diagnostic
DIAGNOSTIC_PAGE_SIZE = envint("DIAGNOSTIC_PAGE_SIZE", 10)
# Percentiles are shown only once this many completed sessions exist in the comparison group.
NORMS_MIN_SESSIONS = envint("NORMS_MIN_SESSIONS", 30)
# E-mail (invitations): printed to the console unless an SMTP host is configured.
EMAIL_HOST = envstr("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = envint("EMAIL_PORT", 587)
EMAIL_HOST_USER = envstr("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "INNOSPARK <noreply@localhost>")
# Unfinished anonymous tests and exercises are deleted after this many days (purge_unfinished).
RETENTION_DAYS = envint("RETENTION_DAYS", 30)
# Live workshops (participants, ideas, votes) are deleted this many days after they end, and
# event registrations this many days after the event (the feedback summary stays, unsigned).
WORKSHOP_RETENTION_DAYS = envint("WORKSHOP_RETENTION_DAYS", 90)
EVENT_RETENTION_DAYS = envint("EVENT_RETENTION_DAYS", 180)
# Team reports appear from this many respondents; never fewer than 3.
CAMPAIGN_MIN_GROUP = max(3, envint("CAMPAIGN_MIN_GROUP", 5))
# Rate limits on guessing secrets: (failed attempts, per this many seconds) per client.
# Only failures count; see innospark/core/ratelimit.py and README "Security".
RATE_LIMITS = {
    "resume": (envint("RATE_RESUME", 10), 15 * 60),
    "join": (envint("RATE_JOIN", 20), 60 * 60),
    "login": (envint("RATE_LOGIN", 10), 15 * 60),
    "login-user": (envint("RATE_LOGIN_USER", 20), 60 * 60),
    "api-key": (envint("RATE_API_KEY", 20), 15 * 60),
    # Every event registration counts (each sends an e-mail to an address the visitor typed).
    "event-registration": (envint("RATE_EVENT_REGISTRATION", 20), 60 * 60),
    # Live workshops: wrong codes per client (a room often shares one address), and every idea
    # a participant sends (a flood from one phone, not a guess).
    "live-code": (envint("RATE_LIVE_CODE", 30), 15 * 60),
    "live-ideas": (envint("RATE_LIVE_IDEAS", 5), 30),
}
# A live workshop's code works for this many hours after it starts.
WORKSHOP_HOURS = envint("WORKSHOP_HOURS", 12)
# Expiry: API session tokens (hours), resume codes and API keys (days), sign-in (days).
API_TOKEN_HOURS = envint("API_TOKEN_HOURS", 24)
RESUME_CODE_DAYS = envint("RESUME_CODE_DAYS", 90)
API_KEY_DAYS = envint("API_KEY_DAYS", 365)
INVITATION_DAYS = envint("INVITATION_DAYS", 14)
SESSION_COOKIE_AGE = envint("SESSION_DAYS", 14) * 24 * 3600
# Demo sessions (seed_demo) count in the norms unless DEMO_DATA=0.
DEMO_DATA = envbool("DEMO_DATA", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "WARNING")},
}


# Static files are served by WhiteNoise straight from the apps (no collectstatic step needed).
WHITENOISE_USE_FINDERS = True
