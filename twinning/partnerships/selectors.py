"""Reads about partner cities: lists, map, anniversaries, timelines, reports and open data."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone
from wagtail.models import Page, Site

from twinning.core import i18n, memo
from twinning.core.selectors import city_settings_for_site
from twinning.core.visibility import public_pages
from twinning.partnerships.anniversaries import Anniversary, anniversaries_between
from twinning.partnerships.map import Place, render_map
from twinning.partnerships.models import (
    Exchange,
    ParticipantCount,
    PartnerCityIndexPage,
    PartnerCityPage,
    PartnershipStatus,
    ProgrammeItem,
)

ANNIVERSARY_MONTHS = 24
TIMELINE_LENGTH = 30


def live_cities() -> QuerySet[PartnerCityPage]:
    """Partner cities readers may see (``core.visibility``), by name: the German pages, which
    every relation points at (``core.i18n``); :func:`shown_cities` gives them as shown."""
    qs = public_pages(PartnerCityPage.objects.all())
    qs = i18n.in_locale(qs, i18n.locale_id(settings.LANGUAGE_CODE))
    return qs.select_related("image").order_by("title")


def all_live_cities() -> list[PartnerCityPage]:
    """``live_cities()`` as a list, kept per process until the next publish (``core.memo``)."""
    return memo.remember("live-cities", lambda: list(live_cities()))


def shown_cities(cities: list[PartnerCityPage] | None = None) -> list[PartnerCityPage]:
    """``cities`` (all live ones when omitted) in the reader's language where translated, in
    the same order; kept per language and publish for the full list."""
    if cities is not None:
        return i18n.localize(cities, model=PartnerCityPage) if cities else []
    return memo.remember(
        f"live-cities-shown:{i18n.active_language()}",
        lambda: i18n.localize(all_live_cities(), model=PartnerCityPage),
    )


def live_cities_among(relation) -> QuerySet[PartnerCityPage]:
    """The live cities of a page's partner-city relation, also for unsaved data in a preview.

    A saved page's relation is a subquery (one query in all); in a preview it holds the form's
    choices in memory, whose ids are read instead.
    """
    chosen = relation.all()
    ids = chosen.values("pk") if isinstance(chosen, QuerySet) else [c.pk for c in chosen]
    return public_pages(PartnerCityPage.objects.filter(pk__in=ids))


def city_name_groups() -> list[list[str]]:
    """All names of each partner city (German, local, exonyms), for search and the importer."""
    rows = PartnerCityPage.objects.values_list("title", "local_name", "exonyms")
    groups = []
    for title, local_name, exonyms in rows:
        names = [title, local_name, *exonyms.split(",")]
        group: list[str] = []
        for name in (n.strip() for n in names):
            if name and name not in group:
                group.append(name)
        groups.append(group)
    return groups


def filtered_cities(
    status: str | None = None, country_code: str | None = None, partnership_type: str | None = None
) -> QuerySet[PartnerCityPage]:
    qs = live_cities().prefetch_related("associations")
    if status:
        qs = qs.filter(status=status)
    if country_code:
        qs = qs.filter(country_code__iexact=country_code)
    if partnership_type:
        qs = qs.filter(partnership_type=partnership_type)
    return qs


# The map -------------------------------------------------------------------------------------


def home_place(site: Site | None) -> Place | None:
    """The city that runs the site, from its settings, when its coordinates are set."""

    if site is None:
        return None
    settings = city_settings_for_site(site)
    if not settings.has_location:
        return None
    return Place(settings.city_name, settings.latitude, settings.longitude)


def partner_map(cities: list[PartnerCityPage], page: Page | None = None) -> dict:
    site = (
        page.get_site() if page is not None else Site.objects.filter(is_default_site=True).first()
    )
    return render_map(cities, home_place(site))


# Anniversaries -------------------------------------------------------------------------------


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day when it has no such day."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month_index + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def coming_anniversaries(
    today: dt.date | None = None,
    months: int = ANNIVERSARY_MONTHS,
    cities: list[PartnerCityPage] | None = None,
) -> list[tuple[Anniversary, PartnerCityPage]]:
    """Anniversaries of active partnerships from the start of this year to ``months`` ahead.

    The window opens on 1 January so that a jubilee year stays listed while it is being
    celebrated; for partnerships with only a year known, that year is all there is.
    """
    today = today or timezone.localdate()
    end = months_later(today, months)
    if cities is None:
        cities = list(
            PartnerCityPage.objects.filter(status=PartnershipStatus.ACTIVE)
            .filter(Q(began_on__isnull=False) | Q(began_year__isnull=False))
            .order_by("title")
        )
    found = []
    for city in cities:
        if city.status != PartnershipStatus.ACTIVE:
            continue
        for anniversary in anniversaries_between(
            city.began_on, city.began_year, dt.date(today.year, 1, 1), end
        ):
            if anniversary.exact and anniversary.on < today:
                continue  # a dated anniversary earlier this year is over
            found.append((anniversary, city))
    found.sort(key=lambda pair: (pair[0].on, pair[1].title))
    return found


# Pages ---------------------------------------------------------------------------------------


def index_context(page: PartnerCityIndexPage) -> dict:
    cities = shown_cities(list(live_cities()))
    return {
        "cities": cities,
        "partner_map": partner_map(cities, page),
        "upcoming_anniversaries": coming_anniversaries(cities=cities),
    }


@dataclass
class TimelineEntry:
    """One line of a partner city's timeline: an exchange (with its reports) or a release."""

    on: dt.date
    kind: str  # "exchange" or "release"
    title: str
    url: str = ""
    exchange: Exchange | None = None
    releases: list = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"begegnung-{self.exchange.slug}" if self.exchange else ""


