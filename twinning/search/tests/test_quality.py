"""Search quality on our own corpora: nDCG@10 against a plain full-text baseline.

German (the archive), and English and French (the city's releases in those languages), each
measured on its own with the same measure, with all three indexed side by side as on the
multilingual site.
"""

from __future__ import annotations

import datetime as dt

import pytest

from twinning.search import selectors, services
from twinning.search.quality import Baseline, mean_ndcg, ndcg_at_k
from twinning.search.tests.corpus import QUERIES, RELEASES
from twinning.search.tests.corpus_en import QUERIES_EN, RELEASES_EN
from twinning.search.tests.corpus_fr import QUERIES_FR, RELEASES_FR

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


def _index_corpus(releases: list[dict] = RELEASES, language: str = "de") -> None:
    services.index_many(
        {
            "kind": "press_release",
            "language": language,
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
        for r in releases
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


# English and French: our own releases (20 and 18, corpus_en.py and corpus_fr.py) with 27
# queries each, the last six written after the first measurement (nothing in the search was
# changed after them), searched with the German archive indexed beside them. Both databases
# give the same: English 0.997 (baseline 0.469 on SQLite, 0.785 with PostgreSQL's
# 'english'), French 0.963 (baseline 0.667, and 0.733 with 'french', which neither folds
# accents nor ligatures: "Noel", "choeur", "ecoles", "eleves" find nothing there). The one
# miss is a held-out query: French "Leiden" finds nothing, as the partner-city record (here
# CITY_NAME_GROUPS) names the city only so and a record's names go before GeoNames' (which
# know "Leyde"): the records need the name in each language of the site.
# Switching single features off gives: no accent and ligature folding French 0.878; no
# partner-city and place names English 0.922; no stemming (the neutral analysis) 0.989 and
# 0.947 – little, as prefix matching and typo correction catch most plural forms in corpora
# this small, so test_languages.py guards stemming and elisions directly; stop words,
# related words and prefix matching alone change nothing here.
# English 0.95 and French 0.93 leave about 0.04 for harmless changes in weights or tie
# order and fail when folding (French) or the names (English) break; MARGIN as for German.
LANGUAGES = {
    "en": (RELEASES_EN, QUERIES_EN, 0.95),
    "fr": (RELEASES_FR, QUERIES_FR, 0.93),
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_search_quality_in_other_languages_beats_the_plain_baseline(city_names, language):
    releases, queries, threshold = LANGUAGES[language]
    assert len(releases) >= 15 and len(queries) >= 20
    _index_corpus()
    _index_corpus(RELEASES_EN, "en")
    _index_corpus(RELEASES_FR, "fr")
    ours, per_query = mean_ndcg(
        lambda q: [h.object_id for h in selectors.search(q, language=language).results], queries
    )
    baseline = Baseline(releases, language)
    theirs, base_per_query = mean_ndcg(baseline.search, queries)
    report = "\n".join(
        f"{q:40s} ours {per_query[q]:.3f}  baseline {base_per_query[q]:.3f}" for q in queries
    )
    print(f"\n{language}\n{report}\nnDCG@10 ours {ours:.3f} baseline {theirs:.3f}")
    assert ours >= threshold, report
    assert ours >= theirs + MARGIN, report


@pytest.mark.django_db
def test_german_rankings_do_not_change_when_other_languages_are_indexed(city_names):
    _index_corpus()

    def rankings() -> dict[str, list[str]]:
        return {
            q: [h.object_id for h in selectors.search(q, language="de").results] for q in QUERIES
        }

    german_only = rankings()
    _index_corpus(RELEASES_EN, "en")
    _index_corpus(RELEASES_FR, "fr")
    assert rankings() == german_only
