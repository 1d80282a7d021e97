from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from twinning.importer import views


@hooks.register("register_admin_urls")
def import_urls():
    return [path("import/", views.import_view, name="importer_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.may_import(request.user)


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return ImportMenuItem(
        _("Pressearchiv importieren"), reverse("importer_import"), icon_name="upload", order=900
    )
