"""Keeps the search index in step with publishing, for every page type that can be found.

A page type takes part by defining ``search_document()``; this module needs to know nothing
else about it. Imports and generated benchmark data use ``search.services.index_many`` directly.

What readers may see is decided by ``core.visibility`` alone. :func:`enforce_visibility` is
registered as the search index's gate, so that every write (one page, an import's bulk batch,
a rebuild) and every page of hits is checked by the same rules: a document of a page that is a
draft, expired, under embargo or inside a restricted section is not live, and a partner city
readers may not see is not named in any document. When only visibility changes (a section gets
or loses a view restriction, a page moves, a partner city is published or withdrawn), the
documents concerned are updated here too.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from twinning.core import batches, frontcache, memo, visibility
from twinning.core.cache import invalidate_pages
from twinning.search import services


def searchable_models() -> list[type[Page]]:
    from twinning.events.models import EventPage
    from twinning.news.models import PressReleasePage
    from twinning.partnerships.models import PartnerCityPage

    return [PressReleasePage, PartnerCityPage, EventPage]


KINDS = {
    "PressReleasePage": "press_release",
    "PartnerCityPage": "partner_city",
    "EventPage": "event",
}


def register_providers() -> None:
    """Let ``search.services.rebuild`` re-read every live page of each searchable type."""
    for model in searchable_models():

        def provider(model=model):
            pages = batches.each(model.objects.live())
            return (page.search_document() for page in pages)

        services.register_provider(KINDS[model.__name__], provider)
    services.register_gate(enforce_visibility)


def hidden_city_names() -> frozenset[str]:
    """Names of partner cities readers may not see (unless a public city has the same name).

    Asked on every search (the gate runs again on reading); kept until the next publish
    (``core.memo``): on a page table of 100,000 releases the two queries took 40 ms. A value
    kept from before a publish in the same request is corrected on the next read.
    """
    return memo.remember("hidden_city_names", _hidden_city_names)


def _hidden_city_names() -> frozenset[str]:
    from twinning.partnerships.models import PartnerCityPage

    every = set(PartnerCityPage.objects.values_list("title", flat=True))
    public = set(
        visibility.public_pages(PartnerCityPage.objects.all()).values_list("title", flat=True)
    )
    return frozenset(every - public)


def enforce_visibility(docs: list[dict]) -> None:
    """The search index's gate (see ``search.services.register_gate``), two or four queries."""
    kinds = set(KINDS.values())
    ids = visibility.hidden_ids(d["object_id"] for d in docs if d.get("kind") in kinds)
    hidden = {str(i) for i in ids}
    for doc in docs:
        if doc.get("kind") in kinds and str(doc["object_id"]) in hidden:
            doc["live"] = False
    if not any(doc.get("partner_cities") for doc in docs):
        return
    names = hidden_city_names()
    if not names:
        return
    for doc in docs:
        cities = doc.get("partner_cities") or []
        if isinstance(cities, str):
            cities = [c.strip() for c in cities.split(",") if c.strip()]
        doc["partner_cities"] = [c for c in cities if c not in names]


def refresh_visibility(root: Page) -> None:
    """After ``root``'s section got or lost a view restriction (or moved): its pages' documents
    become searchable or not; public pages the index does not hold yet are indexed."""
    for model in searchable_models():
        kind = KINDS[model.__name__]
        ids = set(
            model.objects.descendant_of(root, inclusive=True).live().values_list("pk", flat=True)
        )
        if not ids:
            continue
        hidden = visibility.hidden_ids(ids)
        services.set_live(kind, hidden, False)
        public = ids - hidden
        services.set_live(kind, public, True)
        missing = {int(i) for i in public} - {int(i) for i in services.stored_ids(kind, public)}
        if missing:
            pages = batches.each(model.objects.filter(pk__in=missing))
            services.index_many(page.search_document() for page in pages)


def reindex_about_city(city_ids: list[int]) -> None:
    """Documents that name these partner cities, written again (a city went public or not)."""
    from twinning.events.models import EventPage
    from twinning.news.models import PressReleasePage

    for model in (PressReleasePage, EventPage):
        pages = batches.each(
            model.objects.live()
            .filter(partner_cities__in=city_ids)
            .distinct()
            .prefetch_related("partner_cities")
        )
        services.index_many(page.search_document() for page in pages)


def _is_city(page) -> bool:
    return type(page).__name__ == "PartnerCityPage"


@receiver(page_published)
def index_published(sender, instance, **kwargs) -> None:
    page = instance.specific
    if hasattr(page, "search_document"):
        services.index_document(**page.search_document())
    if _is_city(page):
        reindex_about_city([page.pk])


@receiver(page_unpublished)
def unindex_unpublished(sender, instance, **kwargs) -> None:
    page = instance.specific
    kind = KINDS.get(type(page).__name__)
    if kind:
        services.remove_document(kind, instance.pk)
    if _is_city(page):
        reindex_about_city([page.pk])


@receiver(pre_delete)
def city_about_to_go(sender, instance, **kwargs) -> None:
    """Releases and events about a deleted city name it no more (indexed once it is gone)."""
    if sender.__name__ != "PartnerCityPage":
        return
    from twinning.events.models import EventPage
    from twinning.news.models import PressReleasePage

    about = [
        (model, list(model.objects.filter(partner_cities=instance).values_list("pk", flat=True)))
        for model in (PressReleasePage, EventPage)
    ]

    def reindex() -> None:
        for model, ids in about:
            pages = batches.each(model.objects.live().filter(pk__in=ids))
            services.index_many(page.search_document() for page in pages)

    transaction.on_commit(reindex)


@receiver(post_delete)
def unindex_deleted(sender, instance, **kwargs) -> None:
    kind = KINDS.get(sender.__name__)
    if kind:
        services.remove_document(kind, instance.pk)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs) -> None:
    """A section that gets (or loses) a password, login or group restriction leaves (or
    rejoins) search, every cached page and the front cache at once."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return  # the page itself is being deleted; its documents go with it
    invalidate_pages()  # first: what is restricted is kept per generation (core.memo)
    refresh_visibility(page)
    frontcache.purge_for(page)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs) -> None:
    refresh_visibility(instance)
