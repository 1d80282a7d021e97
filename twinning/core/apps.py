from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "twinning.core"
    label = "core"
    verbose_name = _("Kern")

    def ready(self) -> None:
        # bookkeeping registers the log actions of bulk writes with Wagtail's hooks.
        from twinning.core import bookkeeping, indexing, signals  # noqa: F401

        indexing.register_providers()
