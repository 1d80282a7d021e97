"""Turns a refused publication in the admin into the credit message instead of a server error.

Approving in the workflow (from the editor, the dashboard or a modal), bulk publishing and
reverting all reach ``PressReleasePage.save`` through Wagtail's own views, which do not expect
a ``ValidationError``. Whatever the path, the editor lands on the release's edit view with the
same German message naming and linking each image; the action's transaction was rolled back.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from wagtail.admin import messages
from wagtail.admin.modal_workflow import render_modal_workflow

from twinning.core.csp import is_admin_request
from twinning.news.credits import MissingCredit


class CreditRefusalMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, MissingCredit) or not is_admin_request(request):
            return None
        messages.error(request, exception.messages[0])
        if exception.page_id:
            target = redirect("wagtailadmin_pages:edit", exception.page_id).url
        else:
            target = request.META.get("HTTP_REFERER") or redirect("wagtailadmin_home").url
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's workflow modals expect a JSON step; "success" makes them go to ``redirect``.
            return render_modal_workflow(
                request, "", None, {}, json_data={"step": "success", "redirect": target}
            )
        return redirect(target)
