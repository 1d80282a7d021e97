from django.db import migrations, models
from django.db.models.functions import ExtractYear


def fill_years(apps, schema_editor):
    """The year in the city's time zone (ExtractYear uses TIME_ZONE when USE_TZ is on)."""
    release = apps.get_model("news", "PressReleasePage")
    release.objects.filter(published_at__isnull=False).update(
        published_year=ExtractYear("published_at")
    )


class Migration(migrations.Migration):
    dependencies = [("news", "0007_retire_wagtail_default_groups")]

    operations = [
        migrations.AddField(
            model_name="pressreleasepage",
            name="published_year",
            field=models.PositiveSmallIntegerField(db_index=True, editable=False, null=True),
        ),
        migrations.RunPython(fill_years, migrations.RunPython.noop),
    ]
