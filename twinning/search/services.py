"""Writes to the search index: index, remove, rebuild; other apps register providers.

Other apps call :func:`index_document` when something is published or changed and
:func:`remove_document` when it is unpublished or deleted; :func:`index_many` is the fast
path for imports and benchmark data; :func:`rebuild` re-reads everything from the
providers registered with :func:`register_provider`; :func:`set_live` makes stored documents
searchable or not when only their visibility changed (a section got a view restriction).

Whatever path writes, every batch passes the gate registered with :func:`register_gate`
(``core.indexing``: the site's rules of what is public), and so do the hits a search returns.
A document whose page readers may not see is stored but not live, and the names of partner
cities readers may not see are dropped from it.

A document dict may name its ``language`` (ISO 639-1: "de", "en", "fr", "nl", …; "en-GB"
counts as "en"); without one it is German. Its title, text and partner-city names are
analysed as that language writes (:func:`twinning.search.analysis.analyser`), a search in
one language finds only the documents of that language, and the lexicon's document
frequencies are counted per language (see ``models``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from twinning.core import batches
from twinning.search import stats
from twinning.search.analysis import DEFAULT_LANGUAGE, analyser, normalise_language
from twinning.search.models import SearchDocument, SearchTerm

DocDict = dict[str, Any]
Provider = Callable[[], Iterable[DocDict]]
Gate = Callable[[list[DocDict]], None]

_providers: dict[str, Provider] = {}
_gates: list[Gate] = []

BATCH_SIZE = 500
_FIELDS = (
    "url",
    "title",
    "subtitle",
    "teaser",
    "body",
    "published",
    "source_id",
    "live",
    "language",
)
_TOKEN_FIELDS = ("tokens_title", "tokens_subtitle", "tokens_teaser", "tokens_body")


def register_provider(kind: str, provider: Provider) -> None:
    """Let :func:`rebuild` ask ``provider()`` for all documents of ``kind`` (as dicts with
    the keyword arguments of :func:`index_document` plus ``kind`` and ``object_id``)."""
    _providers[kind] = provider


def register_gate(gate: Gate) -> None:
    """``gate(docs)`` sets ``live`` to false and thins out ``partner_cities`` in place for
    what readers may not see; it runs on every batch written and on every page of hits."""
    if gate not in _gates:
        _gates.append(gate)


def apply_gates(docs: list[DocDict]) -> list[DocDict]:
    """Copies of ``docs`` as the registered gates let them through."""
    docs = [dict(doc) for doc in docs]
    if docs:
        for gate in _gates:
            gate(docs)
    return docs


def _document_values(doc: DocDict) -> dict[str, Any]:
    cities = doc.get("partner_cities") or []
    if isinstance(cities, str):
        cities = [c.strip() for c in cities.split(",") if c.strip()]
    title = doc.get("title") or ""
    subtitle = doc.get("subtitle") or ""
    teaser = doc.get("teaser") or ""
    body = doc.get("body") or ""
    published = doc.get("published")
    if isinstance(published, str) and published:
        published = dt.datetime.fromisoformat(published)
    if isinstance(published, dt.date) and not isinstance(published, dt.datetime):
        published = dt.datetime.combine(published, dt.time(0, 0))
    if isinstance(published, dt.datetime) and timezone.is_naive(published):
        published = timezone.make_aware(published)
    source_id = doc.get("source_id")
    language = normalise_language(doc.get("language") or DEFAULT_LANGUAGE)
    analyse_document = analyser(language).analyse_document
    return {
        "url": doc.get("url") or "",
        "title": title,
        "subtitle": subtitle,
        "teaser": teaser,
        "body": body,
        "published": published,
        "source_id": str(source_id) if source_id not in (None, "") else None,
        "partner_cities": ", ".join(cities),
        "live": bool(doc.get("live", True)),
        "language": language,
        "tokens_title": analyse_document(title),
        "tokens_subtitle": analyse_document(subtitle),
        # The partner cities a document is filed under count like words of its teaser.
        "tokens_teaser": " ".join(
            t for t in (analyse_document(teaser), *map(analyse_document, cities)) if t
        ),
        # The year of publication counts like a word of the body ("Weihnachtsmarkt 2023").
        "tokens_body": " ".join(
            t for t in (analyse_document(body), str(published.year) if published else "") if t
        ),
    }


def _tokens(values: dict[str, Any]) -> set[str]:
    if not values.get("live"):
        return set()
    return set(" ".join(values[f] for f in _TOKEN_FIELDS).split())


class _Frequencies(dict[str, Counter[str]]):
    """Changes of document frequencies, per language."""

    def of(self, language: str) -> Counter[str]:
        found = self.get(language)
        if found is None:
            found = self[language] = Counter()
        return found


def _apply_df(changes: dict[str, Counter[str]]) -> None:
    """Add ``changes`` (per language) to the document frequencies of the lexicon (sorted: no
    deadlocks)."""
    rows = sorted(
        (language, t, n)
        for language, counter in changes.items()
        for t, n in counter.items()
        if n and len(t) <= 64
    )
    if not rows:
        return
    table = SearchTerm._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"INSERT INTO {table} (language, term, rev, df) "
                "SELECT l, t, reverse(t), n "
                "FROM unnest(%s::text[], %s::text[], %s::int[]) AS u(l, t, n) "
                f"ON CONFLICT (language, term) DO UPDATE SET df = {table}.df + EXCLUDED.df",
                [[r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]],
            )
        else:
            cursor.executemany(
                f"INSERT INTO {table} (language, term, rev, df) VALUES (%s, %s, %s, %s) "
                f"ON CONFLICT (language, term) DO UPDATE SET df = {table}.df + excluded.df",
                [(language, t, t[::-1], n) for language, t, n in rows],
            )


def index_document(
    kind: str,
    object_id: Any,
    *,
    url: str = "",
    title: str = "",
    subtitle: str = "",
    teaser: str = "",
    body: str = "",
    published: dt.datetime | dt.date | None = None,
    source_id: str | None = None,
    partner_cities: Iterable[str] = (),
    live: bool = True,
    language: str = DEFAULT_LANGUAGE,
) -> None:
    """Add or replace one document in the index; ``language`` is its page's (ISO 639-1)."""
    index_many(
        [
            {
                "kind": kind,
                "object_id": object_id,
                "language": language,
                "url": url,
                "title": title,
                "subtitle": subtitle,
                "teaser": teaser,
                "body": body,
                "published": published,
                "source_id": source_id,
                "partner_cities": list(partner_cities),
                "live": live,
            }
        ]
    )


