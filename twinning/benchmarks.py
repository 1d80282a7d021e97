"""`make bench`: builds archives of 10,000 and 100,000 releases on SQLite and PostgreSQL and
prints search latency, page query counts and generation speed as a table.

Each database is made fresh; sizes grow in place (10k, then 90k more) to save time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "10000,100000").split(",")]
PG_ADMIN = os.environ.get("PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PG_BENCH = os.environ.get("PG_BENCH_URL", "postgres://postgres@127.0.0.1:5432/twinning_bench")
TARGET_P95_MS = 50.0


def manage(db_url: str, *args: str, capture: bool = False) -> str:
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
        print(f"PostgreSQL nicht erreichbar ({exc}); übersprungen.", file=sys.stderr)
        return None
    return PG_BENCH


def bench_database(label: str, db_url: str) -> list[dict]:
    manage(db_url, "migrate", "--noinput", "-v0")
    manage(db_url, "load_demo", capture=True)
    rows = []
    have = 0
    for size in SIZES:
        start = time.perf_counter()
        manage(db_url, "generate_releases", str(size - have), capture=True)
        seconds = time.perf_counter() - start
        rate = (size - have) / seconds
        have = size
        measured = json.loads(
            manage(db_url, "bench_measure", capture=True).strip().splitlines()[-1]
        )
        rows.append({"db": label, "size": size, "gen_per_s": rate, **measured})
        print(f"  {label} {size}: {json.dumps(measured)}", file=sys.stderr)
    return rows


def main() -> int:
    rows = []
    import_rows: list[dict] = []
    rows += bench_database("SQLite", fresh_sqlite())
    pg = fresh_postgres()
    if pg:
        rows += bench_database("PostgreSQL", pg)
    try:
        from twinning.importer.bench import run_import_bench
    except ImportError:
        pass
    else:
        import_rows = run_import_bench(manage, fresh_sqlite)
    print()
    print(
        "| Datenbank | Meldungen | Erzeugen/s | Suche p50 ms | Suche p95 ms | Ziel p95 ≤ 50 ms | SQL Archiv | SQL Archiv gefiltert | SQL Meldung |"
    )
    print("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
    for r in rows:
        ok = "ja" if r["search_p95_ms"] <= TARGET_P95_MS else "NEIN"
        q = r["queries"]
        print(
            f"| {r['db']} | {r['size']:,} | {r['gen_per_s']:,.0f} | {r['search_p50_ms']:.1f} | {r['search_p95_ms']:.1f} | {ok} "
            f"| {q['archive']} | {q['archive_filtered']} | {q['release']} |"
        )
    if import_rows:
        print()
        print("| Import | Meldungen | Datei MB | Sekunden | Meldungen/s | Ziel | Spitzen-RSS MB |")
        print("| --- | ---: | ---: | ---: | ---: | --- | ---: |")
        for r in import_rows:
            target = 100 if r["input"] == "html" else 500
            ok = "ja" if r["per_second"] >= target else "NEIN"
            print(
                f"| {r['input']} | {r['items']:,} | {r['input_mb']} | {r['seconds']} | {r['per_second']:,.0f} "
                f"| ≥ {target}/s: {ok} | {r['peak_rss_mb']} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
