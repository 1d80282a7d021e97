"""Test runs: fast password hashing, a fixed secret, no cached pages between tests."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
ALLOWED_HOSTS = ["*"]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - whitenoise warns when it is missing
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # A file, not Django's in-memory test database: the browser tests' live server answers
    # parallel requests in threads, and an in-memory database is one connection shared by all of
    # them and the test ("database table is locked", as Django's LiveServerTestCase docs warn).
    # With a file each thread has its own connection under WAL and the busy timeout, as in
    # production. One file per process, so that two test runs on one machine never meet.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / f"test-{os.getpid()}.sqlite3")}  # noqa: F405
# One process per test run: local memory, cleared before each test (twinning/conftest.py). Tests
# of several real processes set CACHE_URL for the servers they start.
if not (os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
