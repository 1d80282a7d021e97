"""Shared fixtures: the partner-city names come from a list here instead of the records."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.utils import translation

from twinning.search import stats
from twinning.search.tests.corpus import CITY_NAME_GROUPS


@pytest.fixture
def city_names(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    monkeypatch.setattr(stats, "synonym_groups", lambda: CITY_NAME_GROUPS)
    stats.invalidate()
    return CITY_NAME_GROUPS


@pytest.fixture(autouse=True)
def _fresh_stats():
    stats.invalidate()
    yield
    stats.invalidate()


@pytest.fixture(autouse=True)
def _site_language():
    """Each test starts in German, the site's language: a request leaves its language active
    in the thread (core.i18n's middleware, as Django's own), and search() searches the
    active language by default."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
