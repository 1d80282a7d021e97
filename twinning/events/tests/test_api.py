"""/api/v1/events/: paged, filtered by partner city and date range, times in the event's zone."""

import datetime as dt

import pytest

from twinning.partnerships.tests.factories import make_event, make_exchange

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(site_tree):
    charlotte = site_tree.city(
        "Charlotte",
        country="USA",
        country_code="US",
        latitude=35.23,
        longitude=-80.84,
        began_year=1986,
    )
    venlo = site_tree.city(
        "Venlo",
        country="Niederlande",
        country_code="NL",
        latitude=51.37,
        longitude=6.17,
        began_year=1964,
    )
    trip = make_exchange(
        "Konferenzreise",
        dt.date(2026, 10, 18),
        dt.date(2026, 10, 25),
        [charlotte],
        kind="conference",
        slug="konferenzreise",
    )
    return {
        "evening": make_event(
            site_tree,
            "Krefeld-Abend",
            dt.datetime(2026, 10, 23, 18),
            dt.datetime(2026, 10, 23, 21),
            tz="America/New_York",
            cities=[charlotte],
            exchange=trip,
        ),
        "market": make_event(
            site_tree,
            "Weihnachtsmarkt",
            dt.datetime(2026, 12, 4, 11),
            dt.datetime(2026, 12, 6, 21),
            cities=[charlotte, venlo],
        ),
        "show": make_event(
            site_tree,
            "Ausstellung",
            dt.datetime(2027, 3, 12, 19),
            dt.datetime(2027, 3, 12, 21),
            cities=[venlo],
        ),
    }


def titles(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [e["title"] for e in response.json()["results"]]


def test_events_are_listed_by_start_with_local_times(client, events):
    data = client.get("/api/v1/events/").json()
    assert [e["title"] for e in data["results"]] == [
        "Krefeld-Abend",
        "Weihnachtsmarkt",
        "Ausstellung",
    ]
    evening = data["results"][0]
    assert evening["start"] == "2026-10-23T18:00:00-04:00"
    assert evening["timezone"] == "America/New_York"
    assert evening["exchange"] == {
        "slug": "konferenzreise",
        "title": "Konferenzreise",
        "kind": "conference",
        "starts_on": "2026-10-18",
        "ends_on": "2026-10-25",
    }
    assert [c["name"] for c in data["results"][1]["partner_cities"]] == ["Charlotte", "Venlo"]
    assert data["results"][2]["calendar_url"].endswith("/kalender.ics")


def test_events_filtered_by_partner_city(client, events):
    assert titles(client.get("/api/v1/events/?partner_city=venlo")) == [
        "Weihnachtsmarkt",
        "Ausstellung",
    ]
    assert titles(client.get("/api/v1/events/?partner_city=nirgendwo")) == []


def test_events_filtered_by_date_range_include_those_running_on_its_days(client, events):
    assert titles(client.get("/api/v1/events/?date_from=2026-12-05&date_to=2026-12-31")) == [
        "Weihnachtsmarkt"
    ]
    assert titles(client.get("/api/v1/events/?date_from=2027-01-01")) == ["Ausstellung"]
    # 18:00 in New York is already 24 October in Berlin, where the days are counted.
    assert titles(client.get("/api/v1/events/?date_from=2026-10-24&date_to=2026-10-24")) == [
        "Krefeld-Abend"
    ]


def test_events_are_paged(client, events):
    data = client.get("/api/v1/events/?page_size=2&page=2").json()
    assert (data["total"], [e["title"] for e in data["results"]]) == (3, ["Ausstellung"])


def test_a_date_range_backwards_is_refused_naming_the_parameter(client, events):
    response = client.get("/api/v1/events/?date_from=2027-01-01&date_to=2026-01-01")
    assert response.status_code == 400
    assert response.json()["parameter"] == "date_to"
    response = client.get("/api/v1/events/?date_from=morgen")
    assert response.status_code == 400
    assert response.json()["parameter"] == "date_from"
