"""Import jobs: an uploaded archive's way through dry run and import in the background worker."""

from __future__ import annotations

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def upload_root() -> Path:
    """Where uploads wait between dry run and import; IMPORT_ROOT moves it (tests, operators)."""
    return Path(getattr(settings, "IMPORT_ROOT", settings.BASE_DIR / "var" / "imports"))


class ImportJob(models.Model):
    """One uploaded file, its dry run and (once confirmed) its import.

    The row is the only state the admin pages read: the worker writes progress and the
    report into it, so the progress page survives a reload, a second browser tab or a
    restart of the web server. The upload itself lives in a folder named by ``token``
    under :func:`upload_root` until the job ends or is abandoned.
    """

    class Phase(models.TextChoices):
        DRY_RUN = "dry_run", _("Probelauf")
        IMPORT = "import", _("Import")

    class State(models.TextChoices):
        QUEUED = "queued", _("wartet")
        RUNNING = "running", _("läuft")
        DONE = "done", _("fertig")
        FAILED = "failed", _("fehlgeschlagen")
        ABANDONED = "abandoned", _("verworfen")

    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gestartet von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    token = models.UUIDField(_("Upload-Ordner"), default=uuid.uuid4, unique=True, editable=False)
    file_name = models.CharField(_("Datei"), max_length=255)
    format = models.CharField(_("Format"), max_length=10, default="auto")
    publish = models.BooleanField(_("gleich veröffentlichen"), default=False)
    phase = models.CharField(
        _("Schritt"), max_length=10, choices=Phase.choices, default=Phase.DRY_RUN
    )
    state = models.CharField(
        _("Zustand"), max_length=10, choices=State.choices, default=State.QUEUED
    )
    task_id = models.CharField(_("Aufgabe"), max_length=64, blank=True)
    items_seen = models.PositiveIntegerField(_("verarbeitet"), default=0)
    items_created = models.PositiveIntegerField(_("neu"), default=0)
    items_updated = models.PositiveIntegerField(_("aktualisiert"), default=0)
    items_unchanged = models.PositiveIntegerField(_("unverändert"), default=0)
    items_rejected = models.PositiveIntegerField(_("abgelehnt"), default=0)
    report = models.JSONField(_("Bericht"), default=list, blank=True)
    error = models.TextField(_("Fehler"), blank=True)
    created_at = models.DateTimeField(_("hochgeladen am"), auto_now_add=True)
    started_at = models.DateTimeField(_("begonnen am"), null=True, blank=True)
    finished_at = models.DateTimeField(_("beendet am"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(
        _("zuletzt vom Hintergrunddienst gemeldet"), null=True, blank=True
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "phase"], name="importer_job_state_phase")]
        permissions = [("run_import", "Kann Pressearchive importieren")]
        verbose_name = _("Importauftrag")
        verbose_name_plural = _("Importaufträge")

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_phase_display()}, {self.get_state_display()})"

    @property
    def folder(self) -> Path:
        return upload_root() / str(self.token)

    @property
    def is_active(self) -> bool:
        return self.state in (self.State.QUEUED, self.State.RUNNING)

    @property
    def can_be_confirmed(self) -> bool:
        return self.phase == self.Phase.DRY_RUN and self.state == self.State.DONE
