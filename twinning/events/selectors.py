"""Reads about events: coming ones, per partner city, the index page."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import QueryDict
from django.utils import timezone

from twinning.events.models import EventIndexPage, EventPage


def live_events() -> QuerySet[EventPage]:
    return EventPage.objects.live().public().order_by("start")


def coming_events(limit: int | None = None, city=None) -> list[EventPage]:
    qs = live_events().filter(end__gte=timezone.now())
    if city is not None:
        qs = qs.filter(partner_cities=city)
    qs = qs.prefetch_related("partner_cities")
    return list(qs[:limit] if limit else qs)


def index_context(page: EventIndexPage, params: QueryDict) -> dict:
    past = params.get("vergangene") == "1"
    now = timezone.now()
    qs = live_events().prefetch_related("partner_cities")
    events = qs.filter(end__lt=now).order_by("-start") if past else qs.filter(end__gte=now)
    return {"events": list(events[:200]), "show_past": past}
