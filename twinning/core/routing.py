"""Finding the page for a URL and its view restrictions with as few queries as Wagtail allows.

Wagtail walks the tree from the site root, two queries per level (the child, then its specific
type), and asks for view restrictions with two more. For a release three levels down that is
eight queries before the page renders. Here the whole path is looked up at once by its last
slug (an indexed column) and its full ``url_path``, and restrictions are only asked for when a
restricted section lies above the page at all. The lookup, the page object and its URL parts
are kept per generation (``core.memo``), so a page asked for again before the next publish,
move or delete costs no query.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from twinning.core import memo


def find_page(root: Page, path_components: list[str]) -> Page | None:
    """The page at ``path_components`` below ``root`` as its specific type, in two queries
    (none for a URL asked for since the last publish), with the model's
    ``route_select_related`` (e.g. its lead image) joined in."""
    url_path = root.url_path + "/".join(path_components) + "/"

    def locate() -> tuple[int, int] | None:
        return (
            Page.objects.filter(
                slug=path_components[-1],
                depth=root.depth + len(path_components),
                url_path=url_path,
            )
            .values_list("pk", "content_type_id")
            .first()
        )

    # Where a URL points changes only with a publish, move or delete, which all move the
    # generation on: the lookup is kept per process for the most recently asked URLs.
    found = memo.recent(("route", url_path), locate)
    if found is None:
        return None
    model = ContentType.objects.get_for_id(found[1]).model_class()
    if model is None:
        return None
    related = getattr(model, "route_select_related", ())
    queryset = model.objects.select_related(*related) if related else model.objects
    # The page's row changes only with a publish (or an unpublish, move or delete) as far as
    # readers see it: kept like the lookup, so a page asked for again costs no query.
    return memo.recent_page(("page", found[0]), queryset.filter(pk=found[0]).first)


def route_directly(root: Page, request, path_components: list[str]) -> RouteResult | None:
    """The route for an existing live page; ``None`` leaves the path to Wagtail's own walk
    (a missing page, a draft, or a page type that routes sub-paths itself)."""
    page = find_page(root, path_components)
    if page is None or not page.live:
        return None
    return RouteResult(page)


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of pages with a view restriction, kept until the next publish."""
    return memo.remember(
        "view-restriction-paths",
        lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


class ViewRestrictionsMixin:
    """Answers Wagtail's per-request restriction check without a query for unrestricted pages,
    and its URL lookups from what is kept until the next publish."""

    def get_url_parts(self, request=None):
        """Wagtail's URL parts, worked out once per generation for this page at this path.

        They depend on the page's path, the sites' root paths (a site change moves the
        generation), the active language and, where a page belongs to several sites, the
        request's site; all of these are in the key.
        """
        if not self.pk or getattr(request, "is_preview", False):
            return super().get_url_parts(request)
        site = Site.find_for_request(request) if isinstance(request, HttpRequest) else None
        key = ("url-parts", self.pk, self.url_path, get_language(), site.pk if site else None)
        work_out = super().get_url_parts
        return memo.recent(key, lambda: work_out(request))

    def get_view_restrictions(self):
        if not any(self.path.startswith(path) for path in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
