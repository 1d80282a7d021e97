"""The press archive filters, the feeds and the sitemap, as readers and feed readers see them."""

import datetime as dt

import feedparser
import pytest
from lxml import etree, html

from twinning.conftest import BERLIN, make_image
from twinning.news.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(site_tree):
    charlotte = site_tree.city(
        "Charlotte", country="USA", slug="charlotte", latitude=35.2, longitude=-80.8
    )
    venlo = site_tree.city(
        "Venlo", country="Niederlande", slug="venlo", latitude=51.4, longitude=6.2
    )
    schule = Topic.objects.create(name="Schule", slug="schule")
    kultur = Topic.objects.create(name="Kultur", slug="kultur")
    releases = [
        site_tree.release(
            "Schüler aus Charlotte 2023",
            cities=[charlotte],
            topics=[schule],
            published=dt.datetime(2023, 3, 1, 9, tzinfo=BERLIN),
            image=make_image(credit="Anna Foto"),
        ),
        site_tree.release(
            "Museen in Venlo 2023",
            cities=[venlo],
            topics=[kultur],
            published=dt.datetime(2023, 7, 1, 9, tzinfo=BERLIN),
        ),
        site_tree.release(
            "Schulprojekt mit Venlo 2024",
            cities=[venlo],
            topics=[schule],
            published=dt.datetime(2024, 2, 1, 9, tzinfo=BERLIN),
        ),
        site_tree.release(
            "Kulturtage mit beiden 2024",
            cities=[venlo, charlotte],
            topics=[kultur],
            published=dt.datetime(2024, 9, 1, 9, tzinfo=BERLIN),
        ),
    ]
    return {"charlotte": charlotte, "venlo": venlo, "releases": releases}


def titles(client, url):
    doc = html.fromstring(client.get(url).content)
    return [
        a.text_content().strip()
        for a in doc.xpath("//section[contains(@class,'archive__results')]//h3/a")
    ]


def test_archive_lists_newest_first(client, archive):
    assert titles(client, "/presse/") == [
        "Kulturtage mit beiden 2024",
        "Schulprojekt mit Venlo 2024",
        "Museen in Venlo 2023",
        "Schüler aus Charlotte 2023",
    ]


def test_archive_filters_combine_and_show_counts(client, archive):
    assert titles(client, "/presse/?partnerstadt=venlo&thema=schule") == [
        "Schulprojekt mit Venlo 2024"
    ]
    assert titles(client, "/presse/?partnerstadt=venlo&jahr=2023") == ["Museen in Venlo 2023"]
    doc = html.fromstring(client.get("/presse/?thema=kultur").content)
    city_options = [
        o.text_content().strip() for o in doc.xpath("//select[@name='partnerstadt']/option")
    ]
    assert city_options == ["alle", "Charlotte (1)", "Venlo (2)"]
    years = [o.text_content().strip() for o in doc.xpath("//select[@name='jahr']/option")]
    assert years == ["alle", "2024 (1)", "2023 (1)"]


@pytest.mark.parametrize(
    "query",
    [
        "partner_city=venlo",
        "partner_city=venlo&topic=kultur",
        "topic=schule&year=2024",
        "partner_city=charlotte&year=2023",
        "partner_city=venlo&topic=schule&year=2023",
    ],
)
def test_api_filters_list_what_the_archive_lists(client, archive, query):
    """The API and the archive agree on each filter combination: the same releases, newest
    first, each once (Kulturtage names both cities), and the count the archive shows."""
    archive_query = (
        query.replace("partner_city", "partnerstadt")
        .replace("topic", "thema")
        .replace("year", "jahr")
    )
    expected = titles(client, f"/presse/?{archive_query}")
    body = client.get(f"/api/v1/press-releases/?{query}").json()
    assert [item["title"] for item in body["results"]] == expected
    assert body["total"] == len(expected)


