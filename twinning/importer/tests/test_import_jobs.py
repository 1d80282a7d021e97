"""The admin import as the press office uses it: upload, dry run in the worker, confirm, report.

Jobs run in the real background worker: ``db_worker --batch`` processes what is queued and
returns, in this process and on the test database.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import signal
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from lxml import html as lxml_html

from twinning.importer.models import ImportJob
from twinning.importer.reasons import german_reason
from twinning.news.models import PressArchivePage, PressReleasePage

RELEASES = [
    {
        "source_id": "u1",
        "title": "Hochgeladen aus Venlo",
        "published": "2022-03-04",
        "partner_cities": ["Venlo"],
        "body_text": "Eine Delegation aus Venlo besuchte Krefeld.",
    },
    "{kaputt",
]


def jsonl(lines: list) -> bytes:
    return "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines).encode()


def zip_upload(name: str = "altarchiv.zip", lines: list = RELEASES) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("presse/2022.jsonl", jsonl(lines))
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/zip")


def run_worker() -> None:
    """Run the database worker until the queue is empty, as `make run` runs it for good."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    try:
        call_command(
            "db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0",
            verbosity=0,
        )  # fmt: skip
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def importer_user(username: str = "freigabe"):
    """A press-office user who may import by permission, as the roles migration grants it."""
    group, _ = Group.objects.get_or_create(name="Import (Test)")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="run_import", content_type__app_label="importer"),
    )
    user = get_user_model().objects.create_user(username, password="pw-12345")
    user.groups.add(group)
    return user


