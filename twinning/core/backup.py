"""Backup and restore of a whole Twinning site: database content and media files in one archive.

Works the same on SQLite and PostgreSQL (Django's serializers, natural keys for content
types and permissions), so a city can also move from one to the other. Derived data (our
search index, Wagtail's search and reference indexes) is not stored; it is rebuilt from the
content after a restore. Audit logs are not kept; each page's history starts with the restore.
"""

from __future__ import annotations

import io
import os
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, models, router, transaction

from twinning.core.bookkeeping import record_restored_site
from twinning.core.text import cleaning_all_models

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


# Rows read from the database at a time: memory holds one chunk, whatever the archive's size.
CHUNK_SIZE = 100
OWNER_ONLY = 0o600
Progress = Callable[[int], None]


def models_to_dump() -> list[type[models.Model]]:
    """The models ``dumpdata`` would write with these exclusions, in natural-key order."""
    excluded_apps = {label for label in EXCLUDE if "." not in label}
    excluded_models = {label for label in EXCLUDE if "." in label}
    app_list = {
        config: None
        for config in apps.get_app_configs()
        if config.models_module is not None and config.label not in excluded_apps
    }
    return [
        model
        for model in serializers.sort_dependencies(app_list.items(), allow_cycles=True)
        if model._meta.label_lower not in excluded_models
        and not model._meta.proxy
        and router.allow_migrate_model(DEFAULT_DB_ALIAS, model)
    ]


def write_data(stream: TextIO, progress: Progress | None = None) -> int:
    """Serialize every row to ``stream`` as it is read (a JSON list, as ``dumpdata`` writes).

    ``dumpdata`` into a string held the whole dump in memory three times over (5 GB for
    70,000 releases); here rows go from the database cursor to the file one chunk at a time.
    """
    count = 0

    def rows() -> Iterator[models.Model]:
        nonlocal count
        for model in models_to_dump():
            queryset = model._default_manager.order_by(model._meta.pk.name)
            for obj in queryset.iterator(chunk_size=CHUNK_SIZE):
                count += 1
                if progress and count % 10_000 == 0:
                    progress(count)
                yield obj

    source = rows()
    try:
        serializers.serialize("json", source, stream=stream, use_natural_foreign_keys=True)
    finally:
        # Close the database cursor now, in the transaction it was opened in, also when
        # writing failed half-way (see ``core.batches``).
        source.close()
    return count


def owner_only_file(path: Path) -> BinaryIO:
    """A new file only its owner can read, whatever the umask; a leftover is replaced."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY)
    os.fchmod(descriptor, OWNER_ONLY)
    return os.fdopen(descriptor, "wb")


def create_backup(target: Path, progress: Progress | None = None) -> dict:
    """Write ``target`` (.tar.gz, mode 0600) with data.json and the media folder.

    The archive is written under a temporary name beside ``target`` and renamed when complete,
    so a failed backup never leaves a half-written archive under the expected name.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    data_path = target.with_name(f".{target.name}.data.json")
    media = Path(settings.MEDIA_ROOT)
    files = 0
    try:
        with owner_only_file(data_path) as raw, io.TextIOWrapper(raw, encoding="utf-8") as data:
            objects = write_data(data, progress)
        with owner_only_file(partial) as raw, tarfile.open(fileobj=raw, mode="w:gz") as archive:
            archive.add(data_path, "data.json")
            if media.is_dir():
                for path in sorted(media.rglob("*")):
                    if path.is_file() and "images" not in path.relative_to(media).parts[:1]:
                        archive.add(path, f"media/{path.relative_to(media).as_posix()}")
                        files += 1
        os.replace(partial, target)
    finally:
        data_path.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    return {"objects": objects, "files": files}


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
        # The backup brings its own locales and groups; flush's post_migrate made them afresh
        # (content types and permissions it makes are kept: the backup refers to them by
        # natural key).
        from django.contrib.auth.models import Group
        from wagtail.models import Locale

        Group.objects.all().delete()
        Locale.objects.all().delete()
        # Restore accepts what import accepts: text is cleaned of control characters on the
        # way in (a SQLite backup may hold a NUL, which PostgreSQL refuses).
        with cleaning_all_models():
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
