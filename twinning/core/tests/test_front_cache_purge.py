"""Publishing purges every URL that shows the release from a front cache, not the release alone.

A real HTTP server on 127.0.0.1 stands in for the front cache and records the PURGE requests
that Wagtail's HTTP backend sends from the background worker.
"""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.test import override_settings

from twinning.conftest import make_image
from twinning.importer.tests.test_import_jobs import run_worker
from twinning.news.models import Topic

pytestmark = pytest.mark.django_db(transaction=True)  # the worker takes its own transactions


@pytest.fixture
def front_cache():
    purged: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            purged.append(f"{self.headers['Host']}{self.path}")
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    config = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    with override_settings(WAGTAILFRONTENDCACHE=config):
        yield purged
    server.shutdown()


def test_publishing_a_release_purges_its_lists_cities_feeds_and_api(site_tree, front_cache):
    venlo = site_tree.city("Venlo", slug="venlo", country="Niederlande", country_code="NL")
    topic = Topic.objects.create(name="Kultur", slug="kultur")
    release = site_tree.release(
        "Konzert in Venlo", cities=[venlo], topics=[topic], image=make_image()
    )
    run_worker()
    expected = {
        release.url,
        "/",
        "/presse/",
        "/presse/?partnerstadt=venlo",
        "/presse/?thema=kultur",
        venlo.url,
        "/feeds/presse/rss/",
        "/feeds/partnerstadt/venlo/rss/",
        "/feeds/thema/kultur/atom/",
        "/sitemap.xml",
        "/api/v1/press-releases/",
    }
    paths = {entry.split("testserver", 1)[1] for entry in front_cache}
    assert expected <= paths, sorted(paths)

    front_cache.clear()
    release.unpublish()
    run_worker()
    paths = {entry.split("testserver", 1)[1] for entry in front_cache}
    assert {release.url, "/presse/", venlo.url} <= paths


def test_publishing_an_event_purges_its_calendars_and_its_cities(site_tree, front_cache):
    import datetime as dt

    from django.utils import timezone

    from twinning.events.models import EventPage

    venlo = site_tree.city("Venlo", slug="venlo", country="Niederlande", country_code="NL")
    start = timezone.now() + dt.timedelta(days=10)
    event = EventPage(
        title="Orgelkonzert mit Gästen aus Venlo",
        start=start,
        end=start + dt.timedelta(hours=2),
        place="Alte Kirche",
    )
    event.partner_cities = [venlo]
    event.live = False
    site_tree.events.add_child(instance=event)
    event.save_revision().publish()
    run_worker()
    paths = {entry.split("testserver", 1)[1] for entry in front_cache}
    expected = {
        event.url,
        f"{event.url}kalender.ics",
        "/termine/",
        "/termine/kalender.ics",
        venlo.url,
        f"{venlo.url}kalender.ics",
        "/api/v1/events/",
        "/",
    }
    assert expected <= paths, sorted(paths)
