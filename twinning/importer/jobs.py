"""The life of an admin import job: upload, dry run, confirmation, import, clean-up.

Views call these functions; the worker calls :func:`run_job` through the task in
``tasks.py``. Every state change is a conditional UPDATE on the job row, so a double click,
a second tab or a worker picking up a job that was abandoned meanwhile cannot run an import
twice or write into a job that has ended.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import time
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from django_tasks import TaskResultStatus, default_task_backend

from twinning.importer.models import ImportJob, upload_root
from twinning.importer.parsing import FORMATS, LimitExceeded, iter_sources, limits
from twinning.importer.parsing import detect_format as parser_detect_format
from twinning.importer.reasons import german_reason
from twinning.importer.services import ImportOptions, configured_limits, run_import

logger = logging.getLogger(__name__)

# A dry run nobody confirmed within this time is abandoned and its upload deleted.
ABANDON_AFTER = dt.timedelta(hours=24)
# How often the worker writes progress into the job row while it imports.
PROGRESS_EVERY_SECONDS = 1.0
# A running job that has written no progress for this long lost its worker.
SILENT_AFTER = dt.timedelta(hours=1)
# Report fields kept per item: what the admin shows, without the command's full detail.
REPORT_FIELDS = ("source", "source_id", "status", "reason", "title", "published")
REPORT_LISTS = ("partner_cities", "topics")


class UploadRejected(ValueError):
    """An upload that cannot be imported; its message is German and shown to the editor."""


# --- starting and confirming ---------------------------------------------------------------


def start_dry_run(user: Any, upload: UploadedFile, fmt: str, publish: bool) -> ImportJob:
    """Store the upload in its own folder, check it can be read, and queue its dry run.

    Raises :class:`UploadRejected` (and leaves nothing on disk) for a file that is neither a
    zip archive nor a file of a known format, and for a broken zip archive.
    """
    expire_abandoned()
    token = uuid.uuid4()
    folder = upload_root() / str(token)
    folder.mkdir(parents=True)
    try:
        path = _save_upload(upload, folder)
        check_upload(path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    job = ImportJob.objects.create(
        started_by=user if getattr(user, "pk", None) else None,
        token=token,
        file_name=path.name,
        format=fmt if fmt in FORMATS else "auto",
        publish=publish,
        phase=ImportJob.Phase.DRY_RUN,
        state=ImportJob.State.QUEUED,
    )
    _enqueue(job)
    return job


def confirm_import(job: ImportJob) -> bool:
    """Turn a finished dry run into a queued import; False when it can no longer be confirmed."""
    expire_abandoned()
    if not job.folder.is_dir():
        return False
    changed = ImportJob.objects.filter(
        pk=job.pk, phase=ImportJob.Phase.DRY_RUN, state=ImportJob.State.DONE
    ).update(
        phase=ImportJob.Phase.IMPORT,
        state=ImportJob.State.QUEUED,
        started_at=None,
        finished_at=None,
        **_zero_counts(),
        report=[],
        error="",
    )
    if not changed:
        return False
    job.refresh_from_db()
    _enqueue(job)
    return True


def discard_dry_run(job: ImportJob) -> bool:
    """The editor does not want this import: the dry run is abandoned and its upload deleted."""
    changed = (
        ImportJob.objects.filter(pk=job.pk, phase=ImportJob.Phase.DRY_RUN)
        .exclude(state=ImportJob.State.RUNNING)
        .exclude(state=ImportJob.State.ABANDONED)
        .update(state=ImportJob.State.ABANDONED, finished_at=timezone.now())
    )
    if changed:
        remove_upload(job)
    return bool(changed)


def _enqueue(job: ImportJob) -> None:
    """Queue the job's task once the row is committed, so the worker always finds it."""
    from twinning.importer.tasks import run_import_job

    def enqueue() -> None:
        result = run_import_job.enqueue(job.pk)
        ImportJob.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])

    transaction.on_commit(enqueue)


def _zero_counts() -> dict[str, int]:
    return {
        "items_seen": 0,
        "items_created": 0,
        "items_updated": 0,
        "items_unchanged": 0,
        "items_rejected": 0,
    }


# --- checking an upload ---------------------------------------------------------------------


def _save_upload(upload: UploadedFile, folder: Path) -> Path:
    path = folder / _safe_name(upload.name or "")
    with open(path, "wb") as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    if not path.suffix and zipfile.is_zipfile(path):
        # A zip without its extension is still read as an archive.
        path = path.rename(path.with_name(path.name + ".zip"))
    return path


def _safe_name(name: str) -> str:
    """The upload's own file name, made safe; a leading dot would hide it from the importer."""
    try:
        safe = get_valid_filename(Path(name.replace("\\", "/")).name).lstrip(".")
    except SuspiciousFileOperation:
        safe = ""
    if len(safe) > 200:
        safe = Path(safe).stem[:180] + Path(safe).suffix[:20]
    return safe or "upload"


