"""Translating a release in the admin, in a real Chromium, as the press office does it.

wagtail-localize's "Diese Seite übersetzen" action, its segment editor, and publishing one
language on its own; an editor without the right to publish cannot put a translation live
(the approval rule holds for translations too).
"""

from __future__ import annotations

import os

import pytest
from wagtail.models import Page

from twinning.browser import serve_site_at, user_in_role
from twinning.conftest import SiteTree
from twinning.core import roles
from twinning.news.models import PressReleasePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop shares the thread


@pytest.fixture
def release(live_server) -> PressReleasePage:
    tree = SiteTree()
    roles.ensure_roles()
    serve_site_at(live_server.url)
    charlotte = tree.city("Charlotte", country="Vereinigte Staaten", country_code="US")
    user_in_role(roles.APPROVER, "pressesprecher")
    user_in_role(roles.EDITOR, "redakteurin")
    return tree.release(
        "Gäste aus Charlotte erkunden Krefeld mit dem Fahrrad",
        cities=[charlotte],
        subtitle="Eine Delegation informiert sich über Radverkehr",
    )


def translation_of(page: Page, code: str) -> PressReleasePage | None:
    return (
        PressReleasePage.objects.filter(
            translation_key=page.translation_key, locale__language_code=code
        )
        .select_related("locale")
        .first()
    )


def start_translation(page, base: str, release: PressReleasePage, language: str) -> None:
    page.goto(f"{base}/admin/pages/{release.pk}/edit/")
    page.get_by_role("button", name="Aktionen").first.click()
    page.get_by_role("link", name="Diese Seite übersetzen").click()
    page.get_by_label(language).check()
    page.locator("form [type=submit]").last.click()
    page.wait_for_load_state("networkidle")


def translate_title(page, text: str) -> None:
    page.get_by_role("button", name="Übersetzen").first.click()
    page.locator("textarea").first.fill(text)
    page.get_by_role("button", name="Speichern").first.click()
    page.get_by_text(text).first.wait_for()


def test_press_office_translates_a_release_and_publishes_the_english_version(
    people, release, live_server
):
    session = people("pressesprecher")
    page = session.page
    start_translation(page, live_server.url, release, "Englisch")
    assert "Deutsch" in page.locator("body").inner_text()  # the editor names the source
    assert not translation_of(release, "en").live  # nothing translated yet: a draft
    translate_title(page, "Guests from Charlotte explore Krefeld by bike")
    page.get_by_role("button", name="Veröffentlichen in Englisch").click()
    page.wait_for_load_state("networkidle")
    session.settle()
    english = translation_of(release, "en")
    assert english is not None and english.live
    assert english.title == "Guests from Charlotte explore Krefeld by bike"
    # The translation keeps the German release's partner city and credit rule's image.
    assert list(english.partner_cities.values_list("title", flat=True)) == ["Charlotte"]
    reader = session.context.new_page()
    reader.goto(live_server.url + english.url)
    assert reader.locator("html").get_attribute("lang") == "en"
    assert reader.locator("h1").inner_text() == "Guests from Charlotte explore Krefeld by bike"
    reader.close()
    assert session.problems == []


def test_an_editor_can_translate_but_not_publish_a_translation(people, release, live_server):
    session = people("redakteurin")
    page = session.page
    start_translation(page, live_server.url, release, "Französisch")
    translate_title(page, "Des invités de Charlotte découvrent Krefeld à vélo")
    assert page.get_by_role("button", name="Veröffentlichen in Französisch").count() == 0
    session.settle()
    # The copy wagtail-localize made stays a draft until someone who may publish does.
    french = translation_of(release, "fr")
    assert french is not None and not french.live
    reader = session.context.new_page()
    response = reader.goto(f"{live_server.url}/fr/")
    assert "Des invités de Charlotte" not in reader.locator("body").inner_text()
    reader.close()
    assert response.status == 200
    assert session.problems == []


def test_a_translation_nobody_has_translated_yet_is_not_published(people, release, live_server):
    session = people("pressesprecher")
    start_translation(session.page, live_server.url, release, "Niederländisch")
    session.settle()
    dutch = translation_of(release, "nl")
    assert dutch is not None and not dutch.live  # German text would show under /nl/
    assert session.problems == []


def english_state(page) -> str:
    return page.locator("td[data-language='en']").first.inner_text().strip()


def test_the_report_shows_an_outdated_translation_until_it_is_synced_and_published(
    people, release, live_server
):
    session = people("pressesprecher")
    page = session.page
    start_translation(page, live_server.url, release, "Englisch")
    translate_title(page, "Guests from Charlotte explore Krefeld by bike")
    page.get_by_role("button", name="Veröffentlichen in Englisch").click()
    page.wait_for_load_state("networkidle")
    # Later the German release gets a new subheading.
    german = PressReleasePage.objects.get(pk=release.pk)
    german.subtitle = "Zweite Woche: Besuch im Hafen"
    german.save_revision().publish()

    page.goto(f"{live_server.url}/admin/")
    page.get_by_role("button", name="Berichte").click()
    page.get_by_role("link", name="Übersetzungen").click()
    page.wait_for_load_state("networkidle")
    assert english_state(page) == "veraltet"
    page.get_by_role("link", name="Übersetzungen synchronisieren").click()
    page.locator("main form input[type=submit]").click()
    page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/admin/berichte/uebersetzungen/")
    assert english_state(page) == "veraltet"  # synced, not yet translated and published
    page.locator("td[data-language='en'] a").first.click()
    page.wait_for_load_state("networkidle")
    translate_title(page, "Second week: a visit to the port")
    page.get_by_role("button", name="Veröffentlichen in Englisch").click()
    page.wait_for_load_state("networkidle")
    session.settle()
    english = translation_of(release, "en")
    assert english.subtitle == "Second week: a visit to the port"
    page.goto(f"{live_server.url}/admin/berichte/uebersetzungen/")
    assert english_state(page) == "aktuell"
    assert session.problems == []
