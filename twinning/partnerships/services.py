"""Writes about partnerships that carry rules: the two editor groups and who may delete a city."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Page

PRESS_GROUP = "Presse"
INTERNATIONAL_GROUP = "Internationales Büro"

# (app label, codename) of the model permissions each group holds. The press office writes
# releases and keeps their topics, people and organisations; the international office keeps
# exchanges. Both may see the exchanges (the press office plans its coverage from them).
IMAGE_PERMISSIONS = [("core", "add_cityimage"), ("core", "change_cityimage")]
MODEL_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    PRESS_GROUP: [
        ("wagtailadmin", "access_admin"),
        *IMAGE_PERMISSIONS,
        *[
            ("news", f"{action}_{model}")
            for model in ("topic", "person", "organisation")
            for action in ("add", "change", "delete", "view")
        ],
        ("partnerships", "view_exchange"),
    ],
    INTERNATIONAL_GROUP: [
        ("wagtailadmin", "access_admin"),
        *IMAGE_PERMISSIONS,
        *[("partnerships", f"{action}_exchange") for action in ("add", "change", "delete", "view")],
        ("news", "view_topic"),
    ],
}

# Page permissions, granted on the section's index page and so inherited by every page below
# it. The international office gets nothing on the press archive: it may link releases to an
# exchange, but never publish one.
SECTION_PERMISSIONS: dict[tuple[str, str], dict[str, list[str]]] = {
    ("news", "pressarchivepage"): {PRESS_GROUP: ["add_page", "change_page", "publish_page"]},
    ("partnerships", "partnercityindexpage"): {
        INTERNATIONAL_GROUP: ["add_page", "change_page", "publish_page"]
    },
    ("events", "eventindexpage"): {
        INTERNATIONAL_GROUP: ["add_page", "change_page", "publish_page"]
    },
}


def _permissions(pairs: list[tuple[str, str]]) -> list[Permission]:
    query = Q(pk__in=[])
    for app_label, codename in pairs:
        query |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(query))


@transaction.atomic
def ensure_editor_groups() -> dict[str, Group]:
    """Create the two groups with their model permissions; safe to run again.

    A data migration creates them on every installation; this function is what that
    migration did, for databases that lost them (a test flush, a hand-deleted group).
    """
    groups = {}
    for name, pairs in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(pairs))
        groups[name] = group
    return groups


def grant_section_permissions(page: Page) -> int:
    """Give the groups their permissions on a section index page; returns how many were new."""
    model = page.specific_class or type(page)
    spec = SECTION_PERMISSIONS.get((model._meta.app_label, model._meta.model_name))
    if not spec:
        return 0
    groups = ensure_editor_groups()
    created = 0
    for group_name, codenames in spec.items():
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        ):
            _obj, new = GroupPagePermission.objects.get_or_create(
                group=groups[group_name], page=page, permission=permission
            )
            created += new
    return created


def cities_with_records(page: Page) -> list[tuple[str, int, int]]:
    """Partner cities at or below ``page`` that exchanges or press releases refer to.

    Returns (city name, number of exchanges, number of releases) for each; deleting such a
    city would silently cut those records loose from it, so the admin refuses.
    """
    from django.db.models import Count

    from twinning.partnerships.models import PartnerCityPage

    cities = (
        PartnerCityPage.objects.descendant_of(page, inclusive=True)
        .annotate(
            n_exchanges=Count("exchanges", distinct=True),
            n_releases=Count("press_releases", distinct=True),
        )
        .filter(Q(n_exchanges__gt=0) | Q(n_releases__gt=0))
        .order_by("title")
    )
    return [(c.title, c.n_exchanges, c.n_releases) for c in cities]


def deletion_refusal(pages: list[Page]) -> str | None:
    """The message that refuses deleting ``pages``, or None when nothing refers to them."""
    found = [row for page in pages for row in cities_with_records(page)]
    if not found:
        return None
    details = "; ".join(
        _("%(city)s: %(exchanges)d Begegnung(en), %(releases)d Pressemitteilung(en)")
        % {"city": name, "exchanges": n_ex, "releases": n_rel}
        for name, n_ex, n_rel in found
    )
    return _(
        "Diese Partnerstadt kann nicht gelöscht werden, weil Begegnungen oder "
        "Pressemitteilungen auf sie verweisen (%(details)s). Entfernen Sie zuerst diese "
        "Verweise oder setzen Sie den Status der Partnerschaft auf „beendet“."
    ) % {"details": details}
