"""The tables `make bench` prints (markdown, German headings), each target marked ja/NEIN."""

from __future__ import annotations

import datetime as dt
import platform
import sqlite3
import subprocess
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from twinning.bench.load import CONNECTIONS, THREADS, WRK_SECONDS, LoadResult
from twinning.bench.servers import WORKERS, procfile_web
from twinning.bench.throughput import PageLoad

PAGE_LABELS = {
    "home": "Startseite",
    "archive": "Archiv",
    "archive_filtered": "Archiv, Filter Partnerstadt",
    "archive_all_filters": "Archiv, Filter Jahr + Partnerstadt + Thema",
    "archive_page_50": "Archiv Seite 50",
    "archive_combinations": "Archiv, 200 Filterkombinationen im Wechsel (im Prozess je einmal)",
    "archive_after_publish": "Archiv, erste Anfrage nach einer Veröffentlichung (Zählungen vom Worker)",
    "release": "Meldung (meiste Partnerstädte)",
    "city": "Partnerstadt",
    "event": "Termin",
    "feed": "RSS-Feed",
    "api": "API-Liste",
}
MAX_QUERIES = 10
MAX_P95_MS = 50.0
MIN_NGINX_SHARE = 25.0
MIN_ANCHOR_SPEEDUP = 2.0
MAX_CPU_RATIO = 0.5
SEARCH_P95_MS = 50.0


@dataclass
class SizeRun:
    db: str
    releases: int
    gen_per_s: float | None
    measured: dict
    loads: dict[str, PageLoad] = field(default_factory=dict)


@dataclass
class Results:
    started: dt.datetime
    runs: list[SizeRun] = field(default_factory=list)
    ceilings: dict | None = None
    ceilings_error: str = ""
    anchor: dict | None = None  # {"twinning": {...}, "bakerydemo": {...}}
    anchor_db: str = ""
    anchor_error: str = ""
    imports: list[dict] = field(default_factory=list)
    places: dict | None = None
    notes: list[str] = field(default_factory=list)


def ok(condition: bool) -> str:
    return "ja" if condition else "NEIN"


def num(value: float | None, digits: int = 0) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def machine() -> str:
    try:
        cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        cores = "?"
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cores} Kerne (nproc), {model}"


def header(results: Results) -> list[str]:
    versions = ", ".join(
        f"{name} {version(name)}"
        for name in ("Django", "wagtail", "granian", "gunicorn", "psycopg")
    )
    return [
        f"## make bench, {results.started:%Y-%m-%d %H:%M %Z}",
        "",
        f"- Rechner: {machine()}; Python {platform.python_version()}, {versions}, "
        f"SQLite {sqlite3.sqlite_version}",
        f"- Last: `wrk -t{THREADS} -c{CONNECTIONS} -d{WRK_SECONDS}s --latency` (Debian), jede "
        "Seite vorher aufgewärmt; nur 127.0.0.1",
        f"- Server: `{procfile_web()}` mit {WORKERS} Workern und den Einstellungen von "
        "`make run` (Produktion); kalt = Seiten-Cache aus (PAGE_CACHE_SECONDS=0), "
        "warm = Seiten-Cache an",
        *[f"- {note}" for note in results.notes],
    ]


def page_table(results: Results) -> list[str]:
    nginx = results.ceilings["nginx"].requests_per_s if results.ceilings else None
    trivial = results.ceilings["trivial"].requests_per_s if results.ceilings else None
    lines = [
        "### Seitendurchsatz (Server aus dem Procfile unter wrk)",
        "",
        "| Datenbank | Meldungen | Seite | SQL | Ziel ≤ 10 SQL | kalt Anfr./s | kalt p50 ms "
        "| kalt p95 ms | warm Anfr./s | warm p50 ms | warm p95 ms | Cache | warm % nginx "
        "| warm % WSGI-Decke | Ziel ≥ 25 % nginx |",
        "| --- | ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: "
        "| ---: | --- |",
    ]
    for run in results.runs:
        for kind, label in PAGE_LABELS.items():
            page = run.measured["pages"].get(kind)
            if page is None or page.get("no_load"):
                continue
            load = run.loads.get(kind, PageLoad())
            cold, warm = load.cold, load.warm
            share = warm.requests_per_s / nginx * 100 if warm and nginx else None
            of_trivial = warm.requests_per_s / trivial * 100 if warm and trivial else None
            lines.append(
                f"| {run.db} | {run.releases:,} | {label} | {page['queries']} "
                f"| {ok(page['queries'] <= MAX_QUERIES)} "
                f"| {rate(cold)} | {ms(cold, 'p50_ms')} | {ms(cold, 'p95_ms')} "
                f"| {rate(warm)} | {ms(warm, 'p50_ms')} | {ms(warm, 'p95_ms')} "
                f"| {load.cache_header or '—'} | {num(share, 1)} | {num(of_trivial, 1)} "
                f"| {cache_verdict(kind, share)} |"
            )
    if any("archive_combinations" in run.measured["pages"] for run in results.runs):
        lines += [
            "",
            "Filterkombinationen: warm wird jede der 200 beim ersten Abruf erst gerechnet und "
            "dann aus dem Cache geliefert; die Zeile zeigt, dass das Archiv jede Kombination "
            "unter Last beantwortet, und hat kein Ziel für den Anteil an nginx.",
        ]
    errors = [
        f"- {run.db} {run.releases:,} {PAGE_LABELS[kind]}: {error}"
        for run in results.runs
        for kind, load in run.loads.items()
        for error in load.errors
    ]
    return lines + ([""] + errors if errors else [])


