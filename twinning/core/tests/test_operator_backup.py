"""An operator backs up the demo site and restores it: the same pages, images and search."""

import io

import pytest
from django.core.management import call_command
from django.test import Client

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
