"""Control characters: one NUL or SUB in a title must not take down feeds, calendars or restore.

Text that comes from outside (an import, an editor's form, a restored backup) is cleaned of
C0/C1 control characters on the way in (``twinning.core.text``); feeds and calendars clean
again as they render, for rows stored before that rule. Readers' programs parse what they
get: feedparser for RSS and Atom, icalendar for the calendar files.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import feedparser
import pytest
from django.core.management import call_command
from django.db import connection
from icalendar import Calendar

from twinning.core.text import clean_line, clean_text
from twinning.events.models import EventPage
from twinning.news.models import PressReleasePage
from twinning.partnerships.tests.factories import make_event

# Old rows with a NUL exist only in SQLite (PostgreSQL refuses NUL in text); on PostgreSQL the
# dirty rows carry the other control characters alone.
NUL = "\x00" if connection.vendor == "sqlite" else ""
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def feed_entries(client, url: str) -> list:
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed.entries


def calendar_events(client, url: str) -> list:
    response = client.get(url)
    assert response.status_code == 200, url
    body = response.content
    # Every content line ends with CR LF; no bare line break, no control character inside.
    assert not CONTROLS.search(body.replace(b"\r\n", b"").decode())
    return Calendar.from_ical(body).walk("VEVENT")


def test_cleaning_keeps_text_and_drops_only_controls():
    assert clean_line("Besuch\x00 aus\x1a Venlo") == "Besuch aus Venlo"
    assert clean_line("Zwei\r\nZeilen\tTitel\u2028Ende") == "Zwei Zeilen Titel Ende"
    assert clean_text("Erste\r\nZweite\x0bZeile\x85Dritte\tmit Tab") == (
        "Erste\nZweiteZeile\nDritte\tmit Tab"
    )
    assert clean_line("Dünkirchen – „Dunkerque“ ✓") == "Dünkirchen – „Dunkerque“ ✓"
    assert clean_line("kaputt\ud800\ufffe") == "kaputt"


@pytest.mark.django_db
def test_imported_control_characters_never_reach_the_feeds(site_tree, tmp_path: Path, client):
    lines = [
        {
            "source_id": "nul",
            "title": "Besuch\u0000 aus\u001a Venlo",
            "teaser": "Erste Zeile\u0000\nZweite\u001aZeile",
            "published": "2022-10-14",
            "body_text": "Text\u0000 mit\u0007 Steuerzeichen.",
            "topics": ["Kul\u0000tur"],
        },
        {
            "source_id": "umbruch",
            "title": "Zwei\nZeilen\r\nTitel",
            "published": "2022-10-15",
            "body_text": "Ein Absatz.",
        },
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), "utf-8")
    out = io.StringIO()
    call_command(
        "import_press", str(path), "--publish", "--report", "json", stdout=out, stderr=io.StringIO()
    )
    report = json.loads(out.getvalue())

    assert [item["title"] for item in report["items"]] == ["Besuch aus Venlo", "Zwei Zeilen Titel"]
    release = PressReleasePage.objects.get(source_id="nul")
    assert (release.title, release.teaser) == ("Besuch aus Venlo", "Erste Zeile ZweiteZeile")
    assert not CONTROLS.search(release.body_text)
    for url in ("/feeds/presse/rss/", "/feeds/presse/atom/"):
        titles = [entry.title for entry in feed_entries(client, url)]
        assert titles == ["Zwei Zeilen Titel", "Besuch aus Venlo"], url


@pytest.mark.django_db
def test_feeds_answer_with_old_dirty_rows_in_the_database(site_tree, client):
    venlo = site_tree.city("Venlo", slug="venlo")
    release = site_tree.release("Sauber", cities=[venlo])
    # Stored before the cleaning existed: written past every save() hook.
    PressReleasePage.objects.filter(pk=release.pk).update(
        title=f"Alt{NUL}er Ti\x1atel", summary=f"Teaser{NUL} mit\x0c Steuerzeichen"
    )

    for url in ("/feeds/presse/rss/", "/feeds/presse/atom/", "/feeds/partnerstadt/venlo/rss/"):
        [entry] = feed_entries(client, url)
        assert entry.title == "Alter Titel", url
        assert "Teaser mit Steuerzeichen" in entry.summary, url


@pytest.mark.django_db
def test_event_title_with_a_line_break_keeps_its_calendar_file_whole(site_tree, client):
    start = dt.datetime(dt.date.today().year + 1, 6, 10, 18, 0)
    event = make_event(site_tree, "Empfang", start, start + dt.timedelta(hours=2))
    EventPage.objects.filter(pk=event.pk).update(
        title=f"Empfang\r\nim Rathaus{NUL}", place="Ratssaal\n1. Stock"
    )

    for url in (f"{event.url}kalender.ics", f"{site_tree.events.url}kalender.ics"):
        [component] = calendar_events(client, url)
        assert str(component["SUMMARY"]) == "Empfang im Rathaus", url
        assert str(component["LOCATION"]) == "Ratssaal 1. Stock", url


@pytest.mark.django_db
def test_pages_saved_by_editors_store_clean_text(site_tree):
    release = site_tree.release("Entwurf", live=False)
    release.title = "Neuer\x1a Titel\r\nmit Umbruch"
    release.teaser = "Ein\x00 Teaser\r\nin zwei Zeilen"
    revision = release.save_revision()
    revision.publish()

    release.refresh_from_db()
    assert (release.title, release.teaser) == (
        "Neuer Titel mit Umbruch",
        "Ein Teaser\nin zwei Zeilen",
    )
    revision.refresh_from_db()
    assert revision.content["teaser"] == "Ein Teaser\nin zwei Zeilen"

    start = dt.datetime(dt.date.today().year + 1, 6, 10, 18, 0)
    event = make_event(site_tree, "Fest\x00\nim Park", start, start + dt.timedelta(hours=2))
    assert EventPage.objects.get(pk=event.pk).title == "Fest im Park"


# Restoring flushes the database (Wagtail's root page included): a transactional test.
@pytest.mark.django_db(transaction=True)
def test_restore_cleans_what_an_old_backup_holds(site_tree, tmp_path: Path, client):
    release = site_tree.release("Sauber")
    start = dt.datetime(dt.date.today().year + 1, 6, 10, 18, 0)
    event = make_event(site_tree, "Empfang", start, start + dt.timedelta(hours=2))
    PressReleasePage.objects.filter(pk=release.pk).update(
        title=f"Aus{NUL} SQLite", teaser="mit\x1a Steuerzeichen"
    )
    EventPage.objects.filter(pk=event.pk).update(title="Empfang\nim Rathaus")
    archive = tmp_path / "sicherung.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    if NUL:
        assert "\\u0000" in _data_json(archive)  # the backup holds the NUL, as SQLite stored it

    call_command("restore", str(archive), "--yes", stdout=io.StringIO())

    restored = PressReleasePage.objects.get(pk=release.pk)
    assert (restored.title, restored.teaser) == ("Aus SQLite", "mit Steuerzeichen")
    assert EventPage.objects.get(pk=event.pk).title == "Empfang im Rathaus"
    [entry] = feed_entries(client, "/feeds/presse/rss/")
    assert entry.title == "Aus SQLite"


def _data_json(archive: Path) -> str:
    import tarfile

    with tarfile.open(archive, "r:gz") as handle:
        return handle.extractfile("data.json").read().decode()
