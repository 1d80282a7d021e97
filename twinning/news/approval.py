"""The press office's approval task: four eyes, and never an uncredited photo.

Wagtail's group approval task lets any member of the group approve, including the person who
submitted the release, and approving publishes without the admin form's checks. This task
keeps Wagtail's workflow (history, comments, notifications, dashboard) and adds two rules.
https://docs.wagtail.org/en/stable/extending/custom_tasks.html
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask

from twinning.news.credits import check_credits


def submitted_by(obj, user) -> bool:
    state = getattr(obj, "current_workflow_state", None)
    return state is not None and state.requested_by_id == user.pk


class PressApprovalTask(GroupApprovalTask):
    """Approval by a member of "Pressestelle – Freigabe" other than the one who submitted."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if submitted_by(obj, user):
            # Four eyes: whoever submitted may still withdraw or be rejected, not approve.
            return [action for action in actions if not action[0].startswith("approve")]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name.startswith("approve"):
            page = task_state.workflow_state.content_object
            if submitted_by(page, user):
                raise PermissionDenied
            check_credits(task_state.revision.as_object().specific)
        return super().on_action(task_state, user, action_name, **kwargs)

    class Meta:
        verbose_name = _("Freigabe durch die Pressestelle (vier Augen)")
        verbose_name_plural = _("Freigaben durch die Pressestelle (vier Augen)")
