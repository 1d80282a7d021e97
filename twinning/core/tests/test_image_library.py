"""The image library and chooser show each photo's credit and find the photos that lack one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission
from wagtail.search import index

from twinning.browser import AXE_PATH, CHROMIUM_ARGS, chromium_path
from twinning.conftest import SiteTree, make_image
from twinning.core.demo.loader import ensure_tree_root
from twinning.core.image_library import filter_by_credit
from twinning.core.models import CityImage

LIBRARY = "/admin/images/"
LIBRARY_RESULTS = "/admin/images/results/"
CHOOSER = "/admin/images/chooser/"
CHOOSER_RESULTS = "/admin/images/chooser/results/"
# Playwright's event loop shares the test thread (as in test_browser_pages.py).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def searchable(*images: CityImage) -> None:
    """Put images into the search index now; on saving, Wagtail leaves that to a background task."""
    for image in images:
        index.insert_or_update_object(image)


def image_editor(username: str = "bildredaktion") -> object:
    """A non-superuser who may enter the admin and add, change and choose images."""
    group = Group.objects.create(name=f"Test-Bildredaktion {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_image", "change_image", "choose_image"):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(
                content_type__app_label="wagtailimages", codename=codename
            ),
        )
    user = get_user_model().objects.create_user(username, password="geheim-123", is_staff=True)
    user.groups.add(group)
    return user


@pytest.fixture
def photos(db) -> dict[str, CityImage]:
    """Two credited and two uncredited photos; two of them are about the town hall."""
    found = {
        "credited": make_image(
            title="Rathaus bei Nacht",
            credit="Stadt Krefeld / Anna Beispiel",
            caption="Das Rathaus am Abend des Partnerschaftsjubiläums",
            licence="CC BY 4.0",
        ),
        "uncredited": make_image(title="Rathaus von Venlo", credit="", caption="Der Markt"),
        "blank_credit": make_image(title="Schulhof in Leiden", credit="   ", caption=""),
        "other": make_image(title="Delegation aus Charlotte", credit="Presseamt Charlotte"),
    }
    searchable(*found.values())
    return found


@pytest.fixture
def editor_client(client, db):
    client.force_login(image_editor())
    return client


def tiles(html: str) -> dict[str, str]:
    """Each image of a grid listing by its title, mapped to the visible text of its tile."""
    soup = BeautifulSoup(html, "html.parser")
    found = {}
    for item in soup.select("ul.listing.images > li"):
        title = item.select_one("figcaption, h3").get_text(" ", strip=True)
        found[title] = item.get_text(" ", strip=True)
    return found


def rows(html: str) -> dict[str, str]:
    """Each image of a list-layout table by its title, mapped to the text of its title cell."""
    soup = BeautifulSoup(html, "html.parser")
    found = {}
    for cell in soup.select("td.title"):
        title = cell.select_one(".title-wrapper").get_text(" ", strip=True)
        found[title] = cell.get_text(" ", strip=True)
    return found


def test_editor_sees_credit_caption_and_licence_in_the_image_library(editor_client, photos):
    response = editor_client.get(LIBRARY)

    assert response.status_code == 200
    shown = tiles(response.content.decode())
    assert set(shown) == {
        "Rathaus bei Nacht",
        "Rathaus von Venlo",
        "Schulhof in Leiden",
        "Delegation aus Charlotte",
    }
    credited = shown["Rathaus bei Nacht"]
    assert "Foto: Stadt Krefeld / Anna Beispiel" in credited
    assert "Das Rathaus am Abend des Partnerschaftsjubiläums" in credited
    assert "Lizenz: CC BY 4.0" in credited
    assert "Ohne Bildnachweis" not in credited
    assert "Foto: Presseamt Charlotte" in shown["Delegation aus Charlotte"]
    for title in ("Rathaus von Venlo", "Schulhof in Leiden"):
        assert "Ohne Bildnachweis" in shown[title]
        assert "Foto:" not in shown[title]
    assert "Der Markt" in shown["Rathaus von Venlo"]


def test_editor_sees_credit_in_the_list_layout_of_the_image_library(editor_client, photos):
    response = editor_client.get(LIBRARY, {"layout": "list"})

    shown = rows(response.content.decode())
    assert "Foto: Stadt Krefeld / Anna Beispiel" in shown["Rathaus bei Nacht"]
    assert "Lizenz: CC BY 4.0" in shown["Rathaus bei Nacht"]
    assert "Ohne Bildnachweis" in shown["Rathaus von Venlo"]
    assert "Ohne Bildnachweis" not in shown["Delegation aus Charlotte"]


def test_filter_panel_offers_the_credit_filter_in_german(editor_client, photos):
    soup = BeautifulSoup(editor_client.get(LIBRARY).content.decode(), "html.parser")

    field = soup.select_one('[data-contentpath="credit"]')
    assert field is not None
    labels = {
        radio["value"]: soup.select_one(f'label[for="{radio["id"]}"]').get_text(strip=True)
        for radio in field.select('input[name="credit"]')
    }
    assert labels == {"": "Alle", "missing": "fehlt", "present": "vorhanden"}
    assert "Fotos ohne Urheberangabe" in field.select_one("[data-field-help]").get_text()
    assert "Bildnachweis" in soup.select_one('[aria-controls="drilldown-id_credit"]').get_text()


def test_credit_filter_lists_only_images_without_credit(editor_client, photos):
    response = editor_client.get(LIBRARY, {"credit": "missing"})

    assert set(tiles(response.content.decode())) == {"Rathaus von Venlo", "Schulhof in Leiden"}
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    pill = soup.select_one(".w-active-filters .w-pill").get_text(" ", strip=True)
    assert pill == "Bildnachweis: fehlt"


def test_credit_filter_lists_only_images_with_credit(editor_client, photos):
    response = editor_client.get(LIBRARY_RESULTS, {"credit": "present"})

    assert set(tiles(response.content.decode())) == {
        "Rathaus bei Nacht",
        "Delegation aus Charlotte",
    }


def test_credit_filter_combines_with_a_search_query(editor_client, photos):
    response = editor_client.get(LIBRARY_RESULTS, {"q": "Rathaus", "credit": "missing"})

    assert set(tiles(response.content.decode())) == {"Rathaus von Venlo"}

    response = editor_client.get(LIBRARY_RESULTS, {"q": "Rathaus", "credit": "present"})

    assert set(tiles(response.content.decode())) == {"Rathaus bei Nacht"}


def test_credit_filter_combines_with_collection_and_tag(editor_client, photos):
    archive = Collection.get_first_root_node().add_child(name="Archiv Venlo")
    in_archive = make_image(title="Stadttor Venlo", credit="", collection=archive)
    in_archive.tags.add("Venlo")
    credited_in_archive = make_image(title="Brücke Venlo", collection=archive)
    credited_in_archive.tags.add("Venlo")
    photos["uncredited"].tags.add("Venlo")
    searchable(in_archive, credited_in_archive)

    by_collection = editor_client.get(
        LIBRARY_RESULTS, {"collection_id": archive.pk, "credit": "missing"}
    )
    by_tag = editor_client.get(LIBRARY_RESULTS, {"tag": "Venlo", "credit": "missing"})
    by_tag_and_search = editor_client.get(
        LIBRARY_RESULTS, {"tag": "Venlo", "credit": "missing", "q": "Stadttor"}
    )

    assert set(tiles(by_collection.content.decode())) == {"Stadttor Venlo"}
    assert set(tiles(by_tag.content.decode())) == {"Stadttor Venlo", "Rathaus von Venlo"}
    assert set(tiles(by_tag_and_search.content.decode())) == {"Stadttor Venlo"}


def test_credit_filter_is_kept_when_paging(editor_client, photos, settings):
    settings.WAGTAILIMAGES_INDEX_PAGE_SIZE = 1
    for n in range(3):
        make_image(title=f"Ohne Nachweis {n}", credit="")

    first = BeautifulSoup(
        editor_client.get(LIBRARY, {"credit": "missing"}).content.decode(), "html.parser"
    )
    second = editor_client.get(LIBRARY, {"credit": "missing", "p": 2})

    assert "5 Bilder" in first.select_one(".pagination").get_text(" ", strip=True)
    next_link = first.select_one(".pagination li.next a")["href"]
    assert "credit=missing" in next_link and "p=2" in next_link
    # Newest first: page 2 of the uncredited photos is the second newest of them.
    assert set(tiles(second.content.decode())) == {"Ohne Nachweis 1"}


def test_an_unknown_credit_filter_value_is_refused_with_a_german_message(editor_client, photos):
    response = editor_client.get(LIBRARY, {"credit": "egal"})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    errors = soup.select_one('[data-contentpath="credit"] .w-field__errors').get_text(
        " ", strip=True
    )
    assert "gültige" in errors


def queries_for_listing(client, params: dict) -> tuple[int, str]:
    """Queries of one listing request, thumbnails already made (Wagtail renders them once).

    Making a thumbnail stores the image's size and hash, which counts as a change to public
    content and moves the page-cache generation on: the second visit is the settled one.
    """
    client.get(LIBRARY, params)
    client.get(LIBRARY, params)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(LIBRARY, params)
    return len(captured.captured_queries), response.content.decode()


def test_credit_filter_runs_a_fixed_number_of_queries(editor_client, photos):
    """The filter is one SQL condition: six times the photos, the same number of queries."""
    few, _ = queries_for_listing(editor_client, {"credit": "missing"})
    for n in range(20):
        make_image(title=f"Noch ein Bild {n}", credit="" if n % 2 else "Stadt Krefeld")

    many, html = queries_for_listing(editor_client, {"credit": "missing"})

    assert len(tiles(html)) == 12
    assert many == few


def test_uncredited_photos_are_found_through_the_credit_index(db):
    """The filter's SQL is served by the index on the trimmed credit, not a scan of all images."""
    query = filter_by_credit(CityImage.objects.order_by("-created_at"), "missing")[:30]
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("ANALYZE")
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = " ".join(str(row) for row in cursor.fetchall())
        else:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"EXPLAIN {sql}", params)
            plan = " ".join(row[0] for row in cursor.fetchall())

    assert "core_image_credit_created_idx" in plan


