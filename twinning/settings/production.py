"""Production: refuses to start without a secret; HTTPS hardening on by default."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 32:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 32 characters in production."
    )

# Behind a TLS-terminating proxy, whose address goes into TRUSTED_PROXIES (base settings: only
# then X-Forwarded-Proto counts); SECURE_SSL_REDIRECT=0 only for a plain-HTTP smoke run.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)

# Wagtail's live preview shows pages in a same-origin frame, so X-Frame-Options stays SAMEORIGIN
# (W019); whether to submit the domain to the browsers' HSTS preload list is the city's call,
# made with SECURE_HSTS_PRELOAD=1 (W021).
SILENCED_SYSTEM_CHECKS = ["security.W019"] + ([] if SECURE_HSTS_PRELOAD else ["security.W021"])
