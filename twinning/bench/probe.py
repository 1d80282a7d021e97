"""One page measured in-process with Django's test client: SQL queries, server time and CPU
per request.

Stand-alone on purpose (it imports nothing of Twinning): ``python probe.py --url /x/`` runs in
any Django project's environment with its DJANGO_SETTINGS_MODULE, so the same code measures
Twinning and Wagtail's demo site each in its own virtual environment. `bench_measure`
imports the functions.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Sequence

HOST = "127.0.0.1"  # an allowed host in both projects' bench settings


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of ``values`` (0.0 for none)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def get_ok(client, url: str):
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} antwortet {response.status_code}, nicht 200")
    return response


def query_count(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        get_ok(client, url)
    return len(ctx.captured_queries)


def server_times(client, url: str, count: int, budget_seconds: float = 120) -> dict:
    """p50/p95 wall time of ``count`` requests after one warm-up (fewer if the budget runs out)."""
    get_ok(client, url)
    times: list[float] = []
    deadline = time.perf_counter() + budget_seconds
    while len(times) < count and time.perf_counter() < deadline:
        start = time.perf_counter()
        get_ok(client, url)
        times.append((time.perf_counter() - start) * 1000)
    return {
        "p50_ms": round(percentile(times, 0.50), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "n": len(times),
    }


def cpu_per_request(client, url: str, count: int) -> dict:
    """CPU time (this process: Python, templates, an SQLite database) and wall time per request."""
    get_ok(client, url)
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    for _ in range(count):
        get_ok(client, url)
    return {
        "cpu_ms": round((time.process_time() - cpu_start) * 1000 / count, 2),
        "wall_ms": round((time.perf_counter() - wall_start) * 1000 / count, 2),
        "n": count,
    }


def first_live_url(model_label: str) -> str:
    """URL of the first live page of a page model (``app_label.ModelName``), in tree order."""
    from django.apps import apps

    model = apps.get_model(model_label)
    page = model.objects.live().public().order_by("path").first()
    if page is None:
        raise RuntimeError(f"keine veröffentlichte Seite vom Typ {model_label}")
    return page.get_url()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Misst eine Seite im Prozess.")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--url")
    target.add_argument("--page-model", help="app_label.ModelName: erste veröffentlichte Seite")
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args(argv)

    sys.path.insert(0, os.getcwd())  # the project to measure is the working directory
    import django

    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST=HOST)
    url = args.url or first_live_url(args.page_model)
    first = query_count(client, url)  # the process's first request: caches still empty
    steady = [query_count(client, url) for _ in range(3)]
    body = get_ok(client, url).content
    result = {
        "url": url,
        "bytes": len(body),
        "first_queries": first,
        "queries": statistics.median_low(steady),
        **cpu_per_request(client, url, args.requests),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
