"""Search quality on our own German corpus: nDCG@10 against a plain full-text baseline."""

from __future__ import annotations

import datetime as dt

import pytest

from twinning.search import selectors, services
from twinning.search.quality import Baseline, mean_ndcg, ndcg_at_k
from twinning.search.tests.corpus import QUERIES, RELEASES

# The threshold: on this corpus (48 releases, 43 queries, the last 13 written after the
# ranking was tuned) our search reaches 0.955 on both databases, the plain baseline 0.531
# (SQLite, no stemming) and 0.619 (PostgreSQL 'german'): it misses compounds, umlaut
# spellings and exonyms, and ANDs every word. Switching single features off gives: no
# prefix matching 0.889, no exonyms 0.931, no compound expansion 0.945, no
# country/adjective words 0.952. 0.90 leaves about 0.05 for harmless changes in weights or
# tie order and fails when the stemming/prefix core breaks; exonyms and compounds carry
# only a few queries here, so their own behaviour tests in test_search.py guard them.
# The eight queries added with GeoNames place names (other cities by their German names,
# compounds written apart, a typo) score 1.0 here; without the place names the five city
# queries fall to 0 and the mean to 0.847, so 0.90 also guards the place names.
THRESHOLD = 0.90
# And we must beat the baseline clearly, not by luck.
MARGIN = 0.15


def test_ndcg_of_a_perfect_ranking_is_one_and_of_an_empty_one_zero():
    rel = {"a": 2, "b": 1}
    assert ndcg_at_k(["a", "b", "c"], rel) == pytest.approx(1.0)
    assert ndcg_at_k(["c", "d"], rel) == 0.0
    assert 0 < ndcg_at_k(["b", "a"], rel) < 1


def _index_corpus() -> None:
    services.index_many(
        {
            "kind": "press_release",
            "object_id": r["id"],
            "url": f"/presse/{r['id']}/",
            "title": r["title"],
            "subtitle": r["subtitle"],
            "teaser": r["teaser"],
            "body": r["body"],
            "published": dt.datetime.fromisoformat(r["published"]).replace(tzinfo=dt.UTC),
            "source_id": r["id"],
            "partner_cities": r["cities"],
        }
        for r in RELEASES
    )


@pytest.mark.django_db
def test_search_quality_beats_the_plain_baseline(city_names):
    assert len(RELEASES) >= 40 and len(QUERIES) >= 20
    _index_corpus()
    ours, per_query = mean_ndcg(
        lambda q: [h.object_id for h in selectors.search(q, limit=10).results], QUERIES
    )
    baseline = Baseline(RELEASES)
    theirs, base_per_query = mean_ndcg(baseline.search, QUERIES)
    report = "\n".join(
        f"{q:40s} ours {per_query[q]:.3f}  baseline {base_per_query[q]:.3f}" for q in QUERIES
    )
    print(f"\n{report}\nnDCG@10 ours {ours:.3f} baseline {theirs:.3f}")
    assert ours >= THRESHOLD, report
    assert ours >= theirs + MARGIN, report
