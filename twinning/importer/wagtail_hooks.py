"""The import's place in the Wagtail admin: its URLs, its menu item and its permission."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from twinning.importer import views


@hooks.register("register_admin_urls")
def import_urls():
    return [
        path("import/", views.import_view, name="importer_import"),
        path("import/<int:pk>/", views.job_view, name="importer_job"),
        path("import/<int:pk>/importieren/", views.confirm_view, name="importer_confirm"),
        path("import/<int:pk>/verwerfen/", views.discard_view, name="importer_discard"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.may_import(request.user)


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return ImportMenuItem(
        _("Pressearchiv importieren"), reverse("importer_import"), icon_name="upload", order=900
    )


@hooks.register("register_permissions")
def import_permission():
    """Shown in the group editor, so a city can grant the import to any group it likes."""
    return Permission.objects.filter(content_type__app_label="importer", codename="run_import")
