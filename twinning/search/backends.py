"""The SQL that matches queries, one class per database; everything else is shared.

Each backend answers: how many documents match an expression (counted up to a cap), which
are the best ``limit`` of them by the database's own rank (a first pass;
:mod:`twinning.search.ranking` decides the final order), and the lexicon look-ups. User
input never reaches the SQL text: expressions are built from analysed tokens (letters and
digits only) and passed as parameters.

Cost is bounded for common words, where ranking every match is what makes full-text
search slow on large archives: up to ``FULL_RANK`` matches are all ranked; above that
SQLite ranks the newest ``WINDOW`` matches (FTS5 walks its lists newest first and stops),
and PostgreSQL ranks the documents with the words in their title, subheading or teaser
(a small inline vector with its own GIN index), topped up with further matches.

A backend is made for one language (:func:`get_backend`): it matches only that language's
documents and looks words up in that language's lexicon. PostgreSQL reads the language from
the narrow table's rows it visits anyway. SQLite's FTS5 index knows no languages: each match
is checked by rowid in the index on (language, live) of ``SearchDocument`` – a look-up in a
small index, not in the wide document rows; for a language with few documents their ids are
collected once instead (:meth:`SQLiteBackend.use_counts` tells which is cheaper).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from django.db import DatabaseError, connection

from twinning.search.analysis import DEFAULT_LANGUAGE, Query
from twinning.search.models import LANGUAGE_INDEX

# Field weights for the first pass: title, subtitle, teaser, body.
FIELD_WEIGHTS = (10.0, 5.0, 3.0, 1.0)
COUNT_CAP = 10_000


def _upper_bound(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class Backend:
    vendor = ""
    # Matches are counted exactly up to here; above it the total is estimated.
    count_cap = COUNT_CAP
    term_range = "term >= %s AND term < %s"
    rev_range = "rev >= %s AND rev < %s"

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language

    def use_counts(self, documents: int, all_documents: int) -> None:
        """How many live documents the language has, of how many (to choose a plan)."""

    def expression(self, query: Query, mode: str) -> str:
        raise NotImplementedError

    def count(self, expr: str, kinds: Sequence[str] | None, cap: int = COUNT_CAP) -> int:
        """Matching documents, counted up to ``cap``."""
        raise NotImplementedError

    def top(
        self, expr: str, kinds: Sequence[str] | None, limit: int, matches: int | None = None
    ) -> list[int]:
        """The first-pass best ``limit`` matches (``matches``: their number if known, any
        number above the backend's full-rank limit meaning "many")."""
        raise NotImplementedError

    def rest(
        self,
        expr: str,
        kinds: Sequence[str] | None,
        limit: int,
        offset: int,
        exclude: Sequence[int],
    ) -> list[int]:
        """Matches beyond the re-ranked head, for deep pages."""
        raise NotImplementedError

    # The lexicon (see analysis.Lexicon)
    def ending_with(self, suffix: str, limit: int) -> list[tuple[str, int]]:
        rev = suffix[::-1]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term, df FROM search_searchterm WHERE language = %s AND "
                + self.rev_range
                + " AND df > 0 AND term <> %s ORDER BY df DESC, term LIMIT %s",
                [self.language, rev, _upper_bound(rev), suffix, limit],
            )
            return [(t, df) for t, df in cursor.fetchall()]

    def starting_with(self, prefix: str, limit: int) -> list[tuple[str, int]]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term, df FROM search_searchterm WHERE language = %s AND "
                + self.term_range
                + " AND df > 0 ORDER BY df DESC, term LIMIT %s",
                [self.language, prefix, _upper_bound(prefix), limit],
            )
            return [(t, df) for t, df in cursor.fetchall()]

    def frequencies(self, words: Iterable[str]) -> dict[str, int]:
        words = sorted(set(words))
        found: dict[str, int] = {}
        with connection.cursor() as cursor:
            for start in range(0, len(words), 500):
                chunk = words[start : start + 500]
                cursor.execute(
                    "SELECT term, df FROM search_searchterm WHERE language = %s AND df > 0 "
                    "AND term IN (" + ", ".join(["%s"] * len(chunk)) + ")",
                    [self.language, *chunk],
                )
                found.update(cursor.fetchall())
        return found

    @contextmanager
    def session(self) -> Iterator[None]:
        """Wraps the queries of one search (PostgreSQL tunes its planner there)."""
        yield


