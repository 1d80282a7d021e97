"""Measures the current database for `make bench`: which URL stands for each page type, its SQL
queries and server time in-process (page cache off), and search latency; prints JSON."""

import json
import os
import random
import time

from django.core.management.base import BaseCommand
from django.db.models import Count
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse

from twinning.bench.probe import HOST, get_ok, percentile, query_count, server_times
from twinning.core.cache import invalidate_pages
from twinning.events.models import EventPage
from twinning.news import selectors as news_selectors
from twinning.news.models import PressArchivePage, PressReleasePage, Topic
from twinning.partnerships.models import PartnerCityPage
from twinning.search.bench import bench_search

DEEP_PAGE = 50
AFTER_PUBLISH_ROUNDS = 5
COMBINATIONS = 200


def page_path(page) -> str:
    """The page's path on its site (the bench talks to 127.0.0.1, not the site's host name)."""
    return page.get_url_parts()[2]


def page_urls() -> dict[str, str | None]:
    """One URL per public page type; the heavy case where there is a choice."""
    releases = PressReleasePage.objects.live().public()
    archive = PressArchivePage.objects.live().public().order_by("path").first()
    city = (
        PartnerCityPage.objects.live()
        .public()
        .annotate(n=Count("press_releases"))
        .order_by("-n", "path")
        .first()
    )
    release = releases.annotate(n=Count("partner_cities")).order_by("-n", "-published_at").first()
    event = EventPage.objects.live().public().order_by("path").first()
    archive_url = page_path(archive) if archive else None
    page_size = getattr(news_selectors, "ARCHIVE_PAGE_SIZE", 12)
    deep = archive_url and releases.count() >= DEEP_PAGE * page_size
    return {
        "home": "/",
        "archive": archive_url,
        "archive_filtered": f"{archive_url}?partnerstadt={city.slug}"
        if archive_url and city
        else None,
        "archive_all_filters": all_filters_url(archive_url, releases, city),
        "archive_page_50": f"{archive_url}?seite={DEEP_PAGE}" if deep else None,
        "release": page_path(release) if release else None,
        "city": page_path(city) if city else None,
        "event": page_path(event) if event else None,
        "feed": reverse("feed_rss"),
        "api": "/api/v1/press-releases/",
    }


def all_filters_url(archive_url: str | None, releases, city) -> str | None:
    """Year, partner city and topic at once: the city with the most releases, its most
    frequent topic, and the year of the newest release with both."""
    if not archive_url or city is None:
        return None
    about_city = releases.filter(partner_cities=city)
    through = PressReleasePage.topics.through.objects.filter(pressreleasepage__in=about_city)
    common = through.values("topic").annotate(n=Count("pk")).order_by("-n", "topic").first()
    if common is None:
        return None
    topic = Topic.objects.get(pk=common["topic"])
    newest = about_city.filter(topics=topic).order_by("-published_at").first()
    if newest is None or newest.published_year is None:
        return None
    return f"{archive_url}?jahr={newest.published_year}&partnerstadt={city.slug}&thema={topic.slug}"


def combination_urls(archive_url: str, count: int = COMBINATIONS) -> list[str]:
    """``count`` different filter combinations as readers and crawlers spread over them: any
    partner city, topic and year the archive offers, alone or together, on the first pages or
    further back, many of them matching few releases or none. A fixed sample (same seed)."""
    from twinning.news.facets import facet_counts

    cities, topics = (sorted(ids) for ids in news_selectors.filter_ids())
    years = sorted(y for y in facet_counts().years if y)
    rng = random.Random(2026)
    urls: list[str] = []
    for _ in range(count * 50):
        params = {
            "partnerstadt": rng.choice(cities) if cities and rng.random() < 0.6 else "",
            "thema": rng.choice(topics) if topics and rng.random() < 0.5 else "",
            "jahr": rng.choice(years) if years and rng.random() < 0.5 else "",
            "seite": rng.choice(["", "", "", 2, 5]),
        }
        query = "&".join(f"{name}={value}" for name, value in params.items() if value)
        url = f"{archive_url}?{query}" if query else archive_url
        if url not in urls:
            urls.append(url)
        if len(urls) == count:
            break
    return urls


