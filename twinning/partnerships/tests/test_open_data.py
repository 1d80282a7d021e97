"""Open data: /api/v1/partner-cities/ and the partnerships export mapped to Wikidata P190."""

import csv
import datetime as dt
import io

import pytest
from wagtail.models import Site

from twinning.core.models import CitySettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def cities(site_tree):
    settings = CitySettings.for_site(Site.objects.get(is_default_site=True))
    settings.wikidata_id = "Q3936"
    settings.save()
    return {
        "dunkirk": site_tree.city(
            "Dünkirchen",
            local_name="Dunkerque",
            exonyms="Dunkirk, Duinkerke",
            wikidata_id="Q45797",
            languages="Französisch",
            began_year=1974,
        ),
        "leiden": site_tree.city(
            "Leiden",
            country="Niederlande",
            country_code="NL",
            latitude=52.16,
            longitude=4.50,
            began_on=dt.date(1974, 5, 12),
            began_year=1974,
        ),
        "uljanowsk": site_tree.city(
            "Uljanowsk",
            country="Russland",
            country_code="RU",
            latitude=54.31,
            longitude=48.40,
            began_year=1993,
            status="suspended",
            status_since=dt.date(2022, 5, 4),
            status_reason="Der Rat hat beschlossen, die Partnerschaft ruhen zu lassen.",
        ),
        "ended": site_tree.city(
            "Altstadt",
            country="Polen",
            country_code="PL",
            latitude=52.0,
            longitude=19.0,
            began_year=1990,
            status="ended",
            status_since=dt.date(2001, 6, 30),
        ),
    }


def test_partner_cities_are_listed_with_their_partnership_record(client, cities):
    response = client.get("/api/v1/partner-cities/")
    assert response.status_code == 200
    data = response.json()
    assert data["total"] == 4
    assert [c["name"] for c in data["results"]] == ["Altstadt", "Dünkirchen", "Leiden", "Uljanowsk"]
    dunkirk = data["results"][1]
    assert dunkirk["slug"] == cities["dunkirk"].slug
    assert dunkirk["other_names"] == ["Dunkerque", "Dunkirk", "Duinkerke"]
    assert dunkirk["languages"] == ["Französisch"]
    assert dunkirk["began_year"] == 1974 and dunkirk["began_on"] is None
    assert dunkirk["wikidata_id"] == "Q45797"
    assert dunkirk["url"] == f"http://testserver{cities['dunkirk'].url}"
    assert dunkirk["calendar_url"] == f"http://testserver{cities['dunkirk'].url}kalender.ics"
    assert dunkirk["anniversary"]["years"] % 5 == 0


def test_partner_cities_can_be_filtered_and_paged(client, cities):
    data = client.get("/api/v1/partner-cities/?status=suspended").json()
    assert [c["name"] for c in data["results"]] == ["Uljanowsk"]
    assert data["results"][0]["status_reason"].startswith("Der Rat")
    data = client.get("/api/v1/partner-cities/?country_code=nl").json()
    assert [c["name"] for c in data["results"]] == ["Leiden"]
    data = client.get("/api/v1/partner-cities/?page_size=3&page=2").json()
    assert (data["total"], [c["name"] for c in data["results"]]) == (4, ["Uljanowsk"])
    assert data["previous"].endswith("page=1") and data["next"] is None


def test_bad_filter_values_are_refused_naming_the_parameter(client, cities):
    response = client.get("/api/v1/partner-cities/?status=vergessen")
    assert response.status_code == 400
    assert response.json()["parameter"] == "status"
    response = client.get("/api/v1/partner-cities/?page_size=500")
    assert response.status_code == 400
    assert response.json()["parameter"] == "page_size"


def test_partnerships_export_maps_to_wikidata_twinned_administrative_body(client, cities):
    data = client.get("/api/v1/partnerships.json").json()
    assert data["property"] == "P190"
    assert data["subject"] == {"label": "Krefeld", "wikidata_id": "Q3936"}
    by_name = {p["partner_label"]: p for p in data["partnerships"]}
    dunkirk = by_name["Dünkirchen"]
    assert dunkirk["partner_wikidata_id"] == "Q45797"
    assert dunkirk["subject_wikidata_id"] == "Q3936"
    assert (dunkirk["start_time"], dunkirk["start_time_wikidata"]) == (
        "1974",
        "+1974-00-00T00:00:00Z/9",
    )
    assert dunkirk["end_time"] is None
    leiden = by_name["Leiden"]
    assert (leiden["start_time"], leiden["start_time_wikidata"]) == (
        "1974-05-12",
        "+1974-05-12T00:00:00Z/11",
    )
    assert leiden["partner_wikidata_id"] is None
    # A partnership that rests has not ended; one that ended has its end time.
    assert (
        by_name["Uljanowsk"]["end_time"] is None and by_name["Uljanowsk"]["status"] == "suspended"
    )
    ended = by_name["Altstadt"]
    assert (ended["end_time"], ended["end_time_wikidata"]) == (
        "2001-06-30",
        "+2001-06-30T00:00:00Z/11",
    )


def test_partnerships_export_as_csv_has_the_same_fields(client, cities):
    response = client.get("/api/v1/partnerships.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 4
    json_fields = set(client.get("/api/v1/partnerships.json").json()["partnerships"][0])
    assert set(rows[0]) == json_fields
    leiden = next(r for r in rows if r["partner_label"] == "Leiden")
    assert leiden["property"] == "P190"
    assert leiden["start_time_wikidata"] == "+1974-05-12T00:00:00Z/11"
    assert leiden["end_time"] == ""


def test_openapi_document_describes_the_new_routes(client):
    schema = client.get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/v1/partner-cities/",
        "/api/v1/events/",
        "/api/v1/partnerships.json",
        "/api/v1/partnerships.csv",
    ):
        assert path in paths, path
    params = {p["name"] for p in paths["/api/v1/events/"]["get"]["parameters"]}
    assert {"page", "page_size", "partner_city", "date_from", "date_to"} <= params
    assert "text/csv" in paths["/api/v1/partnerships.csv"]["get"]["responses"]["200"]["content"]
