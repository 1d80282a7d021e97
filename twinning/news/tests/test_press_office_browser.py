"""The press office's daily work in a real Chromium: write, choose a photo, preview, approve, schedule.

Each person logs in through the admin's login form in a browser of their own; every test ends
by checking that none of the screens it used logged a console error, a script error or a
failed request (``AdminSession.problems``).
"""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision

from twinning.browser import (
    choose_autocomplete,
    fill_date,
    serve_site_at,
    user_in_role,
    wait_for_autosave,
)
from twinning.conftest import BERLIN, SiteTree, make_image
from twinning.core import roles
from twinning.news.models import PressReleasePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop shares the thread

HEADLINE = "Jugendorchester aus Venlo und Leiden zu Gast"
QUOTE = "Musik verbindet unsere Städte über alle Grenzen hinweg."
SPEAKER = "Oberbürgermeister Frank Meyer"
SUBMIT = re.compile(r"Freigabe.*einreichen")


@pytest.fixture
def press_office(live_server) -> dict:
    """A site with two partner cities, a credited photo, and one person per press-office role."""
    tree = SiteTree()
    roles.ensure_roles()
    serve_site_at(live_server.url)
    return {
        "tree": tree,
        "base": live_server.url,
        "venlo": tree.city("Venlo", country="Niederlande", country_code="NL"),
        "leiden": tree.city("Leiden", country="Niederlande", country_code="NL"),
        "photo": make_image(title="Orchester im Seidenweberhaus", credit="Stadt Krefeld"),
        "editor": user_in_role(roles.EDITOR, "redakteurin"),
        "approver": user_in_role(roles.APPROVER, "pressesprecher"),
    }


def submitted_release(press_office: dict, title: str, image) -> PressReleasePage:
    """A draft release the editor has submitted to the approval workflow."""
    release = press_office["tree"].release(
        title,
        live=False,
        image=image,
        cities=[press_office["venlo"]],
        published=timezone.now().astimezone(BERLIN),
    )
    release.save_revision(user=press_office["editor"])
    release.get_workflow().start(release, press_office["editor"])
    return release


def footer_actions(page) -> list[str]:
    """Every action the editor's footer offers, the ones under "Mehr Aktionen" included."""
    more = page.get_by_role("button", name="Mehr Aktionen")
    if more.count():
        more.click()
    return [
        " ".join(text.split())
        for text in page.locator("footer").get_by_role("button").all_inner_texts()
    ]


def test_editor_writes_release_with_chosen_photo_quote_and_two_cities_previews_and_submits(
    people, press_office
):
    session = people("redakteurin")
    page = session.page
    archive = press_office["tree"].archive

    session.open(reverse("wagtailadmin_pages:add_subpage", args=(archive.pk,)))
    title = page.locator("#id_title")
    title.fill(HEADLINE)
    # A date of its own: previewing with none is the expected failure further down.
    fill_date(page.locator("#id_published_at"), "2026-05-04 10:00", click_away=title)
    page.get_by_role("button", name="Bild auswählen").click()
    page.get_by_role("link", name="Orchester im Seidenweberhaus").click()
    page.get_by_role("button", name="Einen Block einfügen").click()
    page.get_by_role("option", name="Zitat").click()
    quote = page.get_by_role("region", name="Zitat")
    quote.get_by_role("textbox", name="Zitat*").fill(QUOTE)
    quote.get_by_role("textbox", name="Sprecherin oder Sprecher").fill(SPEAKER)
    choose_autocomplete(page, "partner_cities", "Venlo")
    choose_autocomplete(page, "partner_cities", "Leiden")
    wait_for_autosave(page)

    # The preview beside the form shows the unsaved state, headline, photo credit and quote.
    page.get_by_role("button", name="Vorschau umschalten").click()
    preview = page.frame_locator("#w-preview-iframe")
    assert preview.locator("h1").inner_text() == HEADLINE
    assert QUOTE in preview.locator("blockquote").inner_text()
    assert SPEAKER in preview.locator(".site-quote").inner_text()
    assert "Foto: Stadt Krefeld" in preview.locator("main").inner_text()
    for attempt in range(3):
        # Wagtail's autosave turns the new page into a draft while the editor works; a preview
        # tab opened in that moment can say "Vorschau nicht verfügbar" (a person opens it again).
        session.settle()
        with session.context.expect_page() as new_tab:
            page.get_by_role("link", name="Vorschau in neuem Tab").click()
        tab = session.watch(new_tab.value)
        tab.wait_for_load_state()
        if tab.locator("h1").inner_text() == HEADLINE or attempt == 2:
            break
        tab.close()
    assert tab.locator("h1").inner_text() == HEADLINE
    assert SPEAKER in tab.locator(".site-quote").inner_text()
    tab.close()

    actions = footer_actions(page)
    assert not [a for a in actions if "Veröffentlichen" in a or "einplanen" in a], actions
    page.get_by_role("button", name=SUBMIT).click()
    page.wait_for_load_state()

    assert "eingereicht" in page.locator(".messages").inner_text()
    session.settle()
    release = PressReleasePage.objects.get(title=HEADLINE)
    assert release.workflow_in_progress
    assert not release.live
    draft = release.get_latest_revision_as_object()
    assert draft.lead_image == press_office["photo"]
    assert sorted(c.title for c in draft.partner_cities.all()) == ["Leiden", "Venlo"]
    assert [(b.block_type, b.value["speaker"]) for b in draft.body] == [("quote", SPEAKER)]
    session.open(release.url, expect=404)
    assert session.problems == []


