"""Where an event shows besides its own page, for purging a front cache on publish."""

from __future__ import annotations

from wagtail.models import Page

CALENDAR = "kalender.ics"


def event_paths(page: Page) -> list[str]:
    """The event's calendar file, its index with calendar, and its partner cities with theirs."""
    from twinning.events.models import EventPage

    if not isinstance(page, EventPage):
        return []
    paths = [f"{page.url}{CALENDAR}" if page.url else ""]
    parent = page.get_parent()
    if parent is not None and parent.url:
        paths.append(f"{parent.url}{CALENDAR}")
    for city in page.partner_cities.all():
        if city.url:
            paths += [city.url, f"{city.url}{CALENDAR}"]
    return paths
