"""Imports PATH with --publish and prints items, seconds, items/s and peak memory as JSON."""

import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand

from twinning.importer.ahead import peak_rss_mb
from twinning.importer.services import Importer, ImportOptions


class Command(BaseCommand):
    help = "Misst den Import einer Datei oder eines Ordners (für make bench)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options) -> None:
        statuses: dict[str, int] = {}

        def emit(item: dict) -> None:
            statuses[item["status"]] = statuses.get(item["status"], 0) + 1

        start = time.perf_counter()
        importer = Importer(ImportOptions(publish=True), emit)
        counts = importer.run([path])
        seconds = time.perf_counter() - start
        size = (
            path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in path.iterdir())
        )
        self.stdout.write(
            json.dumps(
                {
                    "items": counts.total,
                    "created": counts.created,
                    "rejected": counts.rejected,
                    "seconds": round(seconds, 2),
                    "per_second": round(counts.total / seconds, 1),
                    "input_mb": round(size / 1e6, 1),
                    "peak_rss_mb": peak_rss_mb(),
                    # The linking helper's own peak (pages shared with this process counted).
                    "helper_peak_rss_mb": importer.helper_peak_mb,
                }
            )
        )
