"""Information disclosure: what readers may not see is absent from every route.

Not public are drafts, expired pages, releases under embargo and everything inside a section
with a view restriction (password, login, groups), and so are partner cities of those kinds
when a live release or event names them. Every public route is read as a reader (and as
another system) would: pages, lists and their filters, the search page and search API, the
JSON API, feeds, the sitemap and calendars; each must show the public content and none of
the words that only the hidden pages contain.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from twinning.conftest import BERLIN
from twinning.news.models import PressReleasePage
from twinning.partnerships.models import PartnerCityPage
from twinning.partnerships.tests.factories import make_event
from twinning.search import services

pytestmark = pytest.mark.django_db

# Words that occur only in hidden pages.
SECRETS = (
    "Zitronenfalter",  # a password-protected release
    "Pflaumenbaum",  # an expired release the worker has not unpublished yet
    "Quittenmus",  # a release under embargo
    "Tulpenzwiebel",  # a password-protected event
    "Nebelstadt",  # a draft partner city, named by a live release and a live event
    "Schattenburg",  # a password-protected partner city, named by the same
)


def restrict(page, password: str = "geheim") -> PageViewRestriction:
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
    )


@pytest.fixture
def world(site_tree):
    venlo = site_tree.city("Venlo", slug="venlo", country="Niederlande", country_code="NL")
    draft = PartnerCityPage(
        title="Nebelstadt",
        slug="nebelstadt",
        country="Niederlande",
        country_code="NL",
        latitude=51.4,
        longitude=6.1,
        began_year=1990,
        live=False,
    )
    site_tree.cities.add_child(instance=draft)
    draft.save_revision()
    shadow = site_tree.city(
        "Schattenburg", slug="schattenburg", country="Belgien", country_code="BE"
    )
    restrict(shadow)
    cities = [venlo, draft, shadow]
    day = dt.datetime(2024, 5, 1, 10, tzinfo=BERLIN)
    public = site_tree.release("Offene Meldung über Brückenbau", cities=cities, published=day)
    secret = site_tree.release(
        "Geheimprotokoll", body=_body("Der Zitronenfalter tagt."), cities=[venlo], published=day
    )
    restrict(secret)
    expired = site_tree.release("Pflaumenbaum gefällt", cities=[venlo], published=day)
    PressReleasePage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - dt.timedelta(minutes=1)
    )
    site_tree.release(
        "Quittenmus für alle", cities=[venlo], published=timezone.now() + dt.timedelta(days=3)
    )
    start = timezone.now() + dt.timedelta(days=10)
    event = make_event(
        site_tree, "Bürgerfest am Rhein", start, start + dt.timedelta(hours=3), cities=cities
    )
    hidden_event = make_event(
        site_tree, "Tulpenzwiebel-Treffen", start, start + dt.timedelta(hours=2), cities=[venlo]
    )
    restrict(hidden_event)
    return {
        "venlo": venlo,
        "public": public,
        "secret": secret,
        "event": event,
        "hidden_event": hidden_event,
    }


def _body(text: str) -> list:
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def text_of(client, url: str, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def assert_no_secret(text: str, url: str) -> None:
    for word in SECRETS:
        assert word not in text, (url, word)


def test_pages_lists_and_filters_show_only_public_content(client, world):
    pages = {
        "/": ["Offene Meldung über Brückenbau", "Bürgerfest am Rhein", "Venlo"],
        "/presse/": ["Offene Meldung über Brückenbau", '<option value="venlo">Venlo (1)'],
        "/presse/?partnerstadt=venlo": ["Offene Meldung über Brückenbau"],
        world["public"].url: ["Offene Meldung über Brückenbau", "Venlo"],
        "/partnerstaedte/": ["Venlo"],
        world["venlo"].url: ["Offene Meldung über Brückenbau", "Bürgerfest am Rhein"],
        "/termine/": ["Bürgerfest am Rhein", "Venlo"],
        world["event"].url: ["Bürgerfest am Rhein", "Venlo"],
    }
    for url, expected in pages.items():
        text = text_of(client, url)
        for part in expected:
            assert part in text, (url, part)
        assert_no_secret(text, url)


def test_hidden_pages_answer_without_their_content(client, world):
    for page in (world["secret"], world["hidden_event"]):
        response = client.get(page.url)
        # Wagtail asks for the password; the page's content stays behind it.
        assert "Zitronenfalter" not in response.content.decode()
        assert "Tulpenzwiebel-Treffen</h1>" not in response.content.decode()
    assert client.get("/partnerstaedte/nebelstadt/").status_code == 404


def test_search_page_and_search_api_find_only_public_pages(client, world):
    text = text_of(client, "/suche/", q="Brückenbau")
    assert "Offene Meldung über Brückenbau" in text
    assert "Venlo" in text
    assert_no_secret(text, "/suche/?q=Brückenbau")
    body = client.get("/api/v1/search", {"q": "Brückenbau"}).json()
    assert [hit["title"] for hit in body["results"]] == ["Offene Meldung über Brückenbau"]
    assert body["results"][0]["partner_cities"] == ["Venlo"]
    for word in SECRETS:
        page = text_of(client, "/suche/", q=word)
        assert "0 Treffer" in page
        assert 'class="search-result"' not in page
        assert client.get("/api/v1/search", {"q": word}).json() == {"total": 0, "results": []}


def test_json_api_lists_only_public_records(client, world):
    releases = client.get("/api/v1/press-releases/").json()
    assert [r["title"] for r in releases["results"]] == ["Offene Meldung über Brückenbau"]
    assert [c["name"] for c in releases["results"][0]["partner_cities"]] == ["Venlo"]
    cities = client.get("/api/v1/partner-cities/").json()
    assert [c["name"] for c in cities["results"]] == ["Venlo"]
    events = client.get("/api/v1/events/").json()
    assert [e["title"] for e in events["results"]] == ["Bürgerfest am Rhein"]
    assert [c["name"] for c in events["results"][0]["partner_cities"]] == ["Venlo"]
    for url in (
        "/api/v1/press-releases/?partner_city=nebelstadt",
        "/api/v1/press-releases/?partner_city=schattenburg",
        "/api/v1/partnerships.json",
        "/api/v1/partnerships.csv",
        "/api/v1/press-releases/?changed_since=2000-01-01T00:00:00Z",
    ):
        assert_no_secret(text_of(client, url), url)
    assert "Venlo" in text_of(client, "/api/v1/partnerships.csv")


def test_feeds_sitemap_and_calendars_show_only_public_content(client, world):
    for url, expected in {
        "/feeds/presse/rss/": "Offene Meldung über Brückenbau",
        "/feeds/presse/atom/": "Offene Meldung über Brückenbau",
        "/feeds/partnerstadt/venlo/rss/": "Offene Meldung über Brückenbau",
        "/sitemap.xml": world["public"].url,
        "/termine/kalender.ics": "Bürgerfest am Rhein",
        f"{world['venlo'].url}kalender.ics": "Bürgerfest am Rhein",
        f"{world['event'].url}kalender.ics": "Bürgerfest am Rhein",
    }.items():
        text = text_of(client, url)
        assert expected in text, url
        assert_no_secret(text, url)
    sitemap = text_of(client, "/sitemap.xml")
    for page in (world["secret"], world["hidden_event"]):
        assert page.url not in sitemap
    assert "/partnerstaedte/schattenburg/" not in sitemap
    for url in (
        "/feeds/partnerstadt/nebelstadt/rss/",
        "/feeds/partnerstadt/schattenburg/atom/",
        f"{world['hidden_event'].url}kalender.ics",
        "/partnerstaedte/schattenburg/kalender.ics",
    ):
        assert client.get(url).status_code == 404, url


def test_a_restriction_added_later_takes_a_page_out_of_search_and_back(client, world):
    public = world["public"]
    assert client.get("/api/v1/search", {"q": "Brückenbau"}).json()["total"] == 1
    assert "Brückenbau" in text_of(client, "/presse/")  # now in the page cache
    restriction = restrict(public)
    assert client.get("/api/v1/search", {"q": "Brückenbau"}).json()["total"] == 0
    assert "Offene Meldung" not in text_of(client, "/suche/", q="Brückenbau")
    assert "Offene Meldung" not in text_of(client, "/presse/")
    restriction.delete()
    body = client.get("/api/v1/search", {"q": "Brückenbau"}).json()
    assert [hit["title"] for hit in body["results"]] == ["Offene Meldung über Brückenbau"]


def test_a_restricted_section_hides_everything_below_it(client, world, site_tree):
    restrict(site_tree.archive)
    assert client.get("/api/v1/press-releases/").json()["total"] == 0
    assert client.get("/api/v1/search", {"q": "Brückenbau"}).json()["total"] == 0
    assert "Brückenbau" not in text_of(client, "/")
    assert "Brückenbau" not in text_of(client, "/feeds/presse/rss/")
    assert world["public"].url not in text_of(client, "/sitemap.xml")


def test_a_bulk_write_to_the_index_cannot_make_a_hidden_page_findable(client, world):
    """Whatever writes to the index (an import's bulk path, a rebuild) passes the same gate."""
    secret = world["secret"]
    services.index_many(
        [
            {
                "kind": "press_release",
                "object_id": secret.pk,
                "url": secret.url,
                "title": "Geheimprotokoll",
                "body": "Der Zitronenfalter tagt in Nebelstadt.",
                "partner_cities": ["Nebelstadt", "Venlo"],
                "live": True,
            },
            {
                "kind": "press_release",
                "object_id": world["public"].pk,
                "url": world["public"].url,
                "title": "Offene Meldung über Brückenbau",
                "partner_cities": ["Nebelstadt", "Schattenburg", "Venlo"],
                "live": True,
            },
        ]
    )
    assert client.get("/api/v1/search", {"q": "Zitronenfalter"}).json()["total"] == 0
    assert client.get("/api/v1/search", {"q": "Nebelstadt"}).json()["total"] == 0
    hit = client.get("/api/v1/search", {"q": "Brückenbau"}).json()["results"][0]
    assert hit["partner_cities"] == ["Venlo"]


def test_a_draft_city_going_live_is_named_from_then_on(client, world):
    draft = PartnerCityPage.objects.get(slug="nebelstadt")
    draft.save_revision().publish()
    hit = client.get("/api/v1/search", {"q": "Brückenbau"}).json()["results"][0]
    assert sorted(hit["partner_cities"]) == ["Nebelstadt", "Venlo"]
    assert '<option value="nebelstadt">' in text_of(client, "/presse/")
    draft.refresh_from_db()
    draft.unpublish()
    hit = client.get("/api/v1/search", {"q": "Brückenbau"}).json()["results"][0]
    assert hit["partner_cities"] == ["Venlo"]
    assert "Nebelstadt" not in text_of(client, "/presse/")


def test_one_page_and_a_list_are_judged_alike(world):
    """``is_public`` (one page) and ``public_pages`` (querysets) are the same rules."""
    from wagtail.models import Page

    from twinning.core.visibility import is_public, public_pages

    listed = set(public_pages(Page.objects.filter(depth__gt=1)).values_list("pk", flat=True))
    verdicts = {page.title: is_public(page) for page in Page.objects.filter(depth__gt=1)}
    assert {p.title for p in Page.objects.filter(pk__in=listed)} == {
        title for title, public in verdicts.items() if public
    }
    assert verdicts["Offene Meldung über Brückenbau"] is True
    for title in (
        "Geheimprotokoll",
        "Pflaumenbaum gefällt",
        "Quittenmus für alle",
        "Tulpenzwiebel-Treffen",
        "Nebelstadt",
        "Schattenburg",
    ):
        assert verdicts[title] is False, title