class SQLiteBackend(Backend):
    """FTS5 over the token columns; bm25 with field weights."""

    vendor = "sqlite"
    FULL_RANK = 5_000
    WINDOW = 5_000
    # A language with at most this share of the documents has its ids collected once per
    # query; a larger one has each match looked up (both cost about the same at 1/4).
    COLLECT_SHARE = 0.25

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        super().__init__(language)
        self.collect = False

    def use_counts(self, documents: int, all_documents: int) -> None:
        self.collect = documents <= all_documents * self.COLLECT_SHARE

    def expression(self, query: Query, mode: str) -> str:
        return query.to_fts5(mode)

    def _filter(self, kinds: Sequence[str] | None, params: list) -> str:
        """The language's live documents (of ``kinds``) among the FTS matches."""
        params.append(self.language)
        kind_sql = ""
        if kinds:
            kind_sql = " AND d.kind IN (" + ", ".join(["%s"] * len(kinds)) + ")"
            params.extend(kinds)
        if self.collect:
            # "+rowid": a filter on the matches; a plain "rowid IN" would make FTS5 look
            # every collected id up as a constraint of its own.
            return (
                " AND +search_fts.rowid IN (SELECT d.id FROM search_searchdocument d "
                "WHERE d.language = %s AND d.live = 1" + kind_sql + ")"
            )
        # Without INDEXED BY SQLite reads the language from the document row, behind the
        # text (overflow pages); the index has it beside the rowid.
        return (
            f" AND EXISTS (SELECT 1 FROM search_searchdocument d INDEXED BY {LANGUAGE_INDEX} "
            "WHERE d.language = %s AND d.live = 1 AND d.id = search_fts.rowid" + kind_sql + ")"
        )

    def _ids(self, sql: str, params: list) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]

    def count(self, expr: str, kinds: Sequence[str] | None, cap: int = COUNT_CAP) -> int:
        params: list = [expr]
        sql = "SELECT 1 FROM search_fts WHERE search_fts MATCH %s" + self._filter(kinds, params)
        params.append(cap)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT %s)", params)
            return cursor.fetchone()[0]

    def top(
        self, expr: str, kinds: Sequence[str] | None, limit: int, matches: int | None = None
    ) -> list[int]:
        if matches is None:
            matches = self.count(expr, kinds, self.FULL_RANK + 1)
        params: list = [*FIELD_WEIGHTS, expr]
        inner = (
            "SELECT rowid, bm25(search_fts, %s, %s, %s, %s) AS r "
            "FROM search_fts WHERE search_fts MATCH %s"
        ) + self._filter(kinds, params)
        if matches > self.FULL_RANK:
            # FTS5 walks the lists newest first and stops after the window: bm25 is only
            # computed for the window's rows.
            inner += " ORDER BY rowid DESC LIMIT %s"
            params.append(self.WINDOW)
        # bm25() is smaller for better matches; a newer row wins a tie.
        params.append(limit)
        return self._ids(f"SELECT rowid FROM ({inner}) ORDER BY r, rowid DESC LIMIT %s", params)

    def rest(
        self,
        expr: str,
        kinds: Sequence[str] | None,
        limit: int,
        offset: int,
        exclude: Sequence[int],
    ) -> list[int]:
        params: list = [expr]
        sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH %s"
        sql += self._filter(kinds, params)
        if exclude:
            sql += " AND rowid NOT IN (" + ", ".join(["%s"] * len(exclude)) + ")"
            params.extend(exclude)
        sql += " ORDER BY rowid DESC LIMIT %s OFFSET %s"
        params.extend([limit, offset])
        return self._ids(sql, params)


