"""iCalendar URLs: ``kalender.ics`` after any page's URL, e.g. /termine/kalender.ics.

Wagtail's page URLs allow no dot, so these are plain Django routes placed before Wagtail's
catch-all; the page is then found by its path, whatever slugs a city gives its sections.
"""

from django.urls import re_path

from twinning.events import views

urlpatterns = [
    re_path(r"^(?P<path>(?:[\w\-]+/)*)kalender\.ics$", views.calendar, name="events_calendar"),
]
