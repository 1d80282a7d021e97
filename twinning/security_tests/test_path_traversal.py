"""Path traversal: the importer opens no file outside the import folder.

A saved page, a feed, a JSON Lines line or an archive names files; an attacker names
``/etc/…``, ``../../…``, ``file:///…`` or plants a link that leads out. Each is refused by the
one containment rule (``twinning.importer.parsing.paths``), reported with a German reason
that is the same whether or not the file exists, and no report shows a server path. The
imports run through the entry points people use: ``import_press`` and the admin upload.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from lxml import html as lxml_html

from twinning.conftest import png_bytes
from twinning.core.models import CityImage
from twinning.importer.models import ImportJob
from twinning.importer.reasons import german_reason
from twinning.importer.tests.test_import_jobs import importer_user, report_rows, run_worker
from twinning.news.models import PressReleasePage
from twinning.security_tests.test_resource_exhaustion import deadline

REFUSED = "Bild nicht übernommen: sein Pfad führt aus dem Import-Ordner hinaus"

PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>{title}</title>{og}</head><body><main><article>
<h1>{title}</h1><p>Veröffentlicht am: 14.10.2022</p>
{figure}
<p>Eine Delegation aus Venlo besuchte am Montag das Rathaus. Der Oberbürgermeister empfing die
Gäste im Ratssaal.</p>
<p>Zweiter Absatz mit weiteren Einzelheiten zum Besuch der Gäste.</p>
</article></main></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>Presse</title><link>https://www.example.org/</link><description>Presse</description>
<item><title>Besuch mit Anhang</title><guid>feed-1</guid>
<pubDate>Mon, 10 Oct 2022 10:00:00 +0200</pubDate>
<description>Eine Delegation aus Venlo besuchte das Rathaus.</description>
<enclosure url="{enclosure}" type="image/png" length="100"/></item>
<item><title>Besuch mit Medien</title><guid>feed-2</guid>
<pubDate>Tue, 11 Oct 2022 10:00:00 +0200</pubDate>
<description>Noch eine Delegation besuchte das Rathaus.</description>
<media:content url="{media}" medium="image"><media:credit>Stadt Venlo</media:credit>
</media:content></item>
</channel></rss>"""


def page_html(title: str, src: str = "", og: str = "") -> str:
    figure = (
        f'<figure><img src="{src}" alt="Rathaus"><figcaption>Das Rathaus. Foto: Stadt Venlo'
        "</figcaption></figure>"
        if src
        else ""
    )
    meta = f'<meta property="og:image" content="{og}">' if og else ""
    return PAGE.format(title=title, figure=figure, og=meta)


