"""The SQL that matches queries, one class per database; everything else is shared.

Both backends answer the same three questions with an index: how many documents match
an expression, which are the best ``limit`` of them by the database's own rank (a first
pass; :mod:`twinning.search.ranking` decides the final order), and the lexicon look-ups.
User input never reaches the SQL text: expressions are built from analysed tokens
(letters and digits only) and passed as parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection

from twinning.search.analysis import Query

# Field weights for the first pass: title, subtitle, teaser, body.
FIELD_WEIGHTS = (10.0, 5.0, 3.0, 1.0)


def _upper_bound(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class Backend:
    vendor = ""

    def expression(self, query: Query, mode: str) -> str:
        raise NotImplementedError

    def count(self, expr: str, kinds: Sequence[str] | None) -> int:
        raise NotImplementedError

    def top(
        self,
        expr: str,
        kinds: Sequence[str] | None,
        limit: int,
        offset: int = 0,
        exclude: Sequence[int] = (),
    ) -> list[int]:
        raise NotImplementedError

    def _rev_range_sql(self) -> str:
        return "rev >= %s AND rev < %s"

    # The lexicon (see analysis.Lexicon)
    def ending_with(self, suffix: str, limit: int) -> list[tuple[str, int]]:
        rev = suffix[::-1]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term, df FROM search_searchterm WHERE "
                + self._rev_range_sql()
                + " AND df > 0 AND term <> %s ORDER BY df DESC LIMIT %s",
                [rev, _upper_bound(rev), suffix, limit],
            )
            return [(t, df) for t, df in cursor.fetchall()]

    def frequencies(self, words: Iterable[str]) -> dict[str, int]:
        words = sorted(set(words))
        found: dict[str, int] = {}
        with connection.cursor() as cursor:
            for start in range(0, len(words), 500):
                chunk = words[start : start + 500]
                cursor.execute(
                    "SELECT term, df FROM search_searchterm WHERE df > 0 AND term IN ("
                    + ", ".join(["%s"] * len(chunk))
                    + ")",
                    chunk,
                )
                found.update(cursor.fetchall())
        return found

    def prefix_frequency(self, prefix: str, cap: int = 1_000_000) -> int:
        """Documents of the most frequent word with this prefix: a floor for the prefix's df."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT max(df) FROM search_searchterm WHERE term >= %s AND term < %s",
                [prefix, _upper_bound(prefix)],
            )
            row = cursor.fetchone()
        return min(cap, row[0] or 0)


class SQLiteBackend(Backend):
    """FTS5 over the token columns; bm25 with field weights."""

    vendor = "sqlite"

    def expression(self, query: Query, mode: str) -> str:
        return query.to_fts5(mode)

    def _kind_filter(self, kinds: Sequence[str] | None, params: list) -> str:
        if not kinds:
            return ""
        params.extend(kinds)
        return (
            " AND rowid IN (SELECT id FROM search_searchdocument WHERE kind IN ("
            + ", ".join(["%s"] * len(kinds))
            + "))"
        )

    def count(self, expr: str, kinds: Sequence[str] | None) -> int:
        params: list = [expr]
        sql = "SELECT count(*) FROM search_fts WHERE search_fts MATCH %s"
        sql += self._kind_filter(kinds, params)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()[0]

    def top(
        self,
        expr: str,
        kinds: Sequence[str] | None,
        limit: int,
        offset: int = 0,
        exclude: Sequence[int] = (),
    ) -> list[int]:
        params: list = [*FIELD_WEIGHTS, expr]
        sql = (
            "SELECT rowid, bm25(search_fts, %s, %s, %s, %s) AS r "
            "FROM search_fts WHERE search_fts MATCH %s"
        )
        sql += self._kind_filter(kinds, params)
        if exclude:
            sql += " AND rowid NOT IN (" + ", ".join(["%s"] * len(exclude)) + ")"
            params.extend(exclude)
        # bm25() is smaller for better matches; a newer row wins a tie.
        sql += " ORDER BY r, rowid DESC LIMIT %s OFFSET %s"
        params.extend([limit, offset])
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]


class PostgresBackend(Backend):
    """A generated tsvector (weights A-D) with a GIN index; ts_rank with field weights."""

    vendor = "postgresql"
    # ts_rank takes the weights in the order D, C, B, A.
    _weights = "{" + ",".join(str(w / FIELD_WEIGHTS[0]) for w in reversed(FIELD_WEIGHTS)) + "}"

    def expression(self, query: Query, mode: str) -> str:
        return query.to_tsquery(mode)

    def _rev_range_sql(self) -> str:
        return 'rev COLLATE "C" >= %s AND rev COLLATE "C" < %s'

    def prefix_frequency(self, prefix: str, cap: int = 1_000_000) -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                'SELECT max(df) FROM search_searchterm WHERE term COLLATE "C" >= %s '
                'AND term COLLATE "C" < %s',
                [prefix, _upper_bound(prefix)],
            )
            row = cursor.fetchone()
        return min(cap, row[0] or 0)

    def _where(self, expr: str, kinds: Sequence[str] | None, params: list) -> str:
        sql = " WHERE live AND search_vector @@ %s::tsquery"
        params.append(expr)
        if kinds:
            sql += " AND kind = ANY(%s)"
            params.append(list(kinds))
        return sql

    def count(self, expr: str, kinds: Sequence[str] | None) -> int:
        params: list = []
        sql = "SELECT count(*) FROM search_searchdocument" + self._where(expr, kinds, params)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()[0]

    def top(
        self,
        expr: str,
        kinds: Sequence[str] | None,
        limit: int,
        offset: int = 0,
        exclude: Sequence[int] = (),
    ) -> list[int]:
        params: list = [self._weights, expr]
        sql = "SELECT id, ts_rank(%s::float4[], search_vector, %s::tsquery, 1) AS r "
        sql += "FROM search_searchdocument" + self._where(expr, kinds, params)
        if exclude:
            sql += " AND NOT (id = ANY(%s))"
            params.append(list(exclude))
        sql += " ORDER BY r DESC, published DESC NULLS LAST, id DESC LIMIT %s OFFSET %s"
        params.extend([limit, offset])
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]


def get_backend() -> Backend:
    if connection.vendor == "postgresql":
        return PostgresBackend()
    if connection.vendor == "sqlite":
        return SQLiteBackend()
    raise RuntimeError(f"twinning.search supports SQLite and PostgreSQL, not {connection.vendor}")
