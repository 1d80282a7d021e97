from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "twinning.partnerships"
    label = "partnerships"
    verbose_name = _("Partnerschaften")

    def ready(self) -> None:
        from twinning.partnerships import signals  # noqa: F401
