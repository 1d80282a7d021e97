"""The one place that decides what a reader may see: every public route asks here.

A page is public when all of these hold:

- it is live (published) and has not expired (``expire_at`` in the past counts as gone even in
  the seconds before the worker unpublishes it);
- it is past its publication moment, for page types with a ``published_at`` field (a later date
  is an embargo, see ``PressReleasePage``);
- neither it nor any ancestor carries a view restriction (password, login or groups): a
  restricted section is private as a whole, whatever Wagtail shows after a reader unlocked it.

Pages, teaser lists, filters, feeds, the API, the sitemap, calendars and the search index all
use :func:`public_pages` (querysets) or :func:`is_public` (one page), so that a rule added here
holds on every route at once. Relations to other pages (a release's partner cities, an event's
cities) go through :func:`public_pages` too, so that a draft city linked from a live release
shows nowhere.
"""

from __future__ import annotations

from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model, Q, QuerySet
from django.utils import timezone
from wagtail.models import Page, get_page_models

EMBARGO_FIELD = "published_at"


def _has_embargo(model: type[Model]) -> bool:
    try:
        model._meta.get_field(EMBARGO_FIELD)
    except FieldDoesNotExist:
        return False
    return True


@cache
def _embargoed_models() -> tuple[type[Page], ...]:
    """Concrete page types hidden until their ``published_at`` moment."""
    return tuple(
        m for m in get_page_models() if not m._meta.abstract and _has_embargo(m) and m is not Page
    )


def restricted_paths() -> list[str]:
    """Tree paths of the pages that carry a view restriction (their subtrees are private).

    Kept per process until the next publish or restriction change (``core.memo``).
    """
    from twinning.core.routing import restricted_paths as kept_paths

    return sorted(kept_paths())


def public_q(model: type[Model] = Page, now=None) -> Q:
    """The condition a page of ``model`` (``Page`` or a specific type) must meet to be public."""
    now = now or timezone.now()
    q = Q(live=True) & (Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    if _has_embargo(model):
        q &= Q(**{f"{EMBARGO_FIELD}__lte": now})
    else:
        for embargoed in _embargoed_models():
            if issubclass(embargoed, model):
                hidden = embargoed.objects.exclude(**{f"{EMBARGO_FIELD}__lte": now})
                q &= ~Q(pk__in=hidden.values("pk"))
    for path in restricted_paths():
        q &= ~Q(path__startswith=path)
    return q


def public_pages(queryset: QuerySet | None = None) -> QuerySet:
    """``queryset`` (all pages when omitted) narrowed to what readers may see."""
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.filter(public_q(queryset.model))


def is_public(page: Page, now=None) -> bool:
    """Whether one page is public, by the same rules as :func:`public_pages`."""
    now = now or timezone.now()
    if not page.live or (page.expire_at is not None and page.expire_at <= now):
        return False
    specific = page.specific_deferred if type(page) is Page else page
    if _has_embargo(type(specific)):
        moment = getattr(specific, EMBARGO_FIELD)
        if moment is None or moment > now:
            return False
    return not any(page.path.startswith(path) for path in restricted_paths())


def hidden_ids(ids) -> set[int]:
    """Which of these ids belong to pages readers may not see, in one query.

    Ids that are no page at all are not reported: the caller knows best what they are.
    """
    wanted = {int(i) for i in ids if str(i).isdigit()}
    if not wanted:
        return set()
    return set(
        Page.objects.filter(pk__in=wanted).exclude(public_q(Page)).values_list("pk", flat=True)
    )
