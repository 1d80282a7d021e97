"""Wagtail's starter groups "Editors" and "Moderators" go: they could upload documents and edit
or publish anywhere, past the press office's approval workflow.

Runs ``twinning.core.roles.retire_wagtail_default_groups`` with historical models: a group
nobody is in is deleted; one with members keeps them but loses every permission, so that an
administrator can move those people into the city's roles.
"""

from django.db import migrations


def retire(apps, schema_editor):
    from twinning.core.roles import retire_wagtail_default_groups

    retire_wagtail_default_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0006_release_removals"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(retire, migrations.RunPython.noop)]
