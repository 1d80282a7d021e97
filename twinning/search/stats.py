"""Small, slowly changing facts the ranking needs, cached per process for a few minutes.

Document count and mean field lengths (for BM25), and the partner-city name groups (for
exonyms). Writes in this process drop the cache at once; other processes see them after
``TTL`` seconds at the latest, which is fine for numbers that move by fractions.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from django.db import DatabaseError, connection, transaction

TTL = 300.0
SYNONYM_TTL = 60.0
_cache: dict[str, tuple[float, Any]] = {}


@dataclass(frozen=True)
class CorpusStats:
    documents: int
    # Mean length, in characters of the token strings, of title, subtitle, teaser, body.
    mean_lengths: tuple[float, float, float, float]


def invalidate() -> None:
    _cache.clear()


def _cached(key: str, ttl: float, compute):  # type: ignore[no-untyped-def]
    now = time.monotonic()
    hit = _cache.get(key)
    if hit is not None and now - hit[0] < ttl:
        return hit[1]
    value = compute()
    _cache[key] = (now, value)
    return value


def corpus_stats() -> CorpusStats:
    return _cached("corpus", TTL, _compute_corpus_stats)


def _compute_corpus_stats() -> CorpusStats:
    # The full-text index holds exactly the live documents, in far smaller rows.
    table = "search_fulltext" if connection.vendor == "postgresql" else "search_fts_docsize"
    with connection.cursor() as cursor:
        documents = -1
        if connection.vendor == "postgresql":
            # The planner's row estimate is plenty for idf and free; small tables are counted.
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'search_fulltext'")
            row = cursor.fetchone()
            documents = int(row[0]) if row and row[0] and row[0] >= 20_000 else -1
        if documents < 0:
            cursor.execute(f"SELECT count(*) FROM {table}")
            documents = cursor.fetchone()[0]
        # A sample of the newest documents is enough for a mean and costs the same at any size.
        cursor.execute(
            "SELECT length(tokens_title), length(tokens_subtitle), length(tokens_teaser), "
            "length(tokens_body) FROM search_searchdocument WHERE live ORDER BY id DESC LIMIT 500"
        )
        rows = cursor.fetchall()
    if not rows:
        return CorpusStats(documents, (40.0, 60.0, 150.0, 1500.0))
    sums = [0.0, 0.0, 0.0, 0.0]
    for row in rows:
        for i, value in enumerate(row):
            sums[i] += value or 0
    means = tuple(max(8.0, s / len(rows)) for s in sums)
    return CorpusStats(documents, means)  # type: ignore[arg-type]


def synonym_groups() -> list[list[str]]:
    """All names of each partner city, from the partner-city records."""
    return _cached("synonyms", SYNONYM_TTL, _load_synonym_groups)


def _load_synonym_groups() -> list[list[str]]:
    try:
        from twinning.partnerships.selectors import city_name_groups
    except ImportError:  # pragma: no cover - the app is part of the project
        return []
    try:
        # A savepoint, so that a failure cannot spoil a surrounding transaction.
        with transaction.atomic():
            return [list(g) for g in city_name_groups() if g]
    except DatabaseError:  # search must work even if the records cannot be read
        return []