def public_exchanges() -> QuerySet[Exchange]:
    return Exchange.objects.filter(public=True)


def city_timeline(
    city: PartnerCityPage, limit: int = TIMELINE_LENGTH, source_id: int | None = None
) -> list[TimelineEntry]:
    """Exchanges and press releases about ``city``, newest first, in a fixed number of queries.

    A release that reports on an exchange is shown under that exchange, not a second time.
    """
    from twinning.news.selectors import about_city, live_releases

    releases_qs = live_releases().only("pk", "title", "url_path", "path", "depth", "published_at")
    exchanges = list(
        public_exchanges()
        .filter(partner_cities=source_id or city.pk)
        .prefetch_related(
            Prefetch("press_releases", queryset=releases_qs, to_attr="live_releases"),
            "participants",
            Prefetch(
                "programme",
                queryset=ProgrammeItem.objects.order_by("date", "start_time", "sort_order"),
            ),
        )
        .order_by("-starts_on")[:limit]
    )
    entries = [
        TimelineEntry(e.starts_on, "exchange", e.title, exchange=e, releases=e.live_releases)
        for e in exchanges
    ]
    reported = {r.pk for e in exchanges for r in e.live_releases}
    for release in about_city(releases_qs, source_id or city.pk).exclude(pk__in=reported)[:limit]:
        entries.append(
            TimelineEntry(
                timezone.localtime(release.published_at).date(),
                "release",
                release.title,
                url=release.url,
            )
        )
    entries.sort(key=lambda entry: entry.on, reverse=True)
    return entries[:limit]


def city_context(city: PartnerCityPage) -> dict:
    from twinning.events.selectors import coming_events
    from twinning.news.facets import facet_counts
    from twinning.news.selectors import about_city, live_releases, teaser_cards

    def read() -> dict:
        # Relations point at the German page; a translation reads them through it.
        source = i18n.source_id(city)
        releases = teaser_cards(about_city(live_releases(), source))
        return {
            "source_id": source,
            "city_releases": list(releases[:6]),
            "city_release_count": facet_counts().total(source, None, None),
            "associations": list(city.associations.all()),
            "timeline": city_timeline(city, source_id=source),
        }

    # What changes only with a publish or an exchange is kept until then (``core.memo``);
    # coming events change with the clock and are read each time.
    kept = memo.remember(f"city-page:{city.pk}", read)
    return {
        **kept,
        "anniversary": city.anniversary(),
        "city_events": coming_events(5, city=kept["source_id"]),
    }


# Reports for funding applications -----------------------------------------------------------


