"""Reads about events: coming ones, per partner city, the index and event pages, calendars."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, QueryDict
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page, Site

from twinning.core import i18n
from twinning.core.visibility import public_pages
from twinning.events.models import EventIndexPage, EventPage
from twinning.partnerships.models import PartnerCityPage
from twinning.partnerships.selectors import live_cities_among


def live_events() -> QuerySet[EventPage]:
    """Events readers may see (``core.visibility``), by start: the German pages; lists show
    each in the reader's language where it is translated (:func:`shown_events`)."""
    qs = public_pages(EventPage.objects.all())
    qs = i18n.in_locale(qs, i18n.locale_id(settings.LANGUAGE_CODE))
    return qs.order_by("start")


def shown_events(events: list[EventPage]) -> list[EventPage]:
    """Events in the reader's language where translated (with their cities), else German."""
    if not events or i18n.is_default():
        return events
    shown = i18n.localize(events, model=EventPage)
    swapped = [e for e, original in zip(shown, events, strict=True) if e is not original]
    if swapped:
        from django.db.models import prefetch_related_objects

        prefetch_related_objects(swapped, _cities_prefetch())
    return shown


def _cities_prefetch() -> Prefetch:
    cities = (
        public_pages(PartnerCityPage.objects.all())
        .only("pk", "title", "slug", "url_path", "path", "depth", "locale_id", "translation_key")
        .order_by("title")
    )
    return Prefetch("partner_cities", queryset=cities)


def with_cities(qs: QuerySet[EventPage]) -> QuerySet[EventPage]:
    return qs.prefetch_related(_cities_prefetch())


def coming_events(limit: int | None = None, city=None) -> list[EventPage]:
    qs = live_events().filter(end__gte=timezone.now())
    if city is not None:
        qs = qs.filter(partner_cities=city)
    qs = with_cities(qs)
    return shown_events(list(qs[:limit] if limit else qs))


def events_between(
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    city_slug: str | None = None,
) -> QuerySet[EventPage]:
    """Events that take place (at least partly) between two days, both included.

    Days are read in Europe/Berlin: an event counts for a day when it overlaps that day there.
    """
    qs = live_events()
    berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    if date_from:
        qs = qs.filter(end__gte=dt.datetime.combine(date_from, dt.time(0), tzinfo=berlin))
    if date_to:
        next_day = date_to + dt.timedelta(days=1)
        qs = qs.filter(start__lt=dt.datetime.combine(next_day, dt.time(0), tzinfo=berlin))
    if city_slug:
        qs = qs.filter(partner_cities__slug=city_slug).distinct()
    return with_cities(qs.select_related("exchange"))


def index_context(page: EventIndexPage, params: QueryDict) -> dict:
    past = params.get("vergangene") == "1"
    now = timezone.now()
    qs = with_cities(live_events())
    events = qs.filter(end__lt=now).order_by("-start") if past else qs.filter(end__gte=now)
    return {"events": shown_events(list(events[:200])), "show_past": past}


def event_json_ld(event: EventPage, request: HttpRequest | None, cities: list) -> dict:
    """schema.org Event with its Place, as search engines and calendars read it."""

    def absolute(url: str) -> str:
        return request.build_absolute_uri(url) if request is not None and url else url

    location: dict = {"@type": "Place", "name": event.place}
    if event.address:
        location["address"] = event.address
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": event.local_start.isoformat(),
        "endDate": event.local_end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": location,
        "url": absolute(event.url or ""),
    }
    description = strip_tags(event.description).strip()
    if description:
        data["description"] = description
    if cities:
        data["about"] = [
            {"@type": "City", "name": c.title, "url": absolute(c.url or "")} for c in cities
        ]
    if event.exchange_id and event.exchange and event.exchange.public:
        data["superEvent"] = {
            "@type": "Event",
            "name": event.exchange.title,
            "startDate": event.exchange.starts_on.isoformat(),
            "endDate": event.exchange.ends_on.isoformat(),
        }
    return data


def event_context(event: EventPage, request: HttpRequest | None = None) -> dict:
    cities = i18n.localize(
        list(
            live_cities_among(event.partner_cities)
            .only("pk", "title", "url_path", "path", "depth", "locale_id", "translation_key")
            .order_by("title")
        ),
        model=PartnerCityPage,
    )
    exchange = event.exchange if event.exchange_id else None
    exchange_releases: list = []
    exchange_url = ""
    if exchange is not None and exchange.public:
        from twinning.news.selectors import live_releases

        exchange_releases = list(
            live_releases()
            .filter(exchanges=exchange)
            .only("pk", "title", "url_path", "path", "depth", "published_at")
        )
        home_city = next(iter(cities), None) or public_pages(exchange.partner_cities.all()).first()
        if home_city is not None:
            exchange_url = f"{home_city.url}#begegnung-{exchange.slug}"
    else:
        exchange = None
    return {
        "event_cities": cities,
        "exchange": exchange,
        "exchange_url": exchange_url,
        "exchange_releases": exchange_releases,
        "json_ld_data": event_json_ld(event, request, cities),
    }


# Calendars ----------------------------------------------------------------------------------


def page_for_path(request: HttpRequest, path: str) -> Page | None:
    """The live public page at ``path`` (relative to the site root), as its specific type."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    url_path = i18n.localized(site.root_page).url_path + path
    return public_pages(Page.objects.filter(url_path=url_path)).specific().first()


def calendar_for(page: Page) -> tuple[str, list[EventPage]] | None:
    """The calendar a page offers as iCalendar: its own event, or the events it lists.

    The index and each partner city offer their coming events; an event page itself.
    """
    if isinstance(page, EventPage):
        return page.title, list(with_cities(live_events().filter(pk=page.pk)))
    if isinstance(page, EventIndexPage):
        return page.title, coming_events()
    if isinstance(page, PartnerCityPage):
        return page.title, coming_events(city=page)
    return None
