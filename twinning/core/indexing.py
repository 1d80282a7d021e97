"""Keeps the search index in step with publishing, for every page type that can be found.

A page type takes part by defining ``search_document()``; this module needs to know nothing
else about it. Imports and generated benchmark data use ``search.services.index_many`` directly.
"""

from __future__ import annotations

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

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
            pages = model.objects.live().public().iterator(chunk_size=500)
            return (page.search_document() for page in pages)

        services.register_provider(KINDS[model.__name__], provider)


@receiver(page_published)
def index_published(sender, instance, **kwargs) -> None:
    page = instance.specific
    if hasattr(page, "search_document"):
        services.index_document(**page.search_document())


@receiver(page_unpublished)
def unindex_unpublished(sender, instance, **kwargs) -> None:
    kind = KINDS.get(type(instance.specific).__name__)
    if kind:
        services.remove_document(kind, instance.pk)


@receiver(post_delete)
def unindex_deleted(sender, instance, **kwargs) -> None:
    kind = KINDS.get(sender.__name__)
    if kind:
        services.remove_document(kind, instance.pk)
