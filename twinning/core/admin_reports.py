"""What the admin's report screens share: a permission to see them and a breadcrumb."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    """A report under "Berichte", shown to people with ``permission`` only."""

    permission = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]
