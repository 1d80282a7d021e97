"""Events as iCalendar (RFC 5545), written with the ``icalendar`` library.

Times are written in the event's own zone with a TZID and the matching VTIMEZONE, so that an
evening in Charlotte stays an evening in Charlotte in every calendar, and shows at the right
hour in Krefeld too.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from twinning.core.text import clean_line, clean_text

PRODID = "-//Twinning//Städtepartnerschaften//DE"


def event_component(event, absolute_url, host: str) -> Event:
    component = Event()
    component.add("uid", f"event-{event.pk}@{host}")
    component.add("dtstamp", (event.last_published_at or timezone.now()).astimezone(dt.UTC))
    component.add("dtstart", event.local_start)
    component.add("dtend", event.local_end)
    # Text is cleaned again here, for rows stored before it was cleaned on the way in: a
    # control character or a bare line break would end the content line. Summary and
    # location are one line; icalendar escapes the description's line breaks itself.
    component.add("summary", clean_line(event.title))
    location = ", ".join(clean_line(part) for part in (event.place, event.address) if part)
    if location:
        component.add("location", location)
    description = clean_text(strip_tags(event.description)).strip()
    if description:
        component.add("description", description)
    cities = [clean_line(c.title) for c in event.partner_cities.all()]
    if cities:
        component.add("categories", cities)
    if event.url:
        component.add("url", absolute_url(event.url))
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(dt.UTC))
    return component


def build_calendar(name: str, events, absolute_url, host: str) -> bytes:
    """One VCALENDAR with a VEVENT per event and a VTIMEZONE for each zone they use."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", clean_line(name))
    for event in events:
        calendar.add_component(event_component(event, absolute_url, host))
    if events:
        years = [e.start.year for e in events] + [e.end.year for e in events]
        calendar.add_missing_timezones(
            first_date=dt.date(min(years) - 1, 1, 1), last_date=dt.date(max(years) + 2, 1, 1)
        )
    return calendar.to_ical()
