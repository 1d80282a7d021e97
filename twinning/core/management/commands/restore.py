"""restore FILE: replaces all content with a backup made by ``backup``."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from twinning.core.backup import restore_backup


class Command(BaseCommand):
    help = "Stellt eine Sicherung wieder her (ersetzt alle Inhalte) und baut den Suchindex neu auf."

    def add_arguments(self, parser) -> None:
        parser.add_argument("source", type=Path)
        parser.add_argument("--yes", action="store_true", help="ohne Rückfrage")

    def handle(self, *args, source: Path, yes: bool, **options) -> None:
        if not source.is_file():
            raise CommandError(f"Datei nicht gefunden: {source}", returncode=2)
        if (
            not yes
            and input("Alle Inhalte werden ersetzt. Fortfahren? [j/N] ").strip().lower() != "j"
        ):
            raise CommandError("Abgebrochen.")
        summary = restore_backup(source)
        self.stdout.write(
            f"Wiederhergestellt: {summary['files']} Dateien, {summary['documents']} Suchdokumente."
        )
