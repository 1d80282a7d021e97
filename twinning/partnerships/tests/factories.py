"""Test data for exchanges, events and editors, built in code on top of ``conftest.SiteTree``."""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo

from django.contrib.auth import get_user_model

from twinning.events.models import EventPage
from twinning.partnerships.models import Exchange, ParticipantCount, ProgrammeItem
from twinning.partnerships.services import ensure_editor_groups

_counter = itertools.count(1)


def make_exchange(
    title: str,
    starts_on: dt.date,
    ends_on: dt.date,
    cities: list,
    participants: list[tuple[str, str, int]] = (),
    programme: list[dict] = (),
    releases: list = (),
    **fields,
) -> Exchange:
    n = next(_counter)
    exchange = Exchange(
        title=title,
        slug=fields.pop("slug", f"begegnung-{n}"),
        starts_on=starts_on,
        ends_on=ends_on,
        kind=fields.pop("kind", "delegation"),
        direction=fields.pop("direction", "incoming"),
        **fields,
    )
    exchange.partner_cities = list(cities)
    exchange.press_releases = list(releases)
    exchange.participants = [
        ParticipantCount(country_code=c, group=g, count=k) for c, g, k in participants
    ]
    exchange.programme = [ProgrammeItem(**item) for item in programme]
    exchange.save()
    return exchange


def make_event(
    tree,
    title: str,
    start: dt.datetime,
    end: dt.datetime,
    tz: str = "Europe/Berlin",
    cities: list = (),
    exchange: Exchange | None = None,
    **fields,
) -> EventPage:
    zone = zoneinfo.ZoneInfo(tz)
    page = EventPage(
        title=title,
        start=start.replace(tzinfo=zone) if start.tzinfo is None else start,
        end=end.replace(tzinfo=zone) if end.tzinfo is None else end,
        timezone=tz,
        place=fields.pop("place", "Rathaus"),
        exchange=exchange,
        **fields,
    )
    page.partner_cities = list(cities)
    tree.events.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def editor(group_name: str, username: str | None = None):
    """A staff user who is only in ``group_name`` (as the city's editors are)."""
    groups = ensure_editor_groups()
    user = get_user_model().objects.create_user(
        username or f"user{next(_counter)}", password="geheim-123", is_staff=True
    )
    user.groups.add(groups[group_name])
    return user
