"""Events as iCalendar: one event, all coming events, per partner city, each in its own zone."""

import datetime as dt
import zoneinfo

import pytest
from icalendar import Calendar

from twinning.partnerships.tests.factories import make_event

pytestmark = pytest.mark.django_db
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def next_year() -> int:
    return dt.date.today().year + 1


@pytest.fixture
def evening_in_charlotte(site_tree):
    charlotte = site_tree.city(
        "Charlotte",
        country="USA",
        country_code="US",
        latitude=35.23,
        longitude=-80.84,
        timezone="America/New_York",
        began_year=1986,
    )
    event = make_event(
        site_tree,
        "Krefeld-Abend in Charlotte",
        dt.datetime(next_year(), 6, 10, 18, 0),
        dt.datetime(next_year(), 6, 10, 21, 0),
        tz="America/New_York",
        cities=[charlotte],
        place="Charlotte, North Carolina",
        address="Uptown Charlotte",
        description="<p>Musik und Berichte aus beiden Städten.</p>",
    )
    return {"event": event, "city": charlotte}


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_event_in_new_york_is_18_00_local_with_its_zone_and_midnight_in_berlin(
    client, evening_in_charlotte
):
    event = evening_in_charlotte["event"]
    response = client.get(f"{event.url}kalender.ics")
    raw = response.content.decode()
    assert f"DTSTART;TZID=America/New_York:{next_year()}0610T180000" in raw
    assert f"DTEND;TZID=America/New_York:{next_year()}0610T210000" in raw
    calendar = parse(response)
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "America/New_York"
    [vevent] = calendar.walk("VEVENT")
    start = vevent.decoded("DTSTART")
    assert (start.hour, start.minute) == (18, 0)
    in_berlin = start.astimezone(BERLIN)
    assert (in_berlin.date(), in_berlin.hour, in_berlin.minute) == (
        dt.date(next_year(), 6, 11),
        0,
        0,
    )
    assert str(vevent["SUMMARY"]) == "Krefeld-Abend in Charlotte"
    assert str(vevent["LOCATION"]) == "Charlotte, North Carolina, Uptown Charlotte"
    assert str(vevent["DESCRIPTION"]) == "Musik und Berichte aus beiden Städten."
    assert str(vevent["URL"]) == f"http://testserver{event.url}"
    assert str(vevent["UID"]) == f"event-{event.pk}@testserver"


def test_all_coming_events_in_one_calendar_with_every_zone_they_need(
    client, site_tree, evening_in_charlotte
):
    make_event(
        site_tree,
        "Neujahrsempfang",
        dt.datetime(next_year(), 1, 15, 18),
        dt.datetime(next_year(), 1, 15, 21),
    )
    make_event(
        site_tree, "Längst vorbei", dt.datetime(2019, 10, 3, 15), dt.datetime(2019, 10, 3, 16)
    )
    response = client.get("/termine/kalender.ics")
    assert f"DTSTART;TZID=Europe/Berlin:{next_year()}0115T180000" in response.content.decode()
    calendar = parse(response)
    assert str(calendar["X-WR-CALNAME"]) == "Termine"
    assert sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT")) == [
        "Krefeld-Abend in Charlotte",
        "Neujahrsempfang",
    ]
    assert {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")} == {
        "America/New_York",
        "Europe/Berlin",
    }


def test_each_partner_city_offers_its_coming_events_as_calendar(
    client, site_tree, evening_in_charlotte
):
    venlo = site_tree.city("Venlo", latitude=51.37, longitude=6.17)
    make_event(
        site_tree,
        "Ausstellung",
        dt.datetime(next_year(), 3, 12, 19),
        dt.datetime(next_year(), 3, 12, 21),
        cities=[venlo],
    )
    calendar = parse(client.get(f"{evening_in_charlotte['city'].url}kalender.ics"))
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Krefeld-Abend in Charlotte"]
    assert [str(c) for c in calendar.walk("VEVENT")[0]["CATEGORIES"].cats] == ["Charlotte"]
    calendar = parse(client.get(f"{venlo.url}kalender.ics"))
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Ausstellung"]


def test_pages_without_a_calendar_and_unpublished_events_answer_404(client, site_tree):
    draft = make_event(
        site_tree, "Entwurf", dt.datetime(next_year(), 5, 1, 10), dt.datetime(next_year(), 5, 1, 12)
    )
    draft.unpublish()
    assert client.get(f"/termine/{draft.slug}/kalender.ics").status_code == 404
    assert client.get("/presse/kalender.ics").status_code == 404
    assert client.get("/gibt-es-nicht/kalender.ics").status_code == 404


def test_calendars_set_no_cookie_and_can_be_cached(client, evening_in_charlotte):
    response = client.get("/termine/kalender.ics")
    assert not response.cookies
    assert "public" in response["Cache-Control"]
