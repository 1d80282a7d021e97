"""Shared fixtures: the partner-city names come from a list here instead of the records."""

from __future__ import annotations

import pytest

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