def test_editor_previews_release_before_it_has_a_date(people, press_office):
    session = people("redakteurin")
    page = session.page
    session.open(reverse("wagtailadmin_pages:add_subpage", args=(press_office["tree"].archive.pk,)))
    page.locator("#id_title").fill(HEADLINE)
    wait_for_autosave(page)

    page.get_by_role("button", name="Vorschau umschalten").click()

    assert page.frame_locator("#w-preview-iframe").locator("h1").inner_text() == HEADLINE
    session.settle()
    assert session.problems == []


def test_second_person_approves_and_release_goes_live(people, press_office):
    release = submitted_release(press_office, HEADLINE, press_office["photo"])
    session = people("pressesprecher")
    page = session.page

    session.open(reverse("wagtailadmin_pages:edit", args=(release.pk,)))
    footer_actions(page)
    page.get_by_role("button", name="Freigeben und Veröffentlichen", exact=True).click()
    page.wait_for_load_state()

    session.settle()
    release.refresh_from_db()
    assert release.live
    assert not release.workflow_in_progress
    session.open(release.url)
    assert page.locator("h1").inner_text() == HEADLINE
    assert session.problems == []


def test_release_with_uncredited_photo_cannot_be_approved_and_message_names_image(
    people, press_office
):
    photo = make_image(title="Probe in der Aula", credit="")
    release = submitted_release(press_office, "Probenwochenende mit Gästen aus Venlo", photo)
    session = people("pressesprecher")
    page = session.page

    session.open(reverse("wagtailadmin_pages:edit", args=(release.pk,)))
    footer_actions(page)
    page.get_by_role("button", name="Freigeben und Veröffentlichen", exact=True).click()
    page.wait_for_load_state()

    message = page.locator(".error-message", has_text="Bildnachweis")
    assert "„Probe in der Aula“" in message.inner_text()
    link = message.get_by_role("link", name="Probe in der Aula")
    assert link.get_attribute("href") == reverse("wagtailimages:edit", args=(photo.pk,))
    session.settle()
    release.refresh_from_db()
    assert not release.live
    assert release.workflow_in_progress
    assert session.problems == []


def test_approver_schedules_release_which_stays_offline_until_its_time(people, press_office):
    release = press_office["tree"].release(
        "Bürgerreise nach Venlo im Mai", live=False, image=press_office["photo"]
    )
    release.save_revision(user=press_office["editor"])
    go_live = (timezone.localtime() + dt.timedelta(days=3)).replace(second=0, microsecond=0)
    session = people("pressesprecher")
    page = session.page

    session.open(reverse("wagtailadmin_pages:edit", args=(release.pk,)))
    page.get_by_role("button", name="Status umschalten").click()
    page.get_by_role("button", name="Zeitplan festlegen").click()
    dialog = page.get_by_role("dialog")
    fill_date(
        dialog.get_by_label("Veröffentlicht ab"),
        go_live.strftime("%Y-%m-%d %H:%M"),
        click_away=dialog.get_by_role("heading", name="Veröffentlichungszeitplan festlegen"),
    )
    # Saving the schedule saves a draft that carries it; publishing then schedules it.
    with page.expect_navigation():
        dialog.get_by_role("button", name="Zeitplan speichern").click()
    assert "Go-Live" in page.locator("[data-side-panel='status']").text_content()
    footer_actions(page)
    page.get_by_role("button", name="Zur Veröffentlichung einplanen").click()
    page.wait_for_load_state()

    assert "eingeplant" in page.locator(".messages").inner_text()
    session.settle()
    release.refresh_from_db()
    assert not release.live
    scheduled = Revision.page_revisions.get(
        object_id=str(release.pk), approved_go_live_at__isnull=False
    )
    assert timezone.localtime(scheduled.approved_go_live_at) == go_live
    session.open(f"/presse/{release.slug}/", expect=404)
    assert session.problems == []
