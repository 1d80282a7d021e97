"""PostgreSQL: move the tsvectors out of the document rows into a narrow table.

Ranking and counting touch every matching row; with the vectors (and bodies) inside the
document rows that meant reading most of a large heap for common words. The narrow table
keeps id, kind, date and a small "head" vector (title, subtitle, teaser) inline and the
full vector out of line, so a bitmap scan over thousands of matches stays cheap. A trigger
keeps it in step with every write to the documents, ORM or not. SQLite is unchanged.
"""

from django.db import migrations

_HEAD = (
    "setweight(to_tsvector('simple'::regconfig, coalesce({r}tokens_title, '')), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, coalesce({r}tokens_subtitle, '')), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, coalesce({r}tokens_teaser, '')), 'C')"
)
_BODY = "setweight(to_tsvector('simple'::regconfig, coalesce({r}tokens_body, '')), 'D')"
_FULL = _HEAD + " || " + _BODY

POSTGRES_FORWARD = [
    "DROP INDEX IF EXISTS search_document_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector",
    """
    CREATE TABLE search_fulltext (
        id bigint PRIMARY KEY,
        kind varchar(20) NOT NULL,
        published timestamptz,
        head tsvector NOT NULL,
        vector tsvector NOT NULL
    ) WITH (toast_tuple_target = 256)
    """,
    "ALTER TABLE search_fulltext ALTER COLUMN vector SET STORAGE EXTERNAL",
    "ALTER TABLE search_fulltext ALTER COLUMN head SET STORAGE MAIN",
    f"""
    CREATE FUNCTION search_fulltext_sync() RETURNS trigger LANGUAGE plpgsql AS $$
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
        INSERT INTO search_fulltext (id, kind, published, head, vector)
        VALUES (NEW.id, NEW.kind, NEW.published, v_head,
                v_head || {_BODY.format(r="NEW.")})
        ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, published = EXCLUDED.published,
            head = EXCLUDED.head, vector = EXCLUDED.vector;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER search_fulltext_sync
    AFTER INSERT OR UPDATE OR DELETE ON search_searchdocument
    FOR EACH ROW EXECUTE FUNCTION search_fulltext_sync()
    """,
    """
    CREATE FUNCTION search_fulltext_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        TRUNCATE search_fulltext;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER search_fulltext_truncate
    AFTER TRUNCATE ON search_searchdocument
    FOR EACH STATEMENT EXECUTE FUNCTION search_fulltext_truncate()
    """,
    f"""
    INSERT INTO search_fulltext (id, kind, published, head, vector)
    SELECT d.id, d.kind, d.published, {_HEAD.format(r="d.")}, {_FULL.format(r="d.")}
    FROM search_searchdocument d WHERE d.live
    """,
    "CREATE INDEX search_fulltext_vector ON search_fulltext USING gin (vector)",
    "CREATE INDEX search_fulltext_head ON search_fulltext USING gin (head)",
    # Prefix look-ups in the lexicon ("stadt" -> stadtrat, stadtfest, ...) in byte order.
    'CREATE INDEX search_term_term_c ON search_searchterm (term COLLATE "C")',
]

POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_term_term_c",
    "DROP TRIGGER IF EXISTS search_fulltext_truncate ON search_searchdocument",
    "DROP TRIGGER IF EXISTS search_fulltext_sync ON search_searchdocument",
    "DROP FUNCTION IF EXISTS search_fulltext_truncate()",
    "DROP FUNCTION IF EXISTS search_fulltext_sync()",
    "DROP TABLE IF EXISTS search_fulltext",
    f"""
    ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS ({_FULL.format(r="")}) STORED
    """,
    """
    CREATE INDEX search_document_vector ON search_searchdocument
    USING gin (search_vector) WHERE live
    """,
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for sql in statements:
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(_run(POSTGRES_FORWARD), _run(POSTGRES_BACKWARD))]
