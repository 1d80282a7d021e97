"""Admin pages of the import: upload, follow a job, confirm or discard its dry run.

The work itself runs in the background worker (``tasks.py``); these views only start jobs
and read their rows, so no request waits for an archive to be parsed or stored.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.auth import permission_required

from twinning.importer import jobs
from twinning.importer.models import ImportJob
from twinning.importer.parsing import FORMATS
from twinning.importer.reasons import STATUS_LABELS, status_label

MAX_UPLOAD = 200 * 1024 * 1024
PERMISSION = "importer.run_import"
REPORT_PAGE_SIZE = 100
RECENT_JOBS = 20
# While a job waits or runs, its page reloads itself after this many seconds.
REFRESH_SECONDS = 2

FORMAT_LABELS = {
    "auto": gettext_lazy("automatisch erkennen"),
    "html": gettext_lazy("HTML-Seiten"),
    "text": gettext_lazy("Text"),
    "feed": gettext_lazy("RSS/Atom-Feed"),
    "jsonl": gettext_lazy("JSON Lines"),
}


def may_import(user) -> bool:
    """Whether the user may import; by permission, never by a group's name."""
    return bool(user.is_active and user.has_perm(PERMISSION))


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Datei (JSON Lines, HTML, Text, RSS/Atom oder Zip)"),
        error_messages={
            "required": gettext_lazy("Bitte wählen Sie eine Datei aus."),
            "empty": gettext_lazy("Die Datei ist leer."),
        },
    )
    format = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=[(f, FORMAT_LABELS.get(f, f)) for f in FORMATS],
        initial="auto",
    )
    publish = forms.BooleanField(label=gettext_lazy("Gleich veröffentlichen"), required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("Die Datei ist größer als 200 MB."))
        return upload


@permission_required(PERMISSION)
def import_view(request: HttpRequest) -> HttpResponse:
    """Start page: the upload form and the recent jobs; a valid upload starts a dry run."""
    jobs.expire_abandoned()
    form = UploadForm()
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                job = jobs.start_dry_run(
                    request.user,
                    form.cleaned_data["file"],
                    form.cleaned_data["format"],
                    form.cleaned_data["publish"],
                )
            except jobs.UploadRejected as exc:
                form.add_error("file", str(exc))
            else:
                return redirect("importer_job", pk=job.pk)
    recent = ImportJob.objects.defer("report").select_related("started_by")[:RECENT_JOBS]
    return render(
        request,
        "importer/import.html",
        {"form": form, "jobs": recent, "abandon_hours": _abandon_hours()},
    )


@permission_required(PERMISSION)
def job_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Progress while the job waits or runs, then its report; reads only the job row."""
    job = get_object_or_404(ImportJob.objects.select_related("started_by"), pk=pk)
    jobs.notice_lost_task(job)
    status = request.GET.get("status", "")
    items = job.report if isinstance(job.report, list) else []
    if status in STATUS_LABELS:
        items = [item for item in items if item.get("status") == status]
    else:
        status = ""
    page = Paginator(items, REPORT_PAGE_SIZE).get_page(request.GET.get("p"))
    rows = [_report_row(item) for item in page]
    return render(
        request,
        "importer/job.html",
        {
            "job": job,
            "page": page,
            "rows": rows,
            "status": status,
            "status_filters": [("", _("alle"))] + [(k, v) for k, v in STATUS_LABELS.items()],
            "refresh_seconds": REFRESH_SECONDS if job.is_active else None,
            "format_label": FORMAT_LABELS.get(job.format, job.format),
            "confirm_until": (job.finished_at or job.created_at) + jobs.abandon_after(),
        },
    )


@require_POST
@permission_required(PERMISSION)
def confirm_view(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Jetzt importieren": the dry run's upload goes to the worker for the real import."""
    job = get_object_or_404(ImportJob, pk=pk)
    if jobs.confirm_import(job):
        messages.success(request, _("Der Import wurde gestartet."))
    else:
        messages.error(
            request,
            _(
                "Dieser Probelauf lässt sich nicht mehr importieren: er wurde schon importiert, "
                "verworfen oder ist abgelaufen. Bitte laden Sie die Datei neu hoch."
            ),
        )
    return redirect("importer_job", pk=job.pk)


@require_POST
@permission_required(PERMISSION)
def discard_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The editor drops a dry run: its upload is deleted at once."""
    job = get_object_or_404(ImportJob, pk=pk)
    if jobs.discard_dry_run(job):
        messages.success(
            request, _("Der Probelauf für „%(name)s“ wurde verworfen.") % {"name": job.file_name}
        )
    return redirect("importer_import")


def _report_row(item: dict) -> dict:
    """A stored report item as the table shows it: German status, German date."""
    try:
        published = dt.date.fromisoformat(item.get("published") or "")
    except (TypeError, ValueError):
        published = None
    return dict(item, status_label=status_label(item.get("status", "")), published=published)


def _abandon_hours() -> int:
    return int(jobs.abandon_after().total_seconds() // 3600)
