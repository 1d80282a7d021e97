"""/suche/ as a reader uses it: German queries, highlighted snippets, dates and partner cities."""

import datetime as dt

import pytest
from lxml import html

from twinning.conftest import BERLIN

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(site_tree):
    dunkirk = site_tree.city(
        "Dünkirchen", slug="duenkirchen", local_name="Dunkerque", exonyms="Dunkirk, Duinkerke"
    )
    site_tree.release(
        "Schülergruppen aus Dünkirchen zu Gast",
        cities=[dunkirk],
        published=dt.datetime(2024, 3, 12, 10, tzinfo=BERLIN),
        body=[
            {
                "type": "paragraph",
                "value": "<p>Die Gäste wohnen in Gastfamilien in einer ruhigen Straße.</p>",
            }
        ],
    )
    site_tree.release("Haushalt beschlossen", published=dt.datetime(2023, 1, 5, 10, tzinfo=BERLIN))
    return dunkirk


def results(client, q):
    doc = html.fromstring(client.get("/suche/", {"q": q}).content)
    return doc, [
        a.text_content().strip() for a in doc.xpath("//ol[contains(@class,'search-results')]//h3/a")
    ]


@pytest.mark.parametrize(
    "q", ["Dunkerque", "Dunkirk", "Duenkirchen", "Schüler", "Strasse", "Gastfamilie"]
)
def test_search_finds_release_by_german_variants(client, corpus, q):
    _, titles = results(client, q)
    assert "Schülergruppen aus Dünkirchen zu Gast" in titles


def test_results_show_date_city_and_highlighted_snippet(client, corpus):
    doc, titles = results(client, "Gastfamilien")
    assert titles[0] == "Schülergruppen aus Dünkirchen zu Gast"
    item = doc.xpath("//li[contains(@class,'search-result')]")[0]
    assert "12.03.2024" in item.text_content()
    assert "Dünkirchen" in item.xpath(".//p[contains(@class,'kern-preline')]")[0].text_content()
    assert [m.text_content() for m in item.xpath(".//mark")] == ["Gastfamilien"]


def test_page_has_one_h1_and_counts_hits(client, corpus):
    doc, _ = results(client, "Haushalt")
    assert len(doc.xpath("//h1")) == 1
    assert "1 Treffer" in doc.xpath("//h2[@id='results-title']")[0].text_content()


@pytest.mark.parametrize(
    "q", ["", '"', "((", "<script>alert(1)</script>", "x" * 10_000, "' OR 1=1 --", "*:^NEAR"]
)
def test_hostile_queries_get_a_normal_page(client, corpus, q):
    response = client.get("/suche/", {"q": q})
    assert response.status_code == 200
    assert b"<script>alert" not in response.content
