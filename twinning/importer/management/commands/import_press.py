"""import_press: old press archives (JSON Lines, plain text, HTML, RSS/Atom) into Twinning.

Exit status: 0 when every item went in, 1 when some were rejected, 2 for bad arguments or
unreadable paths. With ``--report json`` standard output carries one JSON object and nothing
else; progress and the summary line go to standard error.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from twinning.importer.parsing import FORMATS
from twinning.importer.reasons import german_reason
from twinning.importer.services import ImportOptions, run_import


class Command(BaseCommand):
    help = "Importiert Pressemitteilungen aus Dateien, Ordnern oder Zip-Archiven."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--format", choices=FORMATS, default="auto")
        parser.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts speichern")
        parser.add_argument("--report", choices=["json"], help="Bericht als JSON auf stdout")
        parser.add_argument(
            "--publish", action="store_true", help="Meldungen gleich veröffentlichen"
        )

    def handle(
        self,
        *args,
        paths: list[Path],
        format: str,
        dry_run: bool,
        report: str | None,
        publish: bool,
        **options,
    ) -> None:
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"Pfad nicht gefunden: {', '.join(missing)}", returncode=2)
        unreadable = [str(p) for p in paths if p.is_file() and not _readable(p)]
        if unreadable:
            raise CommandError(f"Pfad nicht lesbar: {', '.join(unreadable)}", returncode=2)
        with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
            counts = self._import(paths, ImportOptions(format, dry_run, publish), spool, report)
            summary = (
                f"{'Probelauf: ' if dry_run else ''}{counts.created} neu, {counts.updated} aktualisiert, "
                f"{counts.unchanged} unverändert, {counts.rejected} abgelehnt"
            )
            if report == "json":
                self._write_report(counts, spool)
                self.stderr.write(summary)
            else:
                self.stdout.write(summary)
        if counts.rejected:
            sys.exit(1)

    def _import(self, paths: list[Path], options: ImportOptions, spool, report: str | None):
        """Run the import; report items are spooled to disk so memory stays flat on big files."""
        interactive = sys.stderr.isatty()

        def emit(item: dict) -> None:
            spool.write(json.dumps(item, ensure_ascii=False) + "\n")
            if item["status"] == "rejected" and not report:
                reason = german_reason(item["reason"])
                self.stderr.write(f"abgelehnt: {item['source']}: {reason}")

        def progress(n: int) -> None:
            if interactive and n % 25 == 0:
                sys.stderr.write(f"\r{n} Meldungen verarbeitet …")
                sys.stderr.flush()

        try:
            counts = run_import(paths, options, emit, progress)
        except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
            raise CommandError(str(exc), returncode=2) from exc
        if interactive:
            sys.stderr.write("\r")
        return counts

    def _write_report(self, counts, spool) -> None:
        """One JSON object on stdout: the counts, then the spooled items."""
        head = json.dumps(
            {
                "created": counts.created,
                "updated": counts.updated,
                "unchanged": counts.unchanged,
                "rejected": counts.rejected,
            }
        )
        self.stdout.write(head[:-1] + ', "items": [', ending="")
        spool.seek(0)
        for i, line in enumerate(spool):
            self.stdout.write(("," if i else "") + line.rstrip("\n"), ending="")
        self.stdout.write("]}")


def _readable(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            handle.read(1)
    except OSError:
        return False
    return True
