"""Writes about partnerships that carry rules: who may delete a partner city."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Page

from twinning.core import roles

# The groups live in twinning.core.roles; these names stay for the partnership code and tests.
PRESS_GROUP = roles.APPROVER
INTERNATIONAL_GROUP = roles.INTERNATIONAL
ensure_editor_groups = roles.ensure_groups
grant_section_permissions = roles.grant_section_permissions


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
