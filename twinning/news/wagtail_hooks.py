"""Admin hooks of the press archive: bulk publishing keeps the credit rule; overdue schedules show."""

from __future__ import annotations

from django.shortcuts import redirect
from laces.components import Component
from wagtail import hooks
from wagtail.admin import messages

from twinning.core.scheduling import overdue_revisions
from twinning.news.credits import missing_credit_message, uncredited_images


@hooks.register("before_bulk_action")
def refuse_bulk_publish_with_uncredited_photos(
    request, action_type, objects, action_class_instance
):
    """Publish none of the selected pages while one of them shows a photo without credit."""
    if action_type != "publish":
        return None
    missing = []
    for obj in objects:
        page = obj.specific
        if hasattr(page, "guard_credits"):
            latest = page.get_latest_revision_as_object()
            missing += uncredited_images(
                latest.lead_image if latest.lead_image_id else None, latest.body
            )
    if not missing:
        return None
    messages.error(request, missing_credit_message(list({img.pk: img for img in missing}.values())))
    return redirect(request.GET.get("next") or "wagtailadmin_explore_root")


class OverduePublicationsPanel(Component):
    """Scheduled pages whose time has passed but which are not live, with the reason, if any."""

    name = "overdue_publications"
    template_name = "core/admin/overdue_panel.html"
    order = 50

    def __init__(self, overdue: list):
        self.overdue = overdue

    def get_context_data(self, parent_context=None) -> dict:
        return {"overdue": self.overdue}


@hooks.register("construct_homepage_panels")
def add_overdue_panel(request, panels: list) -> None:
    if not request.user.has_perm("wagtailadmin.access_admin"):
        return
    overdue = overdue_revisions()
    if overdue:
        panels.insert(0, OverduePublicationsPanel(overdue))
