"""backup FILE: database content and media in one .tar.gz, readable by its owner only."""

from pathlib import Path

from django.core.management.base import BaseCommand

from twinning.core.backup import create_backup


class Command(BaseCommand):
    help = "Sichert Inhalte und Mediendateien in eine .tar.gz-Datei."

    def add_arguments(self, parser) -> None:
        parser.add_argument("target", type=Path)

    def handle(self, *args, target: Path, **options) -> None:
        summary = create_backup(
            target, progress=lambda count: self.stdout.write(f"… {count} Datensätze geschrieben")
        )
        self.stdout.write(
            f"Sicherung {target}: {summary['objects']} Datensätze, {summary['files']} Dateien."
        )
