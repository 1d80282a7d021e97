"""Backup and restore of a whole Twinning site: database content and media files in one archive.

Works the same on SQLite and PostgreSQL (Django's serializers, natural keys for content
types and permissions), so a city can also move from one to the other. Derived data (our
search index, Wagtail's search and reference indexes) is not stored; it is rebuilt from the
content after a restore. Audit logs are not kept; each page's history starts with the restore.
"""

from __future__ import annotations

import io
import json
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import transaction

from twinning.core.bookkeeping import record_restored_site

EXCLUDE = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "admin.logentry",
    "search",
    "core.cityrendition",
    "wagtailsearch",
    "wagtailadmin.editingsession",
    "wagtailcore.referenceindex",
    # Audit logs may point at deleted pages by design (no database constraint); they stay behind.
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
]


def create_backup(target: Path) -> dict:
    """Write ``target`` (.tar.gz) with data.json and the media folder."""
    data = io.StringIO()
    call_command("dumpdata", "--natural-foreign", *[f"--exclude={e}" for e in EXCLUDE], stdout=data)
    payload = data.getvalue().encode()
    media = Path(settings.MEDIA_ROOT)
    files = 0
    with tarfile.open(target, "w:gz") as archive:
        info = tarfile.TarInfo("data.json")
        info.size = len(payload)
        archive.addfile(info, io.BytesIO(payload))
        if media.is_dir():
            for path in sorted(media.rglob("*")):
                if path.is_file() and "images" not in path.relative_to(media).parts[:1]:
                    archive.add(path, f"media/{path.relative_to(media).as_posix()}")
                    files += 1
    return {"objects": len(json.loads(payload)), "files": files}


@transaction.atomic
def restore_backup(source: Path) -> dict:
    """Replace the site's content with the archive's; the database must be migrated."""
    media = Path(settings.MEDIA_ROOT)
    with tarfile.open(source, "r:gz") as archive, tempfile.TemporaryDirectory() as tmp:
        members = [m for m in archive.getmembers() if m.isfile()]
        for member in members:
            name = Path(member.name)
            if name.is_absolute() or ".." in name.parts:
                raise ValueError(f"Unzulässiger Pfad im Archiv: {member.name}")
        data_member = archive.getmember("data.json")
        data_path = Path(tmp) / "data.json"
        data_path.write_bytes(archive.extractfile(data_member).read())
        call_command("flush", "--noinput", verbosity=0)
        call_command("loaddata", str(data_path), verbosity=0)
        files = 0
        for member in members:
            if member.name.startswith("media/"):
                target = media / member.name[len("media/") :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.extractfile(member).read())
                files += 1
    from twinning.search.services import rebuild

    documents = rebuild()
    record_restored_site(source.name)
    return {"files": files, "documents": documents}
