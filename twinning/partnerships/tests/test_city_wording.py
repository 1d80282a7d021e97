"""How partner cities are named in German sentences: articles for counties and regions,
numbers with separators, open-data links instead of raw ids, places named once."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import translation

from twinning.core.templatetags.site_tags import zone_city
from twinning.partnerships.models import with_dative_article
from twinning.partnerships.tests.factories import make_event


def text_of(url: str) -> str:
    response = Client().get(url)
    assert response.status_code == 200, url
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


@pytest.mark.parametrize(
    ("name", "after_mit"),
    [
        ("Landkreis Oder-Spree", "dem Landkreis Oder-Spree"),
        ("Region Pilsen", "der Region Pilsen"),
        ("Bezirk Tempelhof", "dem Bezirk Tempelhof"),
        ("Venlo", "Venlo"),
        ("Stadt", "Stadt"),  # a city named like the noun alone keeps its name
        ("Kreisau", "Kreisau"),
    ],
)
def test_counties_and_regions_take_their_article_after_mit(name, after_mit):
    assert with_dative_article(name) == after_mit


def test_time_zones_are_named_by_their_city_in_the_readers_language():
    with translation.override("de"):
        assert zone_city("Europe/Istanbul") == "Istanbul"
        assert zone_city("Europe/Warsaw") == "Warschau"
        assert zone_city("America/New_York") == "New York"
        assert zone_city("Mars/Olympus_Mons") == "Olympus Mons"


@pytest.mark.django_db
def test_the_city_page_reads_as_german_prose(site_tree):
    county = site_tree.city(
        "Landkreis Oder-Spree",
        country="Deutschland",
        country_code="DE",
        began_on=dt.date(1990, 10, 3),
        began_year=1990,
        population=174579,
        wikidata_id="Q7952",
    )
    text = text_of(county.url)
    assert "Termine mit dem Landkreis Oder-Spree als Kalender abonnieren" in text
    assert "Einwohner 174.579" in text
    assert "Offene Daten Landkreis Oder-Spree bei Wikidata" in text
    assert "Q7952" not in text


@pytest.mark.django_db
def test_an_event_list_does_not_repeat_the_place_as_the_partner_city(site_tree):
    kayseri = site_tree.city("Kayseri", country="Türkei", country_code="TR")
    venlo = site_tree.city("Venlo", country="Niederlande", country_code="NL")
    start = dt.datetime(dt.date.today().year + 1, 5, 4, 18, 0)
    make_event(
        site_tree,
        "Kulturabend",
        start,
        start + dt.timedelta(hours=2),
        tz="Europe/Istanbul",
        cities=[kayseri, venlo],
        place="Kayseri",
    )
    text = text_of("/termine/")
    assert "Kayseri · Venlo" in text
    assert "Kayseri · Kayseri" not in text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("country", "local", "language"),
    [("CN", "徐州", "zh"), ("UA", "Київ", "uk"), ("US", "Charlotte NC", "en"), ("", "X-Stadt", "")],
)
def test_local_names_carry_a_real_language_not_the_country_code(
    site_tree, country, local, language
):
    city = site_tree.city("Partnerort", slug="partnerort", country_code=country, local_name=local)
    assert city.local_name_language == language
    for url in ("/partnerstaedte/", "/partnerstaedte/partnerort/"):
        page = Client().get(url).content.decode()
        expected = f' lang="{language}">({local})' if language else f"<span>({local})"
        if url.endswith("partnerort/") and not language:
            expected = f'<span class="kern-body--muted">({local})'
        assert expected in page, url
        assert f'lang="{country.lower()}"' not in page or country.lower() == language
