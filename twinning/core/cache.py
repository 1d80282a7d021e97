"""Whole-page caching for public pages, invalidated by publishing.

Public pages are the same for every reader, so a rendered page can be stored whole. The
cache key carries a generation number that publishing bumps: one increment invalidates
every cached page on every app server sharing the cache, without scanning keys and without
flushing a Redis database that other data may share. Django's own cache middleware keys on
the URL only and can only be cleared as a whole, which is why this small piece is ours.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "pagecache:generation"
SKIP_PREFIXES = ("/admin", "/django-admin", "/static", "/media", "/import")


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY) or 1
    return int(value)


def invalidate_pages() -> None:
    """Forget every cached page (called when anything public changes).

    Inside a transaction the generation moves on twice: at once, and again when the change is
    committed. A reader in another process who rendered the page between the two still saw the
    old rows and cached them under the new generation; the second step discards that copy.
    """
    _bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump)


def _bump() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def cacheable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(SKIP_PREFIXES):
        return False
    # Editors logged in to the admin get fresh pages; readers never carry a session cookie.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def page_key(request: HttpRequest, gen: int) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}"
    return f"page:{gen}:{hashlib.sha1(raw.encode()).hexdigest()}"


class PageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not cacheable_request(request):
            return self.get_response(request)
        seconds = settings.PAGE_CACHE_SECONDS
        key = page_key(request, generation()) if seconds > 0 else ""
        if key:
            cached = cache.get(key)
            if cached is not None:
                cached["X-Page-Cache"] = "hit"
                return cached
        response = self.get_response(request)
        if shareable(response):
            mark_public(response, seconds)
            if key:
                if hasattr(response, "render") and callable(response.render):
                    response.render()
                cache.set(key, response, seconds)
                response["X-Page-Cache"] = "miss"
        return response


def shareable(response: HttpResponse) -> bool:
    """A response that is the same for every reader: no cookie, not private, complete."""
    return (
        response.status_code == 200
        and not response.cookies
        and not response.streaming
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def mark_public(response: HttpResponse, seconds: int) -> None:
    """Browsers revalidate every time (a 304 with the ETag is cheap); a front cache keeps the
    page ``seconds`` long and is purged when something it shows changes."""
    patch_cache_control(
        response, public=True, max_age=0, s_maxage=max(seconds, 0), must_revalidate=True
    )
