"""Every installation starts with the four roles and the press office's approval workflow.

Runs ``twinning.core.roles.ensure_roles`` with historical models; the group "Presse" of earlier
versions becomes "Pressestelle – Freigabe" (its members could publish and still can). Permissions
are created here first because Django only creates them after all migrations ran (post_migrate),
too late for a fresh database.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    from twinning.core.roles import ensure_roles

    for label in (
        "core",
        "news",
        "partnerships",
        "events",
        "importer",
        "wagtailimages",
        "wagtailcore",
        "wagtailadmin",
        "auth",
    ):
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_press_approval_task"),
        ("partnerships", "0003_editor_groups"),
        ("importer", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
