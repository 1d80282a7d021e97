"""Search reads: what the search page and the API show for a query.

A search is in one language: the reader's (Django's active language, "de" when there is
none), or the one asked for. It analyses the query as that language analyses its documents,
finds only documents of that language, and ranks them with that language's lexicon and
statistics (see ``models``). A language without documents finds nothing; an unknown code
is searched with the language-neutral analysis and finds nothing either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils import translation

from twinning.search import services, stats
from twinning.search.analysis import (
    DEFAULT_LANGUAGE,
    Alternative,
    Query,
    Term,
    correct_term,
    expand_compounds,
    expand_prefixes,
    highlight,
    normalise_language,
    parse_query,
)
from twinning.search.backends import Backend, get_backend
from twinning.search.models import SearchDocument
from twinning.search.places import place_index
from twinning.search.ranking import Candidate, TermStats, idf, score_candidates

MAX_LIMIT = 100
MAX_OFFSET = 10_000
# How many of the database's best matches the final ranking looks at.
CANDIDATES = 60
# Variants of a query word are matched while they add up to this many documents.
MATCH_BUDGET = 3_000
# At most this many query terms go into the database's match expression.
MAX_MATCH_TERMS = 6


@dataclass(frozen=True)
class Hit:
    kind: str
    object_id: str
    title: str
    url: str
    published: dt.datetime | None
    source_id: str | None
    partner_cities: list[str]
    snippet: str
    score: float
    language: str = DEFAULT_LANGUAGE


@dataclass(frozen=True)
class SearchResults:
    total: int
    results: list[Hit] = field(default_factory=list)
    query: Query | None = None
    language: str = DEFAULT_LANGUAGE


def active_language() -> str:
    """The active Django language as the index names languages ("en-gb" → "en"), else "de"."""
    return normalise_language(translation.get_language())


def build_query(q: str, language: str = DEFAULT_LANGUAGE) -> Query:
    """The parsed query with exonyms from the partner-city records, then the other spellings
    of any other place of the world it names (no compounds yet)."""
    return parse_query(q, stats.synonym_groups(), places=place_index(), language=language)


def _frequencies(query: Query, backend: Backend) -> dict[str, int]:
    words = {t for term in query.terms for alt in term.alternatives for t in alt.tokens}
    return backend.frequencies(words) if words else {}


def _term_stats(query: Query, known: dict[str, int], documents: int) -> list[TermStats]:
    """Inverse document frequency per term, from the lexicon (no query per term)."""
    result = []
    for term in query.terms:
        df = 0
        for alt in term.alternatives:
            if alt.kind in ("exact", "synonym"):
                df = max(df, min(known.get(t, 0) for t in alt.tokens))
        if df == 0:
            # The word itself is not indexed: what it matches instead is what is rare or not.
            for alt in term.alternatives:
                df = max(df, min(known.get(t, 0) for t in alt.tokens))
        result.append(TermStats(idf(documents, max(df, 1))))
    return result


def _correct_misspellings(
    query: Query, known: dict[str, int], backend: Backend
) -> tuple[Query, bool]:
    """Terms that nothing in the index contains are read as misspellings."""
    terms = list(query.terms)
    changed = False
    for i, term in enumerate(terms):
        if any(known.get(t, 0) for alt in term.alternatives for t in alt.tokens):
            continue
        corrected = correct_term(term, backend, stats.synonym_groups(), query.language)
        if corrected is not None:
            terms[i] = corrected
            changed = True
    return (Query(query.text, tuple(terms), query.language), True) if changed else (query, False)


def _for_matching(query: Query, known: dict[str, int]) -> Query:
    """The query the database matches: per term the reader's own word (and its other
    names), then its variants (compounds, longer words, the split compound) from the best
    match down, only while they add up to ``MATCH_BUDGET`` documents.

    The database reads every posting list named in the query, so a variant that is in
    tens of thousands of documents costs much and adds nothing the top of the list needs.
    The ranking still scores every variant in the candidates it gets.
    """
    terms: list[tuple[int, Term]] = []
    changed = False
    for term in query.terms:
        own = [a for a in term.alternatives if a.kind in ("exact", "synonym")]
        others = [a for a in term.alternatives if a.kind not in ("exact", "synonym")]

        def df(alt: Alternative) -> int:
            return min(known.get(t, 0) for t in alt.tokens)

        kept = list(own)
        budget = sum(df(a) for a in own)
        for alt in sorted(others, key=lambda a: (-a.weight, df(a))):
            cost = df(alt)
            if cost == 0:
                continue
            if budget + cost <= MATCH_BUDGET or budget == 0:
                kept.append(alt)
                budget += cost
        if len(kept) < len(term.alternatives):
            changed = True
        terms.append((budget, Term(term.text, tuple(kept or term.alternatives))))
    if len(terms) > MAX_MATCH_TERMS:
        # A long query is matched by its rarest words; the common ones only rank.
        rarest = sorted(range(len(terms)), key=lambda i: terms[i][0])[:MAX_MATCH_TERMS]
        terms = [terms[i] for i in sorted(rarest)]
        changed = True
    if not changed:
        return query
    return Query(query.text, tuple(t for _, t in terms), query.language)


def _estimate(query: Query, known: dict[str, int], documents: int) -> int:
    """Matches of the any-term query, estimated from the lexicon (for very common words)."""
    best = 0
    for term in query.terms:
        best = max(best, sum(min(known.get(t, 0) for t in alt.tokens) for alt in term.alternatives))
    return min(best, documents)


def _candidates(ids: Sequence[int]) -> dict[int, Candidate]:
    rows = SearchDocument.objects.filter(id__in=list(ids)).values_list(
        "id", "tokens_title", "tokens_subtitle", "tokens_teaser", "tokens_body", "published", "kind"
    )
    found = {}
    for id_, t, s, te, b, published, kind in rows:
        ts = published.timestamp() if published else 0.0
        found[id_] = Candidate(id_, (t, s, te, b), ts, kind)
    return found


def _visible(docs: dict[int, SearchDocument]) -> dict[int, list[str]]:
    """The partner cities to show per document that readers may see (the index's gate again:
    a page that became private or expired since it was indexed stays out)."""
    checked = services.apply_gates(
        [
            {
                "id": id_,
                "kind": doc.kind,
                "object_id": doc.object_id,
                "live": doc.live,
                "partner_cities": [c.strip() for c in doc.partner_cities.split(",") if c.strip()],
            }
            for id_, doc in docs.items()
        ]
    )
    return {d["id"]: d["partner_cities"] for d in checked if d["live"]}


def _hits(ids: Sequence[int], scores: dict[int, float], query: Query) -> list[Hit]:
    docs = SearchDocument.objects.in_bulk(list(ids))
    visible = _visible(docs)
    hits = []
    for id_ in ids:
        doc = docs.get(id_)
        if doc is None or id_ not in visible:
            continue
        text = doc.teaser if not doc.body else doc.body
        snippet = highlight(text, query)
        if "<mark>" not in snippet:
            for other in (doc.teaser, doc.subtitle, doc.body):
                candidate = highlight(other, query) if other else ""
                if "<mark>" in candidate:
                    snippet = candidate
                    break
        hits.append(
            Hit(
                kind=doc.kind,
                object_id=doc.object_id,
                title=doc.title,
                url=doc.url,
                published=doc.published,
                source_id=doc.source_id,
                partner_cities=visible[id_],
                snippet=snippet,
                score=round(scores.get(id_, 0.0), 6),
                language=doc.language,
            )
        )
    return hits


def search(
    q: str,
    *,
    limit: int = 10,
    offset: int = 0,
    kinds: Sequence[str] | None = None,
    language: str | None = None,
) -> SearchResults:
    """The live documents of ``language`` that best match ``q``, best first; never raises
    for odd input.

    ``language`` is an ISO 639-1 code ("en", "en-GB"); by default the active Django
    language, and "de" where there is none or it is no language code. Documents with all
    query terms come first; when there are few of them, documents with some of the terms
    fill up, ranked by how many and how well they match.
    """
    try:
        limit = max(1, min(int(limit), MAX_LIMIT))
        offset = max(0, min(int(offset), MAX_OFFSET))
    except (TypeError, ValueError):
        limit, offset = 10, 0
    language = active_language() if language is None else normalise_language(language)
    kinds = [k for k in kinds or () if k in SearchDocument.Kind.values] or None
    query = build_query(q if isinstance(q, str) else "", language)
    if not query:
        return SearchResults(0, [], query, language)
    backend = get_backend(language)
    with backend.session():
        return _search(query, backend, limit, offset, kinds)


def _search(
    query: Query, backend: Backend, limit: int, offset: int, kinds: list[str] | None
) -> SearchResults:
    query = expand_prefixes(expand_compounds(query, backend), backend)
    known = _frequencies(query, backend)
    query, corrected = _correct_misspellings(query, known, backend)
    if corrected:
        known = _frequencies(query, backend)
    matching = _for_matching(query, known)
    any_expr = backend.expression(matching, "or")
    corpus = stats.corpus_stats(query.language)
    backend.use_counts(corpus.documents, corpus.all_documents)
    estimate = _estimate(matching, known, corpus.documents)
    if estimate >= backend.count_cap and not kinds:
        # Common words: the lexicon knows roughly how many; counting them costs more.
        total = estimate
    else:
        total = backend.count(any_expr, kinds, backend.count_cap)
        if total >= backend.count_cap:
            total = max(total, estimate)
    if total == 0:
        return SearchResults(0, [], query, query.language)

    # Always the same head, so that pages do not overlap or skip.
    wanted = CANDIDATES
    ids: list[int] = []
    if len(query.terms) > 1:
        ids = backend.top(backend.expression(matching, "and"), kinds, wanted)
    if len(ids) < wanted:
        seen = set(ids)
        ids += [i for i in backend.top(any_expr, kinds, wanted, total) if i not in seen]

    term_stats = _term_stats(query, known, corpus.documents)
    found = _candidates(ids)
    scored = score_candidates(
        query, [found[i] for i in ids if i in found], term_stats, corpus.mean_lengths
    )
    ordered = [c.id for _, c in scored]
    scores = {c.id: s for s, c in scored}
    page = ordered[offset : offset + limit]
    if len(page) < limit and offset + limit > len(ordered) and total > len(ordered):
        # Beyond the re-ranked head the database's own order goes on.
        page += backend.rest(
            any_expr,
            kinds,
            offset + limit - max(offset, len(ordered)),
            max(0, offset - len(ordered)),
            exclude=ordered,
        )
    if not ordered and offset == 0:
        total = 0  # the lexicon promised matches the index no longer has
    hits = _hits(page, scores, query)
    if len(hits) < len(page):
        # Pages that stopped being public since they were indexed (an expiry the worker has
        # not seen yet) are left out, and are not counted.
        total = max(total - (len(page) - len(hits)), offset + len(hits))
    return SearchResults(total, hits, query, query.language)
