"""Demo exchanges and events from ``core.demo.content``; the demo loader calls this when present.

Idempotent like the rest of the demo: records are found by slug, and a second run creates
nothing.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable

from django.utils.html import escape
from wagtail.models import Page

from twinning.core.demo import content
from twinning.events.models import EventPage
from twinning.partnerships.models import (
    Exchange,
    ParticipantCount,
    PartnerCityPage,
    ProgrammeItem,
)


def local(value: str, tz: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=zoneinfo.ZoneInfo(tz))


def programme_item(item: dict) -> ProgrammeItem:
    start = dt.datetime.fromisoformat(item["start"])
    end = dt.datetime.fromisoformat(item["end"])
    return ProgrammeItem(
        title=item["title"],
        date=start.date(),
        start_time=start.time(),
        end_date=end.date() if end.date() != start.date() else None,
        end_time=end.time(),
        timezone=item.get("timezone", "Europe/Berlin"),
        place=item.get("place", ""),
    )


def ensure_exchanges(cities: dict[str, PartnerCityPage], snippets: dict) -> dict[str, Exchange]:
    from twinning.news.models import PressReleasePage

    exchanges = {}
    for e in content.EXCHANGES:
        exchange = Exchange.objects.filter(slug=e["slug"]).first()
        if exchange is None:
            exchange = Exchange(
                slug=e["slug"],
                title=e["title"],
                kind=e["kind"],
                direction=e["direction"],
                starts_on=dt.date.fromisoformat(e["starts_on"]),
                ends_on=dt.date.fromisoformat(e["ends_on"]),
                places=e.get("places", ""),
                description=e.get("description", ""),
                funding=e.get("funding", ""),
            )
            exchange.partner_cities = [cities[s] for s in e["partner_cities"] if s in cities]
            exchange.topics = [
                snippets["topics"][s] for s in e.get("topics", []) if s in snippets["topics"]
            ]
            exchange.press_releases = list(
                PressReleasePage.objects.filter(slug__in=e.get("press_releases", []))
            )
            exchange.participants = [
                ParticipantCount(country_code=p["country_code"], group=p["group"], count=p["count"])
                for p in e.get("participants", [])
            ]
            exchange.programme = [programme_item(item) for item in e.get("programme", [])]
            exchange.full_clean()
            exchange.save()
        exchanges[e["slug"]] = exchange
    return exchanges


def ensure_events(
    events_index: Page, cities: dict[str, PartnerCityPage], exchanges: dict[str, Exchange]
) -> int:
    created = 0
    for e in content.EVENTS:
        if EventPage.objects.filter(slug=e["slug"]).exists():
            continue
        page = EventPage(
            title=e["title"],
            slug=e["slug"],
            start=local(e["start"], e["timezone"]),
            end=local(e["end"], e["timezone"]),
            timezone=e["timezone"],
            place=e["place"],
            address=e.get("address", ""),
            description="".join(f"<p>{escape(p)}</p>" for p in e.get("description", [])),
            exchange=exchanges.get(e.get("exchange") or ""),
        )
        page.partner_cities = [cities[s] for s in e["partner_cities"] if s in cities]
        events_index.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    return created


def load_events_and_exchanges(
    events_index: Page, cities: dict, snippets: dict, log: Callable[[str], None]
) -> dict:
    before = Exchange.objects.count()
    exchanges = ensure_exchanges(cities, snippets)
    exchanges_created = Exchange.objects.count() - before
    log(f"{exchanges_created} Begegnungen neu angelegt.")
    events_created = ensure_events(events_index, cities, exchanges)
    log(f"{events_created} Termine neu angelegt.")
    return {"exchanges_created": exchanges_created, "events_created": events_created}
