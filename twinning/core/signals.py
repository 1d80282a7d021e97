"""Publishing anything public invalidates the whole-page cache; new sections get their roles."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from twinning.core import roles
from twinning.core.cache import invalidate_pages


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def pages_changed(sender, **kwargs) -> None:
    invalidate_pages()


@receiver(page_published)
def translations_follow(sender, instance, **kwargs) -> None:
    """A translation keeps the German page's partner cities and topics (``core.i18n``)."""
    from twinning.core.i18n import sync_relations

    sync_relations(instance)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs) -> None:
    """Deleting a live page takes it off every list without an unpublish signal."""
    if isinstance(instance, Page) and instance.live:
        invalidate_pages()


@receiver(post_save)
@receiver(post_delete)
def snippet_changed(sender, **kwargs) -> None:
    """Snippets and images appear on public pages too (topics, credits, settings).

    Renditions are left out: they are made while a page renders, and must not
    invalidate the page that is being cached.
    """
    if sender.__name__ in PUBLIC_MODELS:
        invalidate_pages()


PUBLIC_MODELS = {
    "Topic",
    "Person",
    "Organisation",
    "CityImage",
    "CitySettings",
    "Association",
    # Not shown, but deciding what is shown and where (``core.memo`` keeps them).
    "Site",
    "PageViewRestriction",
}


@receiver(post_save)
def section_page_created(sender, instance, created: bool, **kwargs) -> None:
    """A new section index page gets the roles' page permissions; the press archive its workflow."""
    if not created or kwargs.get("raw"):
        return
    key = (sender._meta.app_label, sender._meta.model_name)
    if key not in roles.SECTION_PERMISSIONS:
        return
    roles.grant_section_permissions(instance)
    if key == roles.PRESS_ARCHIVE:
        roles.ensure_press_workflow()


@receiver(page_published)
def untranslated_pages_wait(sender, instance, **kwargs) -> None:
    """A translation that wagtail-localize has just made from the German page, before anyone
    translated a word of it, stays a draft: readers of /en/ … would otherwise get German text
    marked as English, published by whoever asked for the translation (the approval rule)."""
    from twinning.core.i18n import hold_back_untranslated

    hold_back_untranslated(instance)
