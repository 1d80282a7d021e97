"""Reads the press pages need, each a fixed number of queries whatever the archive size."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, QuerySet
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from twinning.core.visibility import public_pages
from twinning.news.models import PressArchivePage, PressReleasePage, Topic
from twinning.partnerships.models import PartnerCityPage
from twinning.partnerships.selectors import live_cities, live_cities_among

ARCHIVE_PAGE_SIZE = 12
TEASERS_PER_BLOCK = 3


def live_releases() -> QuerySet[PressReleasePage]:
    """Releases readers may see (``core.visibility``), newest first."""
    return public_pages(PressReleasePage.objects.all()).order_by("-published_at", "-pk")


def teaser_cards(queryset: QuerySet[PressReleasePage]) -> QuerySet[PressReleasePage]:
    """Only the columns a teaser card needs, plus its image and renditions in one extra query each."""
    return (
        queryset.select_related("lead_image")
        .only(
            "pk",
            "title",
            "slug",
            "url_path",
            "path",
            "depth",
            "published_at",
            "summary",
            "lead_image",
            "subtitle",
        )
        .prefetch_related(Prefetch("lead_image__renditions"))
    )


def latest_releases(limit: int = 6, exclude_pk: int | None = None) -> list[PressReleasePage]:
    qs = live_releases()
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    return list(teaser_cards(qs)[:limit])


@dataclass
class CityTeasers:
    city: PartnerCityPage
    releases: list[PressReleasePage]


def release_context(page: PressReleasePage) -> dict:
    """Everything the press-release page shows besides the page itself (anatomy parts 7–9)."""
    cities = list(live_cities_among(page.partner_cities).order_by("title").specific(defer=True))
    blocks = []
    for city in cities:
        releases = teaser_cards(live_releases().filter(partner_cities=city).exclude(pk=page.pk))
        blocks.append(CityTeasers(city, list(releases[:TEASERS_PER_BLOCK])))
    return {
        "city_teasers": blocks,
        "partnership_teasers": list(
            teaser_cards(
                live_releases().filter(partner_cities__isnull=False).exclude(pk=page.pk).distinct()
            )[:TEASERS_PER_BLOCK]
        ),
        "release_cities": cities,
        "release_topics": list(page.topics.all()),
        "all_cities": list(live_cities()),
        "json_ld_data": news_article_data(page, cities),
    }


def news_article_data(page: PressReleasePage, cities: list[PartnerCityPage]) -> dict:
    """schema.org NewsArticle for search engines and other systems reading the page."""
    from twinning.core.models import CitySettings

    city_name = CitySettings.for_site(page.get_site()).city_name
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.summary,
        # A preview of a release that never went live has no date yet: it would go live now.
        "datePublished": (page.published_at or timezone.now()).isoformat(),
        "dateModified": (page.last_published_at or page.published_at or timezone.now()).isoformat(),
        "inLanguage": "de",
        "url": page.full_url,
        "about": [{"@type": "City", "name": c.title} for c in cities],
        "publisher": {"@type": "GovernmentOrganization", "name": f"Stadt {city_name}"},
    }
    if page.subtitle:
        data["alternativeHeadline"] = page.subtitle
    if page.lead_image:
        data["image"] = {
            "@type": "ImageObject",
            "caption": page.lead_image.caption,
            "creditText": page.lead_image.credit,
        }
    return data


@dataclass
class FilterOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class ArchiveFilters:
    city: str
    topic: str
    year: int | None

    @classmethod
    def from_query(cls, params: QueryDict) -> ArchiveFilters:
        year = params.get("jahr", "")
        return cls(
            city=params.get("partnerstadt", "")[:100],
            topic=params.get("thema", "")[:100],
            year=int(year) if year.isdigit() and 1900 < int(year) < 2200 else None,
        )

    def apply(self, qs: QuerySet[PressReleasePage], skip: str = "") -> QuerySet[PressReleasePage]:
        if self.city and skip != "city":
            qs = qs.filter(partner_cities__slug=self.city)
        if self.topic and skip != "topic":
            qs = qs.filter(topics__slug=self.topic)
        if self.year and skip != "year":
            qs = qs.filter(published_at__year=self.year)
        return qs

    def querystring(self, **changes) -> str:
        params = {"partnerstadt": self.city, "thema": self.topic, "jahr": self.year or ""}
        params.update(changes)
        q = QueryDict(mutable=True)
        for key, value in params.items():
            if value:
                q[key] = str(value)
        return q.urlencode()


def archive_filter_options(filters: ArchiveFilters) -> dict[str, list[FilterOption]]:
    """Values of each filter with how many releases each would show, given the other filters."""
    base = live_releases()
    # A release may name a city that is a draft or private: such a city is no filter choice.
    public_cities = set(live_cities().values_list("slug", flat=True))
    city_rows = (
        filters.apply(base, skip="city")
        .values("partner_cities__slug", "partner_cities__title")
        .annotate(n=Count("pk", distinct=True))
        .filter(partner_cities__slug__isnull=False)
        .order_by("partner_cities__title")
    )
    topic_rows = (
        filters.apply(base, skip="topic")
        .values("topics__slug", "topics__name")
        .annotate(n=Count("pk", distinct=True))
        .filter(topics__slug__isnull=False)
        .order_by("topics__name")
    )
    year_rows = (
        filters.apply(base, skip="year")
        .annotate(y=ExtractYear("published_at", tzinfo=dt.UTC))
        .values("y")
        .annotate(n=Count("pk", distinct=True))
        .order_by("-y")
    )
    return {
        "cities": [
            FilterOption(
                r["partner_cities__slug"],
                r["partner_cities__title"],
                r["n"],
                r["partner_cities__slug"] == filters.city,
            )
            for r in city_rows
            if r["partner_cities__slug"] in public_cities
        ],
        "topics": [
            FilterOption(
                r["topics__slug"], r["topics__name"], r["n"], r["topics__slug"] == filters.topic
            )
            for r in topic_rows
        ],
        "years": [
            FilterOption(str(r["y"]), str(r["y"]), r["n"], r["y"] == filters.year)
            for r in year_rows
        ],
    }


def archive_page(filters: ArchiveFilters, page_number: str | int) -> PaginatorPage:
    qs = filters.apply(live_releases())
    if filters.city or filters.topic:
        qs = qs.distinct()
    paginator = Paginator(teaser_cards(qs), ARCHIVE_PAGE_SIZE)
    return paginator.get_page(page_number)


def archive_context(page: PressArchivePage, params: QueryDict) -> dict:
    filters = ArchiveFilters.from_query(params)
    results = archive_page(filters, params.get("seite", 1))
    options = archive_filter_options(filters)
    active = []
    labels = {o.value: o.label for o in options["cities"] + options["topics"]}
    if filters.city:
        active.append(_("Partnerstadt: %s") % labels.get(filters.city, filters.city))
    if filters.topic:
        active.append(_("Thema: %s") % labels.get(filters.topic, filters.topic))
    if filters.year:
        active.append(_("Jahr: %s") % filters.year)
    return {
        "filters": filters,
        "filter_options": options,
        "active_filters": active,
        "releases": results,
        "page_querystring": filters.querystring(),
    }


def topics_with_releases() -> QuerySet[Topic]:
    return Topic.objects.order_by("name")
