"""New section pages (press archive, partner cities, events) get the editor groups' permissions."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page

from twinning.partnerships import services


@receiver(post_save)
def section_page_created(sender, instance, created: bool, **kwargs) -> None:
    if not created or kwargs.get("raw") or not isinstance(instance, Page):
        return
    key = (sender._meta.app_label, sender._meta.model_name)
    if key in services.SECTION_PERMISSIONS:
        services.grant_section_permissions(instance)
