"""Benchmarks: production-like (no debug), a fixed secret, no page cache so every request is measured."""

from .base import *  # noqa: F403

SECRET_KEY = "bench-only-not-secret"
DEBUG = False
PAGE_CACHE_SECONDS = 0
ALLOWED_HOSTS = ["*"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / "var" / "bench-media"  # noqa: F405
