"""build_places: the place-name file for search (GeoNames' cities with their other spellings)."""

from django.core.management.base import BaseCommand

from twinning.search import places


class Command(BaseCommand):
    help = "Schreibt die Ortsnamen-Datei der Suche (GeoNames) neu, falls sie fehlt oder verlangt."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--force", action="store_true", help="auch wenn es sie schon gibt")

    def handle(self, *args, force: bool = False, **options) -> None:
        path = places.places_file()
        if path.exists() and not force:
            return
        places.build(path)
        self.stdout.write(f"Ortsnamen: {path}")
