"""The generation number that every cached page and kept count is filed under."""

from __future__ import annotations

import time

import pytest
from django.core.cache import cache, caches
from django.test import override_settings

from twinning.core import cache as page_cache
from twinning.core import memo


@pytest.fixture
def file_cache(tmp_path):
    """Django's file cache, as `make run` has it, with a one-second default timeout."""
    config = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
            "TIMEOUT": 1,
        }
    }
    with override_settings(CACHES=config):
        caches["default"].clear()
        yield caches["default"]


@pytest.mark.django_db
def test_a_publish_does_not_make_the_generation_expire_with_the_default_timeout(file_cache):
    start = page_cache.generation()
    page_cache.invalidate_pages()
    assert page_cache.generation() == start + 1
    time.sleep(1.3)  # past the cache's default timeout
    assert page_cache.generation() == start + 1
    assert memo.read_generation() == start + 1


@pytest.mark.django_db
def test_a_lost_generation_starts_above_every_number_used_before(file_cache):
    page_cache.generation()
    for _ in range(3):
        page_cache.invalidate_pages()
    before = page_cache.generation()
    cache.set(f"archive-facets:de:{before}", "counts of that generation", None)
    cache.delete(page_cache.GENERATION_KEY)  # evicted, or the cache was restarted
    time.sleep(0.002)
    after = page_cache.generation()
    assert after > before
    assert cache.get(f"archive-facets:de:{after}") is None


@pytest.mark.django_db(transaction=True)
def test_after_a_publish_the_worker_has_the_archive_counts_ready_for_readers(site_tree):
    from twinning.importer.tests.test_import_jobs import run_worker

    venlo = site_tree.city("Venlo", country="Niederlande", country_code="NL")
    site_tree.release("Radtour nach Venlo", cities=[venlo])
    site_tree.release("Konzert in Krefeld")
    key = f"archive-facets:de:{page_cache.generation()}"
    assert cache.get(key) is None  # no reader has asked yet
    run_worker()  # as `make run` runs it
    counts = cache.get(key)
    assert counts is not None
    # Every language's archive has its counts ready too (no English releases here).
    assert cache.get(f"archive-facets:en:{page_cache.generation()}").total(None, None, None) == 0
    assert counts.total(None, None, None) == 2
    assert counts.total(venlo.pk, None, None) == 1
