"""iCalendar downloads: one event, all coming events, the events of one partner city."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.text import slugify

from twinning.events import selectors
from twinning.events.ical import build_calendar


def calendar(request: HttpRequest, path: str) -> HttpResponse:
    """``<page url>kalender.ics`` for every page that offers a calendar (see selectors)."""
    page = selectors.page_for_path(request, path)
    found = selectors.calendar_for(page) if page is not None else None
    if found is None:
        raise Http404("Kein Kalender für diese Seite")
    name, events = found
    body = build_calendar(name, events, request.build_absolute_uri, request.get_host())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    filename = slugify(page.slug or name) or "kalender"
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response
