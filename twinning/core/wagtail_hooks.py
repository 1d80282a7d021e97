"""Admin hooks of the core app; each concern registers in its own clearly named function."""

from __future__ import annotations

from django.templatetags.static import static
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from twinning.core.image_library import CityImageIndexView, chooser_viewset


@hooks.register("register_admin_urls", order=-1)
def register_image_library_with_credit_filter() -> list[URLPattern]:
    """Serve the image library and chooser listings with the credit filter at Wagtail's paths.

    Wagtail 8 has no setting or viewset to replace the image listing's filters, so these
    patterns come before Wagtail's own (``order=-1``) for the same paths; Wagtail's URL
    names (``wagtailimages:index``, ``wagtailimages_chooser:choose`` …) still reverse to
    these paths, so every link and the chooser's JavaScript reach our views.
    """
    return [
        path("images/", CityImageIndexView.as_view(), name="twinning_images_index"),
        path(
            "images/results/",
            CityImageIndexView.as_view(results_only=True),
            name="twinning_images_index_results",
        ),
        path(
            "images/chooser/",
            chooser_viewset.choose_view,
            name="twinning_images_chooser",
        ),
        path(
            "images/chooser/results/",
            chooser_viewset.choose_results_view,
            name="twinning_images_chooser_results",
        ),
    ]


@hooks.register("before_serve_page")
def declare_query_params(page, request, serve_args, serve_kwargs) -> None:
    """A page type names the query parameters it reads in ``cache_query_params``; the page
    cache keys on those and drops every other (see ``core.cache``)."""
    from twinning.core.cache import use_query_params

    use_query_params(request, getattr(type(page), "cache_query_params", ()))


@hooks.register("insert_global_admin_css")
def image_library_credit_css() -> SafeString:
    """Lines up the image tiles that now carry credit lines; global, as the chooser is a modal."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-images.css"))


@hooks.register("register_admin_urls")
def register_lockout_screen() -> list[URLPattern]:
    """Administrators lift login and page-password locks here (see ``core.throttling``)."""
    from twinning.core import throttling

    return [
        path("anmeldesperren/", throttling.lockouts_view, name="twinning_lockouts"),
        path(
            "anmeldesperren/<int:attempt_id>/aufheben/",
            throttling.unlock_view,
            name="twinning_unlock",
        ),
    ]


class LockoutMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        from twinning.core.throttling import UNLOCK_PERMISSION

        return request.user.has_perm(UNLOCK_PERMISSION)


@hooks.register("register_settings_menu_item")
def register_lockout_menu_item() -> MenuItem:
    return LockoutMenuItem(
        _("Gesperrte Anmeldungen"), reverse("twinning_lockouts"), icon_name="lock", order=900
    )


@hooks.register("register_admin_urls")
def register_translation_status() -> list[URLPattern]:
    """Which translations are missing or behind their German page (see
    ``core.translation_status``)."""
    from twinning.core.translation_status import TranslationStatusView

    return [
        path(
            "berichte/uebersetzungen/",
            TranslationStatusView.as_view(),
            name="twinning_translation_status",
        )
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        from twinning.core.translation_status import PERMISSION

        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def translation_status_menu_item() -> MenuItem:
    return TranslationStatusMenuItem(
        _("Übersetzungen"), reverse("twinning_translation_status"), icon_name="globe", order=60
    )
