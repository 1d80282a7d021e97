"""Two Content-Security-Policies: the strict one for readers, the one Wagtail's editor needs.

Public pages allow our own origin only and no inline code (privacy and XSS defence for every
reader). Wagtail's admin still renders inline scripts and style attributes (widget set-up, the
chooser's data, Stimulus controllers configured inline), which that policy blocks, so that
choosers, date pickers and inline panels stop working. The admin therefore gets the public policy
plus ``'unsafe-inline'`` for scripts and styles and ``blob:`` images (upload previews), and
nothing from other hosts. The admin is only reachable after logging in, where the content
comes from the city's own editors.
"""

from __future__ import annotations

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.http import HttpRequest, HttpResponseBase

ADMIN_PREFIX = "/admin/"

ADMIN_POLICY_CHANGES = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
}


def is_admin_request(request: HttpRequest) -> bool:
    return request.path.startswith(ADMIN_PREFIX)


class SectionCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy for requests under ``/admin/``."""

    def get_policy_parts(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        report_only: bool = False,
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and is_admin_request(request):
            parts.replace = {**ADMIN_POLICY_CHANGES, **(parts.replace or {})}
        return parts
