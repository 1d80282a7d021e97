"""bench_places: size, build time, lookup time and memory of the search's place names (JSON)."""

import json
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand
from django.test import override_settings

from twinning.search import places


class Command(BaseCommand):
    help = "Misst die Ortsnamen der Suche (für make bench)."

    def handle(self, *args, **options) -> None:
        # Built afresh, so the build time is measured too; the served file is left alone.
        with (
            tempfile.TemporaryDirectory() as folder,
            override_settings(PLACES_FILE=str(Path(folder) / "places.sqlite3")),
        ):
            self.stdout.write(json.dumps(places.measure()))
