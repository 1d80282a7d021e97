"""Reads the press pages need, each a fixed number of queries whatever the archive size."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from twinning.core import i18n, memo
from twinning.core.selectors import city_settings_for
from twinning.core.visibility import public_pages
from twinning.news.facets import facet_counts
from twinning.news.models import PressArchivePage, PressReleasePage, Topic, published_in
from twinning.partnerships.models import PartnerCityPage
from twinning.partnerships.selectors import all_live_cities, live_cities_among, shown_cities

ARCHIVE_PAGE_SIZE = 12
TEASERS_PER_BLOCK = 3


def live_releases() -> QuerySet[PressReleasePage]:
    """Releases readers may see (``core.visibility``) in the reader's language, newest first."""
    qs = public_pages(PressReleasePage.objects.all())
    return i18n.in_locale(qs, i18n.locale_id()).order_by("-published_at", "-pk")


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


def release_relations(page: PressReleasePage) -> dict:
    """The release's public partner cities, topics and related releases, which change only
    with a publish."""
    cities = list(live_cities_among(page.partner_cities).order_by("title"))
    return {
        "cities": cities,
        # The same cities as the reader's language shows them (ids stay the German ones').
        "shown": shown_cities(cities),
        "topics": list(page.topics.all()),
        "related": related_releases(page),
    }


def release_context(page: PressReleasePage, preview: bool = False) -> dict:
    """Everything the press-release page shows besides the page itself (anatomy parts 7–9).

    A fixed number of queries however many partner cities the release names: which releases
    each city's block shows is kept per process until the next publish (``teaser_ids``), and
    all teasers are then read in one query. What the release links to is kept per publish too
    (``memo.recent``), except in a preview, which shows the editor's unsaved choices.
    """
    if preview:
        relations = release_relations(page)
    else:
        relations = memo.recent(("release-relations", page.pk), lambda: release_relations(page))
    cities = relations["cities"]
    kept = teaser_ids()
    chosen = {
        city.pk: [pk for pk in kept["cities"].get(city.pk, []) if pk != page.pk][:TEASERS_PER_BLOCK]
        for city in cities
    }
    partnership = [pk for pk in kept["partnership"] if pk != page.pk][:TEASERS_PER_BLOCK]
    teasers = kept["cards"]
    blocks = [
        CityTeasers(shown, [teasers[pk] for pk in chosen[city.pk] if pk in teasers])
        for city, shown in zip(cities, relations["shown"], strict=True)
    ]
    return {
        "related_releases": relations["related"],
        "city_teasers": blocks,
        "partnership_teasers": [teasers[pk] for pk in partnership if pk in teasers],
        "release_cities": relations["shown"],
        "release_topics": relations["topics"],
        "all_cities": shown_cities(),
        "json_ld_data": news_article_data(page, relations["shown"]),
    }


RELATED_SHOWN = 6


def related_releases(page: PressReleasePage) -> list[PressReleasePage]:
    """The releases an editor (or the importer) linked as related, those readers may see,
    newest first; none of them is the page itself."""
    ids = [release.pk for release in page.related_releases.all() if release.pk != page.pk]
    if not ids:
        return []
    qs = live_releases()
    if i18n.is_default():
        qs = qs.filter(pk__in=ids)
    else:  # the links point at German releases: their translations, where there are some
        keys = PressReleasePage.objects.filter(pk__in=ids).values("translation_key")
        qs = qs.filter(translation_key__in=keys).exclude(pk=page.pk)
    return list(teaser_cards(qs)[:RELATED_SHOWN])


def teaser_ids() -> dict:
    """The newest public releases of each partner city and of all partnerships, as ids, and
    their teaser cards.

    One more than a block shows, so that a release's own page can leave itself out. Read once
    per process after each publish (one small query per city), not on every page view.
    """

    def read() -> dict:
        wanted = TEASERS_PER_BLOCK + 1
        kept = {
            "cities": {
                city.pk: list(
                    about_city(live_releases(), city.pk).values_list("pk", flat=True)[:wanted]
                )
                for city in all_live_cities()
            },
            "partnership": list(
                live_releases()
                .filter(
                    pk__in=PressReleasePage.partner_cities.through.objects.values(
                        "pressreleasepage_id"
                    )
                )
                .values_list("pk", flat=True)[:wanted]
            ),
        }
        ids = {pk for pks in kept["cities"].values() for pk in pks} | set(kept["partnership"])
        cards = teaser_cards(PressReleasePage.objects.filter(pk__in=ids))
        return {**kept, "cards": {card.pk: card for card in cards}}

    return memo.remember(f"release-teaser-ids:{i18n.active_language()}", read)


def news_article_data(page: PressReleasePage, cities: list[PartnerCityPage]) -> dict:
    """schema.org NewsArticle for search engines and other systems reading the page."""
    city_name = city_settings_for(page).city_name
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.summary,
        # A preview of a release that never went live has no date yet: it would go live now.
        "datePublished": (page.published_at or timezone.now()).isoformat(),
        "dateModified": (page.last_published_at or page.published_at or timezone.now()).isoformat(),
        "inLanguage": i18n.language_of(page),
        "url": page.full_url,
        "about": [{"@type": "City", "name": c.title} for c in cities],
        "publisher": {"@type": "GovernmentOrganization", "name": f"Stadt {city_name}"},
    }
    if page.subtitle:
        data["alternativeHeadline"] = page.subtitle
    image = page.lead_image
    if image:
        data["image"] = {
            "@type": "ImageObject",
            "caption": image.caption,
            "creditText": image.credit,
        }
        # The same rendition as og:image, so that a link preview and a search engine name one
        # file; media on a CDN already has an absolute URL.
        url = image.get_rendition("fill-1200x630|format-jpeg").url
        parts = page.get_url_parts() if url.startswith("/") and page.pk else None
        data["image"]["url"] = parts[1] + url if parts and parts[1] else url
        if image.shows_licence:
            data["image"]["license"] = image.licence
    return data


