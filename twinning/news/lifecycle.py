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
from django.utils import timezone
from wagtail.signals import page_published, page_unpublished

from twinning.core import frontcache
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
        frontcache.purge_for(page)
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


@receiver(page_published, sender=PressReleasePage)
def note_text_change(sender, instance, **kwargs) -> None:
    """A publish that changes the text of a release readers already saw dates the change
    ("Zuletzt aktualisiert am"); the first publish only records what the text was."""
    fingerprint = instance.text_fingerprint()
    if fingerprint == instance.published_text_hash:
        return
    changes: dict = {"published_text_hash": fingerprint}
    if instance.published_text_hash:
        changes["text_updated_at"] = timezone.now()
    PressReleasePage.objects.filter(pk=instance.pk).update(**changes)
    for name, value in changes.items():
        setattr(instance, name, value)


def release_paths(page) -> list[str]:
    """Where else a release shows: its cities' pages, archive filters, feeds and API filters."""
    if not isinstance(page, PressReleasePage):
        return []
    paths = ["/presse/"]
    if page.published_at:
        paths.append(f"/presse/?jahr={page.published_at.year}")
    for city in page.partner_cities.all():
        paths += [
            city.url or "",
            f"/presse/?partnerstadt={city.slug}",
            f"/feeds/partnerstadt/{city.slug}/rss/",
            f"/feeds/partnerstadt/{city.slug}/atom/",
            f"/api/v1/press-releases/?partner_city={city.slug}",
        ]
    for topic in page.topics.all():
        paths += [
            f"/presse/?thema={topic.slug}",
            f"/feeds/thema/{topic.slug}/rss/",
            f"/feeds/thema/{topic.slug}/atom/",
            f"/api/v1/press-releases/?topic={topic.slug}",
        ]
    return paths
