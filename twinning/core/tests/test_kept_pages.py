"""A page asked for again between two publishes is served from what the process kept
(``core.memo.recent_page`` and the kept URL parts), and a publish shows the change at once."""

from __future__ import annotations

from collections import OrderedDict

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from twinning.core import memo
from twinning.core.routing import find_page


@pytest.fixture
def release(site_tree, settings):
    settings.PAGE_CACHE_SECONDS = 0  # what is measured here is the page behind the page cache
    venlo = site_tree.city("Venlo", country="Niederlande", country_code="NL")
    return site_tree.release("Radtour nach Venlo", cities=[venlo]), venlo


def test_a_release_asked_for_again_runs_no_query_and_a_publish_shows_the_edit(client, release):
    page, _venlo = release
    assert "Radtour nach Venlo" in client.get(page.url).content.decode()
    with CaptureQueriesContext(connection) as captured:
        body = client.get(page.url).content.decode()
    assert "<h1" in body and "Radtour nach Venlo" in body
    assert [q["sql"] for q in captured.captured_queries] == []

    draft = page.get_latest_revision_as_object()
    draft.title = "Radtour nach Venlo und zurück"
    draft.save_revision().publish()
    body = client.get(page.url).content.decode()
    assert "Radtour nach Venlo und zurück" in body


def test_a_saved_draft_does_not_reach_readers(client, release):
    page, _venlo = release
    client.get(page.url)
    draft = page.get_latest_revision_as_object()
    draft.title = "Noch nicht freigegeben"
    draft.save_revision()  # saved, not published: readers keep the published text
    body = client.get(page.url).content.decode()
    assert "Noch nicht freigegeben" not in body
    assert "Radtour nach Venlo" in body


def test_each_request_gets_its_own_copy_of_a_kept_page(release, site_tree):
    page, _venlo = release
    first = find_page(site_tree.home, ["presse", page.slug])
    first.title = "Von einer Anfrage verändert"
    first.set_by_a_view = True
    second = find_page(site_tree.home, ["presse", page.slug])
    assert second is not first
    assert second.title == "Radtour nach Venlo"
    assert not hasattr(second, "set_by_a_view")


def test_links_follow_a_partner_city_whose_address_changed(client, release):
    page, venlo = release
    old_url = venlo.url
    assert f'href="{old_url}"' in client.get(page.url).content.decode()

    draft = venlo.get_latest_revision_as_object()
    draft.slug = "venlo-nl"
    draft.save_revision().publish()
    body = client.get(page.url).content.decode()
    assert 'href="/partnerstaedte/venlo-nl/"' in body
    assert f'href="{old_url}"' not in body
    assert client.get("/partnerstaedte/venlo-nl/").status_code == 200


def test_nothing_is_kept_past_max_age(release, site_tree, monkeypatch):
    page, _venlo = release
    find_page(site_tree.home, ["presse", page.slug])
    monkeypatch.setattr(memo, "MAX_AGE", 0.0)  # as if the kept page were older than MAX_AGE
    with CaptureQueriesContext(connection) as captured:
        find_page(site_tree.home, ["presse", page.slug])
    assert len(captured.captured_queries) >= 1


class EvictedWhileRead(OrderedDict):
    """A kept store whose entry another thread pushes out right after this one read it."""

    def get(self, key, default=None):
        value = super().get(key, default)
        self.pop(key, None)
        return value


def test_a_value_pushed_out_by_another_thread_while_read_is_still_answered(db):
    kept_in = EvictedWhileRead()
    first = memo.recent("k", lambda: "gelesen", kept_in, 10)
    again = memo.recent("k", lambda: "neu gelesen", kept_in, 10)
    assert (first, again) == ("gelesen", "gelesen")
