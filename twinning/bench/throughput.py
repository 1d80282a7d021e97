"""Page throughput against the real server: each page type cold (page cache off) and warm (page
cache on), the bakerydemo blog post beside the cold release page, and the ceilings (a trivial
WSGI app and nginx with the release page's bytes) beside the warm one."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from twinning.bench.anchor import Anchor
from twinning.bench.load import (
    LoadError,
    LoadResult,
    fetch,
    mean,
    rotation_script,
    run_wrk,
    warm_up,
)
from twinning.bench.servers import VAR, Server, nginx_server, trivial_server, twinning_server

WARM_CACHE_SECONDS = 300  # the production default; long enough for any run
PASSES = 2


@dataclass
class PageLoad:
    cold: LoadResult | None = None
    warm: LoadResult | None = None
    cache_header: str = ""  # X-Page-Cache of the warm server's answer after warming
    errors: list[str] = field(default_factory=list)


def load_each(
    server: Server,
    urls: dict[str, str | list[str]],
    script: Path,
    results: dict[str, PageLoad],
    warm: bool,
) -> None:
    """Each page type under wrk; a list of URLs is asked for in turn (``rotation_script``)."""
    for kind, url in urls.items():
        page = results.setdefault(kind, PageLoad())
        try:
            if isinstance(url, list):
                url, page_script = url[0], rotation_script(script.parent, kind, url)
            else:
                page_script = script
            answer = warm_up(server.base + url, page_script)
            outcome = run_wrk(server.base + url, page_script)
        except LoadError as exc:
            page.errors.append(str(exc))
            continue
        if warm:
            page.warm = outcome
            page.cache_header = answer.header("X-Page-Cache")
        else:
            page.cold = outcome


def measure_pages(
    name: str,
    db_url: str,
    urls: dict[str, str | list[str]],
    script: Path,
    beside_cold: Callable[[Server], None] | None = None,
    beside_warm: Callable[[Server], None] | None = None,
) -> dict[str, PageLoad]:
    """Every page cold, then warm, each on a freshly started server with an empty cache."""
    results: dict[str, PageLoad] = {}
    cache_dir = VAR / f"cache-{name}"
    for warm in (False, True):
        shutil.rmtree(cache_dir, ignore_errors=True)
        seconds = WARM_CACHE_SECONDS if warm else 0
        label = f"{name}-{'warm' if warm else 'kalt'}"
        try:
            with twinning_server(label, db_url, seconds, cache_dir) as server:
                load_each(server, urls, script, results, warm)
                extra = beside_warm if warm else beside_cold
                if extra:
                    extra(server)
        except RuntimeError as exc:  # the server did not start or died: the table says so
            for kind in urls:
                results.setdefault(kind, PageLoad()).errors.append(str(exc)[:300])
    return results


def alternate(targets: dict[str, str], script: Path) -> dict[str, list[LoadResult]]:
    """Targets loaded in turn (A B A B …), so drift on the machine hits all of them alike."""
    for url in targets.values():
        warm_up(url, script)
    runs: dict[str, list[LoadResult]] = {name: [] for name in targets}
    for _ in range(PASSES):
        for name, url in targets.items():
            runs[name].append(run_wrk(url, script))
    return runs


def compare_anchor(server: Server, release_url: str, anchor: Anchor, blog_url: str, script: Path):
    """Twinning's release page (cold server) and bakerydemo's blog post, alternated."""
    with anchor.server() as bakery:
        return alternate(
            {"twinning": server.base + release_url, "bakerydemo": bakery.base + blog_url}, script
        )


def compare_ceilings(server: Server, release_url: str, script: Path) -> dict:
    """The warm release page, the same bytes from a trivial WSGI app under the same server
    command, and from nginx as a static file; alternated, each the mean of the passes."""
    body = fetch(server.base + release_url).body
    body_file = VAR / "www" / "release.html"
    body_file.parent.mkdir(parents=True, exist_ok=True)
    body_file.write_bytes(body)
    with trivial_server(body_file) as trivial, nginx_server(body_file) as nginx:
        if fetch(nginx.base + "/release.html").body != body or fetch(trivial.base).body != body:
            raise LoadError("nginx oder die triviale App liefert andere Bytes als die Meldung")
        runs = alternate(
            {
                "twinning": server.base + release_url,
                "trivial": trivial.base + "/",
                "nginx": nginx.base + "/release.html",
            },
            script,
        )
    return {"bytes": len(body), **{name: mean(results) for name, results in runs.items()}}
