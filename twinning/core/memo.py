"""Site-wide facts kept in each process until the next publish.

Every public page needs the site, its settings, the menu, the legal links, the list of partner
cities and where view restrictions lie. They change only through a publish or a settings or
snippet change, and each of those moves the page-cache generation on (``core.cache``). A
process keeps such a value together with the generation it was read under and reads it again
once the generation has moved, so a page costs no query for them, on every app server, while a
change is still seen at the next request.

The generation is read once per request (``GenerationMiddleware``); outside a request (the
worker, a management command) it is read at each use. Where the cache cannot tell the
generation (Django's dummy cache, Redis down) nothing is kept. As a last guard a value is never
older than ``MAX_AGE`` seconds, for a per-process cache that cannot see other processes' changes.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.core.cache import cache

from twinning.core.cache import GENERATION_KEY, first_generation

T = TypeVar("T")
MAX_AGE = 300.0
_UNKNOWN = -1
_values: dict[str, tuple[int, float, object]] = {}
_generation: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "twinning_generation", default=None
)


def read_generation() -> int:
    """The shared generation number, or ``_UNKNOWN`` when the cache cannot keep it."""
    try:
        value = cache.get(GENERATION_KEY)
        if value is None:
            cache.add(GENERATION_KEY, first_generation(), timeout=None)
            value = cache.get(GENERATION_KEY)
    except Exception:  # noqa: BLE001 - a failing cache only means: do not keep anything
        return _UNKNOWN
    return _UNKNOWN if value is None else int(value)


def current_generation() -> int:
    generation = _generation.get()
    return read_generation() if generation is None else generation


def remember(name: str, compute: Callable[[], T]) -> T:
    """``compute()``'s value, kept in this process until the generation moves on."""
    generation = current_generation()
    if generation == _UNKNOWN:
        return compute()
    kept = _values.get(name)
    now = time.monotonic()
    if kept is not None and kept[0] == generation and now - kept[1] < MAX_AGE:
        return kept[2]  # type: ignore[return-value]
    value = compute()
    _values[name] = (generation, now, value)
    return value


FRAGMENTS_KEPT = 2000
PAGES_KEPT = 300  # whole page objects are larger than fragments: fewer of them
_fragments: OrderedDict[Hashable, tuple[int, float, object]] = OrderedDict()
_pages: OrderedDict[Hashable, tuple[int, float, object]] = OrderedDict()


def recent(
    key: Hashable,
    compute: Callable[[], T],
    kept_in: OrderedDict[Hashable, tuple[int, float, object]] = _fragments,
    size: int = FRAGMENTS_KEPT,
) -> T:
    """``compute()``'s value kept like the other facts, for the ``size`` most recently used
    keys: for values there are too many of to keep all (one per page or per URL)."""
    generation = current_generation()
    if generation == _UNKNOWN:
        return compute()
    kept = kept_in.get(key)
    now = time.monotonic()
    if kept is not None and kept[0] == generation and now - kept[1] < MAX_AGE:
        # Another of the process's threads may have just pushed the key out: the value read
        # is still good, it only stays out of the cache.
        with contextlib.suppress(KeyError):
            kept_in.move_to_end(key)
        return kept[2]  # type: ignore[return-value]
    value = compute()
    kept_in[key] = (generation, now, value)
    if len(kept_in) > size:
        kept_in.popitem(last=False)
    return value


def recent_page(key: Hashable, read: Callable[[], T]) -> T:
    """A page object read by ``read()``, kept for the ``PAGES_KEPT`` most recently asked pages
    until the next publish; each caller gets its own shallow copy, so what one request sets on
    its page (Wagtail and views do) is not seen by another."""
    page = recent(key, read, _pages, PAGES_KEPT)
    return copy.copy(page) if page is not None else None


def fragment(key: Hashable, render: Callable[[], str]) -> str:
    """Rendered HTML kept by ``recent`` (a teaser card appears on many pages; rendering it once
    per publish is enough)."""
    return recent(("html", key), render)


def rendered(key: Hashable, template_name: str, context: dict, request) -> str:
    """``template_name`` rendered with ``context``, kept as a ``fragment`` under ``key`` (and the
    language); a preview, or a render outside a request, renders afresh."""
    from django.template.loader import render_to_string
    from django.utils.translation import get_language

    def render() -> str:
        return render_to_string(template_name, context, request=request)

    if request is None or getattr(request, "is_preview", False):
        return render()
    return fragment((key, get_language()), render)


def forget() -> None:
    """Drop every kept value (tests, and a process that changed something itself)."""
    _values.clear()
    _fragments.clear()
    _pages.clear()


def site_for(request):
    """Wagtail's site for this request's host and port, kept like the other facts."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    hostname = split_domain_port(request._get_raw_host())[0]
    return remember(
        f"site:{hostname}:{request.get_port()}", lambda: Site._find_for_request(request)
    )


class GenerationMiddleware:
    """Reads the generation once for the whole request and finds the request's site."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _generation.set(read_generation())
        try:
            request._wagtail_site = site_for(request)
            return self.get_response(request)
        finally:
            _generation.reset(token)
