"""Languages: every document has one, searches look at one, the lexicon is kept per language.

* ``SearchDocument.language`` (default "de": everything indexed so far is German). On SQLite
  the column is added with ``ALTER TABLE … ADD COLUMN`` rather than Django's table rebuild,
  which would drop the FTS triggers of migration 0001; the table, its rowids and therefore
  ``search_fts`` stay as they are. On PostgreSQL the same statement is a change of the
  catalogue only (no rewrite of the documents).
* An index on (language, live): SQLite checks each FTS match against it by rowid.
* PostgreSQL: the narrow table ``search_fulltext`` gets the language, its trigger copies it,
  and the newest-first index of migration 0003 leads with it.
* ``SearchTerm`` becomes (language, term, rev, df) with the primary key (language, term). The
  old rows are the German lexicon and are copied over as such.
"""

from django.db import migrations, models

# --------------------------------------------------------------------------- the column

ADD_COLUMN = (
    "ALTER TABLE search_searchdocument ADD COLUMN language varchar(8) DEFAULT 'de' NOT NULL"
)
DROP_COLUMN = "ALTER TABLE search_searchdocument DROP COLUMN language"

# --------------------------------------------------------------------------- PostgreSQL fulltext

_HEAD = (
    "setweight(to_tsvector('simple'::regconfig, coalesce({r}tokens_title, '')), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, coalesce({r}tokens_subtitle, '')), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, coalesce({r}tokens_teaser, '')), 'C')"
)
_BODY = "setweight(to_tsvector('simple'::regconfig, coalesce({r}tokens_body, '')), 'D')"


def _sync_function(with_language: bool) -> str:
    """Migration 0002's trigger function, with or without the language column."""
    columns = "id, kind, language, published" if with_language else "id, kind, published"
    values = (
        "NEW.id, NEW.kind, NEW.language, NEW.published"
        if with_language
        else "NEW.id, NEW.kind, NEW.published"
    )
    update_language = " language = EXCLUDED.language," if with_language else ""
    return f"""
    CREATE OR REPLACE FUNCTION search_fulltext_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        v_head tsvector;
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM search_fulltext WHERE id = OLD.id;
            RETURN NULL;
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.id <> NEW.id THEN
            DELETE FROM search_fulltext WHERE id = OLD.id;
        END IF;
        IF NOT NEW.live THEN
            DELETE FROM search_fulltext WHERE id = NEW.id;
            RETURN NULL;
        END IF;
        v_head := {_HEAD.format(r="NEW.")};
        INSERT INTO search_fulltext ({columns}, head, vector)
        VALUES ({values}, v_head, v_head || {_BODY.format(r="NEW.")})
        ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind,{update_language}
            published = EXCLUDED.published, head = EXCLUDED.head, vector = EXCLUDED.vector;
        RETURN NULL;
    END
    $$
    """


POSTGRES_FULLTEXT_FORWARD = [
    "ALTER TABLE search_fulltext ADD COLUMN language varchar(8) DEFAULT 'de' NOT NULL",
    # Nothing but German exists yet; this only matters for a database written in between.
    """
    UPDATE search_fulltext f SET language = d.language FROM search_searchdocument d
    WHERE d.id = f.id AND f.language <> d.language
    """,
    _sync_function(with_language=True),
    "DROP INDEX IF EXISTS search_fulltext_published",
    "CREATE INDEX search_fulltext_language_published ON search_fulltext "
    "(language, published DESC NULLS LAST, id DESC)",
]
POSTGRES_FULLTEXT_BACKWARD = [
    "DROP INDEX IF EXISTS search_fulltext_language_published",
    "CREATE INDEX search_fulltext_published ON search_fulltext "
    "(published DESC NULLS LAST, id DESC)",
    _sync_function(with_language=False),
    "ALTER TABLE search_fulltext DROP COLUMN IF EXISTS language",
]

# --------------------------------------------------------------------------- the lexicon