def chooser_html(response) -> str:
    """The modal's HTML as the chooser's JavaScript receives it (inside a JSON envelope)."""
    assert response["Content-Type"].startswith("application/json")
    return response.json()["html"]


def test_chooser_shows_credit_and_missing_credit(editor_client, photos):
    response = editor_client.get(CHOOSER)

    html = chooser_html(response)
    shown = tiles(html)
    assert "Foto: Stadt Krefeld / Anna Beispiel" in shown["Rathaus bei Nacht"]
    assert "Lizenz: CC BY 4.0" in shown["Rathaus bei Nacht"]
    assert "Ohne Bildnachweis" in shown["Rathaus von Venlo"]
    assert "Ohne Bildnachweis" not in shown["Delegation aus Charlotte"]
    soup = BeautifulSoup(html, "html.parser")
    select = soup.select_one('form[data-chooser-modal-search] select[name="credit"]')
    assert select is not None and select.has_attr("data-chooser-modal-search-filter")
    assert soup.select_one('label[for="id_credit"]').get_text(strip=True) == "Bildnachweis"
    assert [o.get_text(strip=True) for o in select.select("option")] == [
        "Alle",
        "fehlt",
        "vorhanden",
    ]


def test_chooser_results_show_credit_and_filter_with_search(editor_client, photos):
    """The results URL, as the modal fetches it when the editor types or picks a filter."""
    all_results = editor_client.get(CHOOSER_RESULTS, {"q": "Rathaus"})
    missing = editor_client.get(CHOOSER_RESULTS, {"q": "Rathaus", "credit": "missing"})
    as_list = editor_client.get(CHOOSER_RESULTS, {"credit": "present", "layout": "list"})

    shown = tiles(all_results.content.decode())
    assert set(shown) == {"Rathaus bei Nacht", "Rathaus von Venlo"}
    assert "Foto: Stadt Krefeld / Anna Beispiel" in shown["Rathaus bei Nacht"]
    assert set(tiles(missing.content.decode())) == {"Rathaus von Venlo"}
    listed = rows(as_list.content.decode())
    assert set(listed) == {"Rathaus bei Nacht", "Delegation aus Charlotte"}
    assert "Foto: Presseamt Charlotte" in listed["Delegation aus Charlotte"]


