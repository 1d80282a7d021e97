"""The international office in a real Chromium: record an exchange, download the funding report."""

from __future__ import annotations

import datetime as dt
import io
import os
import re

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from twinning.browser import (
    fill_date,
    serve_site_at,
    user_in_role,
)
from twinning.conftest import SiteTree
from twinning.core import roles
from twinning.partnerships.models import Exchange

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop shares the thread

PARTICIPANTS = [
    ("NL", "Jugendliche und Studierende", 34),
    ("DE", "Jugendliche und Studierende", 28),
    ("NL", "Lehrkräfte und Betreuende", 4),
]


@pytest.fixture
def international_office(live_server) -> SiteTree:
    tree = SiteTree()
    roles.ensure_roles()
    serve_site_at(live_server.url)
    tree.city("Venlo", country="Niederlande", country_code="NL")
    tree.city("Leiden", country="Niederlande", country_code="NL")
    user_in_role(roles.INTERNATIONAL, "austausch")
    return tree


def choose_partner_city(page, name: str) -> None:
    """The exchange's partner cities: an autocomplete chooser, or checkboxes before it."""
    chooser = page.locator('[data-autocomplete-input-name="partner_cities"] input[role=combobox]')
    if chooser.count():
        chooser.press_sequentially(name[:4], delay=50)
        page.get_by_role("option", name=name, exact=True).click()
    else:
        page.get_by_role("checkbox", name=name, exact=True).check()


def test_international_office_adds_exchange_with_participants_and_programme_and_downloads_report(
    people, international_office
):
    year = timezone.localdate().year  # the report opens on the current year
    session = people("austausch")
    page = session.page

    page.get_by_role("link", name="Begegnungen").click()
    page.get_by_role("link", name="Begegnung hinzufügen").first.click()
    page.locator("#id_title").fill("Jugendorchester Venlo zu Gast")
    page.locator("#id_slug").fill(f"jugendorchester-venlo-{year}")
    page.locator("#id_kind").select_option(label="Jugendbegegnung")
    page.locator("#id_direction").select_option(label="Besuch aus der Partnerstadt")
    title = page.locator("#id_title")
    fill_date(page.locator("#id_starts_on"), f"{year}-06-02", click_away=title)
    fill_date(page.locator("#id_ends_on"), f"{year}-06-05", click_away=title)
    page.locator("#id_places").fill("Krefeld, Seidenweberhaus")
    choose_partner_city(page, "Venlo")
    add_row = page.get_by_role("button", name=re.compile(r"^Teilnehmende.*hinzufügen"))
    for n, (country, group, count) in enumerate(PARTICIPANTS):
        add_row.click()
        page.locator(f"#id_participants-{n}-country_code").fill(country)
        page.locator(f"#id_participants-{n}-group").select_option(label=group)
        page.locator(f"#id_participants-{n}-count").fill(str(count))
    page.get_by_role("button", name="Programm hinzufügen").click()
    page.locator("#id_programme-0-title").fill("Gemeinsames Konzert")
    fill_date(page.locator("#id_programme-0-date"), f"{year}-06-04", click_away=title)
    page.locator("#id_programme-0-place").fill("Seidenweberhaus")
    page.get_by_role("button", name="Speichern", exact=True).click()
    page.wait_for_load_state()

    assert "Jugendorchester Venlo zu Gast" in page.locator(".messages").inner_text()
    assert "Jugendorchester Venlo zu Gast" in page.locator("table.listing").inner_text()

    page.get_by_role("button", name="Berichte").click()
    page.get_by_role("link", name="Begegnungen für Förderanträge").click()
    venlo_row = page.locator("table.listing tbody tr", has=page.locator("th", has_text="Venlo"))
    venlo_row.wait_for()
    assert [c.strip() for c in venlo_row.locator("td").all_inner_texts()][:4] == [
        str(year),
        "1",
        "4",
        "66",
    ]
    with page.expect_download() as download:
        page.get_by_role("link", name="Als Excel-Datei (XLSX) herunterladen").click()
    sheet = load_workbook(io.BytesIO(download.value.path().read_bytes())).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    head = rows[0]
    venlo = next(row for row in rows if row[1] == "Venlo")
    assert venlo[head.index("Begegnungen")] == 1
    assert venlo[head.index("Teilnehmende")] == 66
    assert venlo[head.index("Niederlande gesamt")] == 38
    assert venlo[head.index("Deutschland gesamt")] == 28
    assert download.value.suggested_filename == f"begegnungen-{year}.xlsx"

    session.settle()
    exchange = Exchange.objects.get(title="Jugendorchester Venlo zu Gast")
    assert [(p.country_code, p.count) for p in exchange.participants.order_by("pk")] == [
        ("NL", 34),
        ("DE", 28),
        ("NL", 4),
    ]
    assert [(i.title, i.date) for i in exchange.programme.all()] == [
        ("Gemeinsames Konzert", dt.date(year, 6, 4))
    ]
    assert session.problems == []
