"""Large querysets are read in keyset pages: every row once, and no cursor left open between."""

from __future__ import annotations

import pytest
from django.db import connection

from twinning.core import batches, indexing
from twinning.news.models import PressReleasePage
from twinning.search import services
from twinning.search.models import SearchDocument


def open_cursors() -> int | None:
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_cursors")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_every_row_comes_once_in_primary_key_order(site_tree):
    made = [site_tree.release(f"Meldung {n}") for n in range(7)]
    seen = [page.pk for page in batches.each(PressReleasePage.objects.all(), size=3)]
    assert seen == sorted(page.pk for page in made)
    sizes = [len(chunk) for chunk in batches.pages_of(PressReleasePage.objects.all(), size=3)]
    assert sizes == [3, 3, 1]
    assert list(batches.pages_of(PressReleasePage.objects.none())) == []


@pytest.mark.django_db
def test_a_half_read_provider_leaves_no_database_cursor_open(site_tree):
    """A dropped reader must not leave a server-side cursor whose late ``CLOSE`` (from the
    garbage collector, after its savepoint is gone) aborts a later transaction."""
    for n in range(3):
        site_tree.release(f"Partnerschaftstreffen {n}")
    indexing.register_providers()
    documents = services._providers["press_release"]()
    first = next(documents)
    assert first["title"].startswith("Partnerschaftstreffen")
    before = open_cursors()
    assert before in (None, 0)
    PressReleasePage.objects.count()
    assert SearchDocument.objects.filter(kind="press_release").count() == 3
    assert open_cursors() == before