# --- in a real browser --------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def log_in(page, base_url: str, username: str) -> list[str]:
    """Log in through the admin's form; returns the list that collects console errors."""
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(f"{base_url}/admin/login/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', "geheim-123")
    page.click('button[type="submit"]')
    page.wait_for_url(f"{base_url}/admin/")
    return errors


def keep_screenshot(page, name: str, tmp_path: Path) -> None:
    """Screenshots go to pytest's tmp_path, or to $TWINNING_SCREENSHOTS for a person to look at."""
    folder = Path(os.environ.get("TWINNING_SCREENSHOTS") or tmp_path)
    page.screenshot(path=str(folder / name), full_page=True)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_editor_filters_the_image_library_for_missing_credits_in_a_browser(
    browser, live_server, tmp_path: Path
):
    ensure_tree_root()  # an earlier transactional test may have flushed the root collection
    make_image(title="Rathaus bei Nacht", credit="Stadt Krefeld", licence="CC BY 4.0")
    make_image(title="Rathaus von Venlo", credit="")
    image_editor("bildredaktion")
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    console_errors = log_in(page, live_server.url, "bildredaktion")

    page.goto(f"{live_server.url}{LIBRARY}", wait_until="networkidle")
    keep_screenshot(page, "image-library.png", tmp_path)
    credited = page.locator("ul.listing.images > li", has_text="Rathaus bei Nacht")
    uncredited = page.locator("ul.listing.images > li", has_text="Rathaus von Venlo")
    assert "Foto: Stadt Krefeld" in credited.inner_text()
    assert "Lizenz: CC BY 4.0" in credited.inner_text()
    assert uncredited.get_by_text("Ohne Bildnachweis").is_visible()
    page.evaluate(AXE_PATH.read_text())
    axe = page.evaluate(
        "async () => await axe.run({include: [['ul.listing.images']]},"
        " {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
    )
    assert [v["id"] for v in axe["violations"] if v["impact"] in ("serious", "critical")] == []

    page.get_by_role("button", name="Filter anzeigen").click()
    page.get_by_role("button", name="Bildnachweis").click()
    page.get_by_role("radio", name="fehlt").check()
    page.wait_for_url("**credit=missing**")
    page.locator("ul.listing.images figcaption", has_text="Rathaus bei Nacht").wait_for(
        state="detached"
    )
    keep_screenshot(page, "image-library-missing.png", tmp_path)

    titles = page.locator("ul.listing.images figcaption").all_inner_texts()
    assert [t.strip() for t in titles] == ["Rathaus von Venlo"]
    assert page.locator(".w-active-filters").inner_text().split() == ["Bildnachweis:", "fehlt"]
    context.close()
    assert console_errors == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_editor_sees_credits_and_filters_them_in_the_image_chooser_in_a_browser(
    browser, live_server, tmp_path: Path
):
    tree = SiteTree()
    release = tree.release("Besuch aus Venlo", live=False)
    make_image(title="Rathaus bei Nacht", credit="Stadt Krefeld", licence="CC BY 4.0")
    make_image(title="Rathaus von Venlo", credit="")
    editor = image_editor("bildredaktion")
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=editor.groups.get(),
            page=tree.archive,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    console_errors = log_in(page, live_server.url, "bildredaktion")
    page.goto(f"{live_server.url}/admin/pages/{release.pk}/edit/", wait_until="networkidle")

    page.get_by_role("button", name="Bild auswählen").click()
    search_tab = page.locator(".modal-content").get_by_role("tabpanel", name="Suche")
    tile = search_tab.locator("ul.listing.images > li", has_text="Rathaus bei Nacht")
    tile.wait_for()
    keep_screenshot(page, "image-chooser.png", tmp_path)
    assert "Foto: Stadt Krefeld" in tile.inner_text()
    assert (
        search_tab.locator("li", has_text="Rathaus von Venlo")
        .get_by_text("Ohne Bildnachweis")
        .is_visible()
    )

    search_tab.get_by_label("Bildnachweis").select_option("missing")
    tile.wait_for(state="detached")

    titles = search_tab.locator("ul.listing.images h3").all_inner_texts()
    assert [t.strip() for t in titles] == ["Rathaus von Venlo"]
    context.close()
    assert console_errors == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_editor_marks_an_image_as_a_graphic_with_a_licence_in_a_browser(
    browser, live_server, tmp_path: Path
):
    """The image form offers "Art" (Foto preselected); a graphic is credited "Grafik:" in the
    library and under the figure readers see."""
    ensure_tree_root()
    chart = make_image(title="Austauschzahlen 2025", credit="Stadt Krefeld")
    assert chart.kind == "foto"
    image_editor("bildredaktion")
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    console_errors = log_in(page, live_server.url, "bildredaktion")

    page.goto(f"{live_server.url}/admin/images/{chart.pk}/", wait_until="load")
    kind = page.get_by_label("Art")
    assert kind.evaluate("e => e.options[e.selectedIndex].text") == "Foto"
    kind.select_option(label="Grafik")
    page.get_by_label("Lizenz").fill("CC BY 4.0")
    page.get_by_role("button", name="Speichern").first.click()
    page.wait_for_url(f"{live_server.url}{LIBRARY}**")
    keep_screenshot(page, "image-graphic.png", tmp_path)
    card = page.locator("ul.listing.images > li", has_text="Austauschzahlen 2025")
    assert "Grafik: Stadt Krefeld" in card.inner_text()
    assert "Foto:" not in card.inner_text()
    chart.refresh_from_db()
    assert (chart.kind, chart.licence) == ("grafik", "CC BY 4.0")
    context.close()
    assert console_errors == []
