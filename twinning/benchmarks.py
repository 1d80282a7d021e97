"""`make bench`: Twinning at demo size and at BENCH_SIZES releases on SQLite and PostgreSQL,
measured against the real server and beside its anchors; prints markdown tables.

Per database and size: SQL queries and server time of each page type in-process, search
latency, then each page type under wrk against gunicorn as `make run` serves it, page cache off
and on. At SQLite demo size also Wagtail's demo site (bakerydemo) beside the release page and
the ceilings (a trivial WSGI app, nginx) beside the cached one. Then the import rate.
Each database is made fresh; sizes grow in place. See twinning/bench/ for the parts.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from twinning.bench import anchor as anchors
from twinning.bench.load import LoadError, mean, report_script
from twinning.bench.report import Results, SizeRun, render
from twinning.bench.servers import VAR, Server, serving_env
from twinning.bench.throughput import compare_anchor, compare_ceilings, measure_pages

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "100000").split(",") if s.strip()]
DATABASES = os.environ.get("BENCH_DATABASES", "sqlite,postgresql").split(",")
PG_ADMIN = os.environ.get("PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PG_BENCH = os.environ.get("PG_BENCH_URL", "postgres://postgres@127.0.0.1:5432/twinning_bench")
CPU_REQUESTS = 200


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def manage(db_url: str, *args: str, capture: bool = False) -> str:
    """A management command with the bench settings (data setup: migrate, demo, generation)."""
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "DJANGO_SETTINGS_MODULE": "twinning.settings.bench",
    }
    result = subprocess.run(
        [PY, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout or ""


def serving(db_url: str, *argv: str) -> str:
    """A command under the settings the server runs with, page cache off (in-process measuring)."""
    cache_dir = VAR / "cache-measure"
    shutil.rmtree(cache_dir, ignore_errors=True)
    result = subprocess.run(
        [PY, *argv],
        cwd=ROOT,
        env=serving_env(db_url, 0, cache_dir),
        check=True,
        text=True,
        stdout=subprocess.PIPE,
    )
    return result.stdout


def last_json(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


def fresh_sqlite() -> str:
    path = ROOT / "var" / "bench.sqlite3"
    path.parent.mkdir(exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def fresh_postgres() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3) as conn:
            name = PG_BENCH.rsplit("/", 1)[1]
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # no server: the table says so
        log(f"PostgreSQL nicht erreichbar ({exc}); übersprungen.")
        return None
    return PG_BENCH


class AnchorRun:
    """The comparison with bakerydemo, made once (SQLite, demo size) beside the cold server."""

    def __init__(self, results: Results, anchor: anchors.Anchor | None, db_label: str):
        self.results = results
        self.anchor = anchor
        self.db_label = db_label
        self.probes: dict[str, dict] = {}

    def probe(self, db_url: str, release_url: str) -> None:
        """CPU per request in-process for both, while no server is under load."""
        if self.anchor is None:
            return
        try:
            self.probes["bakerydemo"] = self.anchor.probe(CPU_REQUESTS)
            probe = "twinning/bench/probe.py"
            args = ["--url", release_url, "--requests", str(CPU_REQUESTS)]
            self.probes["twinning"] = last_json(serving(db_url, probe, *args))
        except (anchors.AnchorUnavailable, subprocess.SubprocessError, ValueError) as exc:
            self.fail(f"In-Prozess-Messung gescheitert: {exc}")

    def beside_cold(self, release_url: str, script: Path) -> Callable[[Server], None]:
        def run(server: Server) -> None:
            if self.anchor is None or len(self.probes) < 2:
                return
            log("  bakerydemo-Blogbeitrag und Meldung abwechselnd …")
            blog_url = self.probes["bakerydemo"]["url"]
            try:
                runs = compare_anchor(server, release_url, self.anchor, blog_url, script)
            except (LoadError, RuntimeError) as exc:
                self.fail(str(exc))
                return
            self.results.anchor_db = self.db_label
            self.results.anchor = {
                name: {"runs": runs[name], "mean": mean(runs[name]), "probe": self.probes[name]}
                for name in ("twinning", "bakerydemo")
            }

        return run

    def fail(self, reason: str) -> None:
        self.anchor = None
        self.results.anchor_error = reason
        log(f"  Anker: {reason}")


def ceilings_beside(results: Results, release_url: str, script: Path):
    def run(server: Server) -> None:
        log("  Obergrenzen: triviale WSGI-App und nginx …")
        try:
            results.ceilings = compare_ceilings(server, release_url, script)
        except (LoadError, RuntimeError, OSError) as exc:
            results.ceilings_error = str(exc)
            log(f"  Obergrenzen: {exc}")

    return run


def bench_database(
    label: str, db_url: str, results: Results, anchor_run: AnchorRun | None, script: Path
) -> None:
    manage(db_url, "migrate", "--noinput", "-v0")
    manage(db_url, "load_demo", capture=True)
    have = 0
    for size in [None, *SIZES]:  # None: the demo data alone
        rate = None
        if size is not None:
            start = time.perf_counter()
            manage(db_url, "generate_releases", str(size - have), capture=True)
            rate = (size - have) / (time.perf_counter() - start)
            have = size
        log(f"{label}, {size or 'Demo'}: Messung im Prozess …")
        measured = last_json(serving(db_url, "manage.py", "bench_measure"))
        urls = {
            kind: page.get("urls") or page["url"]
            for kind, page in measured["pages"].items()
            if not page.get("no_load")
        }
        release_url = urls.get("release", "")
        beside_cold = beside_warm = None
        if size is None and anchor_run is not None and release_url:
            anchor_run.probe(db_url, release_url)
            beside_cold = anchor_run.beside_cold(release_url, script)
            beside_warm = ceilings_beside(results, release_url, script)
        log(f"{label}, {measured['releases']:,} Meldungen: Last mit wrk …")
        name = f"{label.lower()}-{size or 'demo'}"
        loads = measure_pages(name, db_url, urls, script, beside_cold, beside_warm)
        results.runs.append(SizeRun(label, measured["releases"], rate, measured, loads))


def prepare_anchor(results: Results) -> anchors.Anchor | None:
    try:
        return anchors.prepare(log)
    except anchors.AnchorUnavailable as exc:
        results.anchor_error = str(exc)
        log(f"bakerydemo nicht verfügbar: {exc}")
        return None


def main() -> int:
    results = Results(started=dt.datetime.now().astimezone())
    script = report_script(VAR)
    anchor = prepare_anchor(results)
    log("collectstatic für die Produktions-Einstellungen …")
    serving("sqlite:///:memory:", "manage.py", "collectstatic", "--noinput", "-v0")
    if os.environ.get("BENCH_IMPORT", "1") != "0":
        # First, on a quiet machine: measured after the 100,000-release phases, while the
        # database server may still be vacuuming them, it gave 452/s; alone, 511/s.
        from twinning.importer.bench import run_import_bench

        log("Import …")
        results.imports = run_import_bench(manage, fresh_sqlite)
    log("Ortsnamen der Suche …")
    results.places = json.loads(
        manage(fresh_sqlite(), "bench_places", capture=True).strip().splitlines()[-1]
    )
    first = True
    for database in DATABASES:
        db_url = fresh_sqlite() if database == "sqlite" else fresh_postgres()
        if db_url is None:
            results.notes.append("PostgreSQL nicht erreichbar: nicht gemessen")
            continue
        label = "SQLite" if database == "sqlite" else "PostgreSQL"
        anchor_run = AnchorRun(results, anchor, label) if first else None
        bench_database(label, db_url, results, anchor_run, script)
        first = False
    table = render(results)
    (VAR / "report.md").write_text(table)
    (VAR / "results.json").write_text(json.dumps(asdict(results), default=str, indent=1))
    print()
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
