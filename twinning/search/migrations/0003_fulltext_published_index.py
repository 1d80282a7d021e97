"""PostgreSQL: newest-first order over the matches (pages beyond the re-ranked head)."""

from django.db import migrations


def _run(sql: str):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_postgres_fulltext_table")]

    operations = [
        migrations.RunPython(
            _run(
                "CREATE INDEX search_fulltext_published ON search_fulltext "
                "(published DESC NULLS LAST, id DESC)"
            ),
            _run("DROP INDEX IF EXISTS search_fulltext_published"),
        )
    ]
