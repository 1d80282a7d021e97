"""Settings every deployment shares; environment variables decide the rest."""

import datetime as dt
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable the way operators write it."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "twinning.core",
    "twinning.partnerships",
    "twinning.news",
    "twinning.events",
    "twinning.search",
    "twinning.importer",
    "django_tasks_db",
    "twinning.api",
    "wagtailautocomplete",  # server-searched choosers for people, releases, cities
    # Segment-by-segment translation of pages in the admin, with sync after the original changes.
    "wagtail_localize",
    "wagtail_localize.locales",  # the admin's "Sprachen" screen (replaces wagtail.locales)
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache, so cached pages get an ETag and answer If-None-Match with 304.
    "django.middleware.http.ConditionalGetMiddleware",
    "twinning.core.memo.GenerationMiddleware",
    "twinning.core.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the URL prefix alone (/en/…, German without one), never from
    # the browser's Accept-Language: one URL, one language, one cached page.
    "twinning.core.i18n.PathLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "twinning.news.middleware.CreditRefusalMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "twinning.core.csp.SectionCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "twinning.api.head.HeadAsGetMiddleware",
]

ROOT_URLCONF = "twinning.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "twinning.core.context_processors.site_chrome",
            ],
        },
    },
]

WSGI_APPLICATION = "twinning.wsgi.application"

# Embedded default: one SQLite file next to the code. DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'twinning.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets readers go on while the importer writes; a busy timeout instead of "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: files on disk by default; CACHE_URL or REDIS_URL (redis://…) shares it between servers.
_cache_url = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
if _cache_url and _cache_url.startswith(("redis://", "rediss://")):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _cache_url,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "twinning"),
        }
    }
elif _cache_url and _cache_url.startswith("dummy://"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
elif _cache_url and _cache_url.startswith("locmem://"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    # Embedded default: files on this server's disk, shared by every gunicorn worker, the task
    # worker and management commands, so one publish invalidates the pages of all of them.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "3000"))},
        }
    }
# Whole public pages are cached this many seconds; publishing clears the cache.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "de"
# The languages readers can choose: German first (URLs without a prefix), the others under
# /<code>/. A city adds one by listing its code here (SITE_LANGUAGES=de,en,fr,nl,pl) and
# providing twinning/locale/<code>/LC_MESSAGES/django.po; see the README.
SITE_LANGUAGES = env_list("SITE_LANGUAGES", "de,en,fr,nl")
if not SITE_LANGUAGES or SITE_LANGUAGES[0] != LANGUAGE_CODE:
    SITE_LANGUAGES = [LANGUAGE_CODE, *(c for c in SITE_LANGUAGES if c != LANGUAGE_CODE)]
_LANGUAGE_NAMES = {
    "de": _("Deutsch"),
    "en": _("Englisch"),
    "fr": _("Französisch"),
    "nl": _("Niederländisch"),
}


def _language_name(code: str):
    from django.conf.locale import LANG_INFO

    if code in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[code]
    return LANG_INFO.get(code, {}).get("name", code)


LANGUAGES = [(code, _language_name(code)) for code in SITE_LANGUAGES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Berlin")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [
    PROJECT_DIR / "static",
    ("kern", BASE_DIR / "node_modules" / "@kern-ux" / "native" / "dist"),
]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# The world's place names for search (search/places.py), built from GeoNames when missing.
PLACES_FILE = os.environ.get("PLACES_FILE", str(BASE_DIR / "var" / "places.sqlite3"))
# On one small server the app serves uploaded images itself; behind nginx or S3, switch it off.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# S3-compatible media storage for several app servers (needs django-storages[s3] installed).
if os.environ.get("MEDIA_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL"),
            "custom_domain": os.environ.get("MEDIA_S3_CUSTOM_DOMAIN"),
        },
    }

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Städtepartnerschaften Krefeld")
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.CityImage"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAIL_USAGE_COUNT_ENABLED = False
# No avatars from gravatar.com: editors' e-mail hashes stay with the city, and the CSP allows no other host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_USER_LOGIN_FORM = "twinning.core.forms.LoginForm"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Front cache (Varnish, nginx or a CDN) purged on publish when FRONTEND_CACHE_URL is set.
if os.environ.get("FRONTEND_CACHE_URL"):
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }

# Privacy by default: nothing loads from another host.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "style-src": [SELF],
        "script-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
