"""Changed exchanges refresh cached pages."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from twinning.core.cache import invalidate_pages
from twinning.partnerships.models import Exchange, ParticipantCount, ProgrammeItem


@receiver(post_save, sender=Exchange)
@receiver(post_delete, sender=Exchange)
@receiver(post_save, sender=ParticipantCount)
@receiver(post_delete, sender=ParticipantCount)
@receiver(post_save, sender=ProgrammeItem)
@receiver(post_delete, sender=ProgrammeItem)
def exchange_changed(sender, **kwargs) -> None:
    """Partner-city timelines and event pages show exchanges, so cached pages must go."""
    invalidate_pages()


@receiver(m2m_changed, sender=Exchange.partner_cities.through)
@receiver(m2m_changed, sender=Exchange.press_releases.through)
def exchange_links_changed(sender, **kwargs) -> None:
    invalidate_pages()
