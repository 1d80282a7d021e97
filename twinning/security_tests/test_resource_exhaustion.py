"""Resource exhaustion: small hostile inputs cannot make the importer loop, swell or hang.

Zip bombs (an archive far larger unpacked, a member that claims gigabytes, more entries than
the directory admits), a member named from the root that once looped forever, a single JSON
line of many megabytes, pages nested a hundred thousand deep. Each is refused by a limit the
city can set (``IMPORT_MAX_*``, see settings/base.py), with a German reason that names it,
while reading and before anything is written. The limits here are set small so that every
test runs in well under a second; one test keeps the defaults to show that a tiny hostile
archive is refused at once without them.
"""

from __future__ import annotations

import io
import json
import signal
import struct
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from lxml import html as lxml_html

from twinning.importer.models import ImportJob
from twinning.importer.reasons import german_reason
from twinning.importer.tests.test_import_jobs import importer_user
from twinning.news.models import PressReleasePage

pytestmark = pytest.mark.django_db


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail the test instead of hanging when the code under test does not return in time."""

    def expire(signum, frame):
        raise TimeoutError(f"did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def line(source_id: str, title: str, **fields) -> str:
    return json.dumps({"source_id": source_id, "title": title, "published": "2022-10-14", **fields})


def make_zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def import_report(*paths: Path, seconds: float = 5) -> tuple[int, dict]:
    out, err = io.StringIO(), io.StringIO()
    with deadline(seconds):
        try:
            call_command(
                "import_press", *map(str, paths), "--report", "json", stdout=out, stderr=err
            )
            code = 0
        except SystemExit as exc:
            code = exc.code
    return code, json.loads(out.getvalue())


def german(reason: str) -> str:
    """The reason as the admin shows it (sizes keep their number and unit together)."""
    return german_reason(reason).replace("\xa0", " ")


def rejected(report: dict) -> list[dict]:
    return [item for item in report["items"] if item["status"] == "rejected"]


@pytest.fixture
def archive_page(site_tree):
    return site_tree


def test_member_named_from_the_root_no_longer_loops(archive_page, tmp_path):
    path = make_zip(tmp_path / "klein.zip", {"/a/x.jsonl": line("a", "Aus der Wurzel")})
    assert path.stat().st_size < 300

    code, report = import_report(path, seconds=2)

    assert code == 1
    assert [(i["status"], i["reason"]) for i in report["items"]] == [
        ("rejected", "path leaves the import folder")
    ]
    assert PressReleasePage.objects.count() == 0


def test_archive_larger_unpacked_than_allowed_is_refused_whole(archive_page, tmp_path, settings):
    settings.IMPORT_MAX_ARCHIVE_BYTES = 64 * 1024
    path = make_zip(
        tmp_path / "bombe.zip",
        {
            "a.jsonl": line("a", "Kommt nicht") + "\n",
            "b.jsonl": line("b", "Polster", body_text="x" * 200_000),
        },
    )
    assert path.stat().st_size < 5_000

    code, report = import_report(path, seconds=1)

    assert code == 1
    [item] = report["items"]
    assert item["source"].endswith("bombe.zip")
    assert german(item["reason"]) == (
        "Das Archiv wäre entpackt größer als die Obergrenze von 64,0 KB "
        "(IMPORT_MAX_ARCHIVE_BYTES); es wurde nichts daraus importiert."
    )
    assert PressReleasePage.objects.count() == 0


def test_member_larger_than_allowed_is_refused_and_the_others_go_in(
    archive_page, tmp_path, settings
):
    settings.IMPORT_MAX_MEMBER_BYTES = 16 * 1024
    path = make_zip(
        tmp_path / "archiv.zip",
        {
            "gross.html": "<html><body><h1>Groß</h1>" + "<p>Text</p>" * 10_000 + "</body></html>",
            "klein.jsonl": line("k", "Klein"),
        },
    )

    code, report = import_report(path, seconds=1)

    assert code == 1
    [refused] = rejected(report)
    assert refused["source"].endswith("archiv.zip!gross.html")
    assert "IMPORT_MAX_MEMBER_BYTES" in german(refused["reason"])
    assert german(refused["reason"]).startswith(
        "Die Datei im Archiv ist entpackt größer als die Obergrenze von 16,0 KB"
    )
    assert list(PressReleasePage.objects.values_list("title", flat=True)) == ["Klein"]


def test_archive_with_more_entries_than_allowed_is_refused_whole(archive_page, tmp_path, settings):
    settings.IMPORT_MAX_ARCHIVE_MEMBERS = 10
    path = make_zip(
        tmp_path / "viele.zip", {f"m{n:02d}.jsonl": line(f"m{n}", f"Nummer {n}") for n in range(11)}
    )

    code, report = import_report(path, seconds=1)

    [item] = report["items"]
    assert (code, item["status"]) == (1, "rejected")
    assert german(item["reason"]) == (
        "Das Archiv enthält mehr Dateien als die Obergrenze von 10 (IMPORT_MAX_ARCHIVE_MEMBERS); "
        "es wurde nichts daraus importiert."
    )
    assert PressReleasePage.objects.count() == 0


def test_entry_count_is_counted_not_taken_from_the_archive_header(archive_page, tmp_path, settings):
    settings.IMPORT_MAX_ARCHIVE_MEMBERS = 10
    path = make_zip(
        tmp_path / "luege.zip", {f"m{n:02d}.jsonl": line(f"m{n}", f"Nummer {n}") for n in range(40)}
    )
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    data[end + 8 : end + 12] = struct.pack("<HH", 1, 1)  # "one entry", says the end record
    path.write_bytes(bytes(data))

    code, report = import_report(path, seconds=1)

    [item] = report["items"]
    assert "IMPORT_MAX_ARCHIVE_MEMBERS" in item["reason"]
    assert PressReleasePage.objects.count() == 0


def test_long_json_line_is_refused_unread_and_the_next_lines_go_in(
    archive_page, tmp_path, settings
):
    settings.IMPORT_MAX_LINE_BYTES = 64 * 1024
    long_line = line("lang", "Zu lang", body_text="Wort " * 4_000_000)  # 20 MB in one line
    path = make_zip(
        tmp_path / "zeilen.zip",
        {"export.jsonl": "\n".join([line("a", "Davor"), long_line, line("b", "Danach")])},
    )
    assert path.stat().st_size < 100_000

    tracemalloc.start()
    try:
        code, report = import_report(path, seconds=5)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert code == 1
    [refused] = rejected(report)
    assert refused["source"].endswith("zeilen.zip!export.jsonl:2")
    assert german(refused["reason"]) == (
        "Zeile 2: Die Zeile ist länger als die Obergrenze von 64,0 KB (IMPORT_MAX_LINE_BYTES) "
        "und wurde nicht gelesen."
    )
    assert sorted(PressReleasePage.objects.values_list("title", flat=True)) == ["Danach", "Davor"]
    # The 20 MB line was read past in chunks, never held whole.
    assert peak < 8 * 1024 * 1024


def test_page_past_the_document_size_is_refused(archive_page, tmp_path, settings):
    settings.IMPORT_MAX_DOCUMENT_BYTES = 32 * 1024
    page = tmp_path / "seite.html"
    page.write_text(
        "<html><body><h1>Riesig</h1><p>Veröffentlicht am: 14.10.2022</p>"
        + "<p>Ein Absatz.</p>" * 5_000
        + "</body></html>",
        "utf-8",
    )

    code, report = import_report(page, seconds=1)

    [item] = report["items"]
    assert (code, item["status"]) == (1, "rejected")
    assert "IMPORT_MAX_DOCUMENT_BYTES" in german(item["reason"])
    assert PressReleasePage.objects.count() == 0


def deep_page(levels: int) -> str:
    return (
        "<!doctype html><html><head><title>Tief</title></head><body>"
        "<h1>Tief verschachtelt</h1><p>Veröffentlicht am: 14.10.2022</p>"
        + "<div>" * levels
        + "<p>Der eigentliche Text der Meldung steht ganz unten.</p>"
        + "</div>" * levels
        + "</body></html>"
    )


def test_page_nested_a_hundred_thousand_deep_is_refused_not_emptied(archive_page, tmp_path):
    page = tmp_path / "tief.html"
    page.write_text(deep_page(100_000), "utf-8")

    code, report = import_report(page, seconds=2)

    [item] = report["items"]
    assert (code, item["status"]) == (1, "rejected")
    assert german(item["reason"]) == (
        "Das HTML ist tiefer verschachtelt als die Obergrenze von 128 Ebenen "
        "(IMPORT_MAX_HTML_DEPTH) und wurde nicht importiert."
    )
    assert PressReleasePage.objects.count() == 0


def test_page_just_within_the_depth_limit_keeps_its_body(archive_page, tmp_path, settings):
    settings.IMPORT_MAX_HTML_DEPTH = 40
    (tmp_path / "flach.html").write_text(deep_page(30), "utf-8")
    (tmp_path / "tief.html").write_text(deep_page(45), "utf-8")

    code, report = import_report(tmp_path, seconds=2)

    assert code == 1
    by_source = {Path(i["source"]).name: i for i in report["items"]}
    assert by_source["flach.html"]["status"] == "created"
    assert "IMPORT_MAX_HTML_DEPTH" in by_source["tief.html"]["reason"]
    release = PressReleasePage.objects.get()
    assert "ganz unten" in release.body_text


def test_json_line_with_deeply_nested_html_is_refused_quickly(archive_page, tmp_path):
    nested = "<div>" * 100_000 + "Text" + "</div>" * 100_000
    path = tmp_path / "export.jsonl"
    path.write_text(
        "\n".join([line("tief", "Tief", body_html=nested), line("flach", "Flach")]), "utf-8"
    )

    code, report = import_report(path, seconds=2)

    [refused] = rejected(report)
    assert refused["source"].endswith("export.jsonl:1")
    assert "IMPORT_MAX_HTML_DEPTH" in refused["reason"]
    assert list(PressReleasePage.objects.values_list("title", flat=True)) == ["Flach"]


def test_feed_nested_too_deep_is_refused(archive_page, tmp_path):
    feed = tmp_path / "presse.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>P</title>'
        "<item><title>Tief</title><pubDate>Mon, 10 Oct 2022 10:00:00 +0200</pubDate>"
        "<description>Text</description>" + "<x>" * 50_000 + "</x>" * 50_000 + "</item>"
        "</channel></rss>",
        "utf-8",
    )

    code, report = import_report(feed, seconds=2)

    [item] = report["items"]
    assert (code, item["status"]) == (1, "rejected")
    assert "IMPORT_MAX_HTML_DEPTH" in item["reason"]
    assert PressReleasePage.objects.count() == 0


def lying_zip(path: Path, claimed: int) -> Path:
    """A tiny archive whose one member claims to unpack to ``claimed`` bytes."""
    make_zip(path, {"export.jsonl": line("a", "Klein")})
    data = bytearray(path.read_bytes())
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    data[local + 22 : local + 26] = struct.pack("<I", claimed)
    data[central + 24 : central + 28] = struct.pack("<I", claimed)
    path.write_bytes(bytes(data))
    return path


def test_tiny_hostile_archive_is_refused_at_once_with_the_default_limits(archive_page, tmp_path):
    path = lying_zip(tmp_path / "winzig.zip", claimed=3_000_000_000)
    assert path.stat().st_size < 300

    started = time.monotonic()
    code, report = import_report(path, seconds=2)

    assert time.monotonic() - started < 1
    [item] = report["items"]
    assert (code, item["status"]) == (1, "rejected")
    assert german(item["reason"]) == (
        "Das Archiv wäre entpackt größer als die Obergrenze von 2,0 GB "
        "(IMPORT_MAX_ARCHIVE_BYTES); es wurde nichts daraus importiert."
    )
    assert PressReleasePage.objects.count() == 0


def test_admin_upload_past_a_limit_is_refused_before_any_job(site_tree, settings, tmp_path, client):
    settings.IMPORT_ROOT = tmp_path / "uploads"
    settings.IMPORT_MAX_ARCHIVE_MEMBERS = 5
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n in range(6):
            archive.writestr(f"m{n}.jsonl", line(f"m{n}", f"Nummer {n}"))
    client.force_login(importer_user())

    with deadline(2):
        response = client.post(
            "/admin/import/",
            {"file": SimpleUploadedFile("viele.zip", buffer.getvalue()), "format": "auto"},
        )

    assert response.status_code == 200
    text = " ".join(lxml_html.fromstring(response.content.decode()).text_content().split())
    assert (
        "„viele.zip“: Das Archiv enthält mehr Dateien als die Obergrenze von 5 "
        "(IMPORT_MAX_ARCHIVE_MEMBERS); es wurde nichts daraus importiert." in text
    )
    assert ImportJob.objects.count() == 0
    assert not any(settings.IMPORT_ROOT.iterdir())


def test_admin_upload_of_the_looping_archive_answers_at_once(site_tree, settings, tmp_path, client):
    settings.IMPORT_ROOT = tmp_path / "uploads"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("/a/x.jsonl", line("a", "Aus der Wurzel"))
    client.force_login(importer_user())

    with deadline(2):
        response = client.post(
            "/admin/import/",
            {"file": SimpleUploadedFile("klein.zip", buffer.getvalue()), "format": "auto"},
        )

    # Accepted for the dry run, whose report will name the refused member.
    job = ImportJob.objects.get()
    assert (response.status_code, response["Location"]) == (302, f"/admin/import/{job.pk}/")
