"""What happens to a release between "publish" and readers: embargoes that end, tombstones.

A live release whose "Veröffentlicht am" lies ahead is under embargo: hidden on every route
(its URL, lists, feeds, search, API, sitemap). Nothing is published when the moment comes, so
the background worker's scheduler asks this module each round which embargoes ended since the
last round; those releases are indexed for search and every cached page is invalidated.
"""

from __future__ import annotations

import datetime as dt

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from twinning.core.cache import invalidate_pages
from twinning.news.models import PressReleasePage, ReleaseRemoval
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


@receiver(page_unpublished, sender=PressReleasePage)
def release_unpublished(sender, instance, **kwargs) -> None:
    ReleaseRemoval.objects.create(
        page_id=instance.pk,
        source_id=instance.source_id,
        title=instance.title,
        reason="unpublished",
    )


@receiver(post_delete, sender=PressReleasePage)
def release_deleted(sender, instance, **kwargs) -> None:
    ReleaseRemoval.objects.create(
        page_id=instance.pk, source_id=instance.source_id, title=instance.title, reason="deleted"
    )


@receiver(page_published, sender=PressReleasePage)
def release_back(sender, instance, **kwargs) -> None:
    ReleaseRemoval.objects.filter(page_id=instance.pk).delete()
