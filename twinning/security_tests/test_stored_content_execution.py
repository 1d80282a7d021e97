"""Stored content execution: an uploaded file must never run as a page of the site's origin.

An ``.html`` document opened from ``/media/`` ran its script with the editor's session (it read
``/admin/users/``). Documents of such types cannot be uploaded any more; every uploaded file the
site serves (``/media/`` and Wagtail's ``/dokumente/``) is a download with ``nosniff`` and a
sandboxing CSP, images inline; documents are not reachable under ``/media/`` at all. Wagtail's
starter groups are gone, and only the roles that need it may upload images.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission

from twinning.conftest import png_bytes
from twinning.core import roles

pytestmark = pytest.mark.django_db

SCRIPT = b"<html><body><script>fetch('/admin/users/')</script></body></html>"
SANDBOX = "default-src 'none'; sandbox"


@pytest.fixture
def media_file():
    """Writes files into MEDIA_ROOT as a past upload or a restored backup could have left them."""
    written: list[Path] = []

    def write(relative: str, content: bytes) -> str:
        path = Path(settings.MEDIA_ROOT) / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written.append(path)
        return relative

    yield write
    for path in written:
        path.unlink(missing_ok=True)


@pytest.fixture
def superuser_client(client):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "x"))
    return client


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("name", ["evil.html", "evil.htm", "evil.svg", "evil.js", "evil.xhtml"])
def test_documents_that_a_browser_would_run_cannot_be_uploaded(superuser_client, name):
    response = superuser_client.post(
        "/admin/documents/add/",
        {
            "title": "Einladung",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, SCRIPT, "text/html"),
        },
    )
    assert response.status_code == 200
    extension = name.rsplit(".", 1)[1]
    assert f"Dateiendung „{extension}“ ist nicht erlaubt" in response.content.decode()
    assert not get_document_model().objects.exists()


@override_settings(SERVE_MEDIA=True)
def test_an_html_file_under_media_is_a_sandboxed_download(client, media_file):
    path = media_file(f"altlasten-{uuid.uuid4().hex[:6]}/einladung.html", SCRIPT)
    response = client.get(f"/media/{path}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="einladung.html"'
    assert response["Content-Type"] == "application/octet-stream"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == SANDBOX
    assert body(response) == SCRIPT  # delivered unchanged, but only as a file to save


@override_settings(SERVE_MEDIA=True)
def test_svg_and_unknown_files_are_downloads_and_photos_stay_inline(client, media_file):
    folder = f"mix-{uuid.uuid4().hex[:6]}"
    svg = media_file(
        f"{folder}/logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'
    )
    response = client.get(f"/media/{svg}")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Security-Policy"] == SANDBOX
    photo = media_file(f"{folder}/foto.png", png_bytes())
    response = client.get(f"/media/{photo}")
    assert response["Content-Type"] == "image/png"
    assert not response.get("Content-Disposition", "").startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == SANDBOX
    assert body(response) == png_bytes()


@override_settings(SERVE_MEDIA=True)
def test_documents_are_not_served_under_media(client, media_file):
    path = media_file(f"documents/bericht-{uuid.uuid4().hex[:6]}.pdf", b"%PDF-1.4 geheim")
    assert client.get(f"/media/{path}").status_code == 404
    assert client.get(f"/media/bilder/../{path}").status_code == 404


@override_settings(SERVE_MEDIA=False, DEBUG=False)
def test_media_is_not_served_by_the_app_unless_asked(client, media_file):
    path = media_file(f"aus-{uuid.uuid4().hex[:6]}/foto.png", png_bytes())
    assert client.get(f"/media/{path}").status_code == 404


def test_a_stored_html_document_is_a_sandboxed_download(client):
    """A document uploaded before the type was refused (or restored from a backup)."""
    document = get_document_model().objects.create(
        title="Alte Einladung",
        file=ContentFile(SCRIPT, name=f"einladung-{uuid.uuid4().hex[:6]}.html"),
    )
    try:
        response = client.get(document.url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["Content-Type"] == "application/octet-stream"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == SANDBOX
        assert body(response) == SCRIPT
        pdf = get_document_model().objects.create(
            title="Bericht",
            file=ContentFile(b"%PDF-1.4 x", name=f"bericht-{uuid.uuid4().hex[:6]}.pdf"),
        )
        response = client.get(pdf.url)
        assert response["Content-Disposition"].startswith("attachment;")  # a download, too
        assert response["Content-Security-Policy"] == SANDBOX
        pdf.file.delete(save=False)
    finally:
        document.file.delete(save=False)


def test_wagtails_starter_groups_are_gone():
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_a_starter_group_with_members_loses_its_rights_but_not_its_people():
    editors = Group.objects.create(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="add_document"))
    GroupCollectionPermission.objects.create(
        group=editors,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="add_document"),
    )
    person = get_user_model().objects.create_user("alt", password="x", is_staff=True)
    person.groups.add(editors)
    Group.objects.create(name="Moderators")
    assert roles.retire_wagtail_default_groups(apps) == {
        "Editors": "emptied",
        "Moderators": "deleted",
    }
    editors.refresh_from_db()
    assert list(editors.user_set.all()) == [person]
    assert not editors.permissions.exists()
    assert not GroupCollectionPermission.objects.filter(group=editors).exists()
    assert not Group.objects.filter(name="Moderators").exists()


def member_of(role: str) -> Client:
    roles.ensure_roles()
    user = get_user_model().objects.create_user(
        f"person-{uuid.uuid4().hex[:8]}", password="x", is_staff=True
    )
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


def upload_image(client: Client, title: str):
    return client.post(
        "/admin/images/add/",
        {
            "title": title,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("foto.png", png_bytes(), "image/png"),
            "alt_text": "Zwei Menschen vor dem Rathaus",
            "caption": "Empfang im Rathaus",
            "credit": "Stadt Krefeld",
        },
    )


@pytest.mark.parametrize("role", [roles.EDITOR, roles.APPROVER, roles.INTERNATIONAL])
def test_the_roles_that_work_with_photos_can_upload_them(role):
    response = upload_image(member_of(role), f"Foto von {role}")
    assert response.status_code == 302
    assert response["Location"] == "/admin/images/"
    image = get_image_model().objects.get(title=f"Foto von {role}")
    assert image.credit == "Stadt Krefeld"
    image.file.delete(save=False)


def test_administration_uploads_no_photos_and_no_role_uploads_documents():
    response = upload_image(member_of(roles.ADMINISTRATION), "Foto der Verwaltung")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"  # Wagtail's "no permission" answer
    assert not get_image_model().objects.filter(title="Foto der Verwaltung").exists()
    for role in roles.ROLES:
        response = member_of(role).post(
            "/admin/documents/add/",
            {
                "title": f"Dokument {role}",
                "collection": Collection.get_first_root_node().pk,
                "file": SimpleUploadedFile("bericht.pdf", b"%PDF-1.4 x", "application/pdf"),
            },
        )
        assert response.status_code == 302, role
        assert response["Location"] == "/admin/", role
    assert not get_document_model().objects.exists()
