"""The demo loader adds exchanges and events that match the demo press releases, once."""

import datetime as dt

import pytest

from twinning.core.demo import content
from twinning.events.demo import load_events_and_exchanges
from twinning.events.models import EventPage
from twinning.partnerships.models import Exchange

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site(site_tree):
    cities = {}
    for c in content.PARTNER_CITIES:
        cities[c["slug"]] = site_tree.city(
            c["name"],
            slug=c["slug"],
            latitude=c["latitude"],
            longitude=c["longitude"],
            began_year=c["began_year"],
            partnership_type=c["partnership_type"],
        )
    site_tree.release(
        "Delegation reist zur Stadtklima-Konferenz in die USA",
        slug="delegation-reist-zur-stadtklima-konferenz-in-die-usa",
        cities=[cities["charlotte"]],
    )
    return site_tree, cities


def test_demo_exchanges_and_events_are_loaded_once(demo_site):
    tree, cities = demo_site
    first = load_events_and_exchanges(tree.events, cities, {"topics": {}}, lambda _msg: None)
    assert first == {
        "exchanges_created": len(content.EXCHANGES),
        "events_created": len(content.EVENTS),
    }
    second = load_events_and_exchanges(tree.events, cities, {"topics": {}}, lambda _msg: None)
    assert second == {"exchanges_created": 0, "events_created": 0}

    trip = Exchange.objects.get(slug="konferenzreise-washington-charlotte-2026")
    assert [c.slug for c in trip.partner_cities.all()] == ["charlotte"]
    days = {item.date for item in trip.programme.all()}
    assert len(days) >= 5
    reception = next(i for i in trip.programme.all() if "Botschaft" in i.title)
    assert reception.start == dt.datetime(2026, 10, 20, 18, 30, tzinfo=reception.zone)
    assert reception.timezone == "America/New_York"
    assert [r.slug for r in trip.press_releases.all()] == [
        "delegation-reist-zur-stadtklima-konferenz-in-die-usa"
    ]
    assert trip.total_participants == 6

    assert Exchange.objects.filter(
        slug="delegation-aus-charlotte-2023", direction="incoming"
    ).exists()
    school = Exchange.objects.get(slug="schueleraustausch-duenkirchen-2024")
    assert school.kind == "school" and school.total_participants == 105

    evening = EventPage.objects.get(slug="krefeld-abend-in-charlotte-2026")
    assert evening.exchange == trip
    assert evening.local_start.hour == 18 and evening.timezone == "America/New_York"
    assert evening.live
