"""The admin's autocomplete endpoints (wagtail-autocomplete), bounded and limited to opted-in models.

The package's own admin URLs search *any* installed model named in the request (users too) and
return as many rows as the request asks for. Ours serve only models that say how they are
searched (``autocomplete_search_field``: people, organisations, partner cities, press releases),
only live pages among pages (the package's rule), and never more than ``SEARCH_LIMIT`` rows, so
that a search stays fast and small with 100,000 press releases. Who may search is Wagtail's own
rule for its choosers: anyone who may enter the admin.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import path
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.auth import require_admin_access
from wagtailautocomplete import views as package_views

SEARCH_LIMIT = 20


def searchable_model(label: str) -> type[Model] | None:
    """The model named by ``label`` if it opted in to admin autocomplete, else None."""
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return None
    return model if getattr(model, "autocomplete_search_field", None) else None


def bounded_limit(raw: str | None) -> int:
    """The caller's ``limit`` within 1…SEARCH_LIMIT; the widget sends none and gets the maximum."""
    try:
        wanted = int(raw) if raw else SEARCH_LIMIT
    except ValueError:
        return SEARCH_LIMIT
    return max(1, min(wanted, SEARCH_LIMIT))


@require_admin_access
@require_POST
def search(request: HttpRequest) -> HttpResponse:
    """What the widget asks while an editor types: at most ``SEARCH_LIMIT`` matches."""
    if searchable_model(request.POST.get("type", "")) is None:
        return HttpResponseBadRequest()
    params = request.POST.copy()
    params["limit"] = str(bounded_limit(params.get("limit")))
    request.POST = params
    return package_views.search(request, public=False)


@require_admin_access
@require_GET
def objects(request: HttpRequest) -> HttpResponse:
    """Labels for chosen keys (the widget asks only when told to fetch its initial values)."""
    if searchable_model(request.GET.get("type", "")) is None:
        return HttpResponseBadRequest()
    if len(request.GET.get("pks", "").split(",")) > SEARCH_LIMIT * 5:
        return HttpResponseBadRequest()
    return package_views.objects(request, public=False)


# The widget's script posts to "<admin home>autocomplete/search/", so these URLs sit under the
# admin's prefix and must come before Wagtail's admin URLs. No "create/": nothing is made from
# the widget.
urlpatterns = [
    path("search/", search, name="search"),
    path("objects/", objects, name="objects"),
]
app_name = "autocomplete"