@dataclass
class FilterOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class ArchiveFilters:
    """The archive's filters, each reduced to a value that exists: an unknown partner city,
    topic or year is ignored rather than answered with an empty list."""

    city: str
    topic: str
    year: int | None
    city_id: int | None = None
    topic_id: int | None = None

    @classmethod
    def from_query(cls, params: QueryDict) -> ArchiveFilters:
        year = params.get("jahr", "")
        city_ids, topic_ids = filter_ids()
        city = params.get("partnerstadt", "")
        topic = params.get("thema", "")
        return cls(
            city=city if city in city_ids else "",
            topic=topic if topic in topic_ids else "",
            year=int(year) if year.isdigit() and 1900 < int(year) < 2200 else None,
            city_id=city_ids.get(city),
            topic_id=topic_ids.get(topic),
        )

    def apply(self, qs: QuerySet[PressReleasePage]) -> QuerySet[PressReleasePage]:
        if self.city_id:
            qs = about_city(qs, self.city_id)
        if self.topic_id:
            qs = about_topic(qs, self.topic_id)
        if self.year:
            qs = published_in(qs, self.year)
        return qs

    def querystring(self, **changes) -> str:
        params = {"partnerstadt": self.city, "thema": self.topic, "jahr": self.year or ""}
        params.update(changes)
        q = QueryDict(mutable=True)
        for key, value in params.items():
            if value:
                q[key] = str(value)
        return q.urlencode()


# How to narrow the newest-first list to one partner city or topic. A city that one release in
# ``WALK_SHARE`` or more names is best checked release by release while walking the
# publication-date index: the newest twelve turn up after a few dozen rows. A rarer one is best
# looked up first and its few releases sorted. Left to itself the planner picks the second
# for every city (10,000 of 100,000 releases sorted: 100 ms). The counts kept per publish
# (``news.facets``) tell which case a city is. Each way yields a release once: no DISTINCT.
WALK_SHARE = 50


def _narrowed(qs, relation: str, column: str, value: int, matching: int):
    through = getattr(PressReleasePage, relation).through
    if matching * WALK_SHARE >= max(facet_counts().total(None, None, None), 1):
        named = through.objects.filter(pressreleasepage_id=OuterRef("pk"), **{column: value})
        return qs.filter(Exists(named))
    return qs.filter(**{relation: value})


def about_city(qs: QuerySet[PressReleasePage], city_id: int) -> QuerySet[PressReleasePage]:
    matching = facet_counts().total(city_id, None, None)
    return _narrowed(qs, "partner_cities", "partnercitypage_id", city_id, matching)


def about_topic(qs: QuerySet[PressReleasePage], topic_id: int) -> QuerySet[PressReleasePage]:
    matching = facet_counts().total(None, topic_id, None)
    return _narrowed(qs, "topics", "topic_id", topic_id, matching)


def all_topics() -> list[Topic]:
    return memo.remember("topics", lambda: list(Topic.objects.order_by("name")))


def archive_filter_options(filters: ArchiveFilters) -> dict[str, list[FilterOption]]:
    """Values of each filter with how many releases each would show, given the other filters.

    Read from the counts kept per generation (``news.facets``), not from the archive.
    """
    counts = facet_counts()
    by_city = counts.by_city(filters.topic_id, filters.year)
    by_topic = counts.by_topic(filters.city_id, filters.year)
    by_year = counts.by_year(filters.city_id, filters.topic_id)
    return {
        # A release may name a draft or private city: such a city is no filter choice.
        "cities": [
            FilterOption(c.slug, shown.title, by_city[c.pk], c.slug == filters.city)
            for c, shown in zip(all_live_cities(), shown_cities(), strict=True)
            if by_city[c.pk]
        ],
        "topics": [
            FilterOption(t.slug, t.name, by_topic[t.pk], t.slug == filters.topic)
            for t in all_topics()
            if by_topic[t.pk]
        ],
        "years": [
            FilterOption(str(y), str(y), n, y == filters.year)
            for y, n in sorted(by_year.items(), key=lambda item: -(item[0] or 0))
            if y and n
        ],
    }


class CountedPaginator(Paginator):
    """A paginator told its count (from the facet counts) instead of running COUNT(*)."""

    def __init__(self, object_list, per_page: int, count: int):
        super().__init__(object_list, per_page)
        self.known_count = count

    @property
    def count(self) -> int:
        return self.known_count


def filter_ids() -> tuple[dict[str, int], dict[str, int]]:
    """Slug to id of the partner cities and topics the archive can filter by."""
    return {c.slug: c.pk for c in all_live_cities()}, {t.slug: t.pk for t in all_topics()}


def kept_total(city_slug: str = "", topic_slug: str = "", year: int | None = None) -> int | None:
    """How many public releases match, from the counts kept per publish (no COUNT over the
    archive); ``None`` where those counts cannot tell (a city or topic they do not list)."""
    city_ids, topic_ids = filter_ids()
    city_id, topic_id = city_ids.get(city_slug), topic_ids.get(topic_slug)
    if (city_slug and city_id is None) or (topic_slug and topic_id is None):
        return None
    return facet_counts().total(city_id, topic_id, year)


def archive_page(filters: ArchiveFilters, page_number: str | int) -> PaginatorPage:
    qs = filters.apply(live_releases())
    total = facet_counts().total(filters.city_id, filters.topic_id, filters.year)
    paginator = CountedPaginator(teaser_cards(qs), ARCHIVE_PAGE_SIZE, total)
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
