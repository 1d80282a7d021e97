"""Migration 0004 (languages) on an index with data, forwards and back, on either database.

The full-text machinery must survive it: on SQLite the FTS triggers of migration 0001 (a
table rebuild would drop them), on PostgreSQL the trigger that fills ``search_fulltext``.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from twinning.search import services, stats
from twinning.search.models import SearchDocument, SearchTerm
from twinning.search.selectors import search

BEFORE = [("search", "0003_fulltext_published_index")]
AFTER = [("search", "0004_document_language")]


def _migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    stats.invalidate()


def _leaf() -> list[tuple[str, str]]:
    return MigrationExecutor(connection).loader.graph.leaf_nodes("search")


def _full_text_ids(token: str) -> list[int]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH %s ORDER BY rowid", [token]
            )
        else:
            cursor.execute(
                "SELECT id FROM search_fulltext WHERE vector @@ %s::tsquery ORDER BY id", [token]
            )
        return [row[0] for row in cursor.fetchall()]


def found(q: str, language: str) -> list[str]:
    return [hit.object_id for hit in search(q, language=language).results]


@pytest.mark.django_db(transaction=True)
def test_languages_migration_keeps_the_full_text_index_and_the_lexicon_both_ways():
    _migrate(BEFORE)
    try:
        # A German release and its lexicon as the code before the migration wrote them.
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO search_searchdocument (kind, object_id, url, title, subtitle, "
                "teaser, body, partner_cities, live, tokens_title, tokens_subtitle, "
                "tokens_teaser, tokens_body) "
                "VALUES ('press_release', '1', '/presse/1/', 'Weihnachtsmarkt in Venlo', "
                "'', '', '', '', %s, 'weihnachtsmarkt venlo', '', '', '')",
                [True],
            )
            cursor.executemany(
                "INSERT INTO search_searchterm (term, rev, df) VALUES (%s, %s, 1)",
                [(t, t[::-1]) for t in ("weihnachtsmarkt", "venlo")],
            )
        _migrate(AFTER)

        assert SearchDocument.objects.get(object_id="1").language == "de"
        assert set(SearchTerm.objects.values_list("language", "term", "df")) == {
            ("de", "weihnachtsmarkt", 1),
            ("de", "venlo", 1),
        }
        assert found("Weihnachtsmarkt", "de") == ["1"]
        # The triggers still keep the full-text index in step with every write.
        services.index_document(
            "press_release", "2", title="Christmas market in Venlo", language="en"
        )
        assert found("Christmas market", "en") == ["2"]
        assert found("Weihnachtsmarkt", "en") == [] and found("Christmas", "de") == []
        SearchDocument.objects.filter(object_id="1").update(tokens_title="osterfeu venlo")
        assert found("Osterfeuer", "de") == ["1"]
        services.remove_document("press_release", "2")
        assert found("Christmas market", "en") == []
        services.index_document("press_release", "3", title="Marché de Noël à Venlo", language="fr")

        _migrate(BEFORE)
        # One lexicon again, the languages' counts added up; the full-text index intact.
        with connection.cursor() as cursor:
            cursor.execute("SELECT term, df FROM search_searchterm WHERE df > 0")
            lexicon = dict(cursor.fetchall())
        assert lexicon["venlo"] == 2 and lexicon["noel"] == 1 and "weihnachtsmarkt" in lexicon
        with connection.cursor() as cursor:
            cursor.execute("SELECT object_id, id FROM search_searchdocument")
            ids = dict(cursor.fetchall())
        assert _full_text_ids("venlo") == sorted([ids["1"], ids["3"]])

        _migrate(AFTER)
        # Going back forgot the languages: everything counts as German, as before 0004
        # (``rebuild_search_index`` gives the pages theirs back).
        assert set(SearchDocument.objects.values_list("object_id", "language")) == {
            ("1", "de"),
            ("3", "de"),
        }
        assert found("Osterfeuer", "de") == ["1"]
    finally:
        _migrate(_leaf())