def page(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, url
    return response, lxml_html.fromstring(response.content.decode())


def report_rows(doc) -> list[dict[str, str]]:
    rows = []
    for row in doc.xpath("//table[contains(@class, 'import-report-table')]/tbody/tr"):
        cells = [" ".join(td.text_content().split()) for td in row.xpath("./td")]
        if len(cells) == 6:
            keys = ("source", "status", "title", "date", "cities", "note")
            rows.append(dict(zip(keys, cells, strict=True)))
    return rows


@pytest.fixture
def uploads(settings, tmp_path) -> Path:
    settings.IMPORT_ROOT = tmp_path / "uploads"
    return settings.IMPORT_ROOT


@pytest.fixture
def venlo(site_tree):
    site_tree.city("Venlo", slug="venlo", country="Niederlande", latitude=51.37, longitude=6.17)
    return site_tree


@pytest.mark.django_db(transaction=True)
def test_editor_runs_dry_run_then_import_in_the_background(venlo, uploads, client):
    client.force_login(importer_user())
    response = client.post("/admin/import/", {"file": zip_upload(), "format": "auto"})
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/admin/import/{job.pk}/"

    # Before the worker ran: the page says so and refreshes itself.
    _, doc = page(client, f"/admin/import/{job.pk}/")
    assert "Wartet auf den Hintergrunddienst" in doc.text_content()
    assert doc.xpath("//meta[@http-equiv='refresh']")
    assert (uploads / str(job.token) / "altarchiv.zip").is_file()

    run_worker()
    response, doc = page(client, f"/admin/import/{job.pk}/")
    text = " ".join(doc.text_content().split())
    assert "Probelauf: so würde der Import ausgehen" in text
    assert "1 neu, 0 aktualisiert, 0 unverändert, 1 abgelehnt" in text
    assert not doc.xpath("//meta[@http-equiv='refresh']")
    rows = report_rows(doc)
    assert [(r["source"], r["status"], r["title"]) for r in rows] == [
        ("altarchiv.zip!presse/2022.jsonl:1", "neu", "Hochgeladen aus Venlo"),
        ("altarchiv.zip!presse/2022.jsonl:2", "abgelehnt", "–"),
    ]
    assert (rows[0]["cities"], rows[0]["date"]) == ("Venlo", "04.03.2022")
    assert rows[1]["note"] == "Zeile 2: kein gültiges JSON"
    assert str(uploads) not in response.content.decode()
    assert PressReleasePage.objects.count() == 0

    # The editor confirms; the import runs in the worker and the upload is gone afterwards.
    response = client.post(f"/admin/import/{job.pk}/importieren/")
    assert response.status_code == 302 and response["Location"] == f"/admin/import/{job.pk}/"
    run_worker()
    response, doc = page(client, f"/admin/import/{job.pk}/")
    text = " ".join(doc.text_content().split())
    assert "Import abgeschlossen" in text
    assert "1 neu, 0 aktualisiert, 0 unverändert, 1 abgelehnt" in text
    assert "Jetzt importieren" not in text
    assert sorted((r["source"], r["status"]) for r in report_rows(doc)) == [
        ("altarchiv.zip!presse/2022.jsonl:1", "neu"),
        ("altarchiv.zip!presse/2022.jsonl:2", "abgelehnt"),
    ]
    assert str(uploads) not in response.content.decode()
    release = PressReleasePage.objects.get(source_id="u1")
    assert [c.title for c in release.partner_cities.all()] == ["Venlo"]
    assert not (uploads / str(job.token)).exists()

    # A second click on the old button imports nothing twice.
    client.post(f"/admin/import/{job.pk}/importieren/")
    run_worker()
    assert PressReleasePage.objects.filter(source_id="u1").count() == 1

    # The start page lists the job with its result.
    _, doc = page(client, "/admin/import/")
    listed = doc.xpath("//table[contains(@class, 'import-job-list')]/tbody/tr")
    assert len(listed) == 1
    cells = [" ".join(td.text_content().split()) for td in listed[0].xpath("./td")]
    assert cells[:4] == [
        "altarchiv.zip",
        "Import",
        "fertig",
        "1 neu, 0 aktualisiert, 0 unverändert, 1 abgelehnt",
    ]
    assert cells[4] == "freigabe"


@pytest.mark.django_db(transaction=True)
def test_import_that_fails_is_marked_failed_with_a_german_reason(venlo, uploads, client):
    client.force_login(importer_user())
    client.post("/admin/import/", {"file": zip_upload(), "format": "auto", "publish": "on"})
    job = ImportJob.objects.get()
    run_worker()
    # The press archive disappears between dry run and import: nothing can be stored.
    PressArchivePage.objects.all().delete()
    client.post(f"/admin/import/{job.pk}/importieren/")
    run_worker()
    _, doc = page(client, f"/admin/import/{job.pk}/")
    text = " ".join(doc.text_content().split())
    assert "Import fehlgeschlagen" in text
    error = doc.xpath("//*[contains(@class, 'import-error')]")[0].text_content()
    assert "Der Import ist abgebrochen: Es gibt kein Pressearchiv" in error
    assert PressReleasePage.objects.count() == 0
    assert not (uploads / str(job.token)).exists()
    job.refresh_from_db()
    assert (job.phase, job.state) == ("import", "failed")


@pytest.mark.django_db
def test_unconfirmed_dry_run_is_abandoned_and_its_upload_removed(venlo, uploads, client):
    client.force_login(importer_user())
    client.post("/admin/import/", {"file": zip_upload(), "format": "auto"})
    job = ImportJob.objects.get()
    folder = uploads / str(job.token)
    assert folder.is_dir()
    # The dry run finished 25 hours ago and nobody confirmed it.
    long_ago = timezone.now() - dt.timedelta(hours=25)
    ImportJob.objects.filter(pk=job.pk).update(
        state=ImportJob.State.DONE, created_at=long_ago, finished_at=long_ago
    )
    _, doc = page(client, "/admin/import/")
    assert not folder.exists()
    job.refresh_from_db()
    assert job.state == ImportJob.State.ABANDONED
    state = doc.xpath("//table[contains(@class, 'import-job-list')]/tbody/tr/td[3]")
    assert [td.text_content().strip() for td in state] == ["verworfen"]
    # Its "Jetzt importieren" no longer works.
    client.post(f"/admin/import/{job.pk}/importieren/")
    job.refresh_from_db()
    assert (job.phase, job.state) == ("dry_run", "abandoned")
    _, doc = page(client, f"/admin/import/{job.pk}/")
    assert "lässt sich nicht mehr importieren" in doc.text_content()


@pytest.mark.django_db
def test_editor_discards_a_dry_run_and_its_upload_is_deleted(venlo, uploads, client):
    client.force_login(importer_user())
    client.post("/admin/import/", {"file": zip_upload(), "format": "auto"})
    job = ImportJob.objects.get()
    ImportJob.objects.filter(pk=job.pk).update(state=ImportJob.State.DONE)
    response = client.post(f"/admin/import/{job.pk}/verwerfen/")
    assert response.status_code == 302 and response["Location"] == "/admin/import/"
    assert not (uploads / str(job.token)).exists()
    _, doc = page(client, "/admin/import/")
    assert "Der Probelauf für „altarchiv.zip“ wurde verworfen." in doc.text_content()


@pytest.mark.django_db
def test_upload_that_is_no_archive_gets_a_german_message(venlo, uploads, client):
    client.force_login(importer_user())
    pdf = SimpleUploadedFile("jahresbericht.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    response = client.post("/admin/import/", {"file": pdf, "format": "auto"})
    assert response.status_code == 200
    doc = lxml_html.fromstring(response.content.decode())
    errors = " ".join(doc.xpath("//*[contains(@class, 'error-message')]//text()"))
    assert (
        "„jahresbericht.pdf“ ist weder ein Zip-Archiv noch eine Datei in einem bekannten Format"
        in (" ".join(errors.split()))
    )
    assert ImportJob.objects.count() == 0
    assert not any(uploads.iterdir())


@pytest.mark.django_db
def test_broken_zip_gets_a_german_message(venlo, uploads, client):
    client.force_login(importer_user())
    whole = zip_upload().read()
    broken = SimpleUploadedFile("altarchiv.zip", whole[: len(whole) // 2])
    response = client.post("/admin/import/", {"file": broken, "format": "auto"})
    assert response.status_code == 200
    text = " ".join(lxml_html.fromstring(response.content.decode()).text_content().split())
    assert "Das Zip-Archiv „altarchiv.zip“ ist beschädigt und kann nicht gelesen werden." in text
    assert ImportJob.objects.count() == 0
    assert not any(uploads.iterdir())


@pytest.mark.django_db
def test_zip_without_importable_files_gets_a_german_message(venlo, uploads, client):
    client.force_login(importer_user())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("fotos/venlo.jpg", b"\xff\xd8\xff")
    upload = SimpleUploadedFile("nur-fotos.zip", buffer.getvalue())
    response = client.post("/admin/import/", {"file": upload, "format": "auto"})
    assert response.status_code == 200
    assert "enthält keine Datei, die sich importieren lässt" in response.content.decode()
    assert ImportJob.objects.count() == 0


@pytest.mark.django_db
def test_user_without_import_permission_is_turned_away(venlo, uploads, client):
    group = Group.objects.create(name="Internationales Büro (Test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user("ib", password="pw-12345")
    user.groups.add(group)
    job = ImportJob.objects.create(file_name="x.jsonl", state=ImportJob.State.DONE)
    client.force_login(user)
    for method, url in [
        ("get", "/admin/import/"),
        ("get", f"/admin/import/{job.pk}/"),
        ("post", "/admin/import/"),
        ("post", f"/admin/import/{job.pk}/importieren/"),
        ("post", f"/admin/import/{job.pk}/verwerfen/"),
    ]:
        response = getattr(client, method)(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    dashboard, doc = page(client, "/admin/")
    shown = doc.xpath("//div[@class='messages']/ul/li[@class='error']")
    texts = {" ".join("".join(li.xpath("text()")).split()) for li in shown}
    assert texts == {"Sie haben keine Berechtigung für diesen Bereich."}
    assert "Pressearchiv importieren" not in dashboard.content.decode()  # no menu item
    job.refresh_from_db()
    assert (job.phase, job.state) == ("dry_run", "done")


def test_parser_reasons_read_in_german():
    assert german_reason("line 3: missing required field 'title'") == (
        "Zeile 3: Pflichtfeld „title“ fehlt"
    )
    assert german_reason("no publication date found") == (
        "kein Veröffentlichungsdatum gefunden (erwartet wird etwa „Veröffentlicht am: 14.10.2022“)"
    )
    assert german_reason(
        "cannot read file: nested zip archives are not supported; unpack the inner archive first"
    ).startswith("Zip-Archive in einem Zip-Archiv werden nicht gelesen")
    assert german_reason("nicht gespeichert: Titel fehlt") == "nicht gespeichert: Titel fehlt"
