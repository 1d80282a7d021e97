"""Admin for partnerships: exchanges as snippets, the anniversary panel, reports, deletion guard."""

from __future__ import annotations

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from laces.components import Component
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from twinning.partnerships import admin_views, services
from twinning.partnerships.models import Exchange, PartnerCityPage
from twinning.partnerships.selectors import coming_anniversaries


class ExchangeViewSet(SnippetViewSet):
    model = Exchange
    icon = "group"
    menu_label = _("Begegnungen")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "starts_on", "ends_on", "kind", "direction"]
    list_filter = ["kind", "direction", "partner_cities"]
    ordering = ["-starts_on"]


register_snippet(ExchangeViewSet)


class AnniversariesPanel(Component):
    """Coming partnership anniversaries on the dashboard, so the press office can plan."""

    name = "partnership_anniversaries"
    template_name = "partnerships/admin/anniversaries_panel.html"
    order = 90

    def get_context_data(self, parent_context=None) -> dict:
        return {"anniversaries": coming_anniversaries()}


@hooks.register("construct_homepage_panels")
def add_anniversaries_panel(request, panels: list) -> None:
    panels.append(AnniversariesPanel())


class ReportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(admin_views.REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def report_urls() -> list:
    return [
        path(
            "berichte/begegnungen/",
            admin_views.ExchangeReportView.as_view(),
            name="partnerships_report",
        ),
        path("berichte/begegnungen.csv", admin_views.report_csv, name="partnerships_report_csv"),
        path("berichte/begegnungen.xlsx", admin_views.report_xlsx, name="partnerships_report_xlsx"),
    ]


@hooks.register("register_reports_menu_item")
def report_menu_item() -> MenuItem:
    """Under Wagtail's "Berichte", beside the reports it brings itself."""
    return ReportMenuItem(
        _("Begegnungen für Förderanträge"),
        reverse("partnerships_report"),
        icon_name="table",
        order=50,
    )


def refuse_deletion(request, pages: list):
    message = services.deletion_refusal(pages)
    if message is None:
        return None
    messages.error(request, message)
    page = pages[0]
    target = page if isinstance(page.specific, PartnerCityPage) else None
    if target is not None:
        return redirect("wagtailadmin_pages:edit", target.pk)
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_delete_page")
def keep_cities_with_records(request, page):
    """A partner city that exchanges or releases refer to is not deleted, nor its index."""
    return refuse_deletion(request, [page])


@hooks.register("before_bulk_action")
def keep_cities_with_records_in_bulk(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects or not hasattr(objects[0], "get_descendants"):
        return None
    return refuse_deletion(request, list(objects))
