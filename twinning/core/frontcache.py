"""Purging a front cache (Varnish, nginx, a CDN) of every URL a change touches.

Wagtail's frontend-cache app purges the published page's own URL. A release also appears on
the home page, in the archive and its filters, on its partner cities' pages, in feeds, the
sitemap and the API lists; those would stay stale until their ``s-maxage`` runs out. Apps add
the URLs only they know (a release's cities and topics) with ``register_collector``.
Purging runs in the background worker (Wagtail enqueues it as a task).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.conf import settings
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

SITE_WIDE_PATHS = [
    "/",
    "/sitemap.xml",
    "/feeds/presse/rss/",
    "/feeds/presse/atom/",
    "/api/v1/press-releases/",
    "/api/v1/partner-cities/",
    "/api/v1/events/",
]
_collectors: list[Callable[[Page], Iterable[str]]] = []


def register_collector(collector: Callable[[Page], Iterable[str]]) -> None:
    """``collector(page)`` names further site-relative paths that show ``page``."""
    if collector not in _collectors:
        _collectors.append(collector)


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def affected_paths(page: Page) -> list[str]:
    """Site-relative paths whose content changes when ``page`` is published or withdrawn."""
    paths = [page.url or "", *SITE_WIDE_PATHS]
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        paths.append(parent.url or "")
    for collector in _collectors:
        paths.extend(collector(page))
    return list(dict.fromkeys(p for p in paths if p and p.startswith("/")))


def purge_for(page: Page) -> list[str]:
    """Purge every URL that shows ``page``; returns the absolute URLs (none when disabled)."""
    if not enabled():
        return []
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    site = page.get_site()
    if site is None:
        return []
    urls = [site.root_url + path for path in affected_paths(page.specific)]
    purge_urls_from_cache(urls)
    return urls


@receiver(page_published)
@receiver(page_unpublished)
def purge_on_change(sender, instance, **kwargs) -> None:
    purge_for(instance)