def import_report(*paths: Path) -> tuple[int, dict]:
    out, err = io.StringIO(), io.StringIO()
    with deadline(10):
        try:
            call_command(
                "import_press",
                *map(str, paths),
                "--publish",
                "--report",
                "json",
                stdout=out,
                stderr=err,
            )
            code = 0
        except SystemExit as exc:
            code = exc.code
    return code, json.loads(out.getvalue())


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A real photo outside the import folder, as a file on the server would be."""
    outside = tmp_path / "server"
    outside.mkdir()
    path = outside / "geheim.png"
    path.write_bytes(png_bytes("#aa0000"))
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "upload"
    path.mkdir()
    return path


@pytest.fixture
def archive(site_tree):
    return site_tree


def assert_no_server_path(text: str, *paths: Path) -> None:
    for path in paths:
        assert str(path) not in text
        assert str(path.parent) not in text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "how",
    ["absolute img src", "dot-dot img src", "file URL", "absolute og:image", "link inside"],
)
def test_saved_page_cannot_pull_a_server_file_in_as_its_photo(archive, folder, secret, how):
    if how == "absolute img src":
        html = page_html("Besuch aus Venlo", src=str(secret))
    elif how == "dot-dot img src":
        html = page_html("Besuch aus Venlo", src="../server/geheim.png")
    elif how == "file URL":
        html = page_html("Besuch aus Venlo", src=f"file://{secret}")
    elif how == "absolute og:image":
        html = page_html("Besuch aus Venlo", og=str(secret))
    else:
        (folder / "bild.png").symlink_to(secret)
        html = page_html("Besuch aus Venlo", src="bild.png")
    (folder / "seite.html").write_text(html, "utf-8")

    code, report = import_report(folder)

    item = report["items"][0]
    assert (code, item["status"], item["title"]) == (0, "created", "Besuch aus Venlo")
    assert item["reason"].startswith(REFUSED)
    assert_no_server_path(json.dumps(report, ensure_ascii=False), secret)
    release = PressReleasePage.objects.get()
    assert release.lead_image is None and CityImage.objects.count() == 0
    assert release.import_details["image"]["path"] is None


@pytest.mark.django_db
def test_refusal_reads_the_same_whether_the_outside_file_exists_or_not(archive, folder, secret):
    (folder / "a.html").write_text(page_html("Mit Datei", src=str(secret)), "utf-8")
    (folder / "b.html").write_text(
        page_html("Ohne Datei", src=str(secret.parent / "gibt-es-nicht.png")), "utf-8"
    )
    (folder / "c.html").write_text(page_html("Passwortdatei", src="/etc/passwd"), "utf-8")

    _, report = import_report(folder)

    reasons = {item["title"]: item["reason"] for item in report["items"]}
    assert reasons["Mit Datei"] == reasons["Ohne Datei"] == reasons["Passwortdatei"]
    assert reasons["Mit Datei"].startswith(REFUSED)


@pytest.mark.django_db
def test_photo_inside_the_import_folder_still_comes_in(archive, folder):
    (folder / "seite-Dateien").mkdir()
    (folder / "seite-Dateien" / "rathaus.png").write_bytes(png_bytes())
    (folder / "seite.html").write_text(
        page_html("Besuch aus Venlo", src="seite-Dateien/rathaus.png"), "utf-8"
    )

    code, report = import_report(folder)

    assert (code, report["items"][0]["reason"]) == (0, None)
    image = PressReleasePage.objects.get().lead_image
    assert (image.caption, image.credit) == ("Das Rathaus.", "Stadt Venlo")
    # Its source names the file as the import knows it, not where the server kept it.
    assert image.source == "seite-Dateien/rathaus.png"


@pytest.mark.django_db
def test_feed_enclosure_and_media_content_cannot_name_server_files(archive, folder, secret):
    (folder / "presse.rss").write_text(
        FEED.format(enclosure=str(secret), media="../server/geheim.png"), "utf-8"
    )

    code, report = import_report(folder)

    assert code == 0
    assert [(i["title"], i["status"]) for i in report["items"]] == [
        ("Besuch mit Anhang", "created"),
        ("Besuch mit Medien", "created"),
    ]
    assert all(i["reason"].startswith(REFUSED) for i in report["items"])
    assert_no_server_path(json.dumps(report, ensure_ascii=False), secret)
    assert CityImage.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/etc/passwd", "../server/geheim.png", "bilder/../../server/geheim.png", "C:\\x.png"]
)
def test_json_lines_image_path_outside_is_refused_without_echoing_it(archive, folder, secret, path):
    line = {
        "source_id": "j1",
        "title": "Mit fremdem Bild",
        "published": "2022-10-14",
        "image": {"path": path, "credit": "X"},
    }
    (folder / "export.jsonl").write_text(json.dumps(line), "utf-8")

    code, report = import_report(folder)

    item = report["items"][0]
    assert (code, item["status"]) == (1, "rejected")
    assert item["reason"] == "line 1: image path leaves the import folder"
    assert german_reason(item["reason"]).startswith(
        "Zeile 1: Bildpfad führt aus dem Import-Ordner hinaus"
    )
    assert path not in json.dumps(report)
    assert PressReleasePage.objects.count() == 0


@pytest.mark.django_db
def test_linked_file_in_an_import_folder_is_not_read(archive, folder, tmp_path):
    outside = tmp_path / "anderswo.jsonl"
    outside.write_text(json.dumps({"source_id": "x", "title": "Fremd", "published": "2022-01-01"}))
    (folder / "export.jsonl").symlink_to(outside)

    code, report = import_report(folder)

    item = report["items"][0]
    assert (code, item["status"], item["reason"]) == (
        1,
        "rejected",
        "path leaves the import folder",
    )
    assert PressReleasePage.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("member", ["/a/x.jsonl", "../x.jsonl", "a/../../x.jsonl", "C:/x.jsonl"])
def test_archive_member_named_outside_is_reported_not_read(archive, folder, member):
    line = json.dumps({"source_id": "z", "title": "Aus dem Zip", "published": "2022-01-01"})
    with zipfile.ZipFile(folder / "archiv.zip", "w") as handle:
        handle.writestr(member, line)
        handle.writestr("gut.jsonl", line.replace('"z"', '"g"').replace("Aus dem", "Im"))

    code, report = import_report(folder / "archiv.zip")

    assert code == 1
    statuses = sorted((i["status"], i["reason"] or "") for i in report["items"])
    assert statuses == [("created", ""), ("rejected", "path leaves the import folder")]
    refused = next(i for i in report["items"] if i["status"] == "rejected")
    assert refused["source"].endswith("archiv.zip!…/x.jsonl")
    assert list(PressReleasePage.objects.values_list("title", flat=True)) == ["Im Zip"]


@pytest.mark.django_db(transaction=True)
def test_press_office_upload_cannot_publish_a_server_file_as_photo(site_tree, settings, tmp_path):
    from django.test import Client

    settings.IMPORT_ROOT = tmp_path / "uploads"
    secret = tmp_path / "geheim.png"
    secret.write_bytes(png_bytes("#aa0000"))
    client = Client()
    client.force_login(importer_user())
    upload = SimpleUploadedFile(
        "seite.html", page_html("Besuch aus Venlo", src=str(secret)).encode()
    )
    client.post("/admin/import/", {"file": upload, "format": "auto", "publish": "on"})
    job = ImportJob.objects.get()
    run_worker()
    client.post(f"/admin/import/{job.pk}/importieren/")
    run_worker()

    response = client.get(f"/admin/import/{job.pk}/")
    content = response.content.decode()
    rows = report_rows(lxml_html.fromstring(content))
    assert [(r["source"], r["status"], r["title"]) for r in rows] == [
        ("seite.html", "neu", "Besuch aus Venlo")
    ]
    assert rows[0]["note"].startswith(REFUSED)
    assert str(tmp_path) not in content
    release = PressReleasePage.objects.get()
    assert release.live and release.lead_image is None
    assert CityImage.objects.count() == 0
