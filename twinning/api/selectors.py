"""Turns the apps' reads into the API's plain data; no query logic of its own."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import HttpRequest, QueryDict

from twinning.api.params import is_slug
from twinning.core import i18n
from twinning.core.cache import PARAMS_ATTRIBUTE, narrowed
from twinning.core.visibility import public_pages
from twinning.news.models import PressReleasePage, ReleaseRemoval, published_in
from twinning.news.selectors import (
    CountedPaginator,
    about_city,
    about_topic,
    filter_ids,
    kept_total,
    live_releases,
)
from twinning.partnerships.models import PartnerCityPage
from twinning.search.selectors import search as search_documents


def absolute(request: HttpRequest, url: str) -> str:
    return request.build_absolute_uri(url) if url else ""


def search(request: HttpRequest, q: str, limit: int, offset: int) -> dict:
    found = search_documents(q, limit=limit, offset=offset)
    return {
        "total": found.total,
        "results": [
            {
                "title": hit.title,
                "url": absolute(request, hit.url),
                "published": hit.published,
                "source_id": hit.source_id,
                "kind": hit.kind,
                "partner_cities": hit.partner_cities,
                "snippet": hit.snippet,
            }
            for hit in found.results
        ],
    }


def page_links(request: HttpRequest, page) -> tuple[str | None, str | None]:
    # Only the parameters the operation reads: nothing else a caller sent is echoed back.
    known = narrowed(request.GET, getattr(request, PARAMS_ATTRIBUTE, ()))

    def link(number: int) -> str:
        params = QueryDict(known.urlencode(), mutable=True)
        params["page"] = str(number)
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return (
        link(page.next_page_number()) if page.has_next() else None,
        link(page.previous_page_number()) if page.has_previous() else None,
    )


def paged(
    request: HttpRequest,
    queryset,
    number: int,
    size: int,
    serialise,
    count: int | None = None,
    prepare=None,
) -> dict:
    """One page of results; ``count``, where known without a query, spares the COUNT(*)."""
    paginator = (
        Paginator(queryset, size) if count is None else CountedPaginator(queryset, size, count)
    )
    total = paginator.count
    if number > max(paginator.num_pages, 1):
        items, nxt, prev = [], None, None
    else:
        page = paginator.page(number)
        objects = list(page.object_list)
        if prepare is not None:
            prepare(objects)
        items = [serialise(item) for item in objects]
        nxt, prev = page_links(request, page)
    return {
        "total": total,
        "page": number,
        "page_size": size,
        "next": nxt,
        "previous": prev,
        "results": items,
    }


def image_data(request: HttpRequest, image) -> dict | None:
    if image is None:
        return None
    rendition = image.get_rendition("fill-1200x675|format-jpeg")
    return {
        "url": absolute(request, rendition.url),
        "caption": image.caption,
        "credit": image.credit,
        "alt": image.alt,
    }


def release_data(request: HttpRequest, page: PressReleasePage) -> dict:
    return {
        "id": page.pk,
        "title": page.title,
        "subtitle": page.subtitle,
        "url": absolute(request, page.url),
        "published": page.published_at,
        "updated": page.last_published_at,
        "teaser": page.summary,
        "image": image_data(request, page.lead_image),
        "partner_cities": [
            {"slug": c.slug, "name": c.title, "url": absolute(request, c.url)}
            for c in getattr(page, "shown_cities", None) or page.partner_cities.all()
        ],
        "topics": [t.name for t in page.topics.all()],
        "source_id": page.source_id,
        "source_url": page.source_url,
        "language": i18n.language_of(page),
        "translations": {
            code: absolute(request, url)
            for code, url in i18n.page_languages(page).items()
            if code != i18n.language_of(page)
        },
    }


def _prepare_releases(pages: list[PressReleasePage]) -> None:
    """The translations and the cities as the reader's language names them, for a whole
    page of results in two queries (none in German for the cities)."""
    i18n.prefetch_languages(pages)
    cities = [c for p in pages for c in p.partner_cities.all()]
    shown = (
        {c.pk: s for c, s in zip(cities, i18n.localize(cities, model=PartnerCityPage), strict=True)}
        if cities
        else {}
    )
    for p in pages:
        p.shown_cities = [shown[c.pk] for c in p.partner_cities.all()]


def press_releases(request: HttpRequest, filters) -> dict:
    qs = live_releases()
    if not (is_slug(filters.partner_city) and is_slug(filters.topic)):
        qs = qs.none()  # nothing has such a name
    # A city or topic the archive can filter by is narrowed the archive's way (each release
    # once, walking the date index for a common city); any other name is looked up by slug.
    city_ids, topic_ids = filter_ids()
    joined = False
    if filters.partner_city in city_ids:
        qs = about_city(qs, city_ids[filters.partner_city])
    elif filters.partner_city:
        qs, joined = qs.filter(partner_cities__slug=filters.partner_city), True
    if filters.topic in topic_ids:
        qs = about_topic(qs, topic_ids[filters.topic])
    elif filters.topic:
        qs, joined = qs.filter(topics__slug=filters.topic), True
    if filters.year:
        qs = published_in(qs, filters.year)
    if filters.changed_since:
        # Republished since, or visible since (an embargo that ended).
        qs = qs.filter(
            Q(last_published_at__gte=filters.changed_since)
            | Q(published_at__gte=filters.changed_since)
        )
    if joined:
        qs = qs.distinct()
    qs = qs.select_related("lead_image").prefetch_related(
        "lead_image__renditions",
        Prefetch(
            "partner_cities",
            queryset=public_pages(PartnerCityPage.objects.all()).only(
                "title", "slug", "url_path", "path", "depth", "locale_id", "translation_key"
            ),
        ),
        "topics",
    )
    # Without a change filter the total is the archive's own count, kept per publish.
    count = (
        None
        if filters.changed_since
        else kept_total(filters.partner_city, filters.topic, filters.year)
    )
    result = paged(
        request,
        qs,
        filters.page,
        filters.page_size,
        lambda p: release_data(request, p),
        count,
        prepare=_prepare_releases,
    )
    result["removed"] = removals_since(filters.changed_since) if filters.changed_since else []
    return result


def removals_since(since) -> list[dict]:
    """Tombstones of releases unpublished or deleted since ``since`` and not back online."""
    rows = ReleaseRemoval.objects.filter(removed_at__gte=since).values(
        "page_id", "source_id", "removed_at", "reason"
    )
    latest: dict[int, dict] = {}
    for row in rows:  # ordered by time: the last word about a release wins
        latest[row["page_id"]] = {
            "id": row["page_id"],
            "source_id": row["source_id"],
            "removed_at": row["removed_at"],
            "reason": row["reason"],
        }
    return list(latest.values())