def _batches(docs: Iterable[DocDict], size: int) -> Iterator[list[DocDict]]:
    iterator = iter(docs)
    while batch := list(islice(iterator, size)):
        yield batch


def index_many(docs: Iterable[DocDict], *, batch_size: int = BATCH_SIZE) -> int:
    """Add or replace many documents; returns how many were written.

    Works in batches, each in one transaction: new documents go in with one bulk insert,
    existing ones (same kind and object_id) are updated, and the lexicon's document
    frequencies change by the difference.
    """
    count = 0
    for batch in _batches(docs, batch_size):
        prepared: dict[tuple[str, str], dict[str, Any]] = {}
        for doc in apply_gates(batch):
            key = (str(doc["kind"]), str(doc["object_id"]))
            prepared[key] = _document_values(doc)
        with transaction.atomic():
            existing = _existing(list(prepared))
            df = _Frequencies()
            new_rows = []
            changed_rows = []
            for (kind, object_id), values in prepared.items():
                old = existing.get((kind, object_id))
                new_tokens = _tokens(values)
                counter = df.of(values["language"])
                if old is None:
                    counter.update(new_tokens)
                    new_rows.append(SearchDocument(kind=kind, object_id=object_id, **values))
                else:
                    old_tokens = old.token_set() if old.live else set()
                    if old.language == values["language"]:
                        counter.update(new_tokens - old_tokens)
                        counter.subtract(old_tokens - new_tokens)
                    else:  # a page that changed its language (rare): out of one, into another
                        counter.update(new_tokens)
                        df.of(old.language).subtract(old_tokens)
                    for name, value in values.items():
                        setattr(old, name, value)
                    changed_rows.append(old)
            if new_rows:
                batches.insert_rows(SearchDocument, new_rows)
            if changed_rows:
                SearchDocument.objects.bulk_update(
                    changed_rows,
                    [*_FIELDS, "partner_cities", *_TOKEN_FIELDS],
                    batch_size=100,
                )
            _apply_df(df)
        count += len(prepared)
    stats.invalidate()
    return count


