"""What happens to a release between "publish" and readers: embargoes that end on their own.

A live release whose "Veröffentlicht am" lies ahead is under embargo: hidden on every route
(its URL, lists, feeds, search, API, sitemap). Nothing is published when the moment comes, so
the background worker's scheduler asks this module each round which embargoes ended since the
last round; those releases are indexed for search and every cached page is invalidated.
"""

from __future__ import annotations

import datetime as dt

from twinning.core.cache import invalidate_pages
from twinning.news.models import PressReleasePage
from twinning.search import services as search_services


def lift_embargoes(since: dt.datetime, now: dt.datetime) -> list[str]:
    """Make releases whose publication moment fell in (since, now] visible everywhere."""
    released = list(
        PressReleasePage.objects.live().filter(published_at__gt=since, published_at__lte=now)
    )
    for page in released:
        search_services.index_document(**page.search_document())
    if released:
        invalidate_pages()
    return [page.title for page in released]
