"""The admin import in a real Chromium: upload, dry run by the background worker, report, import.

The worker is the real one (``manage.py db_worker --batch``), run in this process while the
job's page waits: SQLite's in-memory test database exists only here, and on PostgreSQL this
is the same worker on the same database.
"""

from __future__ import annotations

import io
import json
import os

import pytest

from twinning.browser import serve_site_at, user_in_role
from twinning.conftest import SiteTree
from twinning.core import roles
from twinning.importer.tests.test_import_jobs import run_worker
from twinning.news.models import PressReleasePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop shares the thread

ARCHIVE = [
    {
        "source_id": "alt-2019-17",
        "title": "Städtepartnerschaft mit Venlo wird 55",
        "published": "2019-06-14",
        "partner_cities": ["Venlo"],
        "body_text": "Krefeld und Venlo feierten das Jubiläum im Rathaus.",
    },
    {"source_id": "alt-2019-18", "published": "2019-06-20"},  # no title: rejected
]


@pytest.fixture
def press_archive(live_server, settings, tmp_path) -> SiteTree:
    settings.IMPORT_ROOT = tmp_path / "uploads"
    tree = SiteTree()
    roles.ensure_roles()
    serve_site_at(live_server.url)
    tree.city("Venlo", country="Niederlande", country_code="NL")
    user_in_role(roles.APPROVER, "pressesprecher")
    return tree


def report(page) -> dict[str, str]:
    """Title (or, for a rejection, the reason) by status, from the job's report table."""
    rows = {}
    for row in page.locator("table.import-report-table tbody tr").all():
        cells = [" ".join(c.split()) for c in row.locator("td").all_inner_texts()]
        rows[cells[1]] = cells[2] if cells[2] != "–" else cells[-1]
    return rows


def test_approver_imports_archive_after_dry_run_report(people, press_archive):
    session = people("pressesprecher")
    page = session.page
    lines = "\n".join(json.dumps(item) for item in ARCHIVE).encode()

    page.get_by_role("link", name="Pressearchiv importieren").click()
    page.locator("input[name=file]").set_input_files(
        {"name": "altarchiv.jsonl", "mimeType": "application/jsonl", "buffer": lines}
    )
    page.get_by_role("button", name="Probelauf starten").click()
    page.get_by_role("heading", name="Wartet auf den Hintergrunddienst").wait_for()
    session.settle()
    run_worker()

    # The job's page refreshes itself and shows the dry run's report; nothing is saved yet.
    page.get_by_role("heading", name="Probelauf: so würde der Import ausgehen").wait_for()
    assert "1 neu, 0 aktualisiert, 0 unverändert, 1 abgelehnt" in " ".join(
        page.locator("main").inner_text().split()
    )
    dry_run = report(page)
    assert dry_run["neu"] == "Städtepartnerschaft mit Venlo wird 55"
    assert dry_run["abgelehnt"].endswith("„title“ fehlt")  # why, in German
    session.settle()
    assert not PressReleasePage.objects.exists()

    page.get_by_role("button", name="Jetzt importieren").click()
    assert "Der Import wurde gestartet." in page.locator(".messages").inner_text()
    session.settle()
    run_worker()
    page.get_by_role("heading", name="Import abgeschlossen").wait_for()
    assert report(page)["neu"] == "Städtepartnerschaft mit Venlo wird 55"

    session.settle()
    release = PressReleasePage.objects.get(source_id="alt-2019-17")
    assert [c.title for c in release.partner_cities.all()] == ["Venlo"]
    assert session.problems == []


def test_approver_dates_an_undated_import_before_it_can_go_live(people, press_archive, tmp_path):
    from django.core.management import call_command
    from django.urls import reverse

    from twinning.browser import fill_date
    from twinning.news.tests.test_press_office_browser import footer_actions

    page_file = tmp_path / "stammtisch.txt"
    page_file.write_text(
        "Partnerschaftskomitee lädt zum Sprachstammtisch ein\n\n"
        "Jeden ersten Dienstag im Monat treffen sich Freundinnen und Freunde der Partnerstadt "
        "Venlo im Bürgerhaus. Die Teilnahme ist kostenlos, eine Anmeldung ist nicht nötig.\n",
        encoding="utf-8",
    )
    call_command("import_press", str(page_file), "--publish", stdout=io.StringIO())
    release = PressReleasePage.objects.get()
    assert not release.live and release.date_unknown

    session = people("pressesprecher")
    page = session.page
    session.open(reverse("wagtailadmin_explore", args=(press_archive.archive.pk,)))
    assert "DATUM UNBEKANNT" in page.locator("main").inner_text().upper()  # a status tag

    session.open(reverse("wagtailadmin_pages:edit", args=(release.pk,)))
    footer_actions(page)
    page.get_by_role("button", name="Veröffentlichen", exact=True).click()
    page.wait_for_load_state()
    assert "Die importierte Seite nannte kein Datum" in page.locator("main").inner_text()
    session.settle()
    release.refresh_from_db()
    assert not release.live

    fill_date(
        page.locator("#id_published_at"), "2012-06-01 09:00", click_away=page.locator("#id_title")
    )
    footer_actions(page)
    page.get_by_role("button", name="Veröffentlichen", exact=True).click()
    page.wait_for_load_state()
    session.settle()
    release.refresh_from_db()
    assert release.live and release.published_at.year == 2012
    session.open(f"/presse/{release.slug}/")
    assert "Sprachstammtisch" in page.locator("h1").inner_text()
    assert session.problems == []