# The old table steps aside (PostgreSQL: with its primary key's name) for Django to create
# the new one, then its rows are copied as German and it goes.
TERMS_ASIDE = {
    "sqlite": [
        "DROP INDEX IF EXISTS search_term_rev",
        "ALTER TABLE search_searchterm RENAME TO search_searchterm_old",
    ],
    "postgresql": [
        "DROP INDEX IF EXISTS search_term_rev",
        "DROP INDEX IF EXISTS search_term_term_c",
        "ALTER TABLE search_searchterm RENAME TO search_searchterm_old",
        "ALTER TABLE search_searchterm_old "
        "RENAME CONSTRAINT search_searchterm_pkey TO search_searchterm_old_pkey",
    ],
}
TERMS_BACK = {
    "sqlite": [
        "ALTER TABLE search_searchterm_old RENAME TO search_searchterm",
        "CREATE INDEX search_term_rev ON search_searchterm (rev)",
    ],
    "postgresql": [
        "ALTER TABLE search_searchterm_old RENAME TO search_searchterm",
        "ALTER TABLE search_searchterm "
        "RENAME CONSTRAINT search_searchterm_old_pkey TO search_searchterm_pkey",
        'CREATE INDEX search_term_rev ON search_searchterm (rev COLLATE "C")',
        'CREATE INDEX search_term_term_c ON search_searchterm (term COLLATE "C")',
    ],
}
_COPY = (
    "INSERT INTO search_searchterm (language, term, rev, df) "
    "SELECT 'de', term, rev, df FROM search_searchterm_old WHERE df > 0"
)
TERMS_FILL = {
    "sqlite": [
        _COPY,
        "DROP TABLE search_searchterm_old",
        # Prefixes: the primary key (language, term); suffixes: this.
        "CREATE INDEX search_term_lang_rev ON search_searchterm (language, rev)",
    ],
    "postgresql": [
        _COPY,
        "DROP TABLE search_searchterm_old",
        # Prefix and suffix ranges in byte order, whatever the database's locale.
        'CREATE INDEX search_term_lang_term_c ON search_searchterm (language, term COLLATE "C")',
        'CREATE INDEX search_term_lang_rev_c ON search_searchterm (language, rev COLLATE "C")',
    ],
}
# Backwards the languages' counts of a word add up in the one lexicon of before.
_OLD_TABLE = (
    "CREATE TABLE search_searchterm_old (term varchar(64) NOT NULL PRIMARY KEY, "
    "rev varchar(64) NOT NULL, df integer NOT NULL)"
)
_COPY_BACK = (
    "INSERT INTO search_searchterm_old (term, rev, df) "
    "SELECT term, min(rev), sum(df) FROM search_searchterm GROUP BY term"
)
TERMS_EMPTY = {
    "sqlite": ["DROP INDEX IF EXISTS search_term_lang_rev", _OLD_TABLE, _COPY_BACK],
    "postgresql": [
        "DROP INDEX IF EXISTS search_term_lang_term_c",
        "DROP INDEX IF EXISTS search_term_lang_rev_c",
        _OLD_TABLE,
        _COPY_BACK,
    ],
}


def _run(statements_by_vendor, required=False):
    def run(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor)
        if statements is None:
            if required:
                raise RuntimeError(
                    f"twinning.search supports SQLite and PostgreSQL, not "
                    f"{schema_editor.connection.vendor}"
                )
            return
        for sql in statements:
            schema_editor.execute(sql)

    return run


def _terms_back(apps, schema_editor):
    _run(TERMS_BACK)(apps, schema_editor)
    if schema_editor.connection.vendor == "postgresql":
        # The pattern index Django gives a varchar primary key, as migration 0001 left it.
        model = apps.get_model("search", "SearchTerm")
        like = schema_editor._create_like_index_sql(model, model._meta.get_field("term"))
        if like is not None:
            schema_editor.execute(like)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_fulltext_published_index")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="searchdocument",
                    name="language",
                    field=models.CharField(
                        db_default="de",
                        default="de",
                        help_text="ISO 639-1 code of the page's language; its analysis made "
                        "the tokens.",
                        max_length=8,
                    ),
                ),
            ],
            database_operations=[
                migrations.RunPython(
                    _run({"sqlite": [ADD_COLUMN], "postgresql": [ADD_COLUMN]}, required=True),
                    _run({"sqlite": [DROP_COLUMN], "postgresql": [DROP_COLUMN]}),
                ),
            ],
        ),
        migrations.AddIndex(
            model_name="searchdocument",
            index=models.Index(fields=["language", "live"], name="search_doc_language_live"),
        ),
        migrations.RunPython(
            _run({"postgresql": POSTGRES_FULLTEXT_FORWARD}),
            _run({"postgresql": POSTGRES_FULLTEXT_BACKWARD}),
        ),
        migrations.RunPython(_run(TERMS_ASIDE), _terms_back),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SearchTerm")],
        ),
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                (
                    "pk",
                    models.CompositePrimaryKey(
                        "language",
                        "term",
                        blank=True,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                ("language", models.CharField(max_length=8)),
                ("term", models.CharField(max_length=64)),
                ("rev", models.CharField(max_length=64)),
                ("df", models.IntegerField(default=0)),
            ],
            options={
                "verbose_name": "Suchbegriff",
                "verbose_name_plural": "Suchbegriffe",
            },
        ),
        migrations.RunPython(_run(TERMS_FILL), _run(TERMS_EMPTY)),
    ]
