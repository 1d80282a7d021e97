"""Archive filter counts without scanning the archive on every request.

The archive offers three filters (partner city, topic, year) and shows, for each value, how
many releases it would leave given the other filters. Counting that per request scans every
public release three times. Instead, four small tables of counts are read once per cache
generation (after each publish) and shared by every process through the cache:

- releases per year,
- per (city, year) and per (topic, year),
- per (city, topic, year).

Each release appears once per city and topic it names, so every cell counts releases, and any
combination of filters is answered from them in Python: the counts next to each filter value,
and the number of releases the filtered archive holds (its paginator needs no COUNT either).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count

from twinning.core import i18n, memo

CACHE_SECONDS = 24 * 3600


@dataclass
class FacetCounts:
    years: Counter = field(default_factory=Counter)
    city_year: Counter = field(default_factory=Counter)
    topic_year: Counter = field(default_factory=Counter)
    city_topic_year: Counter = field(default_factory=Counter)

    def total(self, city: int | None, topic: int | None, year: int | None) -> int:
        """How many releases the archive shows with these filters."""
        return sum(self._cells(city, topic, year, need_city=False, need_topic=False).values())

    def by_city(self, topic: int | None, year: int | None) -> Counter:
        return _sum_by(self._cells(None, topic, year, need_city=True, need_topic=False), CITY)

    def by_topic(self, city: int | None, year: int | None) -> Counter:
        return _sum_by(self._cells(city, None, year, need_city=False, need_topic=True), TOPIC)

    def by_year(self, city: int | None, topic: int | None) -> Counter:
        return _sum_by(self._cells(city, topic, None, need_city=False, need_topic=False), YEAR)

    def _cells(self, city, topic, year, need_city: bool, need_topic: bool) -> Counter:
        """Cells keyed (city, topic, year) of the smallest table holding every column asked
        for (by a filter or a grouping), with the filters applied."""
        with_city = need_city or city is not None
        with_topic = need_topic or topic is not None
        if with_city and with_topic:
            rows = self.city_topic_year.items()
        elif with_city:
            rows = (((c, None, y), n) for (c, y), n in self.city_year.items())
        elif with_topic:
            rows = (((None, t, y), n) for (t, y), n in self.topic_year.items())
        else:
            rows = (((None, None, y), n) for y, n in self.years.items())
        return Counter(
            {
                key: n
                for key, n in rows
                if (city is None or key[CITY] == city)
                and (topic is None or key[TOPIC] == topic)
                and (year is None or key[YEAR] == year)
            }
        )


CITY, TOPIC, YEAR = 0, 1, 2


def _sum_by(cells: Counter, position: int) -> Counter:
    grouped: Counter = Counter()
    for key, n in cells.items():
        grouped[key[position]] += n
    return grouped


def read_counts() -> FacetCounts:
    """Four GROUP BY queries over the public releases."""
    from twinning.news.models import PressReleasePage
    from twinning.news.selectors import live_releases

    public = live_releases().order_by()
    cities = PressReleasePage.partner_cities.through.objects.filter(
        pressreleasepage_id__in=public.values("pk")
    )
    topics = PressReleasePage.topics.through.objects.filter(
        pressreleasepage_id__in=public.values("pk")
    )
    counts = FacetCounts()
    for row in public.values("published_year").annotate(n=Count("pk")):
        counts.years[row["published_year"]] += row["n"]
    for row in cities.values("partnercitypage_id", "pressreleasepage__published_year").annotate(
        n=Count("pk")
    ):
        counts.city_year[(row["partnercitypage_id"], row["pressreleasepage__published_year"])] = (
            row["n"]
        )
    for row in topics.values("topic_id", "pressreleasepage__published_year").annotate(
        n=Count("pk")
    ):
        counts.topic_year[(row["topic_id"], row["pressreleasepage__published_year"])] = row["n"]
    for row in (
        public.filter(partner_cities__isnull=False, topics__isnull=False)
        .values("partner_cities", "topics", "published_year")
        .annotate(n=Count("pk"))
    ):
        key = (row["partner_cities"], row["topics"], row["published_year"])
        counts.city_topic_year[key] = row["n"]
    return counts


def facet_counts() -> FacetCounts:
    """The counts of the current generation: kept in this process, shared through the cache."""

    def shared() -> FacetCounts:
        key = f"archive-facets:{language}:{memo.current_generation()}"
        counts = cache.get(key)
        if counts is None:
            counts = read_counts()
            cache.set(key, counts, CACHE_SECONDS)
        return counts

    language = i18n.active_language()
    return memo.remember(f"archive-facets:{language}", shared)
