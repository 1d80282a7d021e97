"""Import throughput for ``make bench``: JSON Lines and HTML pages, end to end with database writes.

Each measurement runs in its own process (``manage.py bench_import``) so that its peak memory
is its own; two JSON Lines files of different sizes show whether memory stays flat.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from pathlib import Path

from twinning.importer.parsing.bench import _html, _jsonl

JSONL_SIZES = tuple(int(n) for n in os.environ.get("BENCH_IMPORT_SIZES", "5000,20000").split(","))
HTML_PAGES = int(os.environ.get("BENCH_IMPORT_HTML", "1000"))


def write_inputs(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for size in JSONL_SIZES:
        path = folder / f"archiv-{size}.jsonl"
        if not path.exists():
            path.write_bytes(_jsonl(size, random.Random(size)))
        paths[f"jsonl-{size}"] = path
    html_dir = folder / "html"
    if not html_dir.exists():
        html_dir.mkdir()
        rng = random.Random(3)
        for number in range(HTML_PAGES):
            (html_dir / f"meldung-{number:05d}.html").write_bytes(_html(number, rng))
    paths["html"] = html_dir
    return paths


def run_import_bench(manage: Callable[..., str], fresh_db: Callable[[], str]) -> list[dict]:
    """Rows for the benchmark table; ``manage(db_url, *args, capture=True)`` runs a command."""
    root = Path(__file__).resolve().parent.parent.parent
    inputs = write_inputs(root / "var" / "bench-import")
    rows = []
    for label, path in inputs.items():
        db = fresh_db()
        manage(db, "migrate", "--noinput", "-v0")
        manage(db, "load_demo", capture=True)
        out = manage(db, "bench_import", str(path), capture=True)
        rows.append({"input": label, **json.loads(out.strip().splitlines()[-1])})
    return rows
