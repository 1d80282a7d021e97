"""Admin hooks of the press archive: bulk publishing keeps the credit rule."""

from __future__ import annotations

from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin import messages

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