class PostgresBackend(Backend):
    """GIN-indexed tsvectors in the narrow table ``search_fulltext``; ts_rank with weights."""

    vendor = "postgresql"
    term_range = 'term COLLATE "C" >= %s AND term COLLATE "C" < %s'
    rev_range = 'rev COLLATE "C" >= %s AND rev COLLATE "C" < %s'
    count_cap = 2_000
    FULL_RANK = 1_000
    HEAD_WINDOW = 2_000
    BODY_WINDOW = 1_000
    # ts_rank takes the weights in the order D, C, B, A.
    _weights = "{" + ",".join(str(w / FIELD_WEIGHTS[0]) for w in reversed(FIELD_WEIGHTS)) + "}"

    def expression(self, query: Query, mode: str) -> str:
        return query.to_tsquery(mode)

    @contextmanager
    def session(self) -> Iterator[None]:
        # The narrow table looks cheap to scan whole, but every row's vector then has to
        # be fetched from TOAST: the GIN index is always the better way in.
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('enable_seqscan')")
            previous = cursor.fetchone()[0]
            cursor.execute("SET enable_seqscan = off")
        try:
            yield
        finally:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT set_config('enable_seqscan', %s, false)", [previous])
            except DatabaseError:  # an aborted transaction rolls the setting back anyway
                pass

    def _where(
        self, expr: str, kinds: Sequence[str] | None, params: list, column: str = "vector"
    ) -> str:
        sql = f" WHERE {column} @@ %s::tsquery AND language = %s"
        params.extend([expr, self.language])
        if kinds:
            sql += " AND kind = ANY(%s)"
            params.append(list(kinds))
        return sql

    def _ids(self, sql: str, params: list) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]

    def count(self, expr: str, kinds: Sequence[str] | None, cap: int = COUNT_CAP) -> int:
        params: list = []
        sql = "SELECT 1 FROM search_fulltext" + self._where(expr, kinds, params)
        params.append(cap)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT %s) s", params)
            return cursor.fetchone()[0]

    def top(
        self, expr: str, kinds: Sequence[str] | None, limit: int, matches: int | None = None
    ) -> list[int]:
        order = " DESC, published DESC NULLS LAST, id DESC LIMIT %s"
        if matches is None:
            # Counted and ranked in one pass over the index: up to FULL_RANK + 1 matches are
            # read once; only when there are no more than FULL_RANK are they ranked.
            params: list = []
            window = "SELECT id, vector, published FROM search_fulltext" + self._where(
                expr, kinds, params
            )
            params.append(self.FULL_RANK + 1)
            sql = (
                f"SELECT id, n FROM (SELECT id, vector, published, count(*) OVER () AS n "
                f"FROM ({window} LIMIT %s) w) s ORDER BY CASE WHEN n <= %s THEN "
                f"ts_rank(%s::float4[], vector, %s::tsquery, 1) END"
                + order.replace(" DESC,", " DESC NULLS LAST,", 1)
            )
            with connection.cursor() as cursor:
                cursor.execute(sql, [*params, self.FULL_RANK, self._weights, expr, limit])
                rows = cursor.fetchall()
            if not rows or rows[0][1] <= self.FULL_RANK:
                return [row[0] for row in rows]
            matches = rows[0][1]
        if matches <= self.FULL_RANK:
            params = []
            sql = "SELECT id FROM search_fulltext" + self._where(expr, kinds, params)
            sql += " ORDER BY ts_rank(%s::float4[], vector, %s::tsquery, 1)" + order
            return self._ids(sql, [*params, self._weights, expr, limit])
        # Many matches: rank those with the words in the head fields (inline, cheap) ...
        params = []
        inner = "SELECT id, head, published FROM search_fulltext" + self._where(
            expr, kinds, params, "head"
        )
        inner += " LIMIT %s"
        params.append(self.HEAD_WINDOW)
        params += [self._weights, expr, limit]
        ids = self._ids(
            f"SELECT id FROM ({inner}) s ORDER BY ts_rank(%s::float4[], head, %s::tsquery, 1)"
            + order,
            params,
        )
        if len(ids) >= limit:
            return ids
        # ... and top up with the newest of a window of the other matches.
        params = []
        inner = "SELECT id, published FROM search_fulltext" + self._where(expr, kinds, params)
        if ids:
            inner += " AND NOT (id = ANY(%s))"
            params.append(ids)
        inner += " LIMIT %s"
        params += [self.BODY_WINDOW, limit - len(ids)]
        return ids + self._ids(
            f"SELECT id FROM ({inner}) s ORDER BY published DESC NULLS LAST, id DESC LIMIT %s",
            params,
        )

    def rest(
        self,
        expr: str,
        kinds: Sequence[str] | None,
        limit: int,
        offset: int,
        exclude: Sequence[int],
    ) -> list[int]:
        params: list = []
        sql = "SELECT id FROM search_fulltext" + self._where(expr, kinds, params)
        if exclude:
            sql += " AND NOT (id = ANY(%s))"
            params.append(list(exclude))
        sql += " ORDER BY published DESC NULLS LAST, id DESC LIMIT %s OFFSET %s"
        params.extend([limit, offset])
        return self._ids(sql, params)


def get_backend(language: str = DEFAULT_LANGUAGE) -> Backend:
    """The backend of this database for searching the documents of ``language``."""
    if connection.vendor == "postgresql":
        return PostgresBackend(language)
    if connection.vendor == "sqlite":
        return SQLiteBackend(language)
    raise RuntimeError(f"twinning.search supports SQLite and PostgreSQL, not {connection.vendor}")
