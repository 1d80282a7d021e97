"""An operator backs up the demo site and restores it: the same pages, images and search."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from twinning.news.models import PressReleasePage
from twinning.search.selectors import search

# Restoring flushes the database, Wagtail's root page included, so this runs as a transactional
# test; pytest-django orders it after the other tests (its file name sorts after the browser test's).
pytestmark = pytest.mark.django_db(transaction=True)


def test_backup_and_restore_round_trip(tmp_path):
    call_command("load_demo", stdout=io.StringIO())
    release = PressReleasePage.objects.live().first()
    archive = tmp_path / "sicherung.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    release.title = "Versehentlich geändert"
    release.save()
    total = PressReleasePage.objects.live().count()
    PressReleasePage.objects.exclude(pk=release.pk).first().delete()
    call_command("restore", str(archive), "--yes", stdout=io.StringIO())
    restored = PressReleasePage.objects.get(pk=release.pk)
    assert restored.title != "Versehentlich geändert"
    assert PressReleasePage.objects.live().count() == total
    response = Client().get(restored.url)
    assert response.status_code == 200
    assert search(restored.title).results[0].title == restored.title


def test_restored_pages_are_found_in_the_admin_and_keep_their_image_usages(tmp_path):
    call_command("load_demo", stdout=io.StringIO())
    release = PressReleasePage.objects.live().filter(lead_image__isnull=False).first()
    archive = tmp_path / "sicherung.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    call_command("restore", str(archive), "--yes", stdout=io.StringIO())
    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("betrieb", "it@krefeld.de", "x"))
    edit_link = f"/admin/pages/{release.pk}/edit/"
    found = admin.get(reverse("wagtailadmin_pages:search"), {"q": release.title})
    assert edit_link in found.content.decode()
    usage = admin.get(reverse("wagtailimages:image_usage", args=[release.lead_image_id]))
    assert edit_link in usage.content.decode()
    history = admin.get(f"/admin/pages/{release.pk}/history/")
    assert "Wiederhergestellt aus „sicherung.tar.gz“" in history.content.decode()
