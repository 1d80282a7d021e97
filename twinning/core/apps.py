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

        from django.db.models.signals import post_migrate

        from twinning.core import i18n

        i18n.keep_locales()
        post_migrate.connect(i18n.create_locales, sender=self, dispatch_uid="twinning_locales")

        from twinning.core import roles

        post_migrate.connect(
            roles.refresh_after_migrate, sender=self, dispatch_uid="twinning_roles"
        )

        from twinning.core import text

        text.connect()  # every save of our models cleans its text of control characters

        from django.db.backends.signals import connection_created

        from twinning.core.resilience import protect_sqlite_file

        connection_created.connect(protect_sqlite_file, dispatch_uid="twinning_protect_sqlite_file")
