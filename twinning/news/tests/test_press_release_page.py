"""The press-release page shows the nine parts of the page anatomy, in order, in German."""

import datetime as dt
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import html

from twinning.conftest import BERLIN, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(site_tree):
    charlotte = site_tree.city(
        "Charlotte",
        country="USA",
        country_code="US",
        latitude=35.2,
        longitude=-80.8,
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
    older = site_tree.release(
        "Radtour mit Gästen aus Charlotte",
        published=dt.datetime(2023, 6, 2, 9, 0, tzinfo=BERLIN),
        cities=[charlotte],
        image=make_image(caption="Gäste auf dem Rad", credit="Stadt Krefeld, Lisa Beispiel"),
        teaser="Die Delegation erkundet die Stadt auf zwei Rädern.",
    )
    main = site_tree.release(
        "Krefelder Delegation reist zur Konferenz in die USA",
        published=dt.datetime(2022, 10, 14, 11, 30, tzinfo=BERLIN),
        cities=[charlotte],
        image=make_image(caption="Die Delegation vor dem Rathaus", credit="Stadt Krefeld, Presse"),
        subtitle="Ein Empfang in der Botschaft gehört zum Programm",
        body=[
            {
                "type": "paragraph",
                "value": "<p>Die Reise beginnt am Montag. Sie dauert eine Woche.</p>",
            },
            {"type": "heading", "value": {"text": "Besuch in Charlotte"}},
            {
                "type": "quote",
                "value": {
                    "text": "Partnerschaft lebt von Begegnung.",
                    "speaker": "Oberbürgermeister Frank Meyer",
                },
            },
        ],
    )
    other = site_tree.release("Museen planen gemeinsame Schau", cities=[venlo])
    return {"main": main, "older": older, "other": other, "charlotte": charlotte, "venlo": venlo}


def get_doc(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response, html.fromstring(response.content)


def test_release_page_shows_anatomy_in_order(client, story):
    response, doc = get_doc(client, story["main"])
    page_html = response.content.decode()
    text = page_html[page_html.index("<body") :]
    assert doc.xpath("//a[@href='#inhalt']")[0].text_content().strip() == "Zum Inhalt"
    h1s = doc.xpath("//h1")
    assert [h.text_content().strip() for h in h1s] == [
        "Krefelder Delegation reist zur Konferenz in die USA"
    ]
    time = doc.xpath("//p[contains(@class,'press-release__date')]/time")[0]
    assert "Veröffentlicht am: 14.10.2022" in " ".join(time.getparent().text_content().split())
    assert time.get("datetime").startswith("2022-10-14T11:30:00")
    figure = doc.xpath("//article//figure[contains(@class,'site-figure')]")[0]
    assert figure.xpath(".//img")[0].get("alt")
    assert "Die Delegation vor dem Rathaus" in figure.text_content()
    assert "Foto: Stadt Krefeld, Presse" in " ".join(figure.text_content().split())
    assert (
        "Ein Empfang in der Botschaft gehört zum Programm"
        in doc.xpath("//p[contains(@class,'press-release__subtitle')]")[0].text_content()
    )
    assert doc.xpath("//article//h2")[0].text_content() == "Besuch in Charlotte"
    quote = doc.xpath("//blockquote")[0]
    assert "Partnerschaft lebt von Begegnung." in quote.text_content()
    assert (
        "Oberbürgermeister Frank Meyer"
        in doc.xpath("//figure[contains(@class,'site-quote')]//cite")[0].text_content()
    )
    order = [
        text.index("Zum Inhalt"),
        text.index("<h1"),
        text.index("Veröffentlicht am:"),
        text.index("Foto: Stadt Krefeld, Presse"),
        text.index("Ein Empfang in der Botschaft"),
        text.index("Partnerschaft lebt von Begegnung"),
        text.index(
            "Nachrichten aus dem Pressearchiv rund um die Städtepartnerschaft mit Charlotte"
        ),
        text.index("Nachrichten aus dem Pressearchiv rund um Städtepartnerschaften"),
        text.index("Das sind Krefelds Partnerstädte"),
    ]
    assert order == sorted(order)


def test_city_teaser_block_lists_other_releases_but_never_the_current_one(client, story):
    _, doc = get_doc(client, story["main"])
    block = doc.xpath("//section[h2[contains(., 'Städtepartnerschaft mit Charlotte')]]")[0]
    titles = [a.text_content().strip() for a in block.xpath(".//h3/a")]
    assert titles == ["Radtour mit Gästen aus Charlotte"]
    card = block.xpath(".//article")[0]
    assert "Die Delegation erkundet die Stadt auf zwei Rädern." in card.text_content()
    assert "Foto: Stadt Krefeld, Lisa Beispiel" in " ".join(card.text_content().split())
    all_block = doc.xpath(
        "//section[h2[normalize-space()='Nachrichten aus dem Pressearchiv rund um Städtepartnerschaften']]"
    )[0]
    all_titles = [a.text_content().strip() for a in all_block.xpath(".//h3/a")]
    assert story["main"].title not in all_titles
    assert set(all_titles) == {"Radtour mit Gästen aus Charlotte", "Museen planen gemeinsame Schau"}


def test_partner_city_list_links_every_city(client, story):
    _, doc = get_doc(client, story["main"])
    section = doc.xpath("//section[h2[contains(., 'Das sind Krefelds Partnerstädte')]]")[0]
    links = {a.text_content(): a.get("href") for a in section.xpath(".//a")}
    assert links == {"Charlotte": story["charlotte"].url, "Venlo": story["venlo"].url}


def test_teaser_falls_back_to_first_sentences_of_body(client, story):
    _, doc = get_doc(client, story["older"])
    block = doc.xpath("//section[h2[contains(., 'Städtepartnerschaft mit Charlotte')]]")[0]
    assert "Die Reise beginnt am Montag. Sie dauert eine Woche." in block.text_content()


def test_release_page_carries_news_article_json_ld_and_open_graph(client, story):
    _, doc = get_doc(client, story["main"])
    data = json.loads(doc.xpath("//script[@type='application/ld+json']")[0].text)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == story["main"].title
    assert data["datePublished"].startswith("2022-10-14")
    assert data["image"]["creditText"] == "Stadt Krefeld, Presse"
    assert doc.xpath("//meta[@property='og:title']")[0].get("content") == story["main"].title
    assert doc.xpath("//meta[@property='og:image']")


def test_release_page_query_count_does_not_grow_with_archive(client, site_tree):
    charlotte = site_tree.city("Charlotte", country="USA", latitude=35.2, longitude=-80.8)

    def make(n, start):
        for i in range(n):
            site_tree.release(
                f"Meldung {start + i}",
                cities=[charlotte],
                image=make_image(),
                published=dt.datetime(2020, 1, 1, tzinfo=BERLIN) + dt.timedelta(days=start + i),
            )

    make(10, 0)
    target = site_tree.release("Zielmeldung", cities=[charlotte], image=make_image())
    client.get(target.url)  # renditions are created on first view; count the steady state

    def count():
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(target.url).status_code == 200
        return len(ctx.captured_queries)

    with_10 = count()
    make(190, 10)
    client.get(target.url)
    with_200 = count()
    assert with_10 == with_200
    assert with_200 <= 40


def test_draft_release_is_not_public(client, site_tree):
    draft = site_tree.release("Entwurf", live=False)
    assert client.get("/presse/entwurf/").status_code == 404
    assert draft.live is False


def test_public_page_sets_no_cookie_and_is_served_from_cache(client, story):
    first = client.get(story["main"].url)
    assert not first.cookies
    assert first["X-Page-Cache"] == "miss"
    second = client.get(story["main"].url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    csp = first["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert not re.search(r"https?://", csp)


def test_publishing_invalidates_cached_pages(client, story, site_tree):
    client.get("/presse/")
    site_tree.release("Ganz neue Meldung aus Venlo", cities=[story["venlo"]])
    response = client.get("/presse/")
    assert "Ganz neue Meldung aus Venlo" in response.content.decode()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Am Samstag, 28. Juni, und Sonntag, 29. Juni, feiern Gäste aus Venlo mit. "
            "Das Programm steht im Internet.",
            "Am Samstag, 28. Juni, und Sonntag, 29. Juni, feiern Gäste aus Venlo mit.",
        ),
        (
            "Der 2. Bürgermeister empfängt Dr. Anna Meyer aus Leiden im Rathaus. "
            "Danach gibt es Musik.",
            "Der 2. Bürgermeister empfängt Dr. Anna Meyer aus Leiden im Rathaus.",
        ),
        (
            "Die Partnerschaft besteht seit 1974. Sie wird gefeiert.",
            "Die Partnerschaft besteht seit 1974.",
        ),
    ],
    ids=["dates", "ordinal and title", "year ends a sentence"],
)
def test_automatic_teaser_does_not_end_at_a_date_or_an_abbreviation(text, expected):
    from twinning.news.models import first_sentences

    long_text = f"{text} {'Ein weiterer Satz über den Austausch folgt hier. ' * 8}"
    assert first_sentences(long_text, limit=len(expected) + 10) == expected