LOGIN_URL = "wagtailadmin_login"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Background work (admin imports, Wagtail's own tasks) is queued in the database and run by
# `manage.py db_worker`, which `make run` starts beside the web server (see Procfile).
# Mail: Wagtail's workflow notifications (submitted, approved, rejected, comments) and password
# resets go through Django's mail framework. Without EMAIL_HOST they are written as files to
# var/mail/ (nothing is lost and nothing leaves the server); EMAIL_HOST switches to SMTP.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "twinning@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", EMAIL_PORT == 587)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", EMAIL_PORT == 465)
    EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = Path(os.environ.get("EMAIL_FILE_PATH", BASE_DIR / "var" / "mail"))

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Security: login throttling, timeouts, degraded operation (issue 11, points 4 and 5) ---
# Password guessing: after AXES_FAILURE_LIMIT wrong passwords for one user name (or one
# password-protected page) from one address, that pair is locked for AXES_COOLOFF_MINUTES
# (0: until an administrator lifts it in the admin or with `manage.py axes_reset`). Keyed on the
# pair, so that colleagues behind the city's one address, and the account itself from elsewhere,
# are not locked out by someone else's guessing. The address is REMOTE_ADDR, never a header.
INSTALLED_APPS.append("axes")
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "twinning.core.resilience.DatabaseOutageMiddleware",
)
MIDDLEWARE += [
    "twinning.core.throttling.PasswordFormThrottleMiddleware",  # after CsrfViewMiddleware
    "axes.middleware.AxesMiddleware",  # last, as axes asks
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
_cooloff_minutes = int(os.environ.get("AXES_COOLOFF_MINUTES", "15"))
AXES_COOLOFF_TIME = dt.timedelta(minutes=_cooloff_minutes) if _cooloff_minutes > 0 else None
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "twinning.core.throttling.client_ip"
AXES_LOCKOUT_CALLABLE = "twinning.core.throttling.lockout_response"
AXES_ENABLE_ADMIN = False  # Django's admin is not mounted; Wagtail's settings menu has the screen
AXES_DISABLE_ACCESS_LOG = True  # failures are kept; successful logins are not logged per person

# Timeouts: a database or cache server that does not answer must not hold a request until
# gunicorn kills the worker. A database outage answers a German 503 page with Retry-After.
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # Django's backend, failing fast for DATABASE_RETRY_SECONDS after a connection timed out.
    DATABASES["default"]["ENGINE"] = "twinning.core.postgresql"
    _db_options = DATABASES["default"].setdefault("OPTIONS", {})
    _db_options.setdefault("connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")))
    _statement_ms = int(float(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "25")) * 1000)
    # Ours first, so that `options` given in DATABASE_URL still win.
    _db_options["options"] = f"-c statement_timeout={_statement_ms} " + _db_options.get(
        "options", ""
    )
DATABASE_RETRY_SECONDS = float(os.environ.get("DATABASE_RETRY_SECONDS", "5"))
DATABASE_OUTAGE_RETRY_AFTER = int(os.environ.get("DATABASE_OUTAGE_RETRY_AFTER", "30"))
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # Redis down or silent: pages are served uncached instead of answering 500.
    _redis_timeout = float(os.environ.get("REDIS_TIMEOUT", "1"))
    CACHES["default"]["BACKEND"] = "twinning.core.resilience.ResilientRedisCache"
    CACHES["default"]["OPTIONS"] = {
        "socket_connect_timeout": _redis_timeout,
        "socket_timeout": _redis_timeout,
        "RETRY_SECONDS": float(os.environ.get("CACHE_RETRY_SECONDS", "10")),
    }
# --- end of the security block ---

# Wagtail writes every rendition it looks up to the "renditions" cache, on every page view. On
# disk that is a file written per image per request (a third of a release page's time); each
# process keeps them in memory instead, or Redis shares them when configured. A rendition an
# editor's new focal point replaced is forgotten within RENDITION_CACHE_SECONDS.
if CACHES["default"]["BACKEND"].endswith("ResilientRedisCache"):
    CACHES["renditions"] = {**CACHES["default"], "KEY_PREFIX": "twinning-renditions"}
else:
    CACHES["renditions"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
        "TIMEOUT": int(os.environ.get("RENDITION_CACHE_SECONDS", "600")),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }

# --- Import limits (issue 11, point 2) ---
# How much the importer reads before it refuses (twinning/importer/parsing/limits.py). Checked
# while reading, never after unpacking: an archive's sizes and entries before any member is
# opened, JSON Lines line by line in chunks, HTML as its tree is built. What passes a limit is
# rejected in the report with the limit's name; the rest of the import goes on.
IMPORT_MAX_ARCHIVE_BYTES = int(os.environ.get("IMPORT_MAX_ARCHIVE_BYTES", str(2 * 1024**3)))
IMPORT_MAX_MEMBER_BYTES = int(os.environ.get("IMPORT_MAX_MEMBER_BYTES", str(512 * 1024**2)))
IMPORT_MAX_ARCHIVE_MEMBERS = int(os.environ.get("IMPORT_MAX_ARCHIVE_MEMBERS", "20000"))
IMPORT_MAX_LINE_BYTES = int(os.environ.get("IMPORT_MAX_LINE_BYTES", str(8 * 1024**2)))
IMPORT_MAX_DOCUMENT_BYTES = int(os.environ.get("IMPORT_MAX_DOCUMENT_BYTES", str(32 * 1024**2)))
IMPORT_MAX_HTML_DEPTH = int(os.environ.get("IMPORT_MAX_HTML_DEPTH", "128"))
# --- end of the import limits ---

# --- Proxies, page cache, uploads and media (issue 11, points 7 and 8) ---
# Forwarded headers (X-Forwarded-Proto/-Host/-For, Forwarded) count only when the connection
# comes from one of these addresses or CIDR networks, e.g. "127.0.0.1,10.0.0.0/8"; from anyone
# else twinning.core.proxies removes them before anything reads them. Behind a TLS-terminating
# proxy set TRUSTED_PROXIES to the proxy's address, or HTTPS is not recognised.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
MIDDLEWARE.insert(0, "twinning.core.proxies.TrustedProxyMiddleware")
if TRUSTED_PROXIES:
    from twinning.core.proxies import parse_networks

    parse_networks(TRUSTED_PROXIES)  # a typo stops the start with a clear message
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
# Uploaded documents: only these types, always a download through /dokumente/ (Wagtail's view
# checks a collection's privacy; twinning.core.media adds nosniff and a sandboxing CSP), never a
# redirect to the storage. Nothing a browser would render as a page (html, svg, xml, js).
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "rtf", "txt", "csv",
]  # fmt: skip
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
# Every admin image form refuses files the image library cannot decode, with a German message.
WAGTAILIMAGES_IMAGE_FORM_BASE = "twinning.core.uploads.CityImageForm"
# --- end of proxies, page cache, uploads and media ---
