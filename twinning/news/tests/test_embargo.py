"""A release under embargo is invisible on every route until its moment, then visible everywhere."""

import datetime as dt

import pytest
from django.utils import timezone

from twinning.conftest import make_image
from twinning.core.scheduling import publish_due
from twinning.news.models import PressReleasePage

pytestmark = pytest.mark.django_db

TITLE = "Sperrfrist beim Besuch aus Leicester"
MARKS = ("Sperrfrist beim Besuch", "sperrfrist-beim-besuch")


@pytest.fixture
def embargoed(site_tree):
    city = site_tree.city("Leicester", country="Vereinigtes Königreich", country_code="GB")
    site_tree.release("Frühere Meldung über Leicester", cities=[city], image=make_image())
    return site_tree.release(
        TITLE,
        cities=[city],
        image=make_image(),
        published=timezone.now() + dt.timedelta(hours=2),
    )


def routes(client, release: PressReleasePage) -> dict[str, str]:
    """What a reader or another system gets on each route that could show the release."""
    return {
        "archive": client.get("/presse/").content.decode(),
        "home": client.get("/").content.decode(),
        "city": client.get("/partnerstaedte/leicester/").content.decode(),
        "search page": client.get("/suche/", {"q": "Sperrfrist Leicester"}).content.decode(),
        "search api": client.get("/api/v1/search", {"q": "Sperrfrist"}).content.decode(),
        "api list": client.get("/api/v1/press-releases/").content.decode(),
        "feed": client.get("/feeds/presse/rss/").content.decode(),
        "sitemap": client.get("/sitemap.xml").content.decode(),
    }


def test_an_embargoed_release_is_on_no_route(client, embargoed):
    assert embargoed.live
    assert client.get(embargoed.url).status_code == 404
    for route, body in routes(client, embargoed).items():
        assert not [mark for mark in MARKS if mark in body], route


def test_when_the_embargo_ends_the_release_is_on_every_route(client, embargoed):
    routes(client, embargoed)  # cached pages from before the moment must not linger
    moment = timezone.now() - dt.timedelta(seconds=1)
    PressReleasePage.objects.filter(pk=embargoed.pk).update(published_at=moment)

    run = publish_due()

    assert TITLE in run.released
    assert client.get(embargoed.url).status_code == 200
    for route, body in routes(client, embargoed).items():
        assert [mark for mark in MARKS if mark in body], (route, body[-3000:])


def test_publication_date_is_the_moment_it_first_went_live(site_tree):
    page = PressReleasePage(title="Ohne Datum", lead_image=make_image())
    page.live = False
    site_tree.archive.add_child(instance=page)
    assert PressReleasePage.objects.get(pk=page.pk).published_at is None
    before = timezone.now()
    page.save_revision().publish()
    page.refresh_from_db()
    assert before <= page.published_at <= timezone.now()
