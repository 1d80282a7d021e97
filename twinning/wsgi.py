"""WSGI entry point for the application server; cache hits are answered before Django."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "twinning.settings.production")

from twinning.core.fastpath import CachedPages  # noqa: E402 - after Django's setup

application = CachedPages(get_wsgi_application())
