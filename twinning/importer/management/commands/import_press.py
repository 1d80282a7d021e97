"""import_press: old press archives (JSON Lines, plain text, HTML, RSS/Atom) into Twinning.

Exit status: 0 when every item went in, 1 when some were rejected, 2 for bad arguments or
unreadable paths. With ``--report json`` standard output carries one JSON object and nothing
else; progress and the summary line go to standard error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from twinning.importer.parsing import FORMATS, ParsedItem, parse_path_items
from twinning.importer.parsing.explain import explaining
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
        parser.add_argument(
            "--default-date",
            type=_date_argument,
            metavar="TT.MM.JJJJ",
            help="Datum für Seiten ohne Datum (sonst: Entwurf mit „Datum unbekannt“)",
        )
        parser.add_argument(
            "--date-from-file",
            action="store_true",
            help="Seiten ohne Datum bekommen das Änderungsdatum ihrer Datei",
        )
        parser.add_argument(
            "--explain",
            action="store_true",
            help="nichts importieren: je Feld zeigen, was gewählt wurde, die zweite Wahl und warum",
        )

    def handle(
        self,
        *args,
        paths: list[Path],
        format: str,
        dry_run: bool,
        report: str | None,
        publish: bool,
        default_date: dt.date | None = None,
        date_from_file: bool = False,
        explain: bool = False,
        **options,
    ) -> None:
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"Pfad nicht gefunden: {', '.join(missing)}", returncode=2)
        unreadable = [str(p) for p in paths if p.is_file() and not _readable(p)]
        if unreadable:
            raise CommandError(f"Pfad nicht lesbar: {', '.join(unreadable)}", returncode=2)
        if explain:
            for path in paths:
                self._explain(path, format)
            return
        options = ImportOptions(
            format, dry_run, publish, default_date=default_date, date_from_mtime=date_from_file
        )
        with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
            counts = self._import(paths, options, spool, report)
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

    def _explain(self, path: Path, fmt: str) -> None:
        """Each item of ``path``: per field the choice, the runner-up and the reasons."""
        if path.is_dir():
            raise CommandError("--explain erklärt einzelne Dateien, keinen Ordner", returncode=2)
        with explaining() as explanation:
            results = list(parse_path_items(path, fmt))
            for result in results:
                if isinstance(result, ParsedItem):
                    result.quotes  # noqa: B018 - the speakers are decided here, explained
        self.stdout.write(f"== {path}")
        for line in explanation.lines():
            self.stdout.write(line)
        for result in results:
            if not isinstance(result, ParsedItem):
                self.stdout.write(f"abgelehnt: {german_reason(result.reason)}")
                continue
            self.stdout.write(f"-- Ergebnis: {result.title!r}")
            for line in _result_lines(result):
                self.stdout.write(f"    {line}")

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


def _result_lines(item: ParsedItem) -> list[str]:
    """What went into the release, field by field, for comparing with the page."""
    body = item.body_text
    lines = [
        f"Datum: {item.published_date.strftime('%d.%m.%Y') if item.published else 'unbekannt'}",
        f"Unterzeile: {item.subtitle or '–'}",
        f"Anreißer: {item.teaser or '–'}",
        "Bild: "
        + (
            f"Bildunterschrift {item.image.caption or '–'!r}, Bildnachweis "
            f"{item.image.credit or '–'!r} ({item.image.kind or 'foto'})"
            if item.image
            else "–"
        ),
        f"Text: {len(item.blocks)} Abschnitte, beginnt {body[:60]!r}, endet {body[-60:]!r}",
    ]
    lines += [
        f"Zitat von {quote.speaker or 'unbekannt'}: {quote.text[:60]!r}" for quote in item.quotes
    ]
    lines += [f"Weitere Meldung: {related.title!r}" for related in item.related]
    lines += [f"Hinweis: {warning}" for warning in item.warnings]
    return lines


def _date_argument(value: str) -> dt.date:
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"kein Datum: {value!r} (erwartet TT.MM.JJJJ)")


def _readable(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            handle.read(1)
    except OSError:
        return False
    return True
