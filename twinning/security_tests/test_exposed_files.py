"""Exposed files: backups and the SQLite database hold every password hash and draft.

The review found archives and the SQLite file readable by every user of the server, and a
backup that held the whole dump in memory (5 GB for 68,749 releases). Archives are now written
readable by their owner only, under a temporary name until complete, one chunk of rows at a time.
"""

from __future__ import annotations

import errno
import io
import json
import os
import resource
import stat
import tarfile
import tracemalloc

import pytest
from django.core.management import call_command
from django.db.utils import ConnectionHandler
from wagtail.contrib.forms.models import FormSubmission

from twinning.core import backup

pytestmark = pytest.mark.django_db


def add_submissions(page, count: int, size: int) -> None:
    """Rows with a large text each (form submissions: one table, no other bookkeeping)."""
    text = "Wir freuen uns auf den Austausch mit unserer Partnerstadt. "
    answer = (text * (size // len(text) + 1))[:size]
    FormSubmission.objects.bulk_create(
        FormSubmission(page=page, form_data={"nachricht": f"{n}: {answer}"}) for n in range(count)
    )


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_backup_is_readable_by_its_owner_only_and_holds_the_content(site_tree, tmp_path):
    site_tree.release("Bürgerfahrt nach Dünkirchen")
    target = tmp_path / "sicherung.tar.gz"
    target.write_bytes(b"alte Sicherung")
    target.chmod(0o644)
    previous = os.umask(0o022)
    try:
        out = io.StringIO()
        call_command("backup", str(target), stdout=out)
    finally:
        os.umask(previous)
    assert mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sicherung.tar.gz"]
    assert out.getvalue().startswith(f"Sicherung {target}: ")
    with tarfile.open(target) as archive:
        data = json.load(archive.extractfile("data.json"))
    titles = [row["fields"].get("title") for row in data if row["model"] == "wagtailcore.page"]
    assert "Bürgerfahrt nach Dünkirchen" in titles
    assert f"{len(data)} Datensätze" in out.getvalue()


def test_a_backup_that_fails_half_way_leaves_no_half_written_archive(site_tree, tmp_path):
    """The disk fills up while the dump is written (a real EFBIG from a file-size limit)."""
    add_submissions(site_tree.home, 100, 4000)
    target = tmp_path / "sicherung.tar.gz"
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, hard))
    try:
        with pytest.raises(OSError) as failure:
            backup.create_backup(target)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert failure.value.errno == errno.EFBIG
    assert list(tmp_path.iterdir()) == []


def traced_backup(target) -> tuple[int, int]:
    """Peak traced memory of one backup, and the size of the JSON it wrote."""
    tracemalloc.start()
    try:
        backup.create_backup(target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    with tarfile.open(target) as archive:
        return peak, archive.getmember("data.json").size


# Backups run outside a transaction, as the command does (PostgreSQL streams with a
# server-side cursor, which a test's surrounding transaction would tie to the first backup).
@pytest.mark.django_db(transaction=True)
def test_the_dump_is_streamed_so_memory_stays_far_below_its_size(site_tree, tmp_path):
    """Tripling the rows (8 KB each) adds 16 MB of JSON but hardly any memory: the dump is
    written as it is read. A first backup loads the code, so only the dump itself is traced."""
    backup.create_backup(tmp_path / "warm.tar.gz")
    add_submissions(site_tree.home, 1000, 8000)
    small_peak, small_size = traced_backup(tmp_path / "klein.tar.gz")
    add_submissions(site_tree.home, 2000, 8000)
    large_peak, large_size = traced_backup(tmp_path / "gross.tar.gz")
    assert large_size > small_size + 16_000_000
    grown = large_peak - small_peak
    assert grown < 2_000_000, f"memory grew {grown / 1e6:.1f} MB for 16 MB more JSON"
    assert large_peak < large_size / 3, f"peak {large_peak / 1e6:.1f} MB, {large_size / 1e6:.1f} MB"


def test_the_sqlite_database_file_is_made_readable_by_its_owner_only(tmp_path, django_db_blocker):
    path = tmp_path / "twinning.sqlite3"
    path.touch()
    path.chmod(0o644)
    handler = ConnectionHandler(
        {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}}
    )
    with django_db_blocker.unblock():
        connection = handler["default"]
        connection.ensure_connection()
        connection.close()
    assert mode(path) == 0o600
