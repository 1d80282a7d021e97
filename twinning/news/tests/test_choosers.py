"""Choosers that scale: the editors' forms show only what is chosen and search on the server."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from twinning.conftest import BERLIN, SiteTree
from twinning.core.autocomplete import SEARCH_LIMIT
from twinning.news.models import Organisation, Person, PressReleasePage
from twinning.partnerships.tests.factories import make_exchange

pytestmark = pytest.mark.django_db
SEARCH_URL = "/admin/autocomplete/search/"


def press_editor(tree: SiteTree, username: str = "redakteurin") -> object:
    """A non-superuser who may enter the admin and edit releases in the archive."""
    group = Group.objects.create(name=f"Test-Redaktion {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=tree.archive,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = get_user_model().objects.create_user(username, password="geheim-123", is_staff=True)
    user.groups.add(group)
    return user


def admin_only_user(username: str = "buero") -> object:
    """Someone who may enter the admin and nothing else (the international office's reach)."""
    user = get_user_model().objects.create_user(username, password="geheim-123", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def chosen(page_html: str, field: str) -> list[str]:
    """The labels a chooser widget shows as chosen (it renders them from its data attribute)."""
    match = re.search(
        rf'data-autocomplete-input-name="{field}"\s+data-autocomplete-input-value="([^"]*)"',
        page_html,
    )
    assert match, f"no chooser for {field}"
    value = json.loads(html.unescape(match.group(1)))
    return [item["title"] for item in value or []]


def archive_of(tree: SiteTree, count: int, title: str = "Archivmeldung Nr. {n}") -> list:
    return [
        tree.release(
            title.format(n=n),
            published=dt.datetime(2020, 1, 1, 9, 0, tzinfo=BERLIN) + dt.timedelta(days=n),
        )
        for n in range(1, count + 1)
    ]


def test_editor_sees_only_the_chosen_people_and_releases_not_the_whole_archive(client):
    tree = SiteTree()
    venlo = tree.city("Venlo", country="Niederlande", country_code="NL")
    tree.city("Leicester", country="Vereinigtes Koenigreich", country_code="GB")
    others = archive_of(tree, 30)
    mayor = Person.objects.create(name="Frank Meyer", slug="frank-meyer", role="Oberbuergermeister")
    deputy = Person.objects.create(name="Karin Korn", slug="karin-korn")
    Person.objects.create(name="Otto Unbeteiligt", slug="otto-unbeteiligt")
    Organisation.objects.create(name="Auswaertiges Amt", slug="auswaertiges-amt")
    association = Organisation.objects.create(name="Freundeskreis Venlo", slug="fk-venlo")
    earlier = tree.release(
        "Delegation aus Venlo im Rathaus", published=dt.datetime(2019, 6, 3, 10, 0, tzinfo=BERLIN)
    )
    release = tree.release("Bürgerreise nach Venlo", cities=[venlo])
    release.people = [mayor, deputy]
    release.related_releases = [earlier]
    release.organisations = [association]
    release.save_revision().publish()
    client.force_login(press_editor(tree))

    response = client.get(reverse("wagtailadmin_pages:edit", args=(release.pk,)))

    page_html = response.content.decode()
    assert sorted(chosen(page_html, "people")) == ["Frank Meyer (Oberbuergermeister)", "Karin Korn"]
    assert chosen(page_html, "related_releases") == ["03.06.2019 – Delegation aus Venlo im Rathaus"]
    assert chosen(page_html, "partner_cities") == ["Venlo"]
    assert chosen(page_html, "organisations") == ["Freundeskreis Venlo"]
    assert "Archivmeldung" not in page_html
    assert others[0].title not in page_html
    assert "Otto Unbeteiligt" not in page_html
    assert "Leicester" not in page_html
    assert "Auswaertiges Amt" not in page_html


def test_exchange_editor_shows_only_the_linked_release(client):
    tree = SiteTree()
    venlo = tree.city("Venlo", country="Niederlande", country_code="NL")
    archive_of(tree, 30)
    linked = tree.release("Jugendorchester aus Venlo zu Gast")
    exchange = make_exchange(
        "Orchesteraustausch Venlo",
        dt.date(2024, 5, 2),
        dt.date(2024, 5, 5),
        [venlo],
        releases=[linked],
    )
    client.force_login(get_user_model().objects.create_superuser("admin", password="geheim-123"))

    response = client.get(
        reverse("wagtailsnippets_partnerships_exchange:edit", args=(exchange.pk,))
    )

    page_html = response.content.decode()
    assert chosen(page_html, "press_releases") == ["01.05.2024 – Jugendorchester aus Venlo zu Gast"]
    assert "Archivmeldung" not in page_html


def search(client, query: str, type_: str = "news.PressReleasePage", **extra) -> object:
    return client.post(SEARCH_URL, {"query": query, "type": type_, **extra})


def test_release_search_finds_live_releases_by_title_newest_first(client):
    tree = SiteTree()
    venlo = tree.city("Venlo", country="Niederlande", country_code="NL")
    tree.release("Bürgerreise nach Venlo", published=dt.datetime(2023, 5, 4, 9, 0, tzinfo=BERLIN))
    tree.release("Bürgerreise nach Leiden", published=dt.datetime(2024, 5, 4, 9, 0, tzinfo=BERLIN))
    tree.release("Schulpartnerschaft mit Venlo")
    tree.release("Bürgerreise nach Venlo geplant", live=False)
    venlo.title = "Bürgerreise-Ziel Venlo"  # a page of another type with a matching title
    venlo.save_revision().publish()
    client.force_login(admin_only_user())

    response = search(client, "bürgerreise")

    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == [
        "04.05.2024 – Bürgerreise nach Leiden",
        "04.05.2023 – Bürgerreise nach Venlo",
    ]
    assert [item["title"] for item in search(client, "Reise Venlo").json()["items"]] == [
        "04.05.2023 – Bürgerreise nach Venlo"
    ]


def test_release_search_never_answers_more_than_its_limit(client, django_assert_max_num_queries):
    tree = SiteTree()
    archive_of(tree, SEARCH_LIMIT + 10, title="Partnerschaftsbericht {n}")
    client.force_login(admin_only_user())

    with django_assert_max_num_queries(12):  # the same few queries however many releases match
        response = search(client, "bericht", limit="1000")
    items = response.json()["items"]

    assert len(items) == SEARCH_LIMIT
    assert items[0]["title"].endswith("Partnerschaftsbericht 30")
    assert len(search(client, "", limit="abc").json()["items"]) == SEARCH_LIMIT
    assert len(search(client, "bericht", limit="3").json()["items"]) == 3


def test_person_search_finds_by_name_or_role(client):
    Person.objects.create(name="Frank Meyer", slug="frank-meyer", role="Oberbürgermeister")
    Person.objects.create(name="Karin Meyerhoff", slug="karin-meyerhoff", role="Bürgermeisterin")
    Person.objects.create(name="Otto Korn", slug="otto-korn")
    client.force_login(admin_only_user())

    by_name = search(client, "meyer", type_="news.Person").json()["items"]
    by_role = search(client, "oberbürger", type_="news.Person").json()["items"]

    assert [item["title"] for item in by_name] == [
        "Frank Meyer (Oberbürgermeister)",
        "Karin Meyerhoff (Bürgermeisterin)",
    ]
    assert [item["title"] for item in by_role] == ["Frank Meyer (Oberbürgermeister)"]


def test_partner_city_search_knows_local_names(client):
    tree = SiteTree()
    tree.city("Dünkirchen", local_name="Dunkerque", exonyms="Dunkirk, Duinkerke")
    tree.city("Leiden", country="Niederlande", country_code="NL")
    client.force_login(admin_only_user())

    items = search(client, "dunk", type_="partnerships.PartnerCityPage").json()["items"]

    assert [item["title"] for item in items] == ["Dünkirchen"]


@pytest.mark.parametrize("type_", ["wagtailcore.Page", "auth.User", "core.HomePage", "nichts.Da"])
def test_search_refuses_models_that_did_not_opt_in(client, type_):
    tree = SiteTree()
    tree.release("Bürgerreise nach Venlo")
    client.force_login(admin_only_user())

    response = search(client, "", type_=type_)

    assert response.status_code == 400
    assert b"Venlo" not in response.content


def test_search_is_only_for_people_who_may_enter_the_admin(client):
    tree = SiteTree()
    tree.release("Bürgerreise nach Venlo")
    client.force_login(get_user_model().objects.create_user("leser", password="geheim-123"))

    response = search(client, "Venlo")

    assert b"Venlo" not in response.content
    assert response.status_code in (302, 403)


# --- In a real browser ---------------------------------------------------------------------

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop shares the thread
WATCHING_EDITS = """() => {
    const form = document.querySelector("[data-edit-form]");
    const unsaved = window.wagtail.app.getControllerForElementAndIdentifier(form, "w-unsaved");
    return Boolean(unsaved && unsaved.initialFormData);
}"""


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    from twinning.browser import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_editor_picks_a_person_by_typing_part_of_the_name_and_saves(browser, live_server):
    tree = SiteTree()
    archive_of(tree, 5)
    release = tree.release("Empfang für die Gäste aus Leicester")
    Person.objects.create(name="Frank Meyer", slug="frank-meyer", role="Oberbürgermeister")
    Person.objects.create(name="Karin Korn", slug="karin-korn", role="Bürgermeisterin")
    press_editor(tree, "redakteurin")
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "redakteurin")
    page.fill("input[name=password]", "geheim-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/pages/{release.pk}/edit/", wait_until="networkidle")
    # As a person would, start once the editor has settled: Wagtail watches the form for
    # changes from then on and autosaves them; saving before its autosave has answered would
    # be refused as stale, so wait for it as a person is slower than it anyway.
    page.wait_for_function(WATCHING_EDITS)
    people = page.locator('[data-autocomplete-input-name="people"] input[role=combobox]')
    people.fill("Mey")
    edit_url = f"{live_server.url}/admin/pages/{release.pk}/edit/"
    with page.expect_response(lambda r: r.url == edit_url and r.request.method == "POST"):
        page.get_by_role("option", name="Frank Meyer (Oberbürgermeister)").click()
    people_widget = page.locator('[data-autocomplete-input-name="people"]')
    assert people_widget.get_by_role("button", name="Entfernen").count() == 1
    assert (
        "Nichts ausgewählt."
        in page.locator('[data-autocomplete-input-name="organisations"]').inner_text()
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Entwurf speichern").click()

    assert "wurde aktualisiert" in page.locator(".messages").inner_text()
    assert "Frank Meyer (Oberbürgermeister)" in people_widget.inner_text()
    assert "Nothing selected" not in page.locator("body").inner_text()
    draft = PressReleasePage.objects.get(pk=release.pk).get_latest_revision_as_object()
    assert [p.name for p in draft.people.all()] == ["Frank Meyer"]
    context.close()
    assert errors == []
