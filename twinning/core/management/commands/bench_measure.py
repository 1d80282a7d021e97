"""Measures the current database: search latency and whether page queries grow with the archive."""

import json

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from twinning.news.models import PressReleasePage
from twinning.search.bench import bench_search


def query_count(client: Client, url: str) -> int:
    client.get(url)  # renditions and caches warm
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(ctx.captured_queries)


class Command(BaseCommand):
    help = "Misst Suchlatenz und Abfragezahl der Seiten und gibt JSON aus (für make bench)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--repeat", type=int, default=5)

    def handle(self, *args, repeat: int, **options) -> None:
        search = bench_search(repeat=repeat)
        release = PressReleasePage.objects.live().order_by("-published_at").first()
        with override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["*"]):
            client = Client()
            queries = {
                "archive": query_count(client, "/presse/"),
                "archive_filtered": query_count(client, "/presse/?thema=kultur&seite=2"),
                "release": query_count(client, release.url),
            }
        self.stdout.write(
            json.dumps(
                {
                    "releases": PressReleasePage.objects.live().count(),
                    "search_p50_ms": search["p50_ms"],
                    "search_p95_ms": search["p95_ms"],
                    "search_max_ms": search["max_ms"],
                    "slowest": search["slowest"],
                    "queries": queries,
                }
            )
        )
