"""The event page: local times, place, partner cities, its exchange, schema.org JSON-LD."""

import datetime as dt
import json
import zoneinfo

import pytest
from django.urls import reverse
from lxml import html
from wagtail.test.utils.form_data import nested_form_data, rich_text

from twinning.events.models import EventPage
from twinning.partnerships.tests.factories import make_event, make_exchange

pytestmark = pytest.mark.django_db
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


@pytest.fixture
def reception(site_tree):
    charlotte = site_tree.city(
        "Charlotte",
        country="USA",
        country_code="US",
        latitude=35.23,
        longitude=-80.84,
        began_year=1986,
    )
    report = site_tree.release("Delegation reist zur Konferenz in die USA", cities=[charlotte])
    exchange = make_exchange(
        "Konferenzreise nach Washington und Besuch in Charlotte",
        dt.date(2026, 10, 18),
        dt.date(2026, 10, 25),
        [charlotte],
        releases=[report],
        kind="conference",
        direction="outgoing",
        slug="konferenzreise-2026",
    )
    event = make_event(
        site_tree,
        "Krefeld-Abend mit Charlotte Sister Cities",
        dt.datetime(2026, 10, 23, 18, 0),
        dt.datetime(2026, 10, 23, 21, 0),
        tz="America/New_York",
        cities=[charlotte],
        exchange=exchange,
        place="Charlotte, North Carolina",
        address="Uptown Charlotte, NC, USA",
        description="<p>Ein Abend mit Berichten aus beiden Städten.</p>",
    )
    return {"event": event, "city": charlotte, "exchange": exchange, "report": report}


def test_event_page_shows_local_time_place_cities_and_its_exchange(client, reception):
    event = reception["event"]
    response = client.get(event.url)
    assert response.status_code == 200
    assert not response.cookies
    doc = html.fromstring(response.content)
    assert [h.text_content() for h in doc.xpath("//h1")] == [
        "Krefeld-Abend mit Charlotte Sister Cities"
    ]
    text = " ".join(" ".join(doc.xpath("//main")[0].itertext()).split())
    assert "Beginn 23.10.2026, 18:00 Uhr (Ortszeit New York)" in text
    assert "Ende 23.10.2026, 21:00 Uhr" in text
    assert "Deutsche Zeit 24.10.2026, 00:00 – 24.10.2026, 03:00 Uhr" in text
    assert doc.xpath("//time")[0].get("datetime") == "2026-10-23T18:00:00-04:00"
    assert "Ort Charlotte, North Carolina, Uptown Charlotte, NC, USA" in text
    assert "Partnerstädte Charlotte" in text
    link = doc.xpath("//dd/a[contains(@href, '#begegnung-')]")[0]
    assert link.get("href") == f"{reception['city'].url}#begegnung-konferenzreise-2026"
    assert link.text_content() == "Konferenzreise nach Washington und Besuch in Charlotte"
    assert "Delegation reist zur Konferenz in die USA" in text
    assert doc.xpath("//a[text()='Termin in den Kalender übernehmen (iCalendar)']/@href") == [
        f"{event.url}kalender.ics"
    ]


def test_event_page_carries_schema_org_event_and_place(client, reception):
    doc = html.fromstring(client.get(reception["event"].url).content)
    [script] = doc.xpath("//script[@type='application/ld+json']")
    data = json.loads(script.text)
    assert data["@type"] == "Event"
    assert data["name"] == "Krefeld-Abend mit Charlotte Sister Cities"
    assert data["startDate"] == "2026-10-23T18:00:00-04:00"
    assert data["endDate"] == "2026-10-23T21:00:00-04:00"
    assert data["location"] == {
        "@type": "Place",
        "name": "Charlotte, North Carolina",
        "address": "Uptown Charlotte, NC, USA",
    }
    assert data["url"] == f"http://testserver{reception['event'].url}"
    assert data["superEvent"]["name"] == "Konferenzreise nach Washington und Besuch in Charlotte"


def test_event_list_shows_the_local_time_of_each_event(client, reception):
    doc = html.fromstring(client.get("/termine/?vergangene=1").content)
    text = " ".join(doc.text_content().split())
    assert "23.10.2026, 18:00 Uhr (Ortszeit) Krefeld-Abend mit Charlotte Sister Cities" in text


def event_form(**overrides) -> dict:
    data = {
        "title": "Empfang in der Botschaft",
        "slug": "empfang-botschaft",
        "timezone": "America/New_York",
        "start": "2026-10-20 18:30",
        "end": "2026-10-20 21:00",
        "place": "Deutsche Botschaft, Washington, D.C.",
        "address": "",
        "exchange": "",
        "description": rich_text("<p>Empfang.</p>"),
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chefin", "c@example.org", "x"))
    return client


def test_editors_type_times_in_the_events_own_zone(admin_client, site_tree):
    url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", site_tree.events.pk))
    response = admin_client.post(url, event_form())
    assert response.status_code == 302
    event = EventPage.objects.get(slug="empfang-botschaft")
    assert event.start == dt.datetime(2026, 10, 20, 18, 30, tzinfo=NEW_YORK)
    assert event.start.astimezone(dt.UTC).hour == 22
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    field = html.fromstring(edit.content).get_element_by_id("id_start")
    assert field.get("value") == "2026-10-20 18:30"


def test_an_event_that_ends_before_it_starts_is_refused(admin_client, site_tree):
    url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", site_tree.events.pk))
    response = admin_client.post(url, event_form(end="2026-10-20 17:00"))
    assert response.status_code == 200
    text = " ".join(html.fromstring(response.content).text_content().split())
    assert "Das Ende (20.10.2026 17:00) liegt vor dem Beginn (20.10.2026 18:30)." in text
    assert not EventPage.objects.filter(slug="empfang-botschaft").exists()


def test_an_unknown_time_zone_is_refused(admin_client, site_tree):
    url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", site_tree.events.pk))
    response = admin_client.post(url, event_form(timezone="Europe/Krefeld"))
    assert response.status_code == 200
    assert "Unbekannte Zeitzone: Europe/Krefeld" in response.content.decode()
