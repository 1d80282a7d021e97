"""Every public page type answers in a bounded number of SQL queries, whatever the archive size.

Measured as a reader meets the site between two publishes: the page cache off, the facts kept
per generation (``core.memo``) already read by an earlier visit. The same page with 10 and with
200 releases, and a release naming seven partner cities, runs the same number of queries, at
most ``MOST``.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from twinning.conftest import BERLIN, make_image
from twinning.events.models import EventPage
from twinning.news.models import Topic
from twinning.news.services import ReleaseData, bulk_create_releases

MOST = 10
CITIES = ["Venlo", "Leiden", "Charlotte", "Dünkirchen", "Leicester", "Kayseri", "Uljanowsk"]


@pytest.fixture
def site(site_tree, settings):
    settings.PAGE_CACHE_SECONDS = 0
    cities = [
        site_tree.city(name, slug=name.lower().replace("ü", "ue"), country="X", country_code="NL")
        for name in CITIES
    ]
    topics = [Topic.objects.create(name=n, slug=n.lower()) for n in ("Kultur", "Jugend")]
    photo = make_image()
    release = site_tree.release(
        "Sieben Partnerstädte beim Fest", cities=cities, topics=topics, image=photo
    )
    start = dt.datetime(2031, 6, 1, 10, tzinfo=BERLIN)
    event = EventPage(
        title="Sommerfest", start=start, end=start + dt.timedelta(hours=3), place="Markt"
    )
    event.partner_cities = cities[:3]
    event.live = False
    site_tree.events.add_child(instance=event)
    event.save_revision().publish()

    def add_releases(n: int, offset: int) -> None:
        bulk_create_releases(
            site_tree.archive,
            [
                ReleaseData(
                    title=f"Meldung {offset + i} über die Partnerschaft",
                    published_at=dt.datetime(2020 + i % 5, 1 + i % 12, 3, tzinfo=BERLIN),
                    body=[{"type": "paragraph", "value": "<p>Ein Satz über Venlo.</p>"}],
                    body_text="Ein Satz über Venlo.",
                    lead_image=photo,
                    partner_city_ids=[cities[i % 7].pk, cities[(i + 1) % 7].pk],
                    topic_ids=[topics[i % 2].pk],
                )
                for i in range(n)
            ],
        )

    venlo = cities[0]
    return {
        "add_releases": add_releases,
        "paths": {
            "home": "/",
            "archive": "/presse/",
            "archive filtered": f"/presse/?partnerstadt={venlo.slug}&thema=kultur&jahr=2021",
            "archive page 2": "/presse/?seite=2",
            "release with 7 cities": release.url,
            "partner-city index": "/partnerstaedte/",
            "partner city": venlo.url,
            "events": "/termine/",
            "event": event.url,
            "feed": "/feeds/presse/rss/",
            "api list": "/api/v1/press-releases/",
        },
    }


def queries_per_page(client, paths: dict[str, str]) -> dict[str, int]:
    counts = {}
    for name, path in paths.items():
        client.get(path)  # an earlier reader: renditions made, kept facts read
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        assert response.status_code == 200, name
        counts[name] = len(captured.captured_queries)
    return counts


def test_every_page_type_runs_the_same_few_queries_with_10_and_200_releases(client, site):
    site["add_releases"](10, 0)
    small = queries_per_page(client, site["paths"])
    site["add_releases"](190, 10)
    large = queries_per_page(client, site["paths"])

    assert large == small
    too_many = {name: n for name, n in large.items() if n > MOST}
    assert too_many == {}


def test_the_archive_counts_come_from_the_kept_facets_and_match_the_releases(client, site):
    site["add_releases"](40, 0)
    body = client.get("/presse/?partnerstadt=venlo").content.decode()
    # Releases i with i % 7 in (0, 6) name Venlo: 11 of 40, plus the one naming all seven.
    assert "12 Meldungen" in body, re.findall(r"\d+ Meldung\w*", body)
    body = client.get("/presse/?partnerstadt=venlo&thema=kultur&jahr=2020").content.decode()
    # Kultur is even i, 2020 is i % 5 == 0, so i % 10 == 0 and i % 7 in (0, 6): i = 0, 20.
    assert "2 Meldungen" in body
    body = client.get("/presse/?partnerstadt=gibt-es-nicht").content.decode()
    assert "41 Meldungen" in body and "gibt-es-nicht" not in body


def test_pages_in_english_stay_within_the_bound(client, site, site_tree):
    """The same bound for the English pages: the translated tree, a release naming seven cities
    (shown with their English pages where there are some) and the German fallbacks."""
    from wagtail.models import Locale, Page

    from twinning.core.demo.translate import translate_page

    english = Locale.objects.get(language_code="en")

    def translate(page, slug: str, title: str):
        return translate_page(page.specific, english, {page.title: title}, slug)

    translate(site_tree.home, "home", "Twin towns")
    translate(site_tree.archive, "press", "Press releases")
    translate(site_tree.cities, "partner-cities", "Partner cities")
    translate(site_tree.events, "events", "Events")
    release = Page.objects.get(title="Sieben Partnerstädte beim Fest")
    venlo = Page.objects.get(slug="venlo")
    event = Page.objects.get(title="Sommerfest")
    release_en = translate(release, "seven-partner-cities", "Seven partner cities at the fair")
    venlo_en = translate(venlo, "venlo", "Venlo")
    event_en = translate(event, "summer-fair", "Summer fair")
    paths = {
        "home": "/en/",
        "archive": "/en/press/",
        "archive filtered": "/en/press/?partnerstadt=venlo&thema=kultur",
        "release with 7 cities": release_en.url,
        "partner-city index": "/en/partner-cities/",
        "partner city": venlo_en.url,
        "events": "/en/events/",
        "event": event_en.url,
        "feed": "/en/feeds/presse/rss/",
        "api list": "/api/v1/press-releases/?lang=en",
    }
    site["add_releases"](10, 0)
    small = queries_per_page(client, paths)
    site["add_releases"](190, 10)
    large = queries_per_page(client, paths)
    assert large == small
    assert {name: n for name, n in large.items() if n > MOST} == {}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's planner has no row counts")
def test_default_language_lists_do_not_walk_the_locale_index(site):
    """Nearly every page is German: a list of the German releases, events or partner cities that
    SQLite starts from the locale index visits every German page (at 100,000 releases, 30 ms for
    the four coming events on the home page). The lists start from their own table or index."""
    from django.utils import timezone

    from twinning.events.selectors import live_events
    from twinning.news.selectors import live_releases
    from twinning.partnerships.selectors import live_cities

    site["add_releases"](50, 0)
    plans = {
        "releases": live_releases()[:12].explain(),
        "coming events": live_events().filter(end__gte=timezone.now())[:4].explain(),
        "partner cities": live_cities().explain(),
    }
    assert {name: plan for name, plan in plans.items() if "locale_id" in plan} == {}
    assert "published_at" in plans["releases"]