def cache_verdict(kind: str, share: float | None) -> str:
    if kind == "archive_combinations":  # many first requests, not a cached page
        return "—"
    return ok(share is not None and share >= MIN_NGINX_SHARE)


def rate(result: LoadResult | None) -> str:
    if result is None:
        return "—"
    text = num(result.requests_per_s, 1 if result.requests_per_s < 100 else 0)
    return f"{text} ({result.errors:,} Fehler)" if result.errors else text


def ms(result: LoadResult | None, attribute: str) -> str:
    return "—" if result is None else num(getattr(result, attribute), 1)


def server_time_table(results: Results) -> list[str]:
    lines = [
        "### Serverzeit im Prozess (Seiten-Cache aus, Django-Testclient)",
        "",
        "| Datenbank | Meldungen | Seite | p50 ms | p95 ms | Anfragen | Ziel p95 ≤ 50 ms |",
        "| --- | ---: | --- | ---: | ---: | ---: | --- |",
    ]
    for run in results.runs:
        for kind, label in PAGE_LABELS.items():
            page = run.measured["pages"].get(kind)
            if page is None:
                continue
            # Once per publish and process, not a page type with a target: said, not judged.
            verdict = (
                "— (einmal je Veröffentlichung)"
                if kind == "archive_after_publish"
                else ok(page["p95_ms"] <= MAX_P95_MS)
            )
            lines.append(
                f"| {run.db} | {run.releases:,} | {label} | {page['p50_ms']:.1f} "
                f"| {page['p95_ms']:.1f} | {page['n']} | {verdict} |"
            )
    workers = [
        f"{run.db} {run.releases:,}: {run.measured['pages']['archive_after_publish']['worker_p50_ms']:,.0f} ms"
        for run in results.runs
        if "worker_p50_ms" in run.measured["pages"].get("archive_after_publish", {})
    ]
    if workers:
        lines += [
            "",
            "Die Filterzählungen des Archivs rechnet nach jeder Veröffentlichung der Worker neu "
            "(p50): " + "; ".join(workers) + ".",
        ]
    return lines


def ceilings_table(results: Results) -> list[str]:
    lines = ["### Obergrenzen (gleiche Bytes wie die Meldungsseite)", ""]
    if not results.ceilings:
        return lines + [f"nicht verfügbar: {results.ceilings_error or 'nicht gemessen'}"]
    c = results.ceilings
    nginx = c["nginx"].requests_per_s
    lines += [
        f"{c['bytes']:,} Bytes; je zwei Läufe abwechselnd, Mittelwert.",
        "",
        "| Server | Anfr./s | p50 ms | p95 ms | % von nginx |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    rows = (
        ("nginx, statische Datei, 2 Worker-Prozesse", c["nginx"]),
        ("triviale WSGI-App, gleicher Server-Befehl", c["trivial"]),
        ("Twinning Meldung, Seiten-Cache an", c["twinning"]),
    )
    for label, result in rows:
        lines.append(
            f"| {label} | {rate(result)} | {result.p50_ms:.1f} | {result.p95_ms:.1f} "
            f"| {result.requests_per_s / nginx * 100:.1f} |"
        )
    return lines


