"""Load from Debian's wrk against a server on 127.0.0.1, and what wrk's output says.

wrk's ``--latency`` table stops at 50/75/90/99 %, so a small Lua ``done`` hook prints the
95th percentile (and the error counts) on one line that `parse_wrk` reads.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

THREADS = 2
CONNECTIONS = 16
WRK_SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "10"))
REQUEST_TIMEOUT = "30s"  # slow pages at 100,000 releases must not count as errors
MARKER = "twinning-bench"

REPORT_SCRIPT = f"""-- written by twinning/bench/load.py: one line wrk's own report leaves out
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "{MARKER} requests=%d duration_us=%d p50_us=%d p95_us=%d errors=%d status_errors=%d\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""


class LoadError(RuntimeError):
    """A load run that gives no figure (tool missing, server gone, output unreadable)."""


@dataclass(frozen=True)
class LoadResult:
    requests_per_s: float
    p50_ms: float
    p95_ms: float
    requests: int
    errors: int  # socket errors, timeouts and answers other than 2xx/3xx


@dataclass(frozen=True)
class Fetched:
    status: int
    headers: dict[str, str]  # names in lower case: servers differ in how they spell them
    body: bytes

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def parse_wrk(output: str) -> LoadResult:
    """Read wrk's report plus the line of `REPORT_SCRIPT`."""
    fields: dict[str, int] = {}
    rate: float | None = None
    for line in output.splitlines():
        line = line.strip()
        if line.startswith("Requests/sec:"):
            rate = float(line.split(":", 1)[1])
        elif line.startswith(MARKER + " "):
            for part in line.split()[1:]:
                key, _, value = part.partition("=")
                fields[key] = int(value)
    needed = {"requests", "duration_us", "p50_us", "p95_us", "errors", "status_errors"}
    if not needed <= fields.keys():
        raise LoadError(f"wrk-Ausgabe unvollständig: {output[-500:]!r}")
    if rate is None:
        rate = fields["requests"] / (fields["duration_us"] / 1e6) if fields["duration_us"] else 0.0
    return LoadResult(
        requests_per_s=rate,
        p50_ms=fields["p50_us"] / 1000,
        p95_ms=fields["p95_us"] / 1000,
        requests=fields["requests"],
        errors=fields["errors"] + fields["status_errors"],
    )


def mean(results: list[LoadResult]) -> LoadResult:
    """Several passes of one target as one row (rates and latencies averaged, counts summed)."""
    return LoadResult(
        requests_per_s=statistics.fmean(r.requests_per_s for r in results),
        p50_ms=statistics.fmean(r.p50_ms for r in results),
        p95_ms=statistics.fmean(r.p95_ms for r in results),
        requests=sum(r.requests for r in results),
        errors=sum(r.errors for r in results),
    )


def local_only(url: str) -> str:
    if urlsplit(url).hostname != "127.0.0.1":
        raise ValueError(f"Last nur gegen 127.0.0.1, nicht {url}")
    return url


def wrk_binary() -> str:
    found = shutil.which("wrk")
    if not found:
        raise LoadError("wrk fehlt: apt-get install -y wrk")
    return found


def run_wrk(
    url: str,
    script: Path,
    seconds: int = WRK_SECONDS,
    threads: int = THREADS,
    connections: int = CONNECTIONS,
) -> LoadResult:
    """One bounded wrk run (``-d`` plus a hard timeout on the process)."""
    argv = [
        wrk_binary(),
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "--timeout",
        REQUEST_TIMEOUT,
        "-s",
        str(script),
        local_only(url),
    ]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60)
    except subprocess.TimeoutExpired as exc:
        raise LoadError(f"wrk hat nach {seconds + 60} s nicht aufgehört: {url}") from exc
    if done.returncode != 0:
        raise LoadError(f"wrk ist gescheitert ({done.returncode}): {done.stderr[-500:]}")
    return parse_wrk(done.stdout)


def report_script(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "wrk-report.lua"
    path.write_text(REPORT_SCRIPT)
    return path


def rotation_script(folder: Path, name: str, paths: list[str]) -> Path:
    """A wrk script that asks for ``paths`` in turn (each thread from its own start), with the
    same report line: many URLs under one load, as crawlers and readers spread over filters."""
    for path in paths:
        if not path.startswith("/") or any(c in path for c in '"\\\n'):
            raise LoadError(f"kein Pfad für wrk: {path!r}")
    listed = ",\n".join(f'  "{path}"' for path in paths)
    path = folder / f"wrk-{name}.lua"
    path.write_text(
        f"""-- written by twinning/bench/load.py: {len(paths)} paths in turn
local paths = {{
{listed}
}}
next_path = 0 -- global: setup() gives each thread its own start
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("next_path", threads * 97)
end
request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
"""
        + REPORT_SCRIPT
    )
    return path


def fetch(url: str, timeout: float = 60) -> Fetched:
    request = urllib.request.Request(local_only(url), headers={"User-Agent": "twinning-bench"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Fetched(response.status, _lower(response.headers.items()), response.read())
    except urllib.error.HTTPError as error:
        return Fetched(error.code, _lower(error.headers.items()), error.read())


def _lower(items) -> dict[str, str]:
    return {name.lower(): value for name, value in items}


def warm_up(url: str, script: Path, seconds: int | None = None) -> Fetched:
    """Check the page answers 200, then a short light load so every worker has served it."""
    first = fetch(url)
    if first.status != 200:
        raise LoadError(f"{url} antwortet {first.status}, nicht 200")
    run_wrk(url, script, seconds=seconds or max(1, WRK_SECONDS // 5), threads=1, connections=2)
    return fetch(url)
