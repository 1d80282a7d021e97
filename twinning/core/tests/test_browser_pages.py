"""Public pages in a real headless Chromium: they load, pass axe-core and call no other host."""

import os

import pytest

from twinning.browser import CHROMIUM_ARGS, chromium_path, visit
from twinning.conftest import SiteTree, make_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
os.environ.setdefault(
    "DJANGO_ALLOW_ASYNC_UNSAFE", "true"
)  # Playwright's loop shares the test thread


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def public_site(live_server):
    tree = SiteTree()
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.hostname = "localhost"
    site.port = live_server.thread.port
    site.save()
    from twinning.core.models import CitySettings

    settings = CitySettings.for_site(site)
    settings.latitude, settings.longitude = 51.3331, 6.5623  # the map marks home
    settings.save()
    charlotte = tree.city(
        "Charlotte",
        country="USA",
        country_code="US",
        latitude=35.23,
        longitude=-80.84,
        began_year=1986,
    )
    dunkirk = tree.city("Dünkirchen", local_name="Dunkerque", latitude=51.03, longitude=2.37)
    tree.release("Radtour durch die Innenstadt", cities=[charlotte], image=make_image())
    release = tree.release(
        "Schülergruppen aus Dünkirchen zu Gast",
        cities=[dunkirk, charlotte],
        image=make_image(caption="Die Gäste im Rathaus", credit="Stadt Krefeld"),
        subtitle="Eine Woche Unterricht und Ausflüge",
        body=[
            {
                "type": "paragraph",
                "value": "<p>Die Gruppe kam am Montag an. Sie blieb eine Woche.</p>",
            },
            {"type": "heading", "value": {"text": "Unterricht im Tandem"}},
            {
                "type": "quote",
                "value": {
                    "text": "Freundschaft beginnt in der Schule.",
                    "speaker": "Schulleiterin Anna Beispiel",
                },
            },
        ],
    )
    import datetime as dt

    from twinning.partnerships.tests.factories import make_event, make_exchange

    exchange = make_exchange(
        "Schüleraustausch mit dem Collège des Dunes",
        dt.date(2024, 3, 11),
        dt.date(2024, 3, 15),
        [dunkirk],
        participants=[("FR", "pupils", 48), ("DE", "pupils", 48)],
        programme=[
            {
                "title": "Empfang im Rathaus",
                "date": dt.date(2024, 3, 15),
                "start_time": dt.time(11),
                "end_time": dt.time(12, 30),
                "place": "Rathaus",
            }
        ],
        releases=[release],
        kind="school",
    )
    event = make_event(
        tree,
        "Krefeld-Abend mit Charlotte Sister Cities",
        dt.datetime(dt.date.today().year + 1, 10, 23, 18, 0),
        dt.datetime(dt.date.today().year + 1, 10, 23, 21, 0),
        tz="America/New_York",
        cities=[charlotte, dunkirk],
        exchange=exchange,
        place="Charlotte, North Carolina",
        description="<p>Ein Abend mit Berichten aus beiden Städten.</p>",
    )
    return {
        "tree": tree,
        "release": release,
        "city": dunkirk,
        "event": event,
        "base": live_server.url,
    }


def check(browser, url, base):
    result = visit(browser, url)
    assert result.status == 200, url
    assert result.foreign_requests(base) == []
    assert result.serious_violations() == []
    assert [e for e in result.console_errors if "Content Security Policy" in e] == []
    return result


def test_public_pages_are_accessible_and_private(browser, public_site):
    base = public_site["base"]
    for path in [
        "/",
        "/presse/",
        public_site["release"].url,
        public_site["city"].url,
        "/partnerstaedte/",
        "/termine/",
        public_site["event"].url,
    ]:
        check(browser, base + path, base)