@dataclass
class ReportRow:
    """Exchanges with one partner city in one year, and who took part."""

    year: int
    city: str
    exchanges: int = 0
    days: int = 0
    participants: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def total_participants(self) -> int:
        return sum(self.participants.values())

    def by_country(self) -> dict[str, int]:
        totals: dict[str, int] = defaultdict(int)
        for (country, _group), count in self.participants.items():
            totals[country] += count
        return dict(totals)


@dataclass
class ExchangeReport:
    rows: list[ReportRow]
    total: ReportRow  # every exchange once, even when it had several partner cities
    columns: list[tuple[str, str]]  # the (country, group) pairs that occur, sorted
    exchanges: list[Exchange]
    years: list[int]


def report_years() -> list[int]:
    return sorted({d.year for d in Exchange.objects.dates("starts_on", "year")}, reverse=True)


def exchange_report(year: int | None = None, city: PartnerCityPage | None = None) -> ExchangeReport:
    """Per year and partner city: exchanges, days and participants by country and group.

    An exchange counts in the year it starts. An exchange with several partner cities counts
    once for each of them (each partnership had it), but only once in the total.
    """
    qs = Exchange.objects.prefetch_related(
        Prefetch("partner_cities", queryset=PartnerCityPage.objects.only("pk", "title")),
        Prefetch("participants", queryset=ParticipantCount.objects.all()),
    ).order_by("starts_on", "title")
    if year is not None:
        qs = qs.filter(starts_on__year=year)
    if city is not None:
        qs = qs.filter(partner_cities=city)
    exchanges = list(qs)

    rows: dict[tuple[int, str], ReportRow] = {}
    total = ReportRow(year or 0, "")
    columns: set[tuple[str, str]] = set()

    def add(row: ReportRow, exchange: Exchange) -> None:
        row.exchanges += 1
        row.days += exchange.days
        for p in exchange.participants.all():
            key = (p.country_code, p.group)
            row.participants[key] = row.participants.get(key, 0) + p.count
            columns.add(key)

    for exchange in exchanges:
        cities = [c for c in exchange.partner_cities.all() if city is None or c.pk == city.pk]
        for partner in cities:
            key = (exchange.starts_on.year, partner.title)
            row = rows.setdefault(key, ReportRow(exchange.starts_on.year, partner.title))
            add(row, exchange)
        add(total, exchange)
    ordered = [rows[k] for k in sorted(rows, key=lambda k: (-k[0], k[1]))]
    return ExchangeReport(ordered, total, sorted(columns), exchanges, report_years())


# Open data: partnerships as Wikidata "twinned administrative body" (P190) ---------------------


def wikidata_time(day: dt.date | None, year: int | None) -> str:
    """A date in Wikidata's time notation, with precision 11 (day) or 9 (year)."""
    if day is not None:
        return f"+{day:%Y-%m-%d}T00:00:00Z/11"
    if year is not None:
        return f"+{year:04d}-00-00T00:00:00Z/9"
    return ""


def partnership_records(site: Site | None = None) -> dict:
    """Every published partnership, shaped after a P190 statement with start and end time."""

    site = site or Site.objects.filter(is_default_site=True).first()
    settings = city_settings_for_site(site) if site else None
    subject = {
        "label": settings.city_name if settings else "",
        "wikidata_id": (settings.wikidata_id or None) if settings else None,
    }
    records = []
    for city in live_cities():
        ended = city.status == PartnershipStatus.ENDED
        end_on = city.status_since if ended else None
        records.append(
            {
                "subject_label": subject["label"],
                "subject_wikidata_id": subject["wikidata_id"],
                "property": "P190",
                "partner_label": city.title,
                "partner_local_name": city.local_name,
                "partner_wikidata_id": city.wikidata_id or None,
                "partner_country_code": city.country_code,
                "partner_latitude": city.latitude,
                "partner_longitude": city.longitude,
                "partnership_type": city.partnership_type,
                "status": city.status,
                "status_since": city.status_since,
                "start_time": city.began_on.isoformat()
                if city.began_on
                else (str(city.began_year) if city.began_year else None),
                "start_time_wikidata": wikidata_time(city.began_on, city.began_year) or None,
                "end_time": end_on.isoformat() if end_on else None,
                "end_time_wikidata": wikidata_time(end_on, None) or None,
                "url": city.url or "",
            }
        )
    return {"subject": subject, "property": "P190", "partnerships": records}