def anchor_table(results: Results) -> list[str]:
    lines = ["### Anker: bakerydemo-Blogbeitrag (gleiche Django- und Wagtail-Version)", ""]
    if not results.anchor:
        return lines + [f"nicht verfügbar: {results.anchor_error or 'nicht gemessen'}"]
    a, a_db = results.anchor, results.anchor_db
    lines += [
        f"Twinning auf {a_db}, Demo-Daten; bakerydemo auf SQLite; wrk abwechselnd A B A B. "
        f"CPU: {a['twinning']['probe']['n']} Anfragen mit dem Django-Testclient in einem "
        "eigenen Prozess je Projekt (time.process_time).",
        "",
        "| Seite | Anfr./s Lauf 1 | Anfr./s Lauf 2 | Anfr./s Mittel | p50 ms | SQL | SQL erste "
        "Anfrage | CPU ms/Anfrage |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, label in (
        ("twinning", "Twinning Meldung, Seiten-Cache aus"),
        ("bakerydemo", "bakerydemo Blogbeitrag, ungecacht"),
    ):
        runs, probe = a[name]["runs"], a[name]["probe"]
        both = " | ".join(rate(r) for r in runs[:2])
        lines.append(
            f"| {label} | {both} | {num(a[name]['mean'].requests_per_s, 1)} "
            f"| {a[name]['mean'].p50_ms:.1f} | {probe['queries']} | {probe['first_queries']} "
            f"| {probe['cpu_ms']:.1f} |"
        )
    speedup = a["twinning"]["mean"].requests_per_s / a["bakerydemo"]["mean"].requests_per_s
    cpu = a["twinning"]["probe"]["cpu_ms"] / a["bakerydemo"]["probe"]["cpu_ms"]
    lines += [
        "",
        "| Verhältnis Twinning ÷ bakerydemo | Wert | Ziel | erreicht |",
        "| --- | ---: | --- | --- |",
        f"| Anfragen/s | {speedup:.2f}× | ≥ {MIN_ANCHOR_SPEEDUP:.0f}× "
        f"| {ok(speedup >= MIN_ANCHOR_SPEEDUP)} |",
        f"| CPU je Anfrage | {cpu:.2f} | ≤ {MAX_CPU_RATIO} | {ok(cpu <= MAX_CPU_RATIO)} |",
    ]
    return lines


def search_table(results: Results) -> list[str]:
    lines = [
        "### Suche und Abfragen",
        "",
        "| Datenbank | Meldungen | Erzeugen/s | Suche p50 ms | Suche p95 ms | Ziel p95 ≤ 50 ms "
        "| SQL Archiv | SQL Archiv gefiltert | SQL Meldung |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for run in results.runs:
        m, pages = run.measured, run.measured["pages"]

        def queries(kind: str, pages: dict = pages) -> str:
            return str(pages[kind]["queries"]) if kind in pages else "—"

        lines.append(
            f"| {run.db} | {run.releases:,} | {num(run.gen_per_s)} | {m['search_p50_ms']:.1f} "
            f"| {m['search_p95_ms']:.1f} | {ok(m['search_p95_ms'] <= SEARCH_P95_MS)} "
            f"| {queries('archive')} | {queries('archive_filtered')} | {queries('release')} |"
        )
    return lines


def import_table(results: Results) -> list[str]:
    if not results.imports:
        return []
    lines = [
        "### Import",
        "",
        "| Import | Meldungen | Datei MB | Sekunden | Meldungen/s | Ziel | Spitzen-RSS MB "
        "| Helfer-RSS MB |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |",
    ]
    for r in results.imports:
        target = 100 if r["input"] == "html" else 500
        lines.append(
            f"| {r['input']} | {r['items']:,} | {r['input_mb']} | {r['seconds']} "
            f"| {r['per_second']:,.0f} | ≥ {target}/s: {ok(r['per_second'] >= target)} "
            f"| {r['peak_rss_mb']} | {r.get('helper_peak_rss_mb') or '–'} |"
        )
    return lines


def places_table(results: Results) -> list[str]:
    p = results.places
    if not p:
        return []
    return [
        "### Ortsnamen der Suche (GeoNames)",
        "",
        "| Orte | Schreibweisen | Datei MB | Aufbau s | erste Abfrage ms | je Abfrage ms "
        "| Speicher des Prozesses MB |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {p['places']:,} | {p['names']:,} | {p['file_mb']} | {p['build_s']} "
        f"| {p['first_lookup_ms']} | {p['lookup_ms']} | {p['rss_growth_mb']} |",
    ]


def render(results: Results) -> str:
    parts = [
        header(results),
        page_table(results),
        server_time_table(results),
        ceilings_table(results),
        anchor_table(results),
        search_table(results),
        places_table(results),
        import_table(results),
    ]
    return "\n\n".join("\n".join(part) for part in parts if part) + "\n"
