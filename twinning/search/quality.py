"""Measuring search quality: nDCG@k, and a plain full-text baseline to compare against.

The baseline is what each database gives without our analysis: SQLite FTS5 with the
unicode61 tokenizer (no stemming), PostgreSQL ``to_tsvector(config, …)`` with
``plainto_tsquery(config, …)`` in the text search configuration of the corpus's language
('german', 'english', 'french', 'dutch'; 'simple' for others); both rank with the same
field weights as we do. Each language's corpus is measured on its own, with the same
measure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from django.db import connection

FIELD_WEIGHTS = (10.0, 5.0, 3.0, 1.0)
# PostgreSQL's built-in text search configurations per language.
TS_CONFIGS = {"de": "german", "en": "english", "fr": "french", "nl": "dutch"}


def dcg(gains: Iterable[float]) -> float:
    return sum((2.0**g - 1.0) / math.log2(i + 2) for i, g in enumerate(gains))


def ndcg_at_k(ranked_ids: Sequence[str], graded_relevance: Mapping[str, int], k: int = 10) -> float:
    """Normalised discounted cumulative gain of a ranking against graded judgements."""
    ideal = dcg(sorted(graded_relevance.values(), reverse=True)[:k])
    if ideal <= 0:
        return 0.0
    return dcg(graded_relevance.get(i, 0) for i in ranked_ids[:k]) / ideal


def mean_ndcg(
    searcher: Callable[[str], list[str]], queries: Mapping[str, Mapping[str, int]], k: int = 10
) -> tuple[float, dict[str, float]]:
    per_query = {q: ndcg_at_k(searcher(q), rel, k) for q, rel in queries.items()}
    return sum(per_query.values()) / len(per_query), per_query


class Baseline:
    """The database's plain full-text search over the same documents, in a temporary table."""

    def __init__(self, docs: Sequence[Mapping[str, str]], language: str = "de") -> None:
        """``docs``: dicts with id, title, subtitle, teaser, body, all in ``language``."""
        self.ids = [d["id"] for d in docs]
        self.vendor = connection.vendor
        self.config = TS_CONFIGS.get(language, "simple")
        with connection.cursor() as cursor:
            if self.vendor == "sqlite":
                cursor.execute("DROP TABLE IF EXISTS temp.search_baseline")
                cursor.execute(
                    "CREATE VIRTUAL TABLE temp.search_baseline USING fts5("
                    "title, subtitle, teaser, body, tokenize='unicode61')"
                )
                cursor.executemany(
                    "INSERT INTO temp.search_baseline (rowid, title, subtitle, teaser, body) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    [
                        (n + 1, d["title"], d.get("subtitle", ""), d.get("teaser", ""), d["body"])
                        for n, d in enumerate(docs)
                    ],
                )
            else:
                cursor.execute("DROP TABLE IF EXISTS search_baseline")
                cursor.execute("CREATE TEMPORARY TABLE search_baseline (n int, v tsvector)")
                cursor.executemany(
                    "INSERT INTO search_baseline (n, v) SELECT %s, "
                    "setweight(to_tsvector(%s::regconfig, %s), 'A') || "
                    "setweight(to_tsvector(%s::regconfig, %s), 'B') || "
                    "setweight(to_tsvector(%s::regconfig, %s), 'C') || "
                    "setweight(to_tsvector(%s::regconfig, %s), 'D')",
                    [
                        (
                            n + 1,
                            *(self.config, d["title"]),
                            *(self.config, d.get("subtitle", "")),
                            *(self.config, d.get("teaser", "")),
                            *(self.config, d["body"]),
                        )
                        for n, d in enumerate(docs)
                    ],
                )

    def search(self, q: str, limit: int = 10) -> list[str]:
        with connection.cursor() as cursor:
            if self.vendor == "sqlite":
                words = re.findall(r"[^\W_]+", q)
                if not words:
                    return []
                expr = " ".join('"' + w + '"' for w in words)
                cursor.execute(
                    "SELECT rowid FROM temp.search_baseline WHERE search_baseline MATCH %s "
                    "ORDER BY bm25(search_baseline, %s, %s, %s, %s) LIMIT %s",
                    [expr, *FIELD_WEIGHTS, limit],
                )
            else:
                weights = "{" + ",".join(str(w / 10) for w in reversed(FIELD_WEIGHTS)) + "}"
                cursor.execute(
                    "SELECT n FROM search_baseline "
                    "WHERE v @@ plainto_tsquery(%s::regconfig, %s) "
                    "ORDER BY ts_rank(%s::float4[], v, plainto_tsquery(%s::regconfig, %s)) DESC "
                    "LIMIT %s",
                    [self.config, q, weights, self.config, q, limit],
                )
            return [self.ids[row[0] - 1] for row in cursor.fetchall()]
