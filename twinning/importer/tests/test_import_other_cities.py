"""Importing other cities' pages: undated pages, --explain, the city's own titles, image kinds.

Run as an operator runs them: ``import_press`` on files, then what the editor sees in the
admin (the status, the refusal to publish an undated release without a date) and what the
report says.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from twinning.conftest import set_city_settings
from twinning.news.models import Person, PressReleasePage

pytestmark = pytest.mark.django_db
CITIES = Path(__file__).parent / "fixtures" / "cities"

UNDATED = """Startseite > Rathaus > Presse
Partnerschaftskomitee lädt zum Sprachstammtisch ein

Jeden ersten Dienstag im Monat treffen sich Freundinnen und Freunde der französischen \
Partnerstadt im Bürgerhaus. Deichgraf Ole Jensen-Brodersen erzählt diesmal von der \
Partnerschaft der beiden Häfen. Die Teilnahme ist kostenlos, eine Anmeldung ist nicht nötig.

Das Komitee freut sich über neue Gesichter aus allen Generationen.
"""


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_press", *map(str, args), stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def undated_file(tmp_path: Path) -> Path:
    path = tmp_path / "stammtisch.txt"
    path.write_text(UNDATED, encoding="utf-8")
    return path


def test_undated_page_becomes_a_draft_marked_date_unknown(site_tree, undated_file):
    code, out, _ = run(undated_file, "--publish", "--report", "json")
    assert code == 0
    report = json.loads(out)
    (item,) = report["items"]
    assert item["status"] == "created"
    assert item["published"] is None
    assert item["reason"].startswith("Datum unbekannt")
    page = PressReleasePage.objects.get(title="Partnerschaftskomitee lädt zum Sprachstammtisch ein")
    # --publish does not date it silently: it stays a draft until an editor gives the date.
    assert page.live is False
    assert page.published_at is None
    assert page.date_unknown
    assert page.status_string == "Entwurf · Datum unbekannt"


def test_default_date_and_file_date_are_used_only_when_asked(site_tree, tmp_path, undated_file):
    code, out, _ = run(undated_file, "--default-date", "03.05.2011", "--report", "json")
    assert code == 0
    (item,) = json.loads(out)["items"]
    assert item["published"] == "2011-05-03"
    assert "--default-date" in item["reason"]
    page = PressReleasePage.objects.get()
    local = timezone.localtime(page.published_at)
    assert local.date() == dt.date(2011, 5, 3) and not page.date_unknown

    other = tmp_path / "zweite.txt"
    other.write_text(UNDATED.replace("Sprachstammtisch", "Kochabend"), encoding="utf-8")
    stamp = dt.datetime(2009, 11, 20, 12, 0).timestamp()
    os.utime(other, (stamp, stamp))
    code, out, _ = run(other, "--date-from-file", "--report", "json")
    (item,) = json.loads(out)["items"]
    assert item["published"] == "2009-11-20"
    assert "Änderungsdatum der Datei" in item["reason"]


def test_bad_default_date_is_refused_in_german(undated_file):
    with pytest.raises(CommandError, match="kein Datum: 'gestern' \\(erwartet TT.MM.JJJJ\\)"):
        call_command("import_press", str(undated_file), "--default-date", "gestern")


def test_editor_cannot_publish_an_undated_import_without_entering_the_date(
    site_tree, undated_file, client
):
    run(undated_file)
    page = PressReleasePage.objects.get()
    user = get_user_model().objects.create_superuser("chefin", "c@example.org", "geheim-123")
    client.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    listing = client.get(reverse("wagtailadmin_explore", args=(site_tree.archive.pk,)))
    assert "Datum unbekannt" in listing.content.decode()

    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = {
        "title": page.title,
        "slug": page.slug,
        "subtitle": "",
        "published_at": "",
        "teaser": "",
        "lead_image": "",
        "body": streamfield([("paragraph", rich_text("<p>Text der Meldung.</p>"))]),
        "action-publish": "action-publish",
    }
    response = client.post(url, nested_form_data(data))
    assert response.status_code == 200
    assert "Datum unbekannt: Die importierte Seite nannte kein Datum" in response.content.decode()
    page.refresh_from_db()
    assert not page.live

    data["published_at"] = "2012-06-01 09:00"
    response = client.post(url, nested_form_data(data))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.published_at.year == 2012 and not page.date_unknown


def test_explain_shows_choice_runner_up_and_reasons_and_writes_nothing(site_tree):
    path = CITIES / "b12_potsdam_portal_stand.txt"
    code, out, _ = run(path, "--explain")
    assert code == 0
    assert "Überschrift: 'Potsdamer Auszubildende starten Praktikum in Jyväskylä'" in out
    assert "zweite Wahl:" in out
    # The release date wins over the page's "Stand:" line, which is named as the runner-up.
    assert "Datum: '2023-06-05'" in out and "Stand: 14.08.2023" in out
    assert "Zitat von Mike Schubert" in out
    assert not PressReleasePage.objects.exists()


def test_a_citys_own_office_titles_find_people(site_tree, undated_file):
    run(undated_file, "--default-date", "01.02.2020")
    assert not Person.objects.filter(name="Ole Jensen-Brodersen").exists()
    page = PressReleasePage.objects.get()
    assert "Ole Jensen-Brodersen" not in page.import_details["new_people"]

    set_city_settings(import_titles="Deichgraf\nDeichgräfin")
    changed = undated_file.parent / "neu.txt"
    changed.write_text(UNDATED.replace("Sprachstammtisch", "Hafenabend"), encoding="utf-8")
    run(changed, "--default-date", "01.02.2020")
    page = PressReleasePage.objects.get(title__contains="Hafenabend")
    assert "Ole Jensen-Brodersen" in page.import_details["new_people"]


def test_graphic_credit_sets_the_image_kind(site_tree, tmp_path):
    from PIL import Image

    Image.new("RGB", (40, 30), "navy").save(tmp_path / "karte.png")
    page_html = (
        "<html><head><title>t</title></head><body><article><h1>Neue Radroute nach Venlo</h1>"
        "<p>Veröffentlicht am 02.04.2023</p><figure><img src='karte.png' alt='Karte'>"
        "<figcaption>Die Route im Überblick. Grafik: Stadt Musterstadt</figcaption></figure>"
        "<p>Die Route ist 40 Kilometer lang und führt über drei Brücken bis in die Innenstadt"
        " der Partnerstadt, wo sie am Marktplatz endet.</p></article></body></html>"
    )
    (tmp_path / "b.html").write_text(page_html, encoding="utf-8")
    run(tmp_path / "b.html")
    page = PressReleasePage.objects.get(title="Neue Radroute nach Venlo")
    assert page.lead_image.kind == "grafik"
    assert page.lead_image.credit == "Stadt Musterstadt"
    assert page.lead_image.credit_label.startswith("Grafik")
