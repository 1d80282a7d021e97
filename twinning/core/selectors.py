"""Reads shared by every page: the home page."""

from __future__ import annotations


def home_context(page) -> dict:
    from twinning.events.selectors import coming_events
    from twinning.news.selectors import latest_releases
    from twinning.partnerships.selectors import live_cities, partner_map

    cities = list(live_cities())
    return {
        "latest_releases": latest_releases(6),
        "coming_events": coming_events(4),
        "cities": cities,
        "partner_map": partner_map(cities, page),
    }