def check_upload(path: Path) -> None:
    """Refuse what the importer could only reject as a whole, before any job exists.

    A zip archive must open and hold at least one file to read; any other file must look
    like one of the importer's formats. The rest (a bad line, a page without a date) is the
    dry run's business and shows up in its report.
    """
    name = path.name
    if path.stat().st_size == 0:
        raise UploadRejected(_("Die Datei „%(name)s“ ist leer.") % {"name": name})
    if path.suffix.lower() == ".zip":
        # The importer's own walk, under the import limits: an archive with too many files
        # or too large unpacked is refused here, before zipfile lists it in full.
        with limits.applied(configured_limits()):
            first = next(iter_sources([path]), None)
            if first is not None and first[1].name == str(path):
                # The archive itself was refused: opening its stand-in says why.
                try:
                    first[1].open()
                except LimitExceeded as exc:
                    raise UploadRejected(
                        _("„%(name)s“: %(reason)s")
                        % {"name": name, "reason": german_reason(str(exc))}
                    ) from exc
                except Exception as exc:  # noqa: BLE001 - a broken archive
                    raise UploadRejected(
                        _(
                            "Das Zip-Archiv „%(name)s“ ist beschädigt und kann nicht gelesen "
                            "werden. Bitte packen Sie es neu und laden Sie es noch einmal hoch."
                        )
                        % {"name": name}
                    ) from exc
        if first is None:
            raise UploadRejected(
                _(
                    "Das Zip-Archiv „%(name)s“ enthält keine Datei, die sich importieren lässt "
                    "(JSON Lines, HTML, Text oder RSS/Atom)."
                )
                % {"name": name}
            )
        return
    with open(path, "rb") as handle:
        head = handle.read(8192)
    if parser_detect_format(name, head) == "unsupported":
        raise UploadRejected(
            _(
                "„%(name)s“ ist weder ein Zip-Archiv noch eine Datei in einem bekannten Format. "
                "Hochladen lassen sich JSON Lines, HTML, Text, RSS/Atom und Zip-Archive mit "
                "solchen Dateien."
            )
            % {"name": name}
        )


# --- running in the worker -------------------------------------------------------------------


@dataclass
class _Recorder:
    """Collects the report and writes progress into the job row now and then."""

    job_id: int
    folder: Path
    items: list[dict]
    counts: dict[str, int]
    last_write: float = 0.0

    def emit(self, item: dict) -> None:
        status = item.get("status", "rejected")
        self.items.append(report_entry(item, self.folder))
        self.counts["items_seen"] += 1
        key = f"items_{status}"
        if key in self.counts:
            self.counts[key] += 1
        now = time.monotonic()
        if now - self.last_write >= PROGRESS_EVERY_SECONDS:
            self.write_progress()
            self.last_write = now

    def write_progress(self) -> None:
        ImportJob.objects.filter(pk=self.job_id).update(heartbeat_at=timezone.now(), **self.counts)


def run_job(job_id: int) -> None:
    """Run a queued job's dry run or import; the worker calls this through the task."""
    now = timezone.now()
    claimed = ImportJob.objects.filter(pk=job_id, state=ImportJob.State.QUEUED).update(
        state=ImportJob.State.RUNNING, started_at=now, heartbeat_at=now, **_zero_counts()
    )
    if not claimed:
        return  # abandoned, discarded or already run meanwhile
    job = ImportJob.objects.get(pk=job_id)
    dry_run = job.phase == ImportJob.Phase.DRY_RUN
    recorder = _Recorder(job.pk, job.folder, [], _zero_counts())
    options = ImportOptions(job.format, dry_run=dry_run, publish=job.publish)
    try:
        if not job.folder.is_dir():
            raise FileNotFoundError(job.folder)
        run_import([job.folder], options, recorder.emit)
    except Exception as exc:  # noqa: BLE001 - any failure ends the job with a German reason
        logger.exception("Import job %s failed", job.pk)
        _finish(job, recorder, ImportJob.State.FAILED, failure_message(exc, job, dry_run))
        remove_upload(job)
        return
    _finish(job, recorder, ImportJob.State.DONE, "")
    if not dry_run:
        remove_upload(job)


def failure_message(exc: Exception, job: ImportJob, dry_run: bool) -> str:
    """Why the job stopped, in German and without server paths."""
    if isinstance(exc, FileNotFoundError):
        detail = _("Die hochgeladene Datei ist nicht mehr vorhanden.")
    else:
        detail = scrub_paths(str(exc), job.folder) or type(exc).__name__
    if dry_run:
        return _("Der Probelauf ist abgebrochen: %(detail)s") % {"detail": detail}
    return _(
        "Der Import ist abgebrochen: %(detail)s Meldungen, die bis dahin gespeichert waren, "
        "bleiben erhalten; ein neuer Import derselben Datei ergänzt den Rest, ohne etwas "
        "doppelt anzulegen."
    ) % {"detail": detail}


