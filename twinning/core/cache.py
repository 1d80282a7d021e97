"""Whole-page caching for public pages, invalidated by publishing.

Public pages are the same for every reader, so a rendered page can be stored whole. The
cache key carries a generation number that publishing bumps: one increment invalidates
every cached page on every app server sharing the cache, without scanning keys and without
flushing a Redis database that other data may share. Django's own cache middleware keys on
the URL only and can only be cleared as a whole, which is why this small piece is ours.

The key is the scheme, the host and the path, plus only the query parameters the page really
reads. Each view names them (:func:`use_query_params`, or ``cache_query_params`` on a page
type); the first shareable answer for a path tells the cache which they are. From then on any
other parameter (``?x=1``, ``utm_source=…``) is dropped before the view sees it, so that it can
neither bypass the cache nor end up in a cached answer that others get. Scheme and host are
part of the key because pages and API answers contain absolute URLs; both come from the
request as Django reads it, and forwarded headers only count from a trusted proxy
(``core.proxies``).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.cache import patch_cache_control

GENERATION_KEY = "pagecache:generation"
PARAMS_ATTRIBUTE = "page_cache_params"
SKIP_PREFIXES = ("/admin", "/django-admin", "/static", "/media", "/import")


def first_generation() -> int:
    """Where the count starts when the cache holds none (new, restarted, or the key evicted):
    the clock in microseconds, so that a number in use before cannot come round again and bring
    back pages or counts kept under it (that would take more than one publish per microsecond
    since the count started; in milliseconds, three quick publishes in a test did it)."""
    return int(time.time() * 1_000_000)


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, first_generation(), timeout=None)
        value = cache.get(GENERATION_KEY) or first_generation()
    return int(value)


def request_generation() -> int:
    """The generation ``core.memo`` already read for this request, else read it now."""
    from twinning.core import memo

    known = memo.current_generation()
    return known if known > 0 else generation()


# Called once a change is committed and the generation has moved on: work that readers would
# otherwise do on their first request (e.g. the archive's filter counts, ``news.tasks``).
_after_change: list[Callable[[], None]] = []


def register_after_change(callback: Callable[[], None]) -> None:
    if callback not in _after_change:
        _after_change.append(callback)


def invalidate_pages() -> None:
    """Forget every cached page (called when anything public changes).

    Inside a transaction the generation moves on twice: at once, and again when the change is
    committed. A reader in another process who rendered the page between the two still saw the
    old rows and cached them under the new generation; the second step discards that copy.
    """
    _bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump)
    for callback in _after_change:
        transaction.on_commit(callback)


def _bump() -> None:
    from twinning.core import memo

    memo.forget()  # this process sees its own change at once, even within the same request
    try:
        cache.incr(GENERATION_KEY)
        # Django's file and database caches write the new number with the default timeout
        # (five minutes); the generation must not expire.
        cache.touch(GENERATION_KEY, timeout=None)
    except ValueError:
        cache.add(GENERATION_KEY, first_generation(), timeout=None)


def cacheable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(SKIP_PREFIXES):
        return False
    # Editors logged in to the admin get fresh pages; readers never carry a session cookie.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def use_query_params(request: HttpRequest, names: Iterable[str]) -> None:
    """Declare the query parameters the answer to ``request`` depends on (all others are
    dropped for the page cache and before the view runs, once the path is known)."""
    declared = set(getattr(request, PARAMS_ATTRIBUTE, ()))
    setattr(request, PARAMS_ATTRIBUTE, frozenset(declared | set(names)))


def cache_query_params(*names: str):
    """Decorator form of :func:`use_query_params` for plain views."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            use_query_params(request, names)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def _route(request: HttpRequest) -> str:
    return f"{request.scheme}://{request.get_host()}{request.path}"


def params_key(request: HttpRequest, gen: int) -> str:
    return f"pageparams:{gen}:{hashlib.sha1(_route(request).encode()).hexdigest()}"


def narrowed(params: QueryDict, allowed: Iterable[str]) -> QueryDict:
    """``params`` with only the ``allowed`` names, in their order."""
    allowed = set(allowed)
    kept = QueryDict(mutable=True)
    for name in params:
        if name in allowed:
            kept.setlist(name, params.getlist(name))
    kept._mutable = False
    return kept


def narrow_request(request: HttpRequest, allowed: Iterable[str]) -> None:
    """Let the view see only the ``allowed`` query parameters."""
    if set(request.GET) <= set(allowed):
        return
    request.GET = narrowed(request.GET, allowed)
    request.META["QUERY_STRING"] = request.GET.urlencode()


def page_key(request: HttpRequest, gen: int, allowed: Iterable[str] = ()) -> str:
    kept = narrowed(request.GET, allowed)
    query = sorted((name, kept.getlist(name)) for name in kept)  # ?a=1&b=2 is ?b=2&a=1
    raw = f"{_route(request)}?{query!r}"
    return f"page:{gen}:{hashlib.sha1(raw.encode()).hexdigest()}"


class PageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not cacheable_request(request):
            return self.get_response(request)
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0:
            response = self.get_response(request)
            if shareable(response):
                mark_public(response, seconds)
            return response
        gen = request_generation()
        asked = set(request.GET)  # before any parameter is dropped
        allowed = cache.get(params_key(request, gen))
        if allowed is not None:
            # Only the very request (no parameter dropped) may be answered before Django.
            exact = asked <= set(allowed)
            narrow_request(request, allowed)
            cached = cache.get(page_key(request, gen, allowed))
            if cached is not None:
                cached["X-Page-Cache"] = "hit"
                cached.shared_page = exact
                return cached
        response = self.get_response(request)
        if not shareable(response):
            return response
        mark_public(response, seconds)
        declared = sorted(getattr(request, PARAMS_ATTRIBUTE, ()))
        if allowed is None:
            cache.set(params_key(request, gen), declared, seconds)
        if set(request.GET) <= set(declared):
            # Made from exactly the parameters its key names: safe to give to everyone.
            if hasattr(response, "render") and callable(response.render):
                response.render()
            cache.set(page_key(request, gen, declared), response, seconds)
            response["X-Page-Cache"] = "miss"
            # core.fastpath may store the finished answer for the very request.
            response.shared_page = asked <= set(declared)
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