def each_once(client, urls: list[str]) -> dict:
    """Every URL's server time and queries, the most queries any of them ran. A first pass
    makes each image's renditions (once ever, not per request) and renders the teaser cards,
    which every list shares; nothing is kept per filter combination, so the measured pass
    costs what a combination nobody asked for since the last publish costs."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for url in urls:
        get_ok(client, url)
    times, most = [], 0
    for url in urls:
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            get_ok(client, url)
            times.append((time.perf_counter() - started) * 1000)
        most = max(most, len(ctx.captured_queries))
    return {
        "url": urls[0],
        "urls": urls,
        "queries": most,
        "p50_ms": round(percentile(times, 0.50), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "n": len(times),
    }


def first_after_publish(client, url: str, rounds: int = AFTER_PUBLISH_ROUNDS) -> dict:
    """A reader's first request after a publish. The worker has worked out the archive's
    filter counts for the new generation (``news.tasks``, the task a publish enqueues); what
    each web process keeps per generation (menus, teaser lists) it works out again itself."""
    from twinning.core import memo
    from twinning.news.tasks import prepare_archive_counts

    times, worker = [], []
    for _ in range(rounds):
        invalidate_pages()
        started = time.perf_counter()
        prepare_archive_counts.call()
        worker.append((time.perf_counter() - started) * 1000)
        memo.forget()  # the reader is another process: it has nothing of this generation yet
        started = time.perf_counter()
        get_ok(client, url)
        times.append((time.perf_counter() - started) * 1000)
    invalidate_pages()
    prepare_archive_counts.call()
    memo.forget()
    queries = query_count(client, url)
    return {
        "url": url,
        "queries": queries,
        "p50_ms": round(percentile(times, 0.50), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "n": len(times),
        "worker_p50_ms": round(percentile(worker, 0.50), 1),
        "no_load": True,  # measured here only: under wrk it would be the archive again
    }


class Command(BaseCommand):
    help = "Misst Seiten (SQL, Serverzeit) und Suchlatenz und gibt JSON aus (für make bench)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--repeat", type=int, default=5, help="Runden der Suchmessung")
        parser.add_argument("--requests", type=int, default=50, help="Anfragen je Seitentyp")

    def handle(self, *args, repeat: int, requests: int, **options) -> None:
        search = bench_search(repeat=repeat)
        budget = float(os.environ.get("BENCH_SERVER_TIME_BUDGET", "120"))
        pages: dict[str, dict] = {}
        with override_settings(PAGE_CACHE_SECONDS=0):
            client = Client(HTTP_HOST=HOST)
            for kind, url in page_urls().items():
                if url is None:
                    continue
                client.get(url)  # renditions and caches warm
                pages[kind] = {
                    "url": url,
                    "queries": query_count(client, url),
                    **server_times(client, url, requests, budget),
                }
                self.stderr.write(f"  {kind}: {json.dumps(pages[kind])}")
            if "archive" in pages:
                pages["archive_combinations"] = each_once(
                    client, combination_urls(pages["archive"]["url"])
                )
                self.stderr.write(
                    "  archive_combinations: "
                    + json.dumps(
                        {k: v for k, v in pages["archive_combinations"].items() if k != "urls"}
                    )
                )
                pages["archive_after_publish"] = first_after_publish(
                    client, pages["archive"]["url"]
                )
        self.stdout.write(
            json.dumps(
                {
                    "releases": PressReleasePage.objects.live().count(),
                    "search_p50_ms": search["p50_ms"],
                    "search_p95_ms": search["p95_ms"],
                    "search_max_ms": search["max_ms"],
                    "slowest": search["slowest"],
                    "pages": pages,
                }
            )
        )