def _finish(job: ImportJob, recorder: _Recorder, state: str, error: str) -> None:
    ImportJob.objects.filter(pk=job.pk, state=ImportJob.State.RUNNING).update(
        state=state,
        error=error,
        report=recorder.items,
        finished_at=timezone.now(),
        **recorder.counts,
    )


# --- the report -------------------------------------------------------------------------------


# An absolute path left in a message (from an error of the system, say): not the editor's
# business, and a hint for an attacker. Web addresses ("https://…") are not matched.
_ABSOLUTE_PATH = re.compile(r"(?<![\w:/.])/(?:[^\s/\"'“”„‚‘’<>]+/)+([^\s/\"'“”„‚‘’<>]*)")


def scrub_paths(text: str, folder: Path) -> str:
    """Text with the upload folder taken out, so the report names files as uploaded.

    Any other absolute path is cut to its last part: the report never shows the server's
    folders.
    """
    if not text:
        return text
    for prefix in {str(folder), str(folder.resolve())}:
        text = text.replace(prefix + "/", "").replace(prefix, "")
    return _ABSOLUTE_PATH.sub(lambda match: "…/" + match.group(1), text)


def report_entry(item: dict, folder: Path) -> dict:
    """One report line as the admin stores and shows it: German reason, no server path."""
    entry: dict[str, Any] = {key: item.get(key) for key in REPORT_FIELDS}
    for key in REPORT_LISTS:
        entry[key] = list(item.get(key) or [])
    entry["source"] = scrub_paths(str(item.get("source") or ""), folder)
    entry["reason"] = scrub_paths(german_reason(item.get("reason")), folder)
    return entry


# --- clean-up -------------------------------------------------------------------------------


def remove_upload(job: ImportJob) -> None:
    shutil.rmtree(job.folder, ignore_errors=True)


def abandon_after() -> dt.timedelta:
    return getattr(settings, "IMPORT_ABANDON_AFTER", ABANDON_AFTER)


def expire_abandoned(now: dt.datetime | None = None) -> int:
    """Tidy up cheaply whenever the import page is opened or a job starts; no cron needed.

    Dry runs nobody confirmed in time are abandoned and their uploads deleted; jobs whose
    worker fell silent (stopped in the middle of a job) are marked failed; upload folders
    that no job waits for any more (left by a crash between saving and queueing) go.
    Returns how many dry runs were abandoned.
    """
    now = now or timezone.now()
    limit = now - abandon_after()
    stale = ImportJob.objects.filter(
        phase=ImportJob.Phase.DRY_RUN,
        state__in=[ImportJob.State.QUEUED, ImportJob.State.RUNNING, ImportJob.State.DONE],
        created_at__lt=limit,
    ).exclude(finished_at__gte=limit)
    expired = list(stale.only("pk", "token"))
    if expired:
        ImportJob.objects.filter(pk__in=[job.pk for job in expired]).update(
            state=ImportJob.State.ABANDONED, finished_at=now
        )
        for job in expired:
            remove_upload(job)
    _fail_silent_jobs(now)
    _remove_orphan_folders(limit)
    return len(expired)


def _fail_silent_jobs(now: dt.datetime) -> None:
    silent = ImportJob.objects.filter(
        state=ImportJob.State.RUNNING, heartbeat_at__lt=now - SILENT_AFTER
    ).only("pk", "token", "phase")
    for job in silent:
        _fail_lost(job, now)


def notice_lost_task(job: ImportJob) -> None:
    """End a job whose task the worker gave up on outside :func:`run_job` (a forced stop)."""
    if not job.is_active or not job.task_id:
        return
    try:
        result = default_task_backend.get_result(job.task_id)
    except Exception:  # noqa: BLE001 - a backend without stored results, a pruned result
        return
    if result.status == TaskResultStatus.FAILED:
        _fail_lost(job, timezone.now())
        job.refresh_from_db()


def _fail_lost(job: ImportJob, now: dt.datetime) -> None:
    changed = ImportJob.objects.filter(
        pk=job.pk, state__in=[ImportJob.State.QUEUED, ImportJob.State.RUNNING]
    ).update(
        state=ImportJob.State.FAILED,
        finished_at=now,
        error=_(
            "Der Hintergrunddienst wurde während des Auftrags beendet. Bitte laden Sie die Datei "
            "neu hoch; ein erneuter Import legt nichts doppelt an."
        ),
    )
    if changed:
        remove_upload(job)


def _remove_orphan_folders(limit: dt.datetime) -> None:
    root = upload_root()
    if not root.is_dir():
        return
    waiting = {
        str(token)
        for token in ImportJob.objects.filter(
            state__in=[ImportJob.State.QUEUED, ImportJob.State.RUNNING, ImportJob.State.DONE],
        ).values_list("token", flat=True)
    }
    for folder in root.iterdir():
        try:
            uuid.UUID(folder.name)
        except ValueError:
            continue
        if not folder.is_dir() or folder.name in waiting:
            continue
        modified = dt.datetime.fromtimestamp(folder.stat().st_mtime, tz=dt.UTC)
        if modified < limit:
            shutil.rmtree(folder, ignore_errors=True)