def _existing(keys: list[tuple[str, str]]) -> dict[tuple[str, str], SearchDocument]:
    found: dict[tuple[str, str], SearchDocument] = {}
    by_kind: dict[str, list[str]] = {}
    for kind, object_id in keys:
        by_kind.setdefault(kind, []).append(object_id)
    for kind, ids in by_kind.items():
        for doc in SearchDocument.objects.filter(kind=kind, object_id__in=ids).only(
            "id", "kind", "object_id", "live", "language", *_TOKEN_FIELDS
        ):
            found[(doc.kind, doc.object_id)] = doc
    return found


def remove_document(kind: str, object_id: Any) -> None:
    """Take a document out of the index (unpublished or deleted); unknown ones are fine."""
    with transaction.atomic():
        doc = (
            SearchDocument.objects.filter(kind=kind, object_id=str(object_id))
            .only("id", "live", "language", *_TOKEN_FIELDS)
            .first()
        )
        if doc is None:
            return
        if doc.live:
            _apply_df({doc.language: Counter(dict.fromkeys(doc.token_set(), -1))})
        doc.delete()
    stats.invalidate()


def set_live(kind: str, object_ids: Iterable[Any], live: bool) -> int:
    """Make stored documents searchable (``live``) or not, without re-reading their sources.

    Only the documents that change are touched; the lexicon follows. Returns how many changed.
    """
    ids = [str(i) for i in object_ids]
    changed = 0
    for batch in _batches(ids, BATCH_SIZE):
        with transaction.atomic():
            docs = list(
                SearchDocument.objects.filter(kind=kind, object_id__in=batch, live=not live).only(
                    "id", "live", "language", *_TOKEN_FIELDS
                )
            )
            if not docs:
                continue
            df = _Frequencies()
            for doc in docs:
                df.of(doc.language).update(doc.token_set())
            if not live:
                for counter in df.values():
                    for term in counter:
                        counter[term] = -counter[term]
            SearchDocument.objects.filter(id__in=[doc.id for doc in docs]).update(live=live)
            _apply_df(df)
            changed += len(docs)
    if changed:
        stats.invalidate()
    return changed


def stored_ids(kind: str, object_ids: Iterable[Any]) -> set[str]:
    """Which of these documents the index holds (live or not)."""
    ids = [str(i) for i in object_ids]
    found: set[str] = set()
    for batch in _batches(ids, BATCH_SIZE):
        found.update(
            SearchDocument.objects.filter(kind=kind, object_id__in=batch).values_list(
                "object_id", flat=True
            )
        )
    return found


def recount_terms() -> None:
    """Recompute the lexicon from the stored tokens (after bulk changes made elsewhere)."""
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        df = _Frequencies()
        size = 0
        rows = SearchDocument.objects.filter(live=True).only("language", *_TOKEN_FIELDS)
        for row in batches.each(rows, 2000):
            counter = df.of(row.language)
            before = len(counter)
            counter.update(set(" ".join(getattr(row, name) for name in _TOKEN_FIELDS).split()))
            size += len(counter) - before
            if size > 200_000:
                _apply_df(df)
                df, size = _Frequencies(), 0
        _apply_df(df)
    stats.invalidate()


def _tracked(docs: Iterable[DocDict], kind: str, seen: set[str]) -> Iterator[DocDict]:
    for doc in docs:
        seen.add(str(doc["object_id"]))
        yield {**doc, "kind": kind}


def rebuild(kinds: Iterable[str] | None = None) -> int:
    """Re-index every document the registered providers yield; drop what they no longer do."""
    selected = list(kinds) if kinds is not None else list(_providers)
    total = 0
    for kind in selected:
        provider = _providers.get(kind)
        if provider is None:
            continue
        seen: set[str] = set()
        total += index_many(_tracked(provider(), kind, seen))
        stored = set(SearchDocument.objects.filter(kind=kind).values_list("object_id", flat=True))
        for object_id in sorted(stored - seen):
            remove_document(kind, object_id)
    recount_terms()
    return total
