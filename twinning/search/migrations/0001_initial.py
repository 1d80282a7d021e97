"""Search tables plus the full-text index each database does best (FTS5 or tsvector + GIN)."""

from django.db import migrations, models

SQLITE_FORWARD = [
    # External content: the FTS index stores no second copy of the tokens. Only live
    # documents are indexed; the triggers below keep it in step with every write, ORM or not.
    """
    CREATE VIRTUAL TABLE search_fts USING fts5(
        tokens_title, tokens_subtitle, tokens_teaser, tokens_body,
        content='search_searchdocument', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0'
    )
    """,
    """
    CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument
    WHEN new.live BEGIN
        INSERT INTO search_fts(rowid, tokens_title, tokens_subtitle, tokens_teaser, tokens_body)
        VALUES (new.id, new.tokens_title, new.tokens_subtitle, new.tokens_teaser, new.tokens_body);
    END
    """,
    """
    CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument
    WHEN old.live BEGIN
        INSERT INTO search_fts(search_fts, rowid, tokens_title, tokens_subtitle, tokens_teaser,
                               tokens_body)
        VALUES ('delete', old.id, old.tokens_title, old.tokens_subtitle, old.tokens_teaser,
                old.tokens_body);
    END
    """,
    """
    CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, tokens_title, tokens_subtitle, tokens_teaser,
                               tokens_body)
        SELECT 'delete', old.id, old.tokens_title, old.tokens_subtitle, old.tokens_teaser,
               old.tokens_body
        WHERE old.live;
        INSERT INTO search_fts(rowid, tokens_title, tokens_subtitle, tokens_teaser, tokens_body)
        SELECT new.id, new.tokens_title, new.tokens_subtitle, new.tokens_teaser, new.tokens_body
        WHERE new.live;
    END
    """,
    "CREATE INDEX search_term_rev ON search_searchterm (rev)",
]
SQLITE_BACKWARD = [
    "DROP INDEX IF EXISTS search_term_rev",
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRES_FORWARD = [
    # The tokens are already stemmed by our analyser: 'simple' only splits them at spaces.
    # Weights A-D are title, subtitle, teaser, body.
    """
    ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(tokens_title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(tokens_subtitle, '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(tokens_teaser, '')), 'C')
        || setweight(to_tsvector('simple'::regconfig, coalesce(tokens_body, '')), 'D')
    ) STORED
    """,
    """
    CREATE INDEX search_document_vector ON search_searchdocument
    USING gin (search_vector) WHERE live
    """,
    # Byte order, so that "rev >= x AND rev < y" is a prefix scan whatever the locale.
    'CREATE INDEX search_term_rev ON search_searchterm (rev COLLATE "C")',
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_term_rev",
    "DROP INDEX IF EXISTS search_document_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor)
        if statements is None:
            raise RuntimeError(
                f"twinning.search supports SQLite and PostgreSQL, not "
                f"{schema_editor.connection.vendor}"
            )
        for sql in statements:
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("press_release", "Pressemitteilung"),
                            ("partner_city", "Partnerstadt"),
                            ("event", "Termin"),
                        ],
                        max_length=20,
                    ),
                ),
                ("object_id", models.CharField(max_length=64)),
                ("url", models.CharField(blank=True, max_length=500)),
                ("title", models.TextField()),
                ("subtitle", models.TextField(blank=True)),
                ("teaser", models.TextField(blank=True)),
                ("body", models.TextField(blank=True, help_text="Plain text, for snippets.")),
                ("published", models.DateTimeField(blank=True, null=True)),
                ("source_id", models.CharField(blank=True, max_length=255, null=True)),
                (
                    "partner_cities",
                    models.TextField(blank=True, help_text="Display names, comma-separated."),
                ),
                ("live", models.BooleanField(default=True)),
                ("tokens_title", models.TextField(blank=True)),
                ("tokens_subtitle", models.TextField(blank=True)),
                ("tokens_teaser", models.TextField(blank=True)),
                ("tokens_body", models.TextField(blank=True)),
            ],
            options={
                "verbose_name": "Suchdokument",
                "verbose_name_plural": "Suchdokumente",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("kind", "object_id"), name="search_document_unique"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("term", models.CharField(max_length=64, primary_key=True, serialize=False)),
                ("rev", models.CharField(max_length=64)),
                ("df", models.IntegerField(default=0)),
            ],
            options={
                "verbose_name": "Suchbegriff",
                "verbose_name_plural": "Suchbegriffe",
            },
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
