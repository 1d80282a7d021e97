"""The roles a city's staff work in, as Django groups, and the press office's approval workflow.

| group | may |
| --- | --- |
| Redaktion | write and edit releases, upload and choose images, submit for approval; not publish |
| Pressestelle – Freigabe | review, comment, approve, publish, schedule, unpublish; import archives |
| Internationales Büro | partner cities, exchanges, events, reports; no press releases |
| Administration | users, groups, site settings, workflows |

Uploads: the three content roles upload and choose images (every photo needs a credit before it
goes public); the Administration does not need to. No role uploads documents (nothing on the
public site links one): a superuser can, and every document is served as a download
(``core.media``). Wagtail's own starter groups "Editors" and "Moderators" could upload documents
and edit or publish anywhere past the approval workflow; ``retire_wagtail_default_groups``
removes them (data migration ``news.0007``), or, where people are still in them, takes all their
permissions so that an administrator can put those people into the roles above.

Everything is named by app label and codename strings, so that this module imports no feature
app. ``ensure_roles`` is idempotent and takes an app registry: the data migration
``news.0004_roles_and_workflow`` runs it with historical models, the demo loader and tests run
it again after a database was flushed. Releases below the press archive go through the workflow
"Freigabe durch die Pressestelle", whose single task (``news.PressApprovalTask``) belongs to the
approvers' group; Wagtail itself then offers "Zur Freigabe einreichen" to the Redaktion.
"""

from __future__ import annotations

from django.apps import apps as global_apps

EDITOR = "Redaktion"
APPROVER = "Pressestelle – Freigabe"
INTERNATIONAL = "Internationales Büro"
ADMINISTRATION = "Administration"
ROLES = (EDITOR, APPROVER, INTERNATIONAL, ADMINISTRATION)
# The group earlier versions created for the press office; it could publish, so it becomes the
# approvers' group and its members keep what they could do.
LEGACY_PRESS = "Presse"

WORKFLOW_NAME = "Freigabe durch die Pressestelle"
PRESS_ARCHIVE = ("news", "pressarchivepage")
DEFAULT_WAGTAIL_WORKFLOW = "Moderators approval"

Pairs = list[tuple[str, str]]

_RELEASE_RECORDS: Pairs = [
    ("news", f"{action}_{model}")
    for model in ("topic", "person", "organisation")
    for action in ("add", "change", "view")
]
# Starting a translation with wagtail-localize ("Übersetzen"); what may be published in which
# section still follows the section permissions and the approval workflow.
_TRANSLATE = ("wagtail_localize", "submit_translation")
MODEL_PERMISSIONS: dict[str, Pairs] = {
    EDITOR: [
        ("wagtailadmin", "access_admin"),
        _TRANSLATE,
        *_RELEASE_RECORDS,
        ("partnerships", "view_exchange"),
    ],
    APPROVER: [
        ("wagtailadmin", "access_admin"),
        _TRANSLATE,
        *_RELEASE_RECORDS,
        *[("news", f"delete_{model}") for model in ("topic", "person", "organisation")],
        ("partnerships", "view_exchange"),
        ("importer", "run_import"),
    ],
    INTERNATIONAL: [
        ("wagtailadmin", "access_admin"),
        _TRANSLATE,
        *[("partnerships", f"{action}_exchange") for action in ("add", "change", "delete", "view")],
        ("news", "view_topic"),
    ],
    ADMINISTRATION: [
        ("wagtailadmin", "access_admin"),
        *[
            ("auth", f"{action}_{model}")
            for model in ("user", "group")
            for action in ("add", "change", "delete", "view")
        ],
        ("core", "change_citysettings"),
        *[("wagtailcore", f"{action}_workflow") for action in ("add", "change", "delete")],
        *[("wagtailcore", f"{action}_task") for action in ("add", "change", "delete")],
        *[("wagtailcore", f"{action}_site") for action in ("add", "change", "delete")],
        *[("wagtailcore", f"{action}_locale") for action in ("add", "change", "delete")],
    ],
}

# Images (and documents) are permitted per collection; on the root collection they hold everywhere.
_MEDIA = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
]
COLLECTION_PERMISSIONS: dict[str, Pairs] = {
    EDITOR: _MEDIA,
    APPROVER: [*_MEDIA, ("wagtailimages", "delete_image")],
    INTERNATIONAL: _MEDIA,
}

# Page permissions on a section's index page, inherited by every page below it.
SECTION_PERMISSIONS: dict[tuple[str, str], dict[str, list[str]]] = {
    PRESS_ARCHIVE: {
        EDITOR: ["add_page", "change_page"],
        APPROVER: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    },
    ("partnerships", "partnercityindexpage"): {
        INTERNATIONAL: ["add_page", "change_page", "publish_page"]
    },
    ("events", "eventindexpage"): {INTERNATIONAL: ["add_page", "change_page", "publish_page"]},
}


WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")


def retire_wagtail_default_groups(apps=global_apps) -> dict[str, str]:
    """Delete Wagtail's starter groups, or empty them of permissions while people are in them.

    Returns what happened per group ("deleted" or "emptied"), for the migration and the tests.
    """
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    done = {}
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        if group.user_set.exists():
            group.permissions.clear()
            GroupCollectionPermission.objects.filter(group=group).delete()
            GroupPagePermission.objects.filter(group=group).delete()
            done[group.name] = "emptied"
        else:
            GroupCollectionPermission.objects.filter(group=group).delete()
            GroupPagePermission.objects.filter(group=group).delete()
            group.delete()
            done[group.name] = "deleted"
    return done


def _permission(apps, app_label: str, codename: str):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def ensure_groups(apps=global_apps) -> dict:
    """The four groups with their model and collection permissions; returns them by name."""
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    legacy = Group.objects.filter(name=LEGACY_PRESS).first()
    if legacy is not None and not Group.objects.filter(name=APPROVER).exists():
        legacy.name = APPROVER
        legacy.save()
    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name in ROLES:
        group, _created = Group.objects.get_or_create(name=name)
        wanted = [_permission(apps, *pair) for pair in MODEL_PERMISSIONS[name]]
        group.permissions.add(*[p for p in wanted if p is not None])
        if root_collection is not None:
            for pair in COLLECTION_PERMISSIONS.get(name, []):
                permission = _permission(apps, *pair)
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )
        groups[name] = group
    return groups


def grant_section_permissions(page, apps=global_apps) -> int:
    """Give the groups their permissions on a section index page; returns how many were new."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Permission = apps.get_model("auth", "Permission")
    content_type = ContentType.objects.get(pk=page.content_type_id)
    spec = SECTION_PERMISSIONS.get((content_type.app_label, content_type.model))
    if not spec:
        return 0
    groups = ensure_groups(apps)
    created = 0
    for group_name, codenames in spec.items():
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        ):
            _obj, new = GroupPagePermission.objects.get_or_create(
                group=groups[group_name], page_id=page.pk, permission=permission
            )
            created += new
    return created


def ensure_press_workflow(apps=global_apps):
    """The approval workflow on the press archive, its task owned by the approvers' group.

    Returns the workflow, or None while no press archive exists (a fresh database before the
    demo or the city's own content is loaded; ``news.signals`` assigns it when one is created).
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    TaskModel = apps.get_model("news", "PressApprovalTask")
    group = ensure_groups(apps)[APPROVER]
    # Wagtail's default workflow waits for a "Moderators" group nobody is in; ours replaces it.
    WorkflowPage.objects.filter(workflow__name=DEFAULT_WAGTAIL_WORKFLOW).delete()
    Workflow.objects.filter(name=DEFAULT_WAGTAIL_WORKFLOW).update(active=False)
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    task = TaskModel.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = TaskModel.objects.create(
            name=WORKFLOW_NAME,
            active=True,
            content_type=ContentType.objects.get_for_model(TaskModel),
        )
    task.groups.add(group)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task_id=task.pk, defaults={"sort_order": 0}
    )
    archive_type = ContentType.objects.filter(
        app_label=PRESS_ARCHIVE[0], model=PRESS_ARCHIVE[1]
    ).first()
    if archive_type is None:
        return workflow
    for archive in Page.objects.filter(content_type=archive_type):
        WorkflowPage.objects.update_or_create(page_id=archive.pk, defaults={"workflow": workflow})
        grant_section_permissions(archive, apps)
    return workflow


def ensure_roles(apps=global_apps) -> dict:
    """Groups, section permissions and the approval workflow, as every installation starts."""
    groups = ensure_groups(apps)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    for app_label, model in SECTION_PERMISSIONS:
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is not None:
            for page in Page.objects.filter(content_type=content_type):
                grant_section_permissions(page, apps)
    ensure_press_workflow(apps)
    return groups


def refresh_after_migrate(**kwargs) -> None:
    """After ``migrate``: the groups get permissions that apps installed since define (e.g.
    wagtail-localize's "submit translation"), which the data migrations could not see yet."""
    from django.contrib.auth.management import create_permissions

    if not global_apps.is_installed("django.contrib.auth"):
        return
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=kwargs.get("using", "default"))
    # wagtail-localize makes its permission in a data migration, which a flushed database
    # (the tests' transactional ones) has not seen again.
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    content_type, _created = ContentType.objects.get_or_create(
        app_label=_TRANSLATE[0], model="translation"
    )
    Permission.objects.get_or_create(
        content_type=content_type,
        codename=_TRANSLATE[1],
        defaults={"name": "Can submit translations"},
    )
    ensure_groups()
