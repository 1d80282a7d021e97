"""Admin page: upload an old archive file, see the dry-run report, then import it."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from twinning.importer.parsing import FORMATS
from twinning.importer.services import ImportOptions, run_import

MAX_UPLOAD = 200 * 1024 * 1024


def upload_root() -> Path:
    return Path(getattr(settings, "IMPORT_ROOT", settings.BASE_DIR / "var" / "imports"))


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Datei (JSON Lines, HTML, Text, RSS/Atom oder Zip)"))
    format = forms.ChoiceField(label=_("Format"), choices=[(f, f) for f in FORMATS], initial="auto")
    publish = forms.BooleanField(label=_("Gleich veröffentlichen"), required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("Die Datei ist größer als 200 MB."))
        return upload


def may_import(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name="Presse").exists())


def run(folder: Path, options: ImportOptions) -> tuple[object, list[dict]]:
    items: list[dict] = []
    counts = run_import([folder], options, items.append)
    return counts, items


def import_view(request: HttpRequest) -> HttpResponse:
    if not may_import(request.user):
        raise PermissionDenied
    context: dict = {"form": UploadForm()}
    if request.method == "POST" and "token" in request.POST:
        token = request.POST["token"]
        try:
            folder = upload_root() / str(uuid.UUID(token))
        except ValueError as exc:
            raise Http404 from exc
        if not folder.is_dir():
            raise Http404
        options = ImportOptions(
            request.POST.get("format", "auto"), False, request.POST.get("publish") == "1"
        )
        if options.fmt not in FORMATS:
            options.fmt = "auto"
        counts, items = run(folder, options)
        shutil.rmtree(folder, ignore_errors=True)
        context.update(counts=counts, items=items, done=True)
    elif request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            token = uuid.uuid4()
            folder = upload_root() / str(token)
            folder.mkdir(parents=True)
            upload = form.cleaned_data["file"]
            name = Path(upload.name).name or "upload"
            with open(folder / name, "wb") as handle:
                for chunk in upload.chunks():
                    handle.write(chunk)
            options = ImportOptions(form.cleaned_data["format"], True, form.cleaned_data["publish"])
            counts, items = run(folder, options)
            context.update(
                counts=counts,
                items=items,
                token=token,
                dry_run=True,
                format=options.fmt,
                publish=options.publish,
            )
    return render(request, "importer/import.html", context)
