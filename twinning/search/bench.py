"""Search latency: run queries against the current database and report percentiles (ms)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence

from twinning.search.selectors import search

# What readers type: single nouns, inflected forms, compounds, names in other languages,
# two or three words, and the odd hostile string.
DEFAULT_QUERIES: tuple[str, ...] = (
    "Partnerstadt",
    "Partnerstädte",
    "Städtepartnerschaft",
    "Schüleraustausch Frankreich",
    "Oberbürgermeister Charlotte Besuch",
    "Dunkerque",
    "Duenkirchen",
    "Venlo",
    "Leicester Jugend",
    "Klimaschutz",
    "Museen",
    "Gruppen",
    "Schüler",
    "Jubiläum 50 Jahre",
    "Weihnachtsmarkt",
    "Kayseri Erdbeben Spenden",
    "Uljanowsk",
    "Oder-Spree Bürgerreise",
    "Stadt",
    "Krefeld",
    'NEAR(" OR * ^ : & | ! <-> :*',
    "x" * 10_000,
)


def _percentile(sorted_values: Sequence[float], share: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, round(share * (len(sorted_values) - 1))))
    return sorted_values[index]


def bench_search(
    queries: Sequence[str] = DEFAULT_QUERIES, repeat: int = 5, language: str = "de"
) -> dict:
    """Time ``search(q)`` in ``language`` for every query ``repeat`` times (after one warm-up
    round)."""
    for q in queries:
        search(q, limit=10, language=language)
    timings: list[float] = []
    per_query: dict[str, list[float]] = {}
    for _ in range(repeat):
        for q in queries:
            start = time.perf_counter()
            search(q, limit=10, language=language)
            elapsed = (time.perf_counter() - start) * 1000.0
            timings.append(elapsed)
            per_query.setdefault(q[:60], []).append(elapsed)
    timings.sort()
    return {
        "count": len(timings),
        "p50_ms": round(_percentile(timings, 0.50), 2),
        "p95_ms": round(_percentile(timings, 0.95), 2),
        "max_ms": round(timings[-1], 2) if timings else 0.0,
        "mean_ms": round(statistics.fmean(timings), 2) if timings else 0.0,
        "slowest": sorted(
            ((q, round(statistics.median(t), 2)) for q, t in per_query.items()),
            key=lambda pair: -pair[1],
        )[:5],
    }
