"""Imports PATH with --publish and prints items, seconds, items/s and peak memory as JSON."""

import json
import resource
import time
from pathlib import Path

from django.core.management.base import BaseCommand

from twinning.importer.services import ImportOptions, run_import


def peak_rss_mb() -> float:
    """This process's own peak resident memory, read by the process itself at its end.

    ``VmHWM`` belongs to the memory image made at exec. ``ru_maxrss`` of RUSAGE_SELF is not
    enough on Linux: exec carries the parent's high-water mark over into the child, so a child
    of a big parent reports at least the parent's peak. ``ru_maxrss`` is the fallback elsewhere.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class Command(BaseCommand):
    help = "Misst den Import einer Datei oder eines Ordners (für make bench)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options) -> None:
        statuses: dict[str, int] = {}

        def emit(item: dict) -> None:
            statuses[item["status"]] = statuses.get(item["status"], 0) + 1

        start = time.perf_counter()
        counts = run_import([path], ImportOptions(publish=True), emit)
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
                }
            )
        )
