"""A person reaching another role's screen by its URL is turned away with a German message."""

from __future__ import annotations

import os

import pytest
from django.urls import reverse

from twinning.browser import serve_site_at, user_in_role
from twinning.conftest import SiteTree
from twinning.core import roles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop shares the thread


@pytest.fixture
def site(live_server) -> SiteTree:
    tree = SiteTree()
    roles.ensure_roles()
    serve_site_at(live_server.url)
    user_in_role(roles.EDITOR, "redakteurin")
    user_in_role(roles.INTERNATIONAL, "austausch")
    return tree


def assert_turned_away(session, path: str) -> None:
    """Wagtail answers a denial with a redirect to the dashboard and says why, in German."""
    response = session.page.goto(session.base_url + path)
    first = response.request.redirected_from
    assert first is not None and first.response().status == 302, path
    assert session.page.url == f"{session.base_url}/admin/", path
    assert "keine Berechtigung" in session.page.locator(".messages").inner_text(), path


def test_people_are_turned_away_from_other_roles_screens(people, site):
    release = site.release("Empfang für die Gäste aus Leicester")
    international = people("austausch")
    for path in [
        reverse("wagtailadmin_pages:edit", args=(release.pk,)),
        reverse("wagtailadmin_pages:add_subpage", args=(site.archive.pk,)),
        reverse("importer_import"),
        reverse("wagtailusers_users:index"),
    ]:
        assert_turned_away(international, path)

    editor = people("redakteurin")
    for path in [
        reverse("importer_import"),
        reverse("wagtailsnippets_partnerships_exchange:add"),
        reverse("wagtailadmin_pages:edit", args=(site.cities.pk,)),
        reverse("wagtailusers_groups:index"),
    ]:
        assert_turned_away(editor, path)

    assert international.problems == []
    assert editor.problems == []
