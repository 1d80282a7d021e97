from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "twinning.events"
    label = "events"
    verbose_name = _("Termine")

    def ready(self) -> None:
        from twinning.core import frontcache
        from twinning.events.frontcache import event_paths

        frontcache.register_collector(event_paths)
