"""Cache hits answered before Django: the WSGI entry point serves a stored page in microseconds.

A reader's request for a page that is in the page cache still walks Django's whole middleware
stack before ``PageCacheMiddleware`` finds it. Here the WSGI application is wrapped: when a
request is exactly one that Django answered from or into the page cache before (same scheme,
host, path and query string, no session, a GET or HEAD), the finished answer — status, every
header Django's middleware set, and the body — is sent as it was, and an ``If-None-Match``
with its ETag gets a 304.

Answers are stored only after Django has made them and ``PageCacheMiddleware`` has marked them
safe to share (``response.shared_page``): a host Django refuses, a session, a cookie or a
private answer never gets here. The key carries the page-cache generation, so a publish
retires every stored answer at once, on every server sharing the cache. Each process also
keeps the most requested answers in memory, checked against the generation on each use.
Forwarded headers are part of the key and count only from ``TRUSTED_PROXIES``; from anyone
else a request carrying them goes through Django, which drops them.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

from twinning.core.cache import GENERATION_KEY, SKIP_PREFIXES

KEEP_IN_MEMORY = 256
FORWARDED = ("HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_HOST", "HTTP_X_FORWARDED_PORT")


def request_key(environ: dict) -> str | None:
    """The exact request as a cache key, or ``None`` when it must go through Django."""
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return None
    path = environ.get("PATH_INFO", "")
    if path.startswith(SKIP_PREFIXES) or settings.SESSION_COOKIE_NAME in environ.get(
        "HTTP_COOKIE", ""
    ):
        return None
    forwarded = [environ.get(name, "") for name in FORWARDED]
    if any(forwarded) and not _from_trusted_proxy(environ):
        return None
    raw = "|".join(
        [
            environ.get("wsgi.url_scheme", "http"),
            environ.get("HTTP_HOST", ""),
            environ.get("SERVER_PORT", ""),
            path,
            environ.get("QUERY_STRING", ""),
            *forwarded,
        ]
    )
    return hashlib.sha1(raw.encode("utf-8", "surrogateescape")).hexdigest()


def _from_trusted_proxy(environ: dict) -> bool:
    from twinning.core.proxies import is_trusted, trusted_networks

    networks = trusted_networks()
    return bool(networks) and is_trusted(environ.get("REMOTE_ADDR", ""), networks)


class CachedPages:
    """WSGI middleware around Django's application (see the module's docstring)."""

    def __init__(self, application):
        self.application = application
        self.kept: OrderedDict[str, tuple] = OrderedDict()

    def __call__(self, environ, start_response):
        if settings.PAGE_CACHE_SECONDS <= 0:
            return self.application(environ, start_response)
        key = request_key(environ)
        generation = self._generation() if key else None
        if generation is not None:
            stored = self._stored(f"answer:{generation}:{key}")
            if stored is not None:
                return self._send(stored, environ, start_response)
        captured: dict = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers
            return start_response(status, headers, exc_info)

        response = self.application(environ, capture)
        if generation is not None and getattr(response, "shared_page", False):
            headers = [(k, v) for k, v in captured.get("headers", []) if k != "X-Page-Cache"]
            stored = (captured["status"], headers, response.content)
            cache.set(f"answer:{generation}:{key}", stored, settings.PAGE_CACHE_SECONDS)
        return response

    @staticmethod
    def _generation() -> int | None:
        try:
            value = cache.get(GENERATION_KEY)
        except Exception:  # noqa: BLE001 - no cache, no shortcut
            return None
        return None if value is None else int(value)

    def _stored(self, full_key: str):
        stored = self.kept.get(full_key)
        if stored is None:
            stored = cache.get(full_key)
            if stored is None:
                return None
            self.kept[full_key] = stored
            if len(self.kept) > KEEP_IN_MEMORY:
                self.kept.popitem(last=False)
        return stored

    @staticmethod
    def _send(stored, environ, start_response):
        status, headers, body = stored
        etag = next((v for k, v in headers if k == "ETag"), None)
        if etag and etag in environ.get("HTTP_IF_NONE_MATCH", ""):
            kept = [(k, v) for k, v in headers if k not in ("Content-Length", "Content-Type")]
            start_response("304 Not Modified", kept)
            return [b""]
        start_response(status, [*headers, ("X-Page-Cache", "hit")])
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [body]
