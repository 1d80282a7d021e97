"""The two editor groups every installation starts with: "Presse" and "Internationales Büro".

A frozen copy of ``twinning.partnerships.services`` as it was when this migration was
written, using historical models only. Permissions are created here first because Django
only creates them after all migrations ran (post_migrate), too late for a fresh database.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PRESS = "Presse"
INTERNATIONAL = "Internationales Büro"
IMAGES = [("core", "add_cityimage"), ("core", "change_cityimage")]
MODEL_PERMISSIONS = {
    PRESS: [
        ("wagtailadmin", "access_admin"),
        *IMAGES,
        *[
            ("news", f"{action}_{model}")
            for model in ("topic", "person", "organisation")
            for action in ("add", "change", "delete", "view")
        ],
        ("partnerships", "view_exchange"),
    ],
    INTERNATIONAL: [
        ("wagtailadmin", "access_admin"),
        *IMAGES,
        *[("partnerships", f"{action}_exchange") for action in ("add", "change", "delete", "view")],
        ("news", "view_topic"),
    ],
}
SECTIONS = {
    ("news", "pressarchivepage"): {PRESS: ["add_page", "change_page", "publish_page"]},
    ("partnerships", "partnercityindexpage"): {
        INTERNATIONAL: ["add_page", "change_page", "publish_page"]
    },
    ("events", "eventindexpage"): {INTERNATIONAL: ["add_page", "change_page", "publish_page"]},
}


def create_groups(apps, schema_editor):
    for label in ("core", "news", "partnerships", "events"):
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    groups = {}
    for name, pairs in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in pairs:
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)
        groups[name] = group

    # Section pages that already exist get their page permissions now; pages created later
    # get them from twinning.partnerships.signals.
    for (app_label, model), spec in SECTIONS.items():
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is None:
            continue
        for page in Page.objects.filter(content_type=content_type):
            for group_name, codenames in spec.items():
                for permission in Permission.objects.filter(
                    content_type__app_label="wagtailcore", codename__in=codenames
                ):
                    GroupPagePermission.objects.get_or_create(
                        group=groups[group_name], page=page, permission=permission
                    )


class Migration(migrations.Migration):
    dependencies = [
        ("partnerships", "0002_exchanges"),
        ("events", "0003_event_exchange_and_end_check"),
        ("news", "0002_initial"),
        ("core", "0002_citysettings_location_and_wikidata"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
