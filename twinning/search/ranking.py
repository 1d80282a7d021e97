"""The final order of the best candidates, the same on SQLite and PostgreSQL.

The databases find the matches and a first order (FTS5's bm25, PostgreSQL's ts_rank,
which knows no inverse document frequency); this module re-scores the best few dozen of
them with one formula, BM25F over the four fields, where

* a field counts by its weight (title 10, subtitle 5, teaser 3, body 1), so a word in the
  headline beats the same word in the subheading, teaser or body;
* a document word counts by how well it matches a query term: the very word 1.0, a
  compound with it as its tail 0.7, a longer word with it as its head 0.55, the compound
  split into head and tail 0.45, another name of the same partner city 1.0;
* rare terms count more (idf from the lexicon);
* a document missing some terms of the query is scaled by the square of the share it has;
* partner-city and event pages count a little less than releases (``KIND_PRIOR``);
* equal scores go to the newer document.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from twinning.search.analysis import Query, analyser

FIELD_WEIGHTS = (10.0, 5.0, 3.0, 1.0)
FIELD_B = (0.3, 0.3, 0.5, 0.75)
K1 = 1.2
# The archive is what readers search; a partner city's or an event's page is a fine hit but
# should not push the releases about it off the first places just by being short.
KIND_PRIOR = {"press_release": 1.0, "event": 0.8, "partner_city": 0.7}
# A partner-city or event page whose name is the query ranks above the releases about it.
ENTITY_BOOST = 4.0
ENTITY_MIN_WEIGHT = 0.85
# Up to this share more when the query's words stand together ("Tag der offenen Tür").
PROXIMITY_BONUS = 0.3


@dataclass(frozen=True)
class Candidate:
    id: int
    fields: tuple[str, str, str, str]
    published_ts: float
    kind: str = "press_release"


@dataclass(frozen=True)
class TermStats:
    idf: float


def idf(documents: int, df: int) -> float:
    documents = max(documents, df, 1)
    return math.log(1.0 + (documents - df + 0.5) / (df + 0.5))


class _Matcher:
    """Single-token alternatives by token and prefix; multi-token ones checked per document."""

    def __init__(self, query: Query) -> None:
        self.exact: dict[str, list[tuple[int, float]]] = {}
        self.prefixes: list[tuple[str, int, float]] = []
        self.multi: list[tuple[int, tuple[str, ...], bool, float]] = []
        for i, term in enumerate(query.terms):
            for alt in term.alternatives:
                if len(alt.tokens) > 1:
                    self.multi.append((i, alt.tokens, alt.prefix, alt.weight))
                elif alt.prefix:
                    self.prefixes.append((alt.tokens[0], i, alt.weight))
                else:
                    self.exact.setdefault(alt.tokens[0], []).append((i, alt.weight))
        self.prefix_tuple = tuple(p for p, _, _ in self.prefixes)
        self.n_terms = len(query.terms)
        self._cache: dict[str, list[tuple[int, float]]] = {}

    def token_weights(self, token: str) -> list[tuple[int, float]]:
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        found = list(self.exact.get(token, ()))
        if self.prefix_tuple and token.startswith(self.prefix_tuple):
            found.extend((i, w) for p, i, w in self.prefixes if token.startswith(p))
        self._cache[token] = found
        return found


def score_candidates(
    query: Query,
    candidates: Sequence[Candidate],
    term_stats: Sequence[TermStats],
    mean_lengths: Sequence[float],
) -> list[tuple[float, Candidate]]:
    """Candidates with their scores, best first (newer first on equal scores)."""
    matcher = _Matcher(query)
    n = matcher.n_terms
    # Generic words before a name ("Landkreis", "city"), as the query's language writes them.
    name_words = analyser(query.language).name_words
    scored: list[tuple[float, Candidate]] = []
    for cand in candidates:
        tf = [[0.0] * 4 for _ in range(n)]
        present: set[str] = set()
        counters = []
        proximity = 0.0
        for f, text in enumerate(cand.fields):
            words = text.split()
            counts = Counter(words)
            if n > 1 and proximity < 1.0:
                proximity = max(proximity, _proximity(words, matcher, n))
            counters.append(counts)
            if matcher.multi:
                present.update(counts)
            for token, count in counts.items():
                weights = matcher.token_weights(token)
                if not weights:
                    continue
                best: dict[int, float] = {}
                for i, w in weights:
                    if w > best.get(i, 0.0):
                        best[i] = w
                for i, w in best.items():
                    tf[i][f] += w * count
        for i, tokens, prefix, weight in matcher.multi:
            exact_tokens = tokens[:-1] if prefix else tokens
            if not all(t in present for t in exact_tokens):
                continue
            if prefix and not any(t.startswith(tokens[-1]) for t in present):
                continue
            # The most specific word counts the occurrences ("austausch" of "schul* austausch").
            anchor = max(exact_tokens, key=len)
            for f, counts in enumerate(counters):
                # Never more than the term's better single-token matches would give.
                tf[i][f] = max(tf[i][f], weight * counts.get(anchor, 0))
        score = 0.0
        matched = 0
        for i in range(n):
            pseudo = 0.0
            for f in range(4):
                if tf[i][f]:
                    length = len(cand.fields[f])
                    norm = 1.0 - FIELD_B[f] + FIELD_B[f] * length / mean_lengths[f]
                    pseudo += FIELD_WEIGHTS[f] * tf[i][f] / norm
            if pseudo:
                matched += 1
                score += term_stats[i].idf * pseudo * (K1 + 1.0) / (K1 + pseudo)
        if n > 1 and matched < n:
            score *= (matched / n) ** 2
        score *= 1.0 + PROXIMITY_BONUS * proximity
        score *= KIND_PRIOR.get(cand.kind, 1.0)
        if cand.kind != "press_release":
            score *= _entity_boost(cand.fields[0], matcher, n, name_words)
        scored.append((score, cand))
    scored.sort(key=lambda pair: (-round(pair[0], 9), -pair[1].published_ts, -pair[1].id))
    return scored


def _entity_boost(title: str, matcher: _Matcher, n: int, name_words: frozenset[str]) -> float:
    """How much the query is this page's name: every query term in its title, by the word
    itself or another name of it (not a longer word), and no other title word ("Dünkirchen"
    for the partner-city page, "Festakt 50 Jahre Städtepartnerschaft" for the event): the
    full boost; one title word besides ("Jugendbegegnung in Leicester"): half of it."""
    words = [word for word in title.split() if word not in name_words]
    if not words or n == 0:
        return 1.0
    named: set[int] = set()
    unmatched = 0
    for word in words:
        strong = [i for i, weight in matcher.token_weights(word) if weight >= ENTITY_MIN_WEIGHT]
        if strong:
            named.update(strong)
        else:
            unmatched += 1
    if len(named) < n or unmatched > 1:
        return 1.0
    return ENTITY_BOOST if unmatched == 0 else ENTITY_BOOST / 2


def _proximity(words: list[str], matcher: _Matcher, n: int) -> float:
    """How closely a field holds the query's terms: 1.0 when all stand side by side (stop
    words aside), less for fewer terms or a wider span, 0.0 for fewer than two terms."""
    hits: list[tuple[int, int]] = []
    for pos, word in enumerate(words):
        for term, _w in matcher.token_weights(word):
            hits.append((pos, term))
    if len({t for _, t in hits}) < 2:
        return 0.0
    best = 0.0
    window: dict[int, int] = {}
    left = 0
    for right in range(len(hits)):
        pos, term = hits[right]
        window[term] = window.get(term, 0) + 1
        while hits[right][0] - hits[left][0] > 2 * n:
            old = hits[left][1]
            window[old] -= 1
            if not window[old]:
                del window[old]
            left += 1
        k = len(window)
        if k >= 2:
            span = hits[right][0] - hits[left][0] + 1
            closeness = 1.0 if span <= k + 1 else 0.5
            best = max(best, closeness * (k - 1) / (n - 1))
    return best
