from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "twinning.news"
    label = "news"
    verbose_name = _("Presse")

    def ready(self) -> None:
        from twinning.core import cache, frontcache, scheduling
        from twinning.news import lifecycle, tasks

        scheduling.register_due_handler(lifecycle.lift_embargoes)
        frontcache.register_collector(lifecycle.release_paths)
        cache.register_after_change(tasks.enqueue_archive_counts)
