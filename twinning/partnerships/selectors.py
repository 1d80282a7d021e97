"""Reads about partner cities: lists, name groups for linking and search, page contexts."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone

from twinning.partnerships.map import render_map
from twinning.partnerships.models import PartnerCityIndexPage, PartnerCityPage


def live_cities() -> QuerySet[PartnerCityPage]:
    return PartnerCityPage.objects.live().public().select_related("image").order_by("title")


def city_name_groups() -> list[list[str]]:
    """All names of each partner city (German, local, exonyms), for search and the importer."""
    rows = PartnerCityPage.objects.values_list("title", "local_name", "exonyms")
    groups = []
    for title, local_name, exonyms in rows:
        names = [title, local_name, *exonyms.split(",")]
        group: list[str] = []
        for name in (n.strip() for n in names):
            if name and name not in group:
                group.append(name)
        groups.append(group)
    return groups


def index_context(page: PartnerCityIndexPage) -> dict:
    cities = list(live_cities())
    today = timezone.localdate()
    upcoming = []
    for city in cities:
        anniversary = city.anniversary(today)
        if anniversary and anniversary.on.year <= today.year + 2:
            upcoming.append((anniversary, city))
    upcoming.sort(key=lambda pair: pair[0].on)
    return {
        "cities": cities,
        "partner_map": render_map(cities),
        "upcoming_anniversaries": upcoming,
    }


def city_context(city: PartnerCityPage) -> dict:
    from twinning.events.selectors import coming_events
    from twinning.news.selectors import live_releases, teaser_cards

    releases = teaser_cards(live_releases().filter(partner_cities=city))
    return {
        "anniversary": city.anniversary(),
        "city_releases": list(releases[:6]),
        "city_release_count": releases.count(),
        "associations": list(city.associations.all()),
        "city_events": coming_events(5, city=city),
    }