def test_year_filter_follows_the_city_calendar_at_new_year(client, site_tree):
    """A release published at 00:30 on New Year's Day in Krefeld (23:30 UTC the day before)
    belongs to the new year, in the list, its count and the API alike."""
    site_tree.release(
        "Silvester in Venlo", published=dt.datetime(2023, 12, 31, 23, 30, tzinfo=BERLIN)
    )
    site_tree.release(
        "Neujahrsgruß nach Charlotte", published=dt.datetime(2024, 1, 1, 0, 30, tzinfo=BERLIN)
    )
    assert titles(client, "/presse/?jahr=2024") == ["Neujahrsgruß nach Charlotte"]
    assert titles(client, "/presse/?jahr=2023") == ["Silvester in Venlo"]
    doc = html.fromstring(client.get("/presse/").content)
    years = [o.text_content().strip() for o in doc.xpath("//select[@name='jahr']/option")]
    assert years == ["alle", "2024 (1)", "2023 (1)"]
    api = client.get("/api/v1/press-releases/?year=2024").json()
    assert [item["title"] for item in api["results"]] == ["Neujahrsgruß nach Charlotte"]


def test_archive_ignores_nonsense_filters(client, archive):
    response = client.get("/presse/?jahr=abc&seite=999&partnerstadt=%27%3B--")
    assert response.status_code == 200


def test_partner_city_page_links_to_its_filtered_archive(client, archive):
    doc = html.fromstring(client.get(archive["venlo"].url).content)
    assert doc.xpath("//a[@href='/presse/?partnerstadt=venlo']")


def test_rss_feed_parses_and_carries_image_with_credit(client, archive):
    response = client.get("/feeds/presse/rss/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert feed.version == "rss20"
    assert [e.title for e in feed.entries][:2] == [
        "Kulturtage mit beiden 2024",
        "Schulprojekt mit Venlo 2024",
    ]
    with_image = next(e for e in feed.entries if e.title == "Schüler aus Charlotte 2023")
    assert with_image.enclosures[0]["type"] == "image/jpeg"
    assert with_image.media_credit[0]["content"] == "Anna Foto"
    assert "Foto: Anna Foto" in with_image.summary


def test_atom_feeds_per_city_and_topic_parse(client, archive):
    feed = feedparser.parse(client.get("/feeds/partnerstadt/charlotte/atom/").content)
    assert feed.version == "atom10" and not feed.bozo
    assert {e.title for e in feed.entries} == {
        "Schüler aus Charlotte 2023",
        "Kulturtage mit beiden 2024",
    }
    topic_feed = feedparser.parse(client.get("/feeds/thema/schule/rss/").content)
    assert {e.title for e in topic_feed.entries} == {
        "Schüler aus Charlotte 2023",
        "Schulprojekt mit Venlo 2024",
    }
    assert client.get("/feeds/thema/gibt-es-nicht/rss/").status_code == 404


def test_pages_advertise_feeds_in_head(client, archive):
    doc = html.fromstring(client.get("/presse/").content)
    assert doc.xpath("//head/link[@type='application/rss+xml']/@href") == ["/feeds/presse/rss/"]
    assert doc.xpath("//head/link[@type='application/atom+xml']/@href") == ["/feeds/presse/atom/"]


def test_partner_city_page_advertises_its_own_feeds(client, archive):
    doc = html.fromstring(client.get(archive["venlo"].url).content)
    feeds = doc.xpath("//head/link[@rel='alternate']/@href")
    assert "/feeds/partnerstadt/venlo/rss/" in feeds and "/feeds/partnerstadt/venlo/atom/" in feeds


def test_sitemap_lists_public_pages_and_robots_points_to_it(client, archive):
    sitemap = etree.fromstring(client.get("/sitemap.xml").content)
    locs = [el.text for el in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert any(loc.endswith("/presse/kulturtage-mit-beiden-2024/") for loc in locs)
    assert any(loc.endswith("/partnerstaedte/venlo/") for loc in locs)
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots
