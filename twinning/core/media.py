"""Uploaded files are served so that none of them can run in the site's origin.

An uploaded ``.html`` or ``.svg`` file opened from ``/media/`` would otherwise be a page of our
own origin: its script could read the admin with the logged-in editor's session. Every answer
for an uploaded file therefore carries

- ``Content-Disposition: attachment`` (a download, never shown in the browser), except raster
  images, which pages embed and which cannot hold script;
- ``X-Content-Type-Options: nosniff`` (the browser keeps to the declared type);
- ``Content-Security-Policy: default-src 'none'; sandbox`` (should a browser show it anyway,
  nothing loads or runs, and it has no origin of its own).

This holds for ``/media/`` when the app serves it (``SERVE_MEDIA``) and for Wagtail's document
URLs (``/dokumente/…``, which check a collection's privacy). Documents are not served under
``/media/`` at all, so that their privacy cannot be bypassed by the file's path. Behind nginx
or a CDN the same headers belong into its configuration for ``/media/``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from django.views.static import serve

SANDBOX_POLICY = "default-src 'none'; sandbox"
# What pages embed as <img>: shown in place, never as a document.
INLINE_TYPES = {"image/avif", "image/gif", "image/jpeg", "image/png", "image/webp"}
# Types a browser may render or run: such files are declared as opaque bytes.
RENDERABLE = (
    "text/",
    "image/svg",
    "application/xhtml",
    "application/xml",
    "application/javascript",
    "application/ecmascript",
    "application/x-javascript",
)
DOCUMENTS_DIR = "documents/"


def harden(response: HttpResponse, filename: str, content_type: str | None = None) -> HttpResponse:
    """The download headers above, for an answer that carries an uploaded file."""
    content_type = content_type or response.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type not in INLINE_TYPES:
        if not response.get("Content-Disposition", "").startswith("attachment"):
            name = filename.rsplit("/", 1)[-1] or "download"
            response["Content-Disposition"] = content_disposition_header(True, name)
        if not content_type or content_type.startswith(RENDERABLE):
            response["Content-Type"] = "application/octet-stream"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = SANDBOX_POLICY
    return response


def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    """``/media/<path>`` from MEDIA_ROOT, as downloads (see the module's docstring)."""
    if not (settings.DEBUG or settings.SERVE_MEDIA):
        raise Http404  # nginx, a CDN or S3 serves the files
    if posixpath.normpath(path).lstrip("/").startswith(DOCUMENTS_DIR):
        raise Http404("Dokumente gibt es unter /dokumente/.")
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if response.status_code != 200:
        return response
    return harden(response, path)


def as_download(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Wagtail's document view with the same headers as ``/media/``."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            return harden(response, str(args[1]) if len(args) > 1 else "")
        return response

    return wrapped
