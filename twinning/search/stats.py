"""Small, slowly changing facts the ranking needs, cached per process for a few minutes.

Document count and mean field lengths (for BM25), and the partner-city name groups (for
exonyms). Writes in this process drop the cache at once; other processes see them after
``TTL`` seconds at the latest, which is fine for numbers that move by fractions.

The counts and lengths are those of one language, as the lexicon's document frequencies are
(see ``models``): idf compares a word's documents with the documents it could have been in.
The number of all documents only tells the SQLite backend how selective a language is.
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
    # Live documents of the language.
    documents: int
    # Mean length, in characters of the token strings, of title, subtitle, teaser, body.
    mean_lengths: tuple[float, float, float, float]
    # Live documents of all languages.
    all_documents: int = 0


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


def corpus_stats(language: str = "de") -> CorpusStats:
    return _cached(f"corpus:{language}", TTL, lambda: _compute_corpus_stats(language))


# Above this many rows PostgreSQL's planner statistics stand in for counting.
ESTIMATE_ABOVE = 20_000


def _postgres_counts(cursor, language: str) -> tuple[int, int]:
    """Live documents of ``language`` and of all languages, from the narrow table."""
    cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'search_fulltext'")
    row = cursor.fetchone()
    total = int(row[0]) if row and row[0] and row[0] >= ESTIMATE_ABOVE else -1
    if total >= 0:
        # The planner's row estimate and the language's share among the most common values
        # are plenty for idf and free; a language not among them is counted (it is small).
        cursor.execute(
            "SELECT most_common_vals::text::text[], most_common_freqs FROM pg_stats "
            "WHERE schemaname = current_schema() AND tablename = 'search_fulltext' "
            "AND attname = 'language'"
        )
        row = cursor.fetchone()
        shares = dict(zip(row[0] or (), row[1] or (), strict=False)) if row else {}
        if language in shares:
            return int(total * shares[language]), total
    else:
        cursor.execute("SELECT count(*) FROM search_fulltext")
        total = cursor.fetchone()[0]
    cursor.execute("SELECT count(*) FROM search_fulltext WHERE language = %s", [language])
    return cursor.fetchone()[0], total


def _compute_corpus_stats(language: str) -> CorpusStats:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            documents, total = _postgres_counts(cursor, language)
        else:
            # The full-text index holds exactly the live documents, in far smaller rows; the
            # language's are counted in the index on (language, live).
            cursor.execute("SELECT count(*) FROM search_fts_docsize")
            total = cursor.fetchone()[0]
            cursor.execute(
                "SELECT count(*) FROM search_searchdocument WHERE language = %s AND live = true",
                [language],
            )
            documents = cursor.fetchone()[0]
        # A sample of the newest documents is enough for a mean and costs the same at any size.
        cursor.execute(
            "SELECT length(tokens_title), length(tokens_subtitle), length(tokens_teaser), "
            "length(tokens_body) FROM search_searchdocument "
            "WHERE language = %s AND live = true ORDER BY id DESC LIMIT 500",
            [language],
        )
        rows = cursor.fetchall()
    if not rows:
        return CorpusStats(documents, (40.0, 60.0, 150.0, 1500.0), total)
    sums = [0.0, 0.0, 0.0, 0.0]
    for row in rows:
        for i, value in enumerate(row):
            sums[i] += value or 0
    means = tuple(max(8.0, s / len(rows)) for s in sums)
    return CorpusStats(documents, means, total)  # type: ignore[arg-type]


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
